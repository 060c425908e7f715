using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// SGD as published (optax's <c>sgd</c>, Sutskever et al. 2013), one scalar at a time in double:
/// <c>u = −α_t g</c>; with momentum μ: <c>m_t = g + μ m_{t−1}</c>, <c>u = −α_t m_t</c> or, Nesterov, <c>−α_t (g + μ m_t)</c>.
/// </summary>
internal sealed class SgdReference
{
    private readonly Func<long, double> learningRate;
    private readonly double? momentum;
    private readonly bool nesterov;
    private long count;

    public SgdReference(int length, Func<long, double> learningRate, double? momentum, bool nesterov)
    {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.nesterov = nesterov;
        Trace = new double[length];
    }

    public double[] Trace { get; }

    public double[] Step(double[] gradient)
    {
        double rate = learningRate(count++);
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            if (momentum is not { } mu)
            {
                update[i] = -rate * gradient[i];
                continue;
            }

            Trace[i] = gradient[i] + mu * Trace[i];
            update[i] = nesterov ? -rate * (gradient[i] + mu * Trace[i]) : -rate * Trace[i];
        }

        return update;
    }
}
