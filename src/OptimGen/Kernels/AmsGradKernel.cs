using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

internal static partial class FirstOrderKernels
{
    /// <summary>
    /// AMSGrad (Reddi et al. 2018, as optax's <c>scale_by_amsgrad</c> and the learning rate) at step <c>t</c>:
    /// <c>m ← β₁m + (1−β₁)g</c>; <c>v ← β₂v + (1−β₂)g²</c>; <c>v_max ← max(v_max, v/(1−β₂ᵗ))</c>;
    /// <c>update ← −lr·(m/(1−β₁ᵗ))/(√(v_max + ε_root) + ε)</c>; either bias correction can be switched off.
    /// </summary>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AmsGrad<T>(
        ReadOnlySpan<T> gradient, Span<T> mu, Span<T> nu, Span<T> nuMax, Span<T> update,
        T b1, T b2, T eps, T epsRoot, bool biasCorrectionMu, bool biasCorrectionNu, long step, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, mu.Length, nameof(mu));
        RequireLength(n, nu.Length, nameof(nu));
        RequireLength(n, nuMax.Length, nameof(nuMax));
        RequireLength(n, update.Length, nameof(update));
        RequireStep(step);
        (T muCorrection, _, T nuCorrection) = AdamScales(b1, b2, nesterov: false, step);
        T muScale = biasCorrectionMu ? muCorrection : T.One;
        T nuScale = biasCorrectionNu ? nuCorrection : T.One;
        Fuse(new AmsGradLanes<T>(b1, b2, eps, epsRoot, muScale, nuScale, learningRate), gradient, default, mu, nu, nuMax, update);
    }

    /// <summary>AMSGrad; first: the first moment, second: the second moment, third: the largest corrected second moment.</summary>
    private readonly struct AmsGradLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly MovingAverage<T> firstMoment;
        private readonly MovingAverage<T> secondMoment;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> epsRoot;
        private readonly Vector256<T> muScale;
        private readonly Vector256<T> nuScale;
        private readonly Vector256<T> minusRate;

        public AmsGradLanes(T b1, T b2, T eps, T epsRoot, T muScale, T nuScale, T learningRate)
        {
            firstMoment = new MovingAverage<T>(b1);
            secondMoment = new MovingAverage<T>(b2);
            this.eps = Vector256.Create(eps);
            this.epsRoot = Vector256.Create(epsRoot);
            this.muScale = Vector256.Create(muScale);
            this.nuScale = Vector256.Create(nuScale);
            minusRate = Vector256.Create(-learningRate);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = firstMoment.Update(first, gradient);
            second = secondMoment.Update(second, gradient * gradient);
            third = Vector256.Max(third, nuScale * second);
            return DivideOrZero(minusRate * (muScale * first), Vector256.Sqrt(third + epsRoot) + eps);
        }
    }
}
