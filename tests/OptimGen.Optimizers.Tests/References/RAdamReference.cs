using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Rectified Adam as published (Liu et al. 2020, Algorithm 2, with optax's threshold on ρ_t), one scalar at a
/// time in double: <c>ρ∞ = 2/(1 − β₂) − 1</c>, <c>ρ_t = ρ∞ − 2tβ₂ᵗ/(1 − β₂ᵗ)</c>; when <c>ρ_t ≥ threshold</c>
/// <c>u = −α·r_t·m̂/(√(v̂ + ε_root) + ε)</c> with <c>r_t = √(((ρ_t − 4)(ρ_t − 2)ρ∞)/((ρ∞ − 4)(ρ∞ − 2)ρ_t))</c>,
/// else <c>u = −α·m̂</c>.
/// </summary>
internal sealed class RAdamReference
{
    private readonly Func<long, double> learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double eps;
    private readonly double epsRoot;
    private readonly double threshold;
    private int t;

    public RAdamReference(int length, Func<long, double> learningRate, double b1, double b2, double eps, double epsRoot, double threshold)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
        this.epsRoot = epsRoot;
        this.threshold = threshold;
        Mu = new double[length];
        Nu = new double[length];
    }

    public double[] Mu { get; }

    public double[] Nu { get; }

    /// <summary>Whether the last step used the rectified adaptive step.</summary>
    public bool Rectified { get; private set; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        double rate = learningRate(t);
        t++;
        double roInfinity = 2 / (1 - b2) - 1;
        double ro = roInfinity - 2 * t * Math.Pow(b2, t) / (1 - Math.Pow(b2, t));
        Rectified = ro >= threshold;
        double r = Math.Sqrt((ro - 4) * (ro - 2) * roInfinity / ((roInfinity - 4) * (roInfinity - 2) * ro));
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g = gradient[i];
            Mu[i] = b1 * Mu[i] + (1 - b1) * g;
            Nu[i] = b2 * Nu[i] + (1 - b2) * g * g;
            double mHat = Mu[i] / (1 - Math.Pow(b1, t));
            double vHat = Nu[i] / (1 - Math.Pow(b2, t));
            update[i] = Rectified ? -rate * r * mHat / (Math.Sqrt(vHat + epsRoot) + eps) : -rate * mHat;
        }

        return update;
    }
}
