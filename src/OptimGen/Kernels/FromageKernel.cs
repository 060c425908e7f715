using System;
using System.ComponentModel;
using System.Numerics;
using System.Numerics.Tensors;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Fromage (Bernstein et al. 2020, as optax's <c>fromage</c>): with <c>μ = 1/√(1 + lr²)</c> and the trust ratio
    /// <c>r = ‖p‖/‖g‖</c> (norms at least <paramref name="minNorm"/>; 1 when either is 0),
    /// <c>update ← −lr·μ·r·g + (μ − 1)·p</c>, so that <c>p + update = μ·(p − lr·r·g)</c>.
    /// </summary>
    /// <remarks>
    /// Two passes: the norms of <c>p</c> and <c>g</c>, then the update. Public only for the built-in optimizers'
    /// source; not part of the supported API.
    /// </remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Fromage<T>(ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> update, T learningRate, T minNorm)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLength(gradient.Length, parameters.Length, nameof(parameters));
        RequireLength(gradient.Length, update.Length, nameof(update));
        double rate = double.CreateTruncating(learningRate);
        double shrink = 1 / Math.Sqrt(1 + rate * rate);
        T ratio = TrustRatio(parameters, gradient, minNorm, T.One, T.Zero);
        T gradientScale = -T.CreateTruncating(rate * shrink) * ratio;

        // The norms are taken before update is written: update may be the gradient's own memory.
        TensorPrimitives.Multiply(gradient, gradientScale, update);
        TensorPrimitives.MultiplyAdd(parameters, T.CreateTruncating(shrink - 1), update, update);
    }
}
