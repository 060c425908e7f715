using System;
using System.ComponentModel;
using System.Numerics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Noisy SGD (optax's <c>add_noise</c> and the learning rate) at step <c>t</c>:
    /// <c>update_i ← −lr·(g_i + σ·z_i)</c> with <c>z_i</c> the <see cref="CounterGaussian"/> sample of element
    /// <c>i</c> at step <c>t</c> under <paramref name="seed"/>. One pass; the samples cost a logarithm, a root and a
    /// sine/cosine per element pair, so this kernel is bound by arithmetic, not by memory.
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
        for (int i = 0; i < n; i += 2)
        {
            (double even, double odd) = CounterGaussian.Pair(stream, i / 2);
            update[i] = minusRate * (gradient[i] + T.CreateTruncating(sigma * even));
            if (i + 1 < n)
                update[i + 1] = minusRate * (gradient[i + 1] + T.CreateTruncating(sigma * odd));
        }
    }
}
