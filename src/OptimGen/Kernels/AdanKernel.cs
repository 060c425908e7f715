using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// Adan (Xie et al. 2022, Algorithm 1, as optax's <c>scale_by_adan</c>, <c>add_decayed_weights</c> and the learning
    /// rate) at step <c>t</c>: <c>d = g − g_prev</c> (0 at the first step); <c>m ← β₁m + (1−β₁)g</c>;
    /// <c>v ← β₂v + (1−β₂)d</c>; <c>n ← β₃n + (1−β₃)(g + (1−β₂)d)²</c>; <c>g_prev ← g</c>; with the bias corrections
    /// <c>m̂ = m/(1−β₁ᵗ)</c>, <c>v̂ = v/(1−β₂ᵗ)</c>, <c>n̂ = n/(1−β₃ᵗ)</c>:
    /// <c>update ← −lr·((m̂ + (1−β₂)v̂)/(√(n̂ + ε_root) + ε) + λ·p)</c>. (optax's β's weigh the old averages, the
    /// paper's weigh the new terms.)
    /// </summary>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Adan<T>(
        ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> m, Span<T> v, Span<T> n, Span<T> previousGradient, Span<T> update,
        T b1, T b2, T b3, T eps, T epsRoot, long step, T learningRate, T weightDecay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int length = gradient.Length;
        RequireLength(length, m.Length, nameof(m));
        RequireLength(length, v.Length, nameof(v));
        RequireLength(length, n.Length, nameof(n));
        RequireLength(length, previousGradient.Length, nameof(previousGradient));
        RequireLength(length, update.Length, nameof(update));
        RequireStep(step);
        bool decays = weightDecay != T.Zero;
        if (decays)
            RequireLength(length, parameters.Length, nameof(parameters));
        double beta2 = double.CreateTruncating(b2);
        T mScale = T.CreateTruncating(1 / BiasCorrection(double.CreateTruncating(b1), step));
        T vScale = T.CreateTruncating((1 - beta2) / BiasCorrection(beta2, step));
        T nScale = T.CreateTruncating(1 / BiasCorrection(double.CreateTruncating(b3), step));
        var lanes = new AdanLanes<T>(b1, b2, b3, eps, epsRoot, mScale, vScale, nScale, firstStep: step == 1, learningRate, weightDecay);
        Fuse(lanes, gradient, decays ? parameters : default, m, v, n, previousGradient, update);
    }

    /// <summary>Adan; first: m, second: v, third: n, fourth: the previous gradient.</summary>
    private readonly struct AdanLanes<T> : IFusedLanes4<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> b1;
        private readonly Vector256<T> oneMinusB1;
        private readonly Vector256<T> b2;
        private readonly Vector256<T> oneMinusB2;
        private readonly Vector256<T> b3;
        private readonly Vector256<T> oneMinusB3;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> epsRoot;
        private readonly Vector256<T> mScale;
        private readonly Vector256<T> vScale;
        private readonly Vector256<T> nScale;
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> weightDecay;
        private readonly bool firstStep;
        private readonly bool decays;

        public AdanLanes(T b1, T b2, T b3, T eps, T epsRoot, T mScale, T vScale, T nScale, bool firstStep, T learningRate, T weightDecay)
        {
            this.b1 = Vector256.Create(b1);
            oneMinusB1 = Vector256.Create(T.One - b1);
            this.b2 = Vector256.Create(b2);
            oneMinusB2 = Vector256.Create(T.One - b2);
            this.b3 = Vector256.Create(b3);
            oneMinusB3 = Vector256.Create(T.One - b3);
            this.eps = Vector256.Create(eps);
            this.epsRoot = Vector256.Create(epsRoot);
            this.mScale = Vector256.Create(mScale);
            this.vScale = Vector256.Create(vScale);
            this.nScale = Vector256.Create(nScale);
            minusRate = Vector256.Create(-learningRate);
            this.weightDecay = Vector256.Create(weightDecay);
            this.firstStep = firstStep;
            decays = weightDecay != T.Zero;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third, ref Vector256<T> fourth)
        {
            Vector256<T> difference = firstStep ? Vector256<T>.Zero : gradient - fourth;
            first = b1 * first + oneMinusB1 * gradient;
            second = b2 * second + oneMinusB2 * difference;
            Vector256<T> corrected = gradient + oneMinusB2 * difference;
            third = b3 * third + oneMinusB3 * (corrected * corrected);
            fourth = gradient;
            Vector256<T> direction = (mScale * first + vScale * second) / (Vector256.Sqrt(nScale * third + epsRoot) + eps);
            return minusRate * (decays ? direction + weightDecay * parameters : direction);
        }
    }
}
