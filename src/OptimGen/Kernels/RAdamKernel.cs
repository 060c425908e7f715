using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

internal static partial class FirstOrderKernels
{
    /// <summary>
    /// Rectified Adam (optax's <c>scale_by_radam</c> and the learning rate) at step <c>t</c>: Adam's moments;
    /// <c>ρ∞ = 2/(1−β₂) − 1</c>, <c>ρ = ρ∞ − 2tβ₂ᵗ/(1−β₂ᵗ)</c>; when <c>ρ ≥ threshold</c>
    /// <c>update ← −lr·r·m̂/(√(v̂ + ε_root) + ε)</c> with <c>r = √((ρ−4)(ρ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρ))</c>, else
    /// <c>update ← −lr·m̂</c>. The scalars are computed in <see cref="double"/>.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="mu">The first moment <c>m</c>, updated in place.</param>
    /// <param name="nu">The second moment <c>v</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="b1">The decay <c>β₁</c> of the first moment.</param>
    /// <param name="b2">The decay <c>β₂</c> of the second moment.</param>
    /// <param name="eps">The <c>ε</c> added to the root.</param>
    /// <param name="epsRoot">The <c>ε_root</c> added under the root.</param>
    /// <param name="threshold">The smallest <c>ρ</c> at which the variance is rectified rather than ignored.</param>
    /// <param name="nesterov">Whether to use Nesterov momentum.</param>
    /// <param name="step">The step number <c>t</c> (1 at the first step).</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RAdam<T>(
        ReadOnlySpan<T> gradient, Span<T> mu, Span<T> nu, Span<T> update,
        T b1, T b2, T eps, T epsRoot, T threshold, bool nesterov, long step, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, mu.Length, nameof(mu));
        RequireLength(n, nu.Length, nameof(nu));
        RequireLength(n, update.Length, nameof(update));
        (T muScale, T gradientScale, T nuScale) = AdamScales(b1, b2, nesterov, step);
        double beta2 = double.CreateTruncating(b2);
        double roInfinity = 2 / (1 - beta2) - 1;
        double b2t = Math.Pow(beta2, step);
        double ro = roInfinity - 2 * step * b2t / (1 - b2t);
        bool rectified = ro >= double.CreateTruncating(threshold);
        T rectification = rectified
            ? T.CreateTruncating(Math.Sqrt((ro - 4) * (ro - 2) * roInfinity / ((roInfinity - 4) * (roInfinity - 2) * ro)))
            : T.Zero;
        var lanes = new RAdamLanes<T>(b1, b2, eps, epsRoot, muScale, gradientScale, nuScale, learningRate, rectified, rectification);
        Fuse(lanes, gradient, default, mu, nu, default, update);
    }

    /// <summary>RAdam; first: the first moment, second: the second moment.</summary>
    private readonly struct RAdamLanes<T> : IFusedLanes<T>
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
        private readonly Vector256<T> rectification;
        private readonly bool rectified;

        public RAdamLanes(T b1, T b2, T eps, T epsRoot, T muScale, T gradientScale, T nuScale, T learningRate, bool rectified, T rectification)
        {
            firstMoment = new MovingAverage<T>(b1);
            secondMoment = new MovingAverage<T>(b2);
            this.eps = Vector256.Create(eps);
            this.epsRoot = Vector256.Create(epsRoot);
            this.muScale = Vector256.Create(muScale);
            this.gradientScale = Vector256.Create(gradientScale);
            this.nuScale = Vector256.Create(nuScale);
            minusRate = Vector256.Create(-learningRate);
            this.rectification = Vector256.Create(rectification);
            this.rectified = rectified;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = firstMoment.Update(first, gradient);
            second = secondMoment.Update(second, gradient * gradient);
            Vector256<T> muHat = muScale * first + gradientScale * gradient;
            if (!rectified)
                return minusRate * muHat;
            return minusRate * (rectification * muHat / (Vector256.Sqrt(nuScale * second + epsRoot) + eps));
        }
    }
}
