using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Optimistic gradient descent (optax's <c>scale_by_optimistic_gradient</c> and the learning rate):
    /// <c>update ← −lr·((α+β)·g − β·g_prev)</c>, then <c>g_prev ← g</c>; at the first step <c>g_prev</c> is
    /// <c>g</c> itself (optax#1082).
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="previous">The previous gradient <c>g_prev</c>, replaced by <paramref name="gradient"/>.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="alpha">The weight <c>α</c> of the gradient.</param>
    /// <param name="beta">The weight <c>β</c> of the change of the gradient.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <param name="isInitialStep">Whether this is the first step (no previous gradient yet).</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void OptimisticGradient<T>(ReadOnlySpan<T> gradient, Span<T> previous, Span<T> update, T alpha, T beta, T learningRate, bool isInitialStep)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLength(gradient.Length, previous.Length, nameof(previous));
        RequireLength(gradient.Length, update.Length, nameof(update));
        Fuse(new OptimisticGradientLanes<T>(alpha, beta, -learningRate, isInitialStep), gradient, default, previous, default, default, update);
    }

    /// <summary>Optimistic gradient descent; first: the previous gradient.</summary>
    private readonly struct OptimisticGradientLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> alphaPlusBeta;
        private readonly Vector256<T> beta;
        private readonly Vector256<T> scale;
        private readonly bool isInitialStep;

        public OptimisticGradientLanes(T alpha, T beta, T scale, bool isInitialStep)
        {
            alphaPlusBeta = Vector256.Create(alpha + beta);
            this.beta = Vector256.Create(beta);
            this.scale = Vector256.Create(scale);
            this.isInitialStep = isInitialStep;
        }

        /// <summary><c>scale·((α+β)·x − β·x_prev)</c> with <c>x_prev ← x</c>; shared with optimistic Adam.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Optimistic(Vector256<T> current, ref Vector256<T> previous)
        {
            Vector256<T> before = isInitialStep ? current : previous;
            previous = current;
            return scale * (alphaPlusBeta * current - beta * before);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third) =>
            Optimistic(gradient, ref first);
    }
}
