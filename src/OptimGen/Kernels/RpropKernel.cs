using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Rprop (optax's <c>scale_by_rprop</c> and a sign flip): with <c>s = g·p</c> (<c>p</c> the previous signed
    /// step), the step size <c>δ</c> becomes <c>clip(δ·η₊, min, max)</c> where <c>s &gt; 0</c>,
    /// <c>clip(δ·η₋, min, max)</c> where <c>s &lt; 0</c> and stays where <c>s = 0</c>; the new
    /// <c>p</c> is 0 where <c>s &lt; 0</c>, else <c>δ·sign(g)</c>; the update is <c>−p_old</c> where
    /// <c>s ≥ 0</c> and 0 elsewhere: as in optax, a step applies the signed step of the step before (so the first
    /// update is zero).
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="stepSizes">The step sizes <c>δ</c>, updated in place.</param>
    /// <param name="previousUpdates">The previous signed steps <c>p</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="etaMinus">The factor <c>η₋</c> of a step size whose gradient changed sign.</param>
    /// <param name="etaPlus">The factor <c>η₊</c> of a step size whose gradient kept its sign.</param>
    /// <param name="minStepSize">The smallest step size.</param>
    /// <param name="maxStepSize">The largest step size.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Rprop<T>(
        ReadOnlySpan<T> gradient, Span<T> stepSizes, Span<T> previousUpdates, Span<T> update,
        T etaMinus, T etaPlus, T minStepSize, T maxStepSize)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, stepSizes.Length, nameof(stepSizes));
        RequireLength(n, previousUpdates.Length, nameof(previousUpdates));
        RequireLength(n, update.Length, nameof(update));
        Fuse(new RpropLanes<T>(etaMinus, etaPlus, minStepSize, maxStepSize), gradient, default, stepSizes, previousUpdates, default, update);
    }

    /// <summary>Rprop; first: the step sizes, second: the previous signed steps.</summary>
    private readonly struct RpropLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> etaMinus;
        private readonly Vector256<T> etaPlus;
        private readonly Vector256<T> minStepSize;
        private readonly Vector256<T> maxStepSize;

        public RpropLanes(T etaMinus, T etaPlus, T minStepSize, T maxStepSize)
        {
            this.etaMinus = Vector256.Create(etaMinus);
            this.etaPlus = Vector256.Create(etaPlus);
            this.minStepSize = Vector256.Create(minStepSize);
            this.maxStepSize = Vector256.Create(maxStepSize);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            Vector256<T> agreement = gradient * second;
            Vector256<T> flipped = Vector256.LessThan(agreement, Vector256<T>.Zero);
            Vector256<T> factor = Vector256.ConditionalSelect(Vector256.GreaterThan(agreement, Vector256<T>.Zero), etaPlus, etaMinus);
            Vector256<T> resized = Vector256.Min(Vector256.Max(first * factor, minStepSize), maxStepSize);
            first = Vector256.ConditionalSelect(Vector256.Equals(agreement, Vector256<T>.Zero), first, resized);
            Vector256<T> applied = Vector256.ConditionalSelect(flipped, Vector256<T>.Zero, -second);
            second = Vector256.ConditionalSelect(flipped, Vector256<T>.Zero, first * Sign(gradient));
            return applied;
        }
    }
}
