using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

internal static partial class FirstOrderKernels
{
    /// <summary>
    /// Adamax and AdamaxW (optax's <c>scale_by_adamax</c>, <c>add_decayed_weights</c> and the learning rate) at step
    /// <c>t</c>: <c>m ← β₁m + (1−β₁)g</c>; <c>u ← max(|g| + ε, β₂u)</c>; <c>update ← −lr·(m/((1−β₁ᵗ)·u) + λ·p)</c>.
    /// </summary>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Adamax<T>(
        ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> mu, Span<T> nu, Span<T> update,
        T b1, T b2, T eps, long step, T learningRate, T weightDecay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, mu.Length, nameof(mu));
        RequireLength(n, nu.Length, nameof(nu));
        RequireLength(n, update.Length, nameof(update));
        RequireStep(step);
        bool decays = weightDecay != T.Zero;
        if (decays)
            RequireLength(n, parameters.Length, nameof(parameters));
        T muScale = AdamScales(b1, b2, nesterov: false, step).Mu;
        Fuse(new AdamaxLanes<T>(b1, b2, eps, muScale, learningRate, weightDecay), gradient, decays ? parameters : default, mu, nu, default, update);
    }

    /// <summary>Adamax; first: the first moment, second: the infinity norm.</summary>
    private readonly struct AdamaxLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> b1;
        private readonly Vector256<T> oneMinusB1;
        private readonly Vector256<T> b2;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> muScale;
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> weightDecay;
        private readonly bool decays;

        public AdamaxLanes(T b1, T b2, T eps, T muScale, T learningRate, T weightDecay)
        {
            this.b1 = Vector256.Create(b1);
            oneMinusB1 = Vector256.Create(T.One - b1);
            this.b2 = Vector256.Create(b2);
            this.eps = Vector256.Create(eps);
            this.muScale = Vector256.Create(muScale);
            minusRate = Vector256.Create(-learningRate);
            this.weightDecay = Vector256.Create(weightDecay);
            decays = weightDecay != T.Zero;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = b1 * first + oneMinusB1 * gradient;
            second = Vector256.Max(Vector256.Abs(gradient) + eps, b2 * second);
            Vector256<T> direction = DivideOrZero(muScale * first, second);
            return minusRate * (decays ? direction + weightDecay * parameters : direction);
        }
    }
}
