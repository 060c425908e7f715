using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Yogi (optax's <c>scale_by_yogi</c> and the learning rate) at step <c>t</c>: <c>m ← β₁m + (1−β₁)g</c>;
    /// <c>v ← v − (1−β₂)·sign(v − g²)·g²</c>; <c>update ← −lr·m̂/(√(v̂ + ε_root) + ε)</c> with
    /// <c>m̂ = m/(1−β₁ᵗ)</c>, <c>v̂ = v/(1−β₂ᵗ)</c>.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="mu">The first moment <c>m</c>, updated in place.</param>
    /// <param name="nu">The second moment <c>v</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="b1">The decay <c>β₁</c> of the first moment.</param>
    /// <param name="b2">The rate <c>β₂</c> of the second moment.</param>
    /// <param name="eps">The <c>ε</c> added to the root.</param>
    /// <param name="epsRoot">The <c>ε_root</c> added under the root.</param>
    /// <param name="step">The step number <c>t</c> (1 at the first step).</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Yogi<T>(ReadOnlySpan<T> gradient, Span<T> mu, Span<T> nu, Span<T> update, T b1, T b2, T eps, T epsRoot, long step, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, mu.Length, nameof(mu));
        RequireLength(n, nu.Length, nameof(nu));
        RequireLength(n, update.Length, nameof(update));
        (T muScale, _, T nuScale) = AdamScales(b1, b2, nesterov: false, step);
        Fuse(new YogiLanes<T>(b1, b2, eps, epsRoot, muScale, nuScale, learningRate), gradient, default, mu, nu, default, update);
    }

    /// <summary>Yogi; first: the first moment, second: the second moment.</summary>
    private readonly struct YogiLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> b1;
        private readonly Vector256<T> oneMinusB1;
        private readonly Vector256<T> oneMinusB2;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> epsRoot;
        private readonly Vector256<T> muScale;
        private readonly Vector256<T> nuScale;
        private readonly Vector256<T> minusRate;

        public YogiLanes(T b1, T b2, T eps, T epsRoot, T muScale, T nuScale, T learningRate)
        {
            this.b1 = Vector256.Create(b1);
            oneMinusB1 = Vector256.Create(T.One - b1);
            oneMinusB2 = Vector256.Create(T.One - b2);
            this.eps = Vector256.Create(eps);
            this.epsRoot = Vector256.Create(epsRoot);
            this.muScale = Vector256.Create(muScale);
            this.nuScale = Vector256.Create(nuScale);
            minusRate = Vector256.Create(-learningRate);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = b1 * first + oneMinusB1 * gradient;
            Vector256<T> square = gradient * gradient;
            second -= oneMinusB2 * Sign(second - square) * square;
            return minusRate * (muScale * first / (Vector256.Sqrt(nuScale * second + epsRoot) + eps));
        }
    }
}
