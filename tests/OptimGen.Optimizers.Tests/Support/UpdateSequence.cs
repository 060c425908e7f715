using System;

namespace OptimGen.Optimizers.Tests.Support;

/// <summary>
/// Runs an optimizer and its scalar reference side by side over <see cref="GradientSequence"/>: at every step
/// both get the same parameters and gradient, the updates must agree within <see cref="Tolerance.HandComputed"/>,
/// then the optimizer's update is added to the parameters (optax's sign convention).
/// </summary>
internal static class UpdateSequence
{
    /// <summary>One step of the optimizer under test: parameters, gradient, update to write.</summary>
    public delegate void OptimizerStep(Real[] parameters, Real[] gradient, Real[] update);

    /// <summary>One step of the reference, in double: parameters, gradient; returns the update.</summary>
    public delegate double[] ReferenceStep(double[] parameters, double[] gradient);

    /// <param name="optimizer">The optimizer's step.</param>
    /// <param name="reference">The reference's step.</param>
    /// <param name="afterStep">Compares the states after step k (from 1), when given.</param>
    public static void Check(OptimizerStep optimizer, ReferenceStep reference, Action<int>? afterStep = null) =>
        Check(optimizer, reference, afterStep, GradientSequence.InitialParameters(), GradientSequence.At);

    /// <summary>The same over other inputs: <paramref name="parameters"/> to start from and the gradient of each step (from 0).</summary>
    public static void Check(OptimizerStep optimizer, ReferenceStep reference, Action<int>? afterStep, Real[] parameters, Func<int, Real[]> gradientAt)
    {
        for (int k = 0; k < GradientSequence.Steps; k++)
        {
            Real[] gradient = gradientAt(k);
            double[] expected = reference(GradientSequence.Widen(parameters), GradientSequence.Widen(gradient));
            var update = new Real[parameters.Length];
            optimizer(parameters, gradient, update);
            Tolerance.AssertClose(expected, update, Tolerance.HandComputed, $"update of step {k + 1}");
            afterStep?.Invoke(k + 1);
            for (int i = 0; i < parameters.Length; i++)
                parameters[i] += update[i];
        }
    }
}
