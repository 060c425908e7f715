using System;
using System.ComponentModel;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// LARS (You et al. 2017, as optax's <c>lars</c>: <c>add_decayed_weights</c>, <c>scale_by_trust_ratio</c>, the
    /// learning rate, then <c>trace</c>): <c>a = g + λ·p</c>; <c>r = c·‖p‖/(‖a‖ + ε)</c> (1 when either norm is 0 or
    /// the trust ratio is off); <c>s = −lr·r·a</c>; <c>trace ← s + μ·trace</c>; <c>update ← trace</c>, or
    /// <c>s + μ·trace</c> with Nesterov.
    /// </summary>
    /// <remarks>
    /// Up to three passes: <c>a</c> into <paramref name="update"/> (only with decay), the norms, then the fused
    /// momentum pass. Public only for the built-in optimizers' source; not part of the supported API.
    /// </remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Lars<T>(
        ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> trace, Span<T> update,
        T learningRate, T weightDecay, bool trustRatio, T trustCoefficient, T eps, T momentum, bool nesterov)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, parameters.Length, nameof(parameters));
        RequireLength(n, trace.Length, nameof(trace));
        RequireLength(n, update.Length, nameof(update));
        ReadOnlySpan<T> decayed = gradient;
        if (weightDecay != T.Zero)
        {
            TensorPrimitives.MultiplyAdd(parameters, weightDecay, gradient, update);
            decayed = update;
        }

        T ratio = trustRatio ? TrustRatio(parameters, decayed, T.Zero, trustCoefficient, eps) : T.One;
        Fuse(new LarsLanes<T>(-learningRate * ratio, momentum, nesterov), decayed, default, trace, default, default, update);
    }

    /// <summary>LARS's momentum over the scaled steps; first: the trace.</summary>
    private readonly struct LarsLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> scale;
        private readonly Vector256<T> momentum;
        private readonly bool nesterov;

        public LarsLanes(T scale, T momentum, bool nesterov)
        {
            this.scale = Vector256.Create(scale);
            this.momentum = Vector256.Create(momentum);
            this.nesterov = nesterov;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            Vector256<T> step = scale * gradient;
            first = step + momentum * first;
            return nesterov ? step + momentum * first : first;
        }
    }
}
