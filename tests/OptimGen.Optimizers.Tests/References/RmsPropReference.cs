using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// RMSProp as published (Hinton 2012; centered as Graves 2013) with optax's options, one scalar at a time in
/// double: <c>v = ρ v + (1 − ρ) g²</c>; centered also <c>m = ρ m + (1 − ρ) g</c> and the variance
/// <c>v − m²</c>; optional bias correction by <c>1 − ρᵗ</c>; the step <c>−α g / √(s + ε)</c> (or
/// <c>/(√s + ε)</c>); then optax's <c>trace</c> of the steps when there is momentum.
/// </summary>
internal sealed class RmsPropReference
{
    private readonly Func<long, double> learningRate;
    private readonly double decay;
    private readonly double eps;
    private readonly bool epsInSqrt;
    private readonly bool centered;
    private readonly double? momentum;
    private readonly bool nesterov;
    private readonly bool biasCorrection;
    private int t;

    public RmsPropReference(
        int length, Func<long, double> learningRate, double decay, double eps, double initialScale, bool epsInSqrt, bool centered,
        double? momentum, bool nesterov, bool biasCorrection)
    {
        this.learningRate = learningRate;
        this.decay = decay;
        this.eps = eps;
        this.epsInSqrt = epsInSqrt;
        this.centered = centered;
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.biasCorrection = biasCorrection;
        Nu = new double[length];
        Array.Fill(Nu, initialScale);
        Mu = new double[length];
        Trace = new double[length];
    }

    public double[] Nu { get; }

    public double[] Mu { get; }

    public double[] Trace { get; }

    public double[] Step(double[] gradient)
    {
        double rate = learningRate(t);
        t++;
        double correction = biasCorrection ? 1 - Math.Pow(decay, t) : 1;
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g = gradient[i];
            Nu[i] = decay * Nu[i] + (1 - decay) * g * g;
            double square = Nu[i] / correction;
            if (centered)
            {
                Mu[i] = decay * Mu[i] + (1 - decay) * g;
                double mean = Mu[i] / correction;
                square -= mean * mean;
            }

            double step = epsInSqrt ? -rate * g / Math.Sqrt(square + eps) : -rate * g / (Math.Sqrt(square) + eps);
            if (momentum is not { } mu)
            {
                update[i] = step;
                continue;
            }

            Trace[i] = step + mu * Trace[i];
            update[i] = nesterov ? step + mu * Trace[i] : Trace[i];
        }

        return update;
    }
}
