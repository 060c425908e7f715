using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

/// <summary>
/// Fused single-pass kernels of the first-order optimizers (SGD momentum, Adam/AdamW, Lion, RMSProp, Adagrad):
/// each reads every input and state element once and writes every state and update element once, in
/// <see cref="Vector256{T}"/> lanes with a zero-padded last vector, and allocates nothing.
/// </summary>
/// <remarks>
/// An optimizer step is memory-bound: composing it from separate whole-array operations (one
/// <c>TensorPrimitives</c> call per term) streams the arrays through memory several times and reaches a
/// fraction of the bandwidth of one fused pass (docs/performance.md). The per-element formula of
/// each kernel is written once, on vectors; the last, partial vector goes through a zero-padded copy, so the
/// tail computes exactly what a full vector computes. Updates follow optax's sign convention: they are added
/// to the parameters. Spans must not overlap, except that <c>update</c> may be the gradient's own memory.
/// </remarks>
internal static partial class FirstOrderKernels
{
    /// <summary>
    /// SGD with momentum (optax's <c>trace</c> followed by the learning rate):
    /// <c>trace ← g + μ·trace</c>; <c>update ← −lr·trace</c>, or <c>−lr·(g + μ·trace)</c> with Nesterov.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="trace">The momentum buffer, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <param name="momentum">The decay <c>μ</c> of the trace.</param>
    /// <param name="nesterov">Whether to look ahead along the new trace.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    public static void Momentum<T>(ReadOnlySpan<T> gradient, Span<T> trace, Span<T> update, T learningRate, T momentum, bool nesterov)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLength(gradient.Length, trace.Length, nameof(trace));
        RequireLength(gradient.Length, update.Length, nameof(update));
        Fuse(new MomentumLanes<T>(learningRate, momentum, nesterov), gradient, default, trace, default, default, update);
    }

    /// <summary>
    /// Adam and AdamW (optax's <c>scale_by_adam</c>, <c>add_decayed_weights</c> and the learning rate) at step
    /// <c>t</c>: <c>m ← β₁m + (1−β₁)g</c>; <c>v ← β₂v + (1−β₂)g²</c>; <c>m̂ = m/(1−β₁ᵗ)</c>, or with Nesterov (NAdam)
    /// <c>m̂ = β₁m/(1−β₁ᵗ⁺¹) + (1−β₁)g/(1−β₁ᵗ)</c>; <c>v̂ = v/(1−β₂ᵗ)</c>;
    /// <c>update ← −lr·(m̂/(√(v̂ + ε_root) + ε) + λ·p)</c>.
    /// </summary>
    /// <remarks>
    /// The bias corrections are computed once per call in <see cref="double"/> and rounded to <typeparamref name="T"/>:
    /// <c>1 − β₂ᵗ</c> cancels in <see cref="float"/> (with β₂ = 0.999 it loses two to three of float's seven digits).
    /// </remarks>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="parameters">The parameters <c>p</c>; may be empty when <paramref name="weightDecay"/> is 0.</param>
    /// <param name="mu">The first moment <c>m</c>, updated in place.</param>
    /// <param name="nu">The second moment <c>v</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="b1">The decay <c>β₁</c> of the first moment.</param>
    /// <param name="b2">The decay <c>β₂</c> of the second moment.</param>
    /// <param name="eps">The <c>ε</c> added to the root.</param>
    /// <param name="epsRoot">The <c>ε_root</c> added under the root.</param>
    /// <param name="nesterov">Whether to use Nesterov momentum (NAdam).</param>
    /// <param name="step">The step number <c>t</c> (1 at the first step) of the bias corrections.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <param name="weightDecay">The decoupled weight decay <c>λ</c> (0: none).</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is less than 1.</exception>
    public static void Adam<T>(
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
        var lanes = new AdamLanes<T>(b1, b2, eps, epsRoot, muScale, gradientScale, nuScale, learningRate, weightDecay);

        // Without decay the parameters are not read at all: one stream less.
        Fuse(lanes, gradient, decays ? parameters : default, mu, nu, default, update);
    }

    /// <summary>
    /// Lion (optax's <c>scale_by_lion</c>, <c>add_decayed_weights</c> and the learning rate):
    /// <c>update ← −lr·(sign(β₁m + (1−β₁)g) + λ·p)</c>, then <c>m ← β₂m + (1−β₂)g</c>.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="parameters">The parameters <c>p</c>; may be empty when <paramref name="weightDecay"/> is 0.</param>
    /// <param name="mu">The momentum <c>m</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="b1">The weight <c>β₁</c> of the momentum in the update's direction.</param>
    /// <param name="b2">The decay <c>β₂</c> of the momentum.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <param name="weightDecay">The weight decay <c>λ</c> (0: none).</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    public static void Lion<T>(ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> mu, Span<T> update, T b1, T b2, T learningRate, T weightDecay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, mu.Length, nameof(mu));
        RequireLength(n, update.Length, nameof(update));
        bool decays = weightDecay != T.Zero;
        if (decays)
            RequireLength(n, parameters.Length, nameof(parameters));
        Fuse(new LionLanes<T>(b1, b2, learningRate, weightDecay), gradient, decays ? parameters : default, mu, default, default, update);
    }

    /// <summary>
    /// RMSProp (optax's <c>scale_by_rms</c> or, centered, <c>scale_by_stddev</c>, then the learning rate and an
    /// optional <c>trace</c>): <c>v ← ρv + (1−ρ)g²</c> and, centered, <c>m ← ρm + (1−ρ)g</c>; with bias correction
    /// at step <c>t</c> <c>v̂ = v/(1−ρᵗ)</c> and <c>m̂ = m/(1−ρᵗ)</c>, else <c>v̂ = v</c>, <c>m̂ = m</c>;
    /// <c>s² = v̂ − m̂²</c> (centered) or <c>v̂</c>; <c>step ← −lr·g/√(s² + ε)</c>, or <c>−lr·g/(√s² + ε)</c> when
    /// ε is outside the root; with momentum <c>μ</c>, <c>trace ← step + μ·trace</c> and <c>update ← trace</c>
    /// (Nesterov: <c>step + μ·trace</c>), else <c>update ← step</c>.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="nu">The mean square <c>v</c>, updated in place.</param>
    /// <param name="mu">The mean <c>m</c>, updated in place when <paramref name="centered"/>; may be empty otherwise.</param>
    /// <param name="trace">The momentum buffer, updated in place when <paramref name="momentum"/> is given; may be empty otherwise.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="decay">The decay <c>ρ</c> of the averages.</param>
    /// <param name="eps">The <c>ε</c> of the denominator.</param>
    /// <param name="epsInSqrt">Whether <c>ε</c> is added under the root (optax's default) or to it (PyTorch).</param>
    /// <param name="centered">Whether the mean is subtracted (the variance instead of the mean square).</param>
    /// <param name="biasCorrection">Whether the averages are divided by <c>1 − ρᵗ</c> (computed in <see cref="double"/>).</param>
    /// <param name="step">The step number <c>t</c> (1 at the first step) of the bias correction.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <param name="momentum">The momentum <c>μ</c> of the trace; null: no momentum.</param>
    /// <param name="nesterov">Whether the momentum looks ahead along the new trace.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="biasCorrection"/> is set and <paramref name="step"/> is less than 1.</exception>
    public static void RmsProp<T>(
        ReadOnlySpan<T> gradient, Span<T> nu, Span<T> mu, Span<T> trace, Span<T> update,
        T decay, T eps, bool epsInSqrt, bool centered, bool biasCorrection, long step, T learningRate, T? momentum, bool nesterov)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, nu.Length, nameof(nu));
        RequireLength(n, update.Length, nameof(update));
        if (centered)
            RequireLength(n, mu.Length, nameof(mu));
        if (momentum.HasValue)
            RequireLength(n, trace.Length, nameof(trace));
        T scale = T.One;
        if (biasCorrection)
        {
            RequireStep(step);
            scale = T.CreateTruncating(1 / BiasCorrection(double.CreateTruncating(decay), step));
        }

        var lanes = new RmsPropLanes<T>(decay, eps, epsInSqrt, centered, scale, learningRate, momentum, nesterov);
        Fuse(lanes, gradient, default, nu, centered ? mu : default, momentum.HasValue ? trace : default, update);
    }

    /// <summary>
    /// Adagrad (optax's <c>scale_by_rss</c> and the learning rate): <c>s ← s + g²</c>;
    /// <c>update ← −lr·g/√(s + ε)</c> where <c>s &gt; 0</c>, else 0.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="sumOfSquares">The accumulated squares <c>s</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="eps">The <c>ε</c> under the root.</param>
    /// <param name="learningRate">The step size <c>lr</c> of this step.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    public static void Adagrad<T>(ReadOnlySpan<T> gradient, Span<T> sumOfSquares, Span<T> update, T eps, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireLength(gradient.Length, sumOfSquares.Length, nameof(sumOfSquares));
        RequireLength(gradient.Length, update.Length, nameof(update));
        Fuse(new AdagradLanes<T>(eps, learningRate), gradient, default, sumOfSquares, default, default, update);
    }

    /// <summary>
    /// The single pass every kernel makes: per vector of elements, load the gradient, the parameters and up to
    /// three state streams, let <typeparamref name="TLanes"/> compute the new states and the update, store them.
    /// An empty span marks a stream the kernel does not use (a stateless kernel leaves all of them empty); it is
    /// neither read nor written.
    /// </summary>
    private static void Fuse<T, TLanes>(
        in TLanes lanes, ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> first, Span<T> second, Span<T> third, Span<T> update)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TLanes : struct, IFusedLanes<T> =>
        Fuse(new ThreeStreamLanes<T, TLanes>(lanes), gradient, parameters, first, second, third, default, update);

    /// <summary>
    /// <see cref="Fuse{T, TLanes}(in TLanes, ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T}, Span{T}, Span{T}, Span{T})"/>
    /// with a fourth state stream (Adan keeps three moments and the previous gradient).
    /// </summary>
    [MethodImpl(JitHints.Kernel)]
    private static void Fuse<T, TLanes>(
        in TLanes lanes, ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> first, Span<T> second, Span<T> third, Span<T> fourth, Span<T> update)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TLanes : struct, IFusedLanes4<T>
    {
        bool readsParameters = !parameters.IsEmpty;
        bool hasFirst = !first.IsEmpty;
        bool hasSecond = !second.IsEmpty;
        bool hasThird = !third.IsEmpty;
        bool hasFourth = !fourth.IsEmpty;
        ref T g = ref MemoryMarshal.GetReference(gradient);
        ref T p = ref MemoryMarshal.GetReference(parameters);
        ref T a = ref MemoryMarshal.GetReference(first);
        ref T b = ref MemoryMarshal.GetReference(second);
        ref T c = ref MemoryMarshal.GetReference(third);
        ref T d = ref MemoryMarshal.GetReference(fourth);
        ref T u = ref MemoryMarshal.GetReference(update);
        int n = gradient.Length;
        int i = 0;
        for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
        {
            nuint at = (nuint)i;
            Vector256<T> ai = hasFirst ? Vector256.LoadUnsafe(ref a, at) : default;
            Vector256<T> bi = hasSecond ? Vector256.LoadUnsafe(ref b, at) : default;
            Vector256<T> ci = hasThird ? Vector256.LoadUnsafe(ref c, at) : default;
            Vector256<T> di = hasFourth ? Vector256.LoadUnsafe(ref d, at) : default;
            Vector256<T> pi = readsParameters ? Vector256.LoadUnsafe(ref p, at) : default;
            Vector256<T> ui = lanes.Apply(Vector256.LoadUnsafe(ref g, at), pi, ref ai, ref bi, ref ci, ref di);
            if (hasFirst)
                ai.StoreUnsafe(ref a, at);
            if (hasSecond)
                bi.StoreUnsafe(ref b, at);
            if (hasThird)
                ci.StoreUnsafe(ref c, at);
            if (hasFourth)
                di.StoreUnsafe(ref d, at);
            ui.StoreUnsafe(ref u, at);
        }

        if (i < n)
        {
            Vector256<T> ai = hasFirst ? LoadTail<T>(first[i..]) : default;
            Vector256<T> bi = hasSecond ? LoadTail<T>(second[i..]) : default;
            Vector256<T> ci = hasThird ? LoadTail<T>(third[i..]) : default;
            Vector256<T> di = hasFourth ? LoadTail<T>(fourth[i..]) : default;
            Vector256<T> pi = readsParameters ? LoadTail<T>(parameters[i..]) : default;
            Vector256<T> ui = lanes.Apply(LoadTail<T>(gradient[i..]), pi, ref ai, ref bi, ref ci, ref di);
            if (hasFirst)
                StoreTail(ai, first[i..]);
            if (hasSecond)
                StoreTail(bi, second[i..]);
            if (hasThird)
                StoreTail(ci, third[i..]);
            if (hasFourth)
                StoreTail(di, fourth[i..]);
            StoreTail(ui, update[i..]);
        }
    }

    /// <summary>The first elements of <paramref name="source"/> (fewer than a vector's count) in a zero-padded vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> LoadTail<T>(ReadOnlySpan<T> source)
    {
        Vector256<T> lanes = Vector256<T>.Zero;
        source.CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.As<Vector256<T>, T>(ref lanes), Vector256<T>.Count));
        return lanes;
    }

    /// <summary>The first <c>destination.Length</c> lanes of <paramref name="lanes"/> into <paramref name="destination"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreTail<T>(Vector256<T> lanes, Span<T> destination) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Vector256<T>, T>(ref lanes), destination.Length).CopyTo(destination);

    /// <summary>−1, 0 or 1 by sign; a zero keeps its sign and NaN stays NaN (like <c>jnp.sign</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Sign<T>(Vector256<T> x)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Vector256.ConditionalSelect(
            Vector256.GreaterThan(x, Vector256<T>.Zero),
            Vector256<T>.One,
            Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<T>.Zero), -Vector256<T>.One, x * Vector256<T>.Zero));

    /// <summary><c>1 − βᵗ</c>, the factor an exponential average started at zero falls short by after <c>t</c> steps.</summary>
    private static double BiasCorrection(double beta, long step) => 1 - Math.Pow(beta, step);

    /// <summary>
    /// <c>numerator / denominator</c> lane by lane, and 0 where the denominator is 0. An adaptive method's root is 0
    /// only where the gradient was always 0, so the numerator is 0 too, and with <c>eps = 0</c> the quotient would be
    /// 0/0 = NaN; the update there is 0, as the limit for a small eps gives.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> DivideOrZero<T>(Vector256<T> numerator, Vector256<T> denominator)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Vector256.ConditionalSelect(Vector256.GreaterThan(denominator, Vector256<T>.Zero), numerator / denominator, Vector256<T>.Zero);

    private static void RequireStep(long step)
    {
        if (step < 1)
            throw new ArgumentOutOfRangeException(nameof(step), step, "step counts from 1 (the first step).");
    }

    private static void RequireLength(int expected, int actual, string name)
    {
        if (expected != actual)
            throw new ArgumentException($"'{name}' has length {actual}, expected {expected} (the gradient's length).", name);
    }

    /// <summary>One kernel's per-element formula on a vector of elements, with its per-step scalars broadcast.</summary>
    private interface IFusedLanes<T>
    {
        /// <summary>Updates the state lanes in place and returns the update lanes; unused streams come in as zero.</summary>
        Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third);
    }

    /// <summary><see cref="IFusedLanes{T}"/> with a fourth state stream.</summary>
    private interface IFusedLanes4<T>
    {
        /// <summary>Updates the state lanes in place and returns the update lanes; unused streams come in as zero.</summary>
        Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third, ref Vector256<T> fourth);
    }

    /// <summary>A three-stream formula run by the four-stream pass, its fourth stream unused.</summary>
    private readonly struct ThreeStreamLanes<T, TLanes> : IFusedLanes4<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TLanes : struct, IFusedLanes<T>
    {
        private readonly TLanes lanes;

        public ThreeStreamLanes(TLanes lanes) => this.lanes = lanes;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third, ref Vector256<T> fourth) =>
            lanes.Apply(gradient, parameters, ref first, ref second, ref third);
    }

    /// <summary>SGD momentum; first: the trace.</summary>
    private readonly struct MomentumLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> momentum;
        private readonly bool nesterov;

        public MomentumLanes(T learningRate, T momentum, bool nesterov)
        {
            minusRate = Vector256.Create(-learningRate);
            this.momentum = Vector256.Create(momentum);
            this.nesterov = nesterov;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = gradient + momentum * first;
            return minusRate * (nesterov ? gradient + momentum * first : first);
        }
    }

    /// <summary>Adam and AdamW; first: the first moment, second: the second moment.</summary>
    private readonly struct AdamLanes<T> : IFusedLanes<T>
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

        public AdamLanes(T b1, T b2, T eps, T epsRoot, T muScale, T gradientScale, T nuScale, T learningRate, T weightDecay)
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
            second = secondMoment.Update(second, gradient * gradient);
            Vector256<T> numerator = muScale * first + gradientScale * gradient;
            Vector256<T> direction = DivideOrZero(numerator, Vector256.Sqrt(nuScale * second + epsRoot) + eps);
            return minusRate * (decays ? direction + weightDecay * parameters : direction);
        }
    }

    /// <summary>Lion; first: the momentum.</summary>
    private readonly struct LionLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly MovingAverage<T> interpolation;
        private readonly MovingAverage<T> momentum;
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> weightDecay;

        public LionLanes(T b1, T b2, T learningRate, T weightDecay)
        {
            interpolation = new MovingAverage<T>(b1);
            momentum = new MovingAverage<T>(b2);
            minusRate = Vector256.Create(-learningRate);
            this.weightDecay = Vector256.Create(weightDecay);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            Vector256<T> direction = Sign(interpolation.Update(first, gradient));
            first = momentum.Update(first, gradient);
            return minusRate * (direction + weightDecay * parameters);
        }
    }

    /// <summary>RMSProp; first: the mean square, second: the mean (centered), third: the trace (momentum).</summary>
    private readonly struct RmsPropLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> decay;
        private readonly Vector256<T> oneMinusDecay;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> biasScale;
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> momentum;
        private readonly bool epsInSqrt;
        private readonly bool centered;
        private readonly bool hasMomentum;
        private readonly bool nesterov;

        public RmsPropLanes(T decay, T eps, bool epsInSqrt, bool centered, T biasScale, T learningRate, T? momentum, bool nesterov)
        {
            this.decay = Vector256.Create(decay);
            oneMinusDecay = Vector256.Create(T.One - decay);
            this.eps = Vector256.Create(eps);
            this.biasScale = Vector256.Create(biasScale);
            minusRate = Vector256.Create(-learningRate);
            this.momentum = Vector256.Create(momentum ?? T.Zero);
            hasMomentum = momentum.HasValue;
            this.epsInSqrt = epsInSqrt;
            this.centered = centered;
            this.nesterov = nesterov;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first = decay * first + oneMinusDecay * (gradient * gradient);
            Vector256<T> meanSquare = biasScale * first;
            if (centered)
            {
                second = decay * second + oneMinusDecay * gradient;
                Vector256<T> mean = biasScale * second;
                // E[g²] - E[g]² can round below 0, and its root would be NaN.
                meanSquare = Vector256.Max(meanSquare - mean * mean, Vector256<T>.Zero);
            }

            Vector256<T> denominator = epsInSqrt ? Vector256.Sqrt(meanSquare + eps) : Vector256.Sqrt(meanSquare) + eps;
            Vector256<T> step = minusRate * DivideOrZero(gradient, denominator);
            if (!hasMomentum)
                return step;
            third = step + momentum * third;
            return nesterov ? step + momentum * third : third;
        }
    }

    /// <summary>Adagrad; first: the sum of squares.</summary>
    private readonly struct AdagradLanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> eps;
        private readonly Vector256<T> minusRate;

        public AdagradLanes(T eps, T learningRate)
        {
            this.eps = Vector256.Create(eps);
            minusRate = Vector256.Create(-learningRate);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first += gradient * gradient;
            Vector256<T> scaled = Vector256.ConditionalSelect(
                Vector256.GreaterThan(first, Vector256<T>.Zero), gradient / Vector256.Sqrt(first + eps), Vector256<T>.Zero);
            return minusRate * scaled;
        }
    }
}
