using System;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;

namespace OptimGen.MathNet;

/// <summary>
/// A MathNet.Numerics <see cref="IObjectiveFunction"/> seen as an OptimGen <see cref="IObjective{T}"/> of
/// <see cref="double"/>, so that any OptimGen optimizer (<c>Scan</c>, a line search) can minimise it.
/// </summary>
/// <remarks>
/// Each evaluation copies the point into one vector reused from call to call, calls
/// <see cref="IObjectiveFunction.EvaluateAt"/> and copies the objective's gradient out. The wrapped objective must
/// support gradients. Not thread-safe: the wrapped objective holds one evaluation at a time.
/// </remarks>
public sealed class MathNetObjective : IObjective<double>
{
    private readonly IObjectiveFunction objective;
    private DenseVector? point;

    /// <summary>Wraps <paramref name="objective"/>.</summary>
    /// <exception cref="IncompatibleObjectiveException">The objective does not provide a gradient.</exception>
    public MathNetObjective(IObjectiveFunction objective)
    {
        this.objective = objective ?? throw new ArgumentNullException(nameof(objective));
        if (!objective.IsGradientSupported)
            throw new IncompatibleObjectiveException("The objective does not provide a gradient, which OptimGen's optimizers need.");
    }

    /// <summary>How many times the wrapped objective has been evaluated through this adapter.</summary>
    public int Evaluations { get; private set; }

    /// <inheritdoc/>
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        if (point is null || point.Count != x.Length)
            point = new DenseVector(x.Length);
        x.CopyTo(point.Values);
        objective.EvaluateAt(point);
        Evaluations++;

        var objectiveGradient = objective.Gradient;
        if (objectiveGradient.Count != gradient.Length)
            throw new InvalidOperationException($"The objective returned a gradient of length {objectiveGradient.Count} for {gradient.Length} parameters.");
        if (objectiveGradient is DenseVector dense)
            dense.Values.AsSpan().CopyTo(gradient);
        else
            for (int i = 0; i < gradient.Length; i++)
                gradient[i] = objectiveGradient[i];
        return objective.Value;
    }
}
