using System;
using System.ComponentModel;
using System.Numerics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Noisy SGD (optax's <c>add_noise</c> and the learning rate) at step <c>t</c>:
    /// <c>update_i ← −lr·(g_i + σ·z_i)</c> with <c>z_i</c> the <see cref="CounterGaussian"/> sample of element
    /// <c>i</c> at step <c>t</c> under <paramref name="seed"/>. One pass, in blocks of
    /// <see cref="CounterGaussian.MaxPairsPerCall"/> element pairs whose samples are drawn in vector lanes; a
    /// logarithm, a root and a sine/cosine per pair keep it bound by arithmetic, not by memory.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="standardDeviation">The noise's standard deviation <c>σ</c> of this step.</param>
    /// <param name="seed">The generator's seed.</param>
    /// <param name="step">The step number <c>t</c>.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void NoisySgd<T>(ReadOnlySpan<T> gradient, Span<T> update, T standardDeviation, long seed, long step, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, update.Length, nameof(update));
        ulong stream = CounterGaussian.Stream(seed, step);
        double sigma = double.CreateTruncating(standardDeviation);
        T minusRate = -learningRate;
        Span<double> even = stackalloc double[CounterGaussian.MaxPairsPerCall];
        Span<double> odd = stackalloc double[CounterGaussian.MaxPairsPerCall];
        int pairs = (n + 1) / 2;
        for (int first = 0; first < pairs; first += CounterGaussian.MaxPairsPerCall)
        {
            int count = Math.Min(CounterGaussian.MaxPairsPerCall, pairs - first);
            CounterGaussian.Pairs(stream, first, even[..count], odd[..count]);
            for (int k = 0, i = 2 * first; k < count; k++, i += 2)
            {
                update[i] = minusRate * (gradient[i] + T.CreateTruncating(sigma * even[k]));
                if (i + 1 < n)
                    update[i + 1] = minusRate * (gradient[i + 1] + T.CreateTruncating(sigma * odd[k]));
            }
        }
    }
}
