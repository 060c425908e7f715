using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Signum (optax's <c>ema</c> without debiasing, <c>scale_by_sign</c> and the learning rate):
    /// <c>m ← βm + (1−β)g</c>; <c>update ← −lr·sign(m)</c>.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="ema">The moving average <c>m</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="beta">The decay <c>β</c> of the average.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Signum<T>(ReadOnlySpan<T> gradient, Span<T> ema, Span<T> update, T beta, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLength(gradient.Length, ema.Length, nameof(ema));
        RequireLength(gradient.Length, update.Length, nameof(update));
        Fuse(new SignumLanes<T>(beta, learningRate), gradient, default, ema, default, default, update);
    }

    /// <summary>Signum; first: the moving average.</summary>
    private readonly struct SignumLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> beta;
        private readonly Vector256<T> oneMinusBeta;
        private readonly Vector256<T> minusRate;

        public SignumLanes(T beta, T learningRate)
        {
            this.beta = Vector256.Create(beta);
            oneMinusBeta = Vector256.Create(T.One - beta);
            minusRate = Vector256.Create(-learningRate);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = beta * first + oneMinusBeta * gradient;
            return minusRate * Sign(first);
        }
    }
}
