using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>SignSGD (optax's <c>scale_by_sign</c> and the learning rate): <c>update ← −lr·sign(g)</c>.</summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SignSgd<T>(ReadOnlySpan<T> gradient, Span<T> update, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLength(gradient.Length, update.Length, nameof(update));
        Fuse(new SignSgdLanes<T>(learningRate), gradient, default, default, default, default, update);
    }

    /// <summary>SignSGD; no state.</summary>
    private readonly struct SignSgdLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> minusRate;

        public SignSgdLanes(T learningRate) => minusRate = Vector256.Create(-learningRate);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third) =>
            minusRate * Sign(gradient);
    }
}
