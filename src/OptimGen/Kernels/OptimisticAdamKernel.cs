using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

internal static partial class FirstOrderKernels
{
    /// <summary>
    /// Optimistic Adam (optax's <c>scale_by_adam</c>, <c>scale_by_optimistic_gradient</c> and a final scale) at
    /// step <c>t</c>: Adam's moments and direction <c>r = m̂/(√(v̂ + ε_root) + ε)</c> (with Nesterov's <c>m̂</c> when
    /// asked), then <c>update ← scale·((α+β)·r − β·r_prev)</c> and <c>r_prev ← r</c>; at the first step
    /// <c>r_prev</c> is <c>r</c>.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="mu">The first moment <c>m</c>, updated in place.</param>
    /// <param name="nu">The second moment <c>v</c>, updated in place.</param>
    /// <param name="previous">The previous direction <c>r_prev</c>, replaced by this step's.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="b1">The decay <c>β₁</c> of the first moment.</param>
    /// <param name="b2">The decay <c>β₂</c> of the second moment.</param>
    /// <param name="eps">The <c>ε</c> added to the root.</param>
    /// <param name="epsRoot">The <c>ε_root</c> added under the root.</param>
    /// <param name="nesterov">Whether to use Nesterov momentum.</param>
    /// <param name="step">The step number <c>t</c> (1 at the first step).</param>
    /// <param name="alpha">The weight <c>α</c> of the direction.</param>
    /// <param name="beta">The weight <c>β</c> of the change of the direction.</param>
    /// <param name="scale">The factor of the update (<c>−lr</c>, or −1 for optax's first interface).</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void OptimisticAdam<T>(
        ReadOnlySpan<T> gradient, Span<T> mu, Span<T> nu, Span<T> previous, Span<T> update,
        T b1, T b2, T eps, T epsRoot, bool nesterov, long step, T alpha, T beta, T scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, mu.Length, nameof(mu));
        RequireLength(n, nu.Length, nameof(nu));
        RequireLength(n, previous.Length, nameof(previous));
        RequireLength(n, update.Length, nameof(update));
        (T muScale, T gradientScale, T nuScale) = AdamScales(b1, b2, nesterov, step);
        var lanes = new OptimisticAdamLanes<T>(
            b1, b2, eps, epsRoot, muScale, gradientScale, nuScale, new OptimisticGradientLanes<T>(alpha, beta, scale, step == 1));
        Fuse(lanes, gradient, default, mu, nu, previous, update);
    }

    /// <summary>Optimistic Adam; first: the first moment, second: the second moment, third: the previous direction.</summary>
    private readonly struct OptimisticAdamLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly MovingAverage<T> firstMoment;
        private readonly MovingAverage<T> secondMoment;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> epsRoot;
        private readonly Vector256<T> muScale;
        private readonly Vector256<T> gradientScale;
        private readonly Vector256<T> nuScale;
        private readonly OptimisticGradientLanes<T> optimism;

        public OptimisticAdamLanes(T b1, T b2, T eps, T epsRoot, T muScale, T gradientScale, T nuScale, OptimisticGradientLanes<T> optimism)
        {
            firstMoment = new MovingAverage<T>(b1);
            secondMoment = new MovingAverage<T>(b2);
            this.eps = Vector256.Create(eps);
            this.epsRoot = Vector256.Create(epsRoot);
            this.muScale = Vector256.Create(muScale);
            this.gradientScale = Vector256.Create(gradientScale);
            this.nuScale = Vector256.Create(nuScale);
            this.optimism = optimism;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = firstMoment.Update(first, gradient);
            second = secondMoment.Update(second, gradient * gradient);
            Vector256<T> direction = (muScale * first + gradientScale * gradient) / (Vector256.Sqrt(nuScale * second + epsRoot) + eps);
            return optimism.Optimistic(direction, ref third);
        }
    }
}
