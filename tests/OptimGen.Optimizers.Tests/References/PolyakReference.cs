using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// The stochastic Polyak step as published (Loizou et al. 2021, SPS_max; SPS+ of Garrigos et al. 2023), composed
/// with optax's leading <c>sgd(scaling)</c>, in double: <c>d = −s·g</c>,
/// <c>γ = min((f − f*)/(‖d‖² + ε), γ_b)</c> (the gap clipped at 0 for SPS+), 0 when <c>‖d‖² + ε ≤ 2⁻⁵²</c>;
/// <c>u = γ·d</c>.
/// </summary>
internal static class PolyakReference
{
    public static double[] Step(double[] gradient, double value, double scaling, double fMin, double eps, double maxLearningRate, bool plus, out double stepSize)
    {
        var direction = new double[gradient.Length];
        double squaredNorm = 0;
        for (int i = 0; i < gradient.Length; i++)
        {
            direction[i] = -scaling * gradient[i];
            squaredNorm += direction[i] * direction[i];
        }

        double gap = plus ? Math.Max(value - fMin, 0) : value - fMin;
        stepSize = squaredNorm + eps <= Math.Pow(2, -52) ? 0 : Math.Min(gap / (squaredNorm + eps), maxLearningRate);
        for (int i = 0; i < gradient.Length; i++)
            direction[i] *= stepSize;
        return direction;
    }
}
