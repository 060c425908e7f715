using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Adadelta (optax's <c>add_decayed_weights</c>, <c>scale_by_adadelta</c> and the learning rate):
    /// <c>g' = g + λ·p</c>; <c>E[g²] ← ρE[g²] + (1−ρ)g'²</c>; <c>Δ = √(E[Δ²] + ε)/√(E[g²] + ε)·g'</c>;
    /// <c>E[Δ²] ← ρE[Δ²] + (1−ρ)Δ²</c>; <c>update ← −lr·Δ</c>, or <c>+Δ</c> without a learning rate (optax then
    /// leaves the sign alone).
    /// </summary>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Adadelta<T>(
        ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> gradientSquares, Span<T> updateSquares, Span<T> update,
        T rho, T eps, T? learningRate, T weightDecay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, gradientSquares.Length, nameof(gradientSquares));
        RequireLength(n, updateSquares.Length, nameof(updateSquares));
        RequireLength(n, update.Length, nameof(update));
        bool decays = weightDecay != T.Zero;
        if (decays)
            RequireLength(n, parameters.Length, nameof(parameters));
        T scale = learningRate.HasValue ? -learningRate.Value : T.One;
        Fuse(new AdadeltaLanes<T>(rho, eps, scale, weightDecay), gradient, decays ? parameters : default, gradientSquares, updateSquares, default, update);
    }

    /// <summary>Adadelta; first: the mean squared gradient, second: the mean squared step.</summary>
    private readonly struct AdadeltaLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> rho;
        private readonly Vector256<T> oneMinusRho;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> scale;
        private readonly Vector256<T> weightDecay;
        private readonly bool decays;

        public AdadeltaLanes(T rho, T eps, T scale, T weightDecay)
        {
            this.rho = Vector256.Create(rho);
            oneMinusRho = Vector256.Create(T.One - rho);
            this.eps = Vector256.Create(eps);
            this.scale = Vector256.Create(scale);
            this.weightDecay = Vector256.Create(weightDecay);
            decays = weightDecay != T.Zero;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            Vector256<T> decayed = decays ? gradient + weightDecay * parameters : gradient;
            first = rho * first + oneMinusRho * (decayed * decayed);
            Vector256<T> step = Vector256.Sqrt(second + eps) / Vector256.Sqrt(first + eps) * decayed;
            second = rho * second + oneMinusRho * (step * step);
            return scale * step;
        }
    }
}
