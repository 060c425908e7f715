using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// AMSGrad as optax writes it (Reddi et al. 2018, with Adam's bias corrections; <c>scale_by_amsgrad</c>), one scalar
/// at a time in double: <c>m = β₁m + (1−β₁)g</c>, <c>v = β₂v + (1−β₂)g²</c>, <c>v_max = max(v_max, v/(1−β₂ᵗ))</c>,
/// <c>u = −α(m/(1−β₁ᵗ))/(√(v_max + ε_root) + ε)</c>.
/// </summary>
internal sealed class AmsGradReference
{
    private readonly double learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double eps;
    private readonly double epsRoot;
    private readonly bool correctMu;
    private readonly bool correctNu;
    private int t;

    public AmsGradReference(int length, double learningRate, double b1, double b2, double eps, double epsRoot, bool correctMu, bool correctNu)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
        this.epsRoot = epsRoot;
        this.correctMu = correctMu;
        this.correctNu = correctNu;
        Mu = new double[length];
        Nu = new double[length];
        NuMax = new double[length];
    }

    public double[] Mu { get; }

    public double[] Nu { get; }

    public double[] NuMax { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        t++;
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g = gradient[i];
            Mu[i] = b1 * Mu[i] + (1 - b1) * g;
            Nu[i] = b2 * Nu[i] + (1 - b2) * g * g;
            double mHat = correctMu ? Mu[i] / (1 - Math.Pow(b1, t)) : Mu[i];
            double vHat = correctNu ? Nu[i] / (1 - Math.Pow(b2, t)) : Nu[i];
            NuMax[i] = Math.Max(NuMax[i], vHat);
            update[i] = -learningRate * mHat / (Math.Sqrt(NuMax[i] + epsRoot) + eps);
        }

        return update;
    }
}
