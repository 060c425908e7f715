using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>The whole-vector quantities the layer-wise references need, in double, written out plainly.</summary>
internal static class ReferenceMath
{
    /// <summary><c>√(Σ xᵢ²)</c>.</summary>
    public static double Norm(double[] x)
    {
        double sum = 0;
        foreach (double value in x)
            sum += value * value;
        return Math.Sqrt(sum);
    }

    /// <summary><c>√(Σ xᵢ²/n)</c>.</summary>
    public static double RootMeanSquare(double[] x) => Norm(x) / Math.Sqrt(x.Length);

    /// <summary>
    /// The trust ratio of optax's <c>scale_by_trust_ratio</c>: norms raised to <paramref name="minNorm"/>, then
    /// <c>c‖θ‖/(‖u‖ + ε)</c>, or 1 when either (raised) norm is 0.
    /// </summary>
    public static double TrustRatio(double[] parameters, double[] update, double minNorm, double trustCoefficient, double eps)
    {
        double parameterNorm = Math.Max(Norm(parameters), minNorm);
        double updateNorm = Math.Max(Norm(update), minNorm);
        return parameterNorm == 0 || updateNorm == 0 ? 1 : trustCoefficient * parameterNorm / (updateNorm + eps);
    }
}
