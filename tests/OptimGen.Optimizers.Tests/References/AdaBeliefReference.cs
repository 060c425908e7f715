using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// AdaBelief as optax writes it (Zhuang et al. 2020; optax's <c>scale_by_belief</c>), one scalar at a time in double:
/// <c>m_t = β₁m + (1−β₁)g</c>, <c>s_t = β₂s + (1−β₂)(g − m_t)² + ε_root</c>, <c>m̂ = m_t/(1−β₁ᵗ)</c> (Nesterov:
/// <c>β₁m_t/(1−β₁ᵗ⁺¹) + (1−β₁)g/(1−β₁ᵗ)</c>), <c>ŝ = s_t/(1−β₂ᵗ)</c>, <c>u = −α(m̂/(√ŝ + ε) + λθ)</c>.
/// </summary>
internal sealed class AdaBeliefReference
{
    private readonly double learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double eps;
    private readonly double epsRoot;
    private readonly bool nesterov;
    private readonly double weightDecay;
    private int t;

    public AdaBeliefReference(int length, double learningRate, double b1, double b2, double eps, double epsRoot, bool nesterov, double weightDecay)
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
        t++;
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g = gradient[i];
            Mu[i] = b1 * Mu[i] + (1 - b1) * g;
            double error = g - Mu[i];
            Nu[i] = b2 * Nu[i] + (1 - b2) * error * error + epsRoot;
            double mHat = nesterov
                ? b1 * Mu[i] / (1 - Math.Pow(b1, t + 1)) + (1 - b1) * g / (1 - Math.Pow(b1, t))
                : Mu[i] / (1 - Math.Pow(b1, t));
            double sHat = Nu[i] / (1 - Math.Pow(b2, t));
            update[i] = -learningRate * (mHat / (Math.Sqrt(sHat) + eps) + weightDecay * parameters[i]);
        }

        return update;
    }
}
