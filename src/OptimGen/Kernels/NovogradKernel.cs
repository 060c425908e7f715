using System;
using System.ComponentModel;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// NovoGrad (Ginsburg et al. 2019, as optax's <c>scale_by_novograd</c> and the learning rate), the whole parameter
    /// vector being one layer: <c>v ← ‖g‖²</c> at the first step, then <c>v ← β₂v + (1−β₂)‖g‖²</c>;
    /// <c>a = g/(√(v + ε_root) + ε) + λ·p</c>; <c>m ← a</c> at the first step, then <c>m ← β₁m + a</c>;
    /// <c>update ← −lr·m</c>.
    /// </summary>
    /// <remarks>
    /// Two passes: the gradient's norm, then the fused update. Public only for the built-in optimizers' source; not
    /// part of the supported API.
    /// </remarks>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Novograd<T>(
        ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> mu, ref T nu, Span<T> update,
        T b1, T b2, T eps, T epsRoot, long step, T learningRate, T weightDecay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, mu.Length, nameof(mu));
        RequireLength(n, update.Length, nameof(update));
        RequireStep(step);
        bool decays = weightDecay != T.Zero;
        if (decays)
            RequireLength(n, parameters.Length, nameof(parameters));
        T norm = TensorPrimitives.Norm(gradient);
        T squaredNorm = norm * norm;
        nu = step == 1 ? squaredNorm : b2 * nu + (T.One - b2) * squaredNorm;
        T inverseDenominator = T.One / (T.Sqrt(nu + epsRoot) + eps);
        var lanes = new NovogradLanes<T>(b1, inverseDenominator, step == 1, learningRate, weightDecay);
        Fuse(lanes, gradient, decays ? parameters : default, mu, default, default, update);
    }

    /// <summary>NovoGrad; first: the first moment.</summary>
    private readonly struct NovogradLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> b1;
        private readonly Vector256<T> inverseDenominator;
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> weightDecay;
        private readonly bool firstStep;
        private readonly bool decays;

        public NovogradLanes(T b1, T inverseDenominator, bool firstStep, T learningRate, T weightDecay)
        {
            this.b1 = Vector256.Create(b1);
            this.inverseDenominator = Vector256.Create(inverseDenominator);
            minusRate = Vector256.Create(-learningRate);
            this.weightDecay = Vector256.Create(weightDecay);
            this.firstStep = firstStep;
            decays = weightDecay != T.Zero;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            Vector256<T> scaled = gradient * inverseDenominator;
            Vector256<T> addition = decays ? scaled + weightDecay * parameters : scaled;
            first = firstStep ? addition : b1 * first + addition;
            return minusRate * first;
        }
    }
}
