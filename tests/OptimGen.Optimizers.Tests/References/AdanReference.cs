using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Adan as optax writes Algorithm 1 of Xie et al. 2022 (<c>scale_by_adan</c>), one scalar at a time in double:
/// <c>d = g − g_{t−1}</c> (0 at the first step), <c>m = β₁m + (1−β₁)g</c>, <c>v = β₂v + (1−β₂)d</c>,
/// <c>n = β₃n + (1−β₃)(g + (1−β₂)d)²</c>, each divided by its <c>1 − βᵗ</c>;
/// <c>u = −α((m̂ + (1−β₂)v̂)/(√(n̂ + ε_root) + ε) + λθ)</c>.
/// </summary>
internal sealed class AdanReference
{
    private readonly double learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double b3;
    private readonly double eps;
    private readonly double epsRoot;
    private readonly double weightDecay;
    private readonly double[] previous;
    private int t;

    public AdanReference(int length, double learningRate, double b1, double b2, double b3, double eps, double epsRoot, double weightDecay)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.b3 = b3;
        this.eps = eps;
        this.epsRoot = epsRoot;
        this.weightDecay = weightDecay;
        M = new double[length];
        V = new double[length];
        N = new double[length];
        previous = new double[length];
    }

    public double[] M { get; }

    public double[] V { get; }

    public double[] N { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g = gradient[i];
            double d = t == 0 ? 0 : g - previous[i];
            M[i] = b1 * M[i] + (1 - b1) * g;
            V[i] = b2 * V[i] + (1 - b2) * d;
            double s = g + (1 - b2) * d;
            N[i] = b3 * N[i] + (1 - b3) * s * s;
            previous[i] = g;
        }

        t++;
        for (int i = 0; i < gradient.Length; i++)
        {
            double mHat = M[i] / (1 - Math.Pow(b1, t));
            double vHat = V[i] / (1 - Math.Pow(b2, t));
            double nHat = N[i] / (1 - Math.Pow(b3, t));
            update[i] = -learningRate * ((mHat + (1 - b2) * vHat) / (Math.Sqrt(nHat + epsRoot) + eps) + weightDecay * parameters[i]);
        }

        return update;
    }
}
