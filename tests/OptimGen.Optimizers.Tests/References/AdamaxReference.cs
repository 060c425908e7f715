using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Adamax as published (Kingma and Ba 2014, Algorithm 2, with optax's ε inside the maximum; AdamaxW adds the decoupled
/// decay), one scalar at a time in double: <c>m_t = β₁m + (1−β₁)g</c>, <c>u_t = max(|g| + ε, β₂u)</c>,
/// <c>update = −α((m_t/(1−β₁ᵗ))/u_t + λθ)</c>.
/// </summary>
internal sealed class AdamaxReference
{
    private readonly double learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double eps;
    private readonly double weightDecay;
    private int t;

    public AdamaxReference(int length, double learningRate, double b1, double b2, double eps, double weightDecay)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        Mu = new double[length];
        Nu = new double[length];
    }

    public double[] Mu { get; }

    public double[] Nu { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        t++;
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g = gradient[i];
            Mu[i] = b1 * Mu[i] + (1 - b1) * g;
            Nu[i] = Math.Max(Math.Abs(g) + eps, b2 * Nu[i]);
            double mHat = Mu[i] / (1 - Math.Pow(b1, t));
            update[i] = -learningRate * (mHat / Nu[i] + weightDecay * parameters[i]);
        }

        return update;
    }
}
