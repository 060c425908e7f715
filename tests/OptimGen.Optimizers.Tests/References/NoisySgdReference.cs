using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Noisy SGD as published (Neelakantan et al. 2015; optax's <c>noisy_sgd</c>), in double:
/// <c>u = −α·(g + √(η/t^γ)·z)</c> at step t from 1, with the noise <c>z</c> written out here from the generator's
/// documentation (docs/optimizers.md, NoisySgd): SplitMix64's output function, a stream per step, Box–Muller per
/// element pair.
/// </summary>
internal sealed class NoisySgdReference
{
    private readonly Func<long, double> learningRate;
    private readonly double eta;
    private readonly double gamma;
    private readonly long seed;
    private long t;

    public NoisySgdReference(Func<long, double> learningRate, double eta, double gamma, long seed)
    {
        this.learningRate = learningRate;
        this.eta = eta;
        this.gamma = gamma;
        this.seed = seed;
    }

    public double[] Step(double[] parameters, double[] gradient)
    {
        double rate = learningRate(t);
        t++;
        double sigma = Math.Sqrt(eta / Math.Pow(t, gamma));
        double[] z = Noise(seed, t, gradient.Length);
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
            update[i] = -rate * (gradient[i] + sigma * z[i]);
        return update;
    }

    /// <summary>The standard normal samples of elements 0 to <paramref name="length"/> − 1 at step <paramref name="step"/>.</summary>
    public static double[] Noise(long seed, long step, int length)
    {
        ulong stream = SplitMix(unchecked((ulong)seed + SplitMix((ulong)step)));
        var z = new double[length];
        for (int i = 0; i < length; i++)
        {
            ulong pair = (ulong)(i / 2);
            ulong a = SplitMix(unchecked(stream + 2 * pair));
            ulong b = SplitMix(unchecked(stream + 2 * pair + 1));
            double u1 = ((a >> 11) + 1) / 9007199254740992.0; // 2^53
            double u2 = (b >> 11) / 9007199254740992.0;
            double radius = Math.Sqrt(-2 * Math.Log(u1));
            z[i] = i % 2 == 0 ? radius * Math.Cos(2 * Math.PI * u2) : radius * Math.Sin(2 * Math.PI * u2);
        }

        return z;
    }

    /// <summary>SplitMix64 (Steele et al. 2014): one step of the Weyl sequence, then the output mix.</summary>
    private static ulong SplitMix(ulong state)
    {
        unchecked
        {
            ulong z = state + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
