using System;
using System.ComponentModel;
using System.Numerics;
using System.Numerics.Tensors;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// LAMB (You et al. 2020, as optax's <c>lamb</c>: <c>scale_by_adam</c>, <c>add_decayed_weights</c>,
    /// <c>scale_by_trust_ratio</c> and the learning rate) at step <c>t</c>: Adam's direction plus decay
    /// <c>a = m̂/(√(v̂ + ε_root) + ε) + λ·p</c>, then <c>update ← −lr·(‖p‖/‖a‖)·a</c> (the ratio 1 when either norm is 0).
    /// </summary>
    /// <remarks>
    /// Three passes: Adam's fused pass writes <c>a</c> into <paramref name="update"/>, then the norms, then the scaling.
    /// Public only for the built-in optimizers' source; not part of the supported API.
    /// </remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Lamb<T>(
        ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> mu, Span<T> nu, Span<T> update,
        T b1, T b2, T eps, T epsRoot, long step, T learningRate, T weightDecay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLength(gradient.Length, parameters.Length, nameof(parameters));

        // A learning rate of −1 makes Adam's kernel write +a.
        Adam(gradient, parameters, mu, nu, update, b1, b2, eps, epsRoot, nesterov: false, step, T.NegativeOne, weightDecay);
        T ratio = TrustRatio(parameters, update, T.Zero, T.One, T.Zero);
        TensorPrimitives.Multiply(update, -learningRate * ratio, update);
    }
}
