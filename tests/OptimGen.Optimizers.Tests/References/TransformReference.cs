using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// The stateless and accumulating transforms as optax defines them, one scalar at a time in double: clipping by
/// value, masked decayed weights, gradient accumulation over k steps (Welford mean or sum), and the lookahead
/// synchronisation (Zhang et al. 2019, Algorithm 1, merged into one update as optax does).
/// </summary>
internal static class TransformReference
{
    /// <summary><c>clip(g, −δ, δ)</c> element by element.</summary>
    public static double[] ClipByValue(double[] gradient, double maxDelta)
    {
        var clipped = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
            clipped[i] = Math.Min(Math.Max(gradient[i], -maxDelta), maxDelta);
        return clipped;
    }

    /// <summary><c>g + λp</c> where the mask is true (or null).</summary>
    public static double[] AddDecayedWeights(double[] gradient, double[] parameters, double weightDecay, bool[]? mask)
    {
        var decayed = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
            decayed[i] = mask is null || mask[i] ? gradient[i] + weightDecay * parameters[i] : gradient[i];
        return decayed;
    }

    /// <summary>Accumulates gradients over k mini-steps; <see cref="Add"/> returns the mean (or sum) on the k-th, else null.</summary>
    public sealed class Accumulator
    {
        private readonly int k;
        private readonly bool mean;
        private readonly double[] sum;
        private int count;

        public Accumulator(int length, int k, bool mean)
        {
            this.k = k;
            this.mean = mean;
            sum = new double[length];
        }

        public double[]? Add(double[] gradient)
        {
            for (int i = 0; i < gradient.Length; i++)
                sum[i] += gradient[i];
            if (++count < k)
                return null;
            var result = new double[sum.Length];
            for (int i = 0; i < sum.Length; i++)
                result[i] = mean ? sum[i] / k : sum[i];
            Array.Clear(sum);
            count = 0;
            return result;
        }
    }

    /// <summary>Lookahead's slow weights: every <c>period</c>-th step they move α of the way to the fast ones, which jump onto them.</summary>
    public sealed class Lookahead
    {
        private readonly int period;
        private readonly double alpha;
        private int steps;

        public Lookahead(double[] start, int period, double alpha)
        {
            this.period = period;
            this.alpha = alpha;
            Slow = (double[])start.Clone();
        }

        public double[] Slow { get; }

        /// <summary>The update of the fast parameters <paramref name="fast"/> given the fast optimizer's update.</summary>
        public double[] Step(double[] fast, double[] fastUpdate)
        {
            var update = (double[])fastUpdate.Clone();
            if (++steps % period != 0)
                return update;
            for (int i = 0; i < fast.Length; i++)
            {
                double reached = fast[i] + fastUpdate[i];
                Slow[i] += alpha * (reached - Slow[i]);
                update[i] = Slow[i] - fast[i];
            }

            return update;
        }
    }
}
