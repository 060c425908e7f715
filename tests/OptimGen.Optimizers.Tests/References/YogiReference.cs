using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Yogi as published (Zaheer et al. 2018, Algorithm 2, with optax's bias corrections and its start of both moments
/// at 1e-6), one scalar at a time in double: <c>m = β₁m + (1 − β₁)g</c>, <c>v = v − (1 − β₂)·sign(v − g²)·g²</c>,
/// <c>u = −α·(m/(1 − β₁ᵗ))/(√(v/(1 − β₂ᵗ)) + ε)</c>.
/// </summary>
internal sealed class YogiReference
{
    private readonly Func<long, double> learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double eps;
    private int t;

    public YogiReference(int length, Func<long, double> learningRate, double b1, double b2, double eps)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
        Mu = new double[length];
        Nu = new double[length];
        Array.Fill(Mu, 1e-6);
        Array.Fill(Nu, 1e-6);
    }

    public double[] Mu { get; }

    public double[] Nu { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        double rate = learningRate(t);
        t++;
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g2 = gradient[i] * gradient[i];
            Mu[i] = b1 * Mu[i] + (1 - b1) * gradient[i];
            Nu[i] -= (1 - b2) * Math.Sign(Nu[i] - g2) * g2;
            update[i] = -rate * (Mu[i] / (1 - Math.Pow(b1, t))) / (Math.Sqrt(Nu[i] / (1 - Math.Pow(b2, t))) + eps);
        }

        return update;
    }
}
