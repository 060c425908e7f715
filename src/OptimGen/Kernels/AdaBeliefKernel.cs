using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

internal static partial class FirstOrderKernels
{
    /// <summary>
    /// AdaBelief (optax's <c>scale_by_belief</c>, <c>add_decayed_weights</c> and the learning rate) at step <c>t</c>:
    /// <c>m ← β₁m + (1−β₁)g</c>; <c>s ← β₂s + (1−β₂)(g − m)² + ε_root</c>; <c>m̂ = m/(1−β₁ᵗ)</c>, or with Nesterov
    /// <c>m̂ = β₁m/(1−β₁ᵗ⁺¹) + (1−β₁)g/(1−β₁ᵗ)</c>; <c>ŝ = s/(1−β₂ᵗ)</c>; <c>update ← −lr·(m̂/(√ŝ + ε) + λ·p)</c>.
    /// </summary>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AdaBelief<T>(
        ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> mu, Span<T> nu, Span<T> update,
        T b1, T b2, T eps, T epsRoot, bool nesterov, long step, T learningRate, T weightDecay)
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
        (T muScale, T gradientScale, T nuScale) = AdamScales(b1, b2, nesterov, step);
        var lanes = new AdaBeliefLanes<T>(b1, b2, eps, epsRoot, muScale, gradientScale, nuScale, learningRate, weightDecay);
        Fuse(lanes, gradient, decays ? parameters : default, mu, nu, default, update);
    }

    /// <summary>AdaBelief; first: the first moment, second: the belief (centred second moment).</summary>
    private readonly struct AdaBeliefLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly MovingAverage<T> firstMoment;
        private readonly MovingAverage<T> secondMoment;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> epsRoot;
        private readonly Vector256<T> muScale;
        private readonly Vector256<T> gradientScale;
        private readonly Vector256<T> nuScale;
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> weightDecay;
        private readonly bool decays;

        public AdaBeliefLanes(T b1, T b2, T eps, T epsRoot, T muScale, T gradientScale, T nuScale, T learningRate, T weightDecay)
        {
            firstMoment = new MovingAverage<T>(b1);
            secondMoment = new MovingAverage<T>(b2);
            this.eps = Vector256.Create(eps);
            this.epsRoot = Vector256.Create(epsRoot);
            this.muScale = Vector256.Create(muScale);
            this.gradientScale = Vector256.Create(gradientScale);
            this.nuScale = Vector256.Create(nuScale);
            minusRate = Vector256.Create(-learningRate);
            this.weightDecay = Vector256.Create(weightDecay);
            decays = weightDecay != T.Zero;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = firstMoment.Update(first, gradient);
            Vector256<T> error = gradient - first;
            second = secondMoment.Update(second, error * error) + epsRoot;
            Vector256<T> direction = DivideOrZero(muScale * first + gradientScale * gradient, Vector256.Sqrt(nuScale * second) + eps);
            return minusRate * (decays ? direction + weightDecay * parameters : direction);
        }
    }
}
