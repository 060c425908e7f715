using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Lion as published (Chen et al. 2023, Program 1), one scalar at a time in double:
/// <c>c = β₁ m + (1 − β₁) g</c>, <c>u = −α (sign(c) + λ θ)</c>, <c>m = β₂ m + (1 − β₂) g</c>.
/// </summary>
internal sealed class LionReference
{
    private readonly Func<long, double> learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double weightDecay;
    private long count;

    public LionReference(int length, Func<long, double> learningRate, double b1, double b2, double weightDecay)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.weightDecay = weightDecay;
        Mu = new double[length];
    }

    public double[] Mu { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        double rate = learningRate(count++);
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double c = b1 * Mu[i] + (1 - b1) * gradient[i];
            update[i] = -rate * (Math.Sign(c) + weightDecay * parameters[i]);
            Mu[i] = b2 * Mu[i] + (1 - b2) * gradient[i];
        }

        return update;
    }
}
