using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Adam as published (Kingma and Ba 2014, Algorithm 1; NAdam as optax writes Dozat 2016; AdamW's decoupled
/// decay as Loshchilov and Hutter 2019), one scalar at a time in double, with the bias corrections divided
/// out exactly as written: <c>m̂ = m_t / (1 − β₁ᵗ)</c>, <c>v̂ = v_t / (1 − β₂ᵗ)</c>.
/// </summary>
internal sealed class AdamReference
{
    private readonly Func<long, double> learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double eps;
    private readonly double epsRoot;
    private readonly bool nesterov;
    private readonly double weightDecay;
    private int t;

    public AdamReference(int length, Func<long, double> learningRate, double b1, double b2, double eps, double epsRoot, bool nesterov, double weightDecay)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
        this.epsRoot = epsRoot;
        this.nesterov = nesterov;
        this.weightDecay = weightDecay;
        Mu = new double[length];
        Nu = new double[length];
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
            double g = gradient[i];
            Mu[i] = b1 * Mu[i] + (1 - b1) * g;
            Nu[i] = b2 * Nu[i] + (1 - b2) * g * g;
            double mHat = nesterov
                ? b1 * Mu[i] / (1 - Math.Pow(b1, t + 1)) + (1 - b1) * g / (1 - Math.Pow(b1, t))
                : Mu[i] / (1 - Math.Pow(b1, t));
            double vHat = Nu[i] / (1 - Math.Pow(b2, t));
            update[i] = -rate * (mHat / (Math.Sqrt(vHat + epsRoot) + eps) + weightDecay * parameters[i]);
        }

        return update;
    }
}
