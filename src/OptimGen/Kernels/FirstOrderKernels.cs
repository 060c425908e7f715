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
/// fraction of the bandwidth of one fused pass (docs/performance-first-order.md). The per-element formula of
/// each kernel is written once, on vectors; the last, partial vector goes through a zero-padded copy, so the
/// tail computes exactly what a full vector computes. Updates follow optax's sign convention: they are added
/// to the parameters. Spans must not overlap, except that <c>update</c> may be the gradient's own memory.
/// </remarks>
public static class FirstOrderKernels
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
        int n = gradient.Length;
        RequireLength(n, trace.Length, nameof(trace));
        RequireLength(n, update.Length, nameof(update));
        var minusRate = Vector256.Create(-learningRate);
        var mu = Vector256.Create(momentum);

        ref T g = ref MemoryMarshal.GetReference(gradient);
        ref T t = ref MemoryMarshal.GetReference(trace);
        ref T u = ref MemoryMarshal.GetReference(update);
        int i = 0;
        for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
        {
            nuint at = (nuint)i;
            Vector256<T> gi = Vector256.LoadUnsafe(ref g, at);
            Vector256<T> ti = MomentumLanes(gi, Vector256.LoadUnsafe(ref t, at), mu, minusRate, nesterov, out Vector256<T> ui);
            ti.StoreUnsafe(ref t, at);
            ui.StoreUnsafe(ref u, at);
        }

        if (i < n)
        {
            Vector256<T> ti = MomentumLanes(LoadTail<T>(gradient[i..]), LoadTail<T>(trace[i..]), mu, minusRate, nesterov, out Vector256<T> ui);
            StoreTail(ti, trace[i..]);
            StoreTail(ui, update[i..]);
        }
    }

    /// <summary>
    /// Adam and AdamW (optax's <c>scale_by_adam</c>, <c>add_decayed_weights</c> and the learning rate) at step
    /// <c>t</c>: <c>m ← β₁m + (1−β₁)g</c>; <c>v ← β₂v + (1−β₂)g²</c>; <c>m̂ = m/(1−β₁ᵗ)</c>, or with Nesterov (NAdam)
    /// <c>m̂ = β₁m/(1−β₁ᵗ⁺¹) + (1−β₁)g/(1−β₁ᵗ)</c>; <c>v̂ = v/(1−β₂ᵗ)</c>;
    /// <c>update ← −lr·(m̂/(√(v̂ + ε_root) + ε) + λ·p)</c>.
    /// </summary>
    /// <remarks>
    /// The bias corrections are computed once per call in <see cref="double"/> and rounded to <typeparamref name="T"/>:
    /// <c>1 − β₂ᵗ</c> cancels badly in <see cref="float"/> (β₂ = 0.999 loses about four of float's seven digits).
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
        double beta1 = double.CreateTruncating(b1);
        double correction1 = BiasCorrection(beta1, step);
        T muScale = T.CreateTruncating(nesterov ? beta1 / BiasCorrection(beta1, step == long.MaxValue ? step : step + 1) : 1 / correction1);
        T gradientScale = nesterov ? T.CreateTruncating((1 - beta1) / correction1) : T.Zero;
        T nuScale = T.CreateTruncating(1 / BiasCorrection(double.CreateTruncating(b2), step));
        var coefficients = new AdamCoefficients<T>(b1, b2, eps, epsRoot, muScale, gradientScale, nuScale, learningRate, weightDecay);

        ref T g = ref MemoryMarshal.GetReference(gradient);
        ref T p = ref MemoryMarshal.GetReference(parameters);
        ref T m = ref MemoryMarshal.GetReference(mu);
        ref T v = ref MemoryMarshal.GetReference(nu);
        ref T u = ref MemoryMarshal.GetReference(update);
        int i = 0;
        if (decays)
        {
            for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                nuint at = (nuint)i;
                Vector256<T> mi = Vector256.LoadUnsafe(ref m, at);
                Vector256<T> vi = Vector256.LoadUnsafe(ref v, at);
                Vector256<T> ui = coefficients.Lanes(Vector256.LoadUnsafe(ref g, at), Vector256.LoadUnsafe(ref p, at), ref mi, ref vi);
                mi.StoreUnsafe(ref m, at);
                vi.StoreUnsafe(ref v, at);
                ui.StoreUnsafe(ref u, at);
            }
        }
        else
        {
            // Without decay the parameters are not read at all: one stream less.
            for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                nuint at = (nuint)i;
                Vector256<T> mi = Vector256.LoadUnsafe(ref m, at);
                Vector256<T> vi = Vector256.LoadUnsafe(ref v, at);
                Vector256<T> ui = coefficients.Lanes(Vector256.LoadUnsafe(ref g, at), ref mi, ref vi);
                mi.StoreUnsafe(ref m, at);
                vi.StoreUnsafe(ref v, at);
                ui.StoreUnsafe(ref u, at);
            }
        }

        if (i < n)
        {
            Vector256<T> mi = LoadTail<T>(mu[i..]);
            Vector256<T> vi = LoadTail<T>(nu[i..]);
            Vector256<T> ui = decays
                ? coefficients.Lanes(LoadTail<T>(gradient[i..]), LoadTail<T>(parameters[i..]), ref mi, ref vi)
                : coefficients.Lanes(LoadTail<T>(gradient[i..]), ref mi, ref vi);
            StoreTail(mi, mu[i..]);
            StoreTail(vi, nu[i..]);
            StoreTail(ui, update[i..]);
        }
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
        var coefficients = new LionCoefficients<T>(b1, b2, learningRate, weightDecay);

        ref T g = ref MemoryMarshal.GetReference(gradient);
        ref T p = ref MemoryMarshal.GetReference(parameters);
        ref T m = ref MemoryMarshal.GetReference(mu);
        ref T u = ref MemoryMarshal.GetReference(update);
        int i = 0;
        for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
        {
            nuint at = (nuint)i;
            Vector256<T> pi = decays ? Vector256.LoadUnsafe(ref p, at) : Vector256<T>.Zero;
            Vector256<T> mi = Vector256.LoadUnsafe(ref m, at);
            Vector256<T> ui = coefficients.Lanes(Vector256.LoadUnsafe(ref g, at), pi, ref mi);
            mi.StoreUnsafe(ref m, at);
            ui.StoreUnsafe(ref u, at);
        }

        if (i < n)
        {
            Vector256<T> mi = LoadTail<T>(mu[i..]);
            Vector256<T> ui = coefficients.Lanes(LoadTail<T>(gradient[i..]), decays ? LoadTail<T>(parameters[i..]) : Vector256<T>.Zero, ref mi);
            StoreTail(mi, mu[i..]);
            StoreTail(ui, update[i..]);
        }
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

        var coefficients = new RmsPropCoefficients<T>(decay, eps, epsInSqrt, centered, scale, learningRate, momentum, nesterov);

        ref T g = ref MemoryMarshal.GetReference(gradient);
        ref T v = ref MemoryMarshal.GetReference(nu);
        ref T m = ref MemoryMarshal.GetReference(mu);
        ref T t = ref MemoryMarshal.GetReference(trace);
        ref T u = ref MemoryMarshal.GetReference(update);
        int i = 0;
        for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
        {
            nuint at = (nuint)i;
            Vector256<T> vi = Vector256.LoadUnsafe(ref v, at);
            Vector256<T> mi = centered ? Vector256.LoadUnsafe(ref m, at) : default;
            Vector256<T> ti = coefficients.HasMomentum ? Vector256.LoadUnsafe(ref t, at) : default;
            Vector256<T> ui = coefficients.Lanes(Vector256.LoadUnsafe(ref g, at), ref vi, ref mi, ref ti);
            vi.StoreUnsafe(ref v, at);
            if (centered)
                mi.StoreUnsafe(ref m, at);
            if (coefficients.HasMomentum)
                ti.StoreUnsafe(ref t, at);
            ui.StoreUnsafe(ref u, at);
        }

        if (i < n)
        {
            Vector256<T> vi = LoadTail<T>(nu[i..]);
            Vector256<T> mi = centered ? LoadTail<T>(mu[i..]) : default;
            Vector256<T> ti = coefficients.HasMomentum ? LoadTail<T>(trace[i..]) : default;
            Vector256<T> ui = coefficients.Lanes(LoadTail<T>(gradient[i..]), ref vi, ref mi, ref ti);
            StoreTail(vi, nu[i..]);
            if (centered)
                StoreTail(mi, mu[i..]);
            if (coefficients.HasMomentum)
                StoreTail(ti, trace[i..]);
            StoreTail(ui, update[i..]);
        }
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
        int n = gradient.Length;
        RequireLength(n, sumOfSquares.Length, nameof(sumOfSquares));
        RequireLength(n, update.Length, nameof(update));
        var epsilon = Vector256.Create(eps);
        var minusRate = Vector256.Create(-learningRate);

        ref T g = ref MemoryMarshal.GetReference(gradient);
        ref T s = ref MemoryMarshal.GetReference(sumOfSquares);
        ref T u = ref MemoryMarshal.GetReference(update);
        int i = 0;
        for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
        {
            nuint at = (nuint)i;
            Vector256<T> si = AdagradLanes(Vector256.LoadUnsafe(ref g, at), Vector256.LoadUnsafe(ref s, at), epsilon, minusRate, out Vector256<T> ui);
            si.StoreUnsafe(ref s, at);
            ui.StoreUnsafe(ref u, at);
        }

        if (i < n)
        {
            Vector256<T> si = AdagradLanes(LoadTail<T>(gradient[i..]), LoadTail<T>(sumOfSquares[i..]), epsilon, minusRate, out Vector256<T> ui);
            StoreTail(si, sumOfSquares[i..]);
            StoreTail(ui, update[i..]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> MomentumLanes<T>(Vector256<T> g, Vector256<T> trace, Vector256<T> mu, Vector256<T> minusRate, bool nesterov, out Vector256<T> update)
    {
        Vector256<T> next = g + mu * trace;
        update = minusRate * (nesterov ? g + mu * next : next);
        return next;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> AdagradLanes<T>(Vector256<T> g, Vector256<T> sum, Vector256<T> eps, Vector256<T> minusRate, out Vector256<T> update)
    {
        Vector256<T> next = sum + g * g;
        Vector256<T> scaled = Vector256.ConditionalSelect(Vector256.GreaterThan(next, Vector256<T>.Zero), g / Vector256.Sqrt(next + eps), Vector256<T>.Zero);
        update = minusRate * scaled;
        return next;
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

    /// <summary><c>1 − βᵗ</c>, the factor an exponential average started at zero falls short by after <c>t</c> steps.</summary>
    private static double BiasCorrection(double beta, long step) => 1 - Math.Pow(beta, step);

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

    /// <summary>Adam's per-step scalars broadcast to vectors, and its per-element formula.</summary>
    private readonly struct AdamCoefficients<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> b1;
        private readonly Vector256<T> oneMinusB1;
        private readonly Vector256<T> b2;
        private readonly Vector256<T> oneMinusB2;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> epsRoot;
        private readonly Vector256<T> muScale;
        private readonly Vector256<T> gradientScale;
        private readonly Vector256<T> nuScale;
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> weightDecay;

        public AdamCoefficients(T b1, T b2, T eps, T epsRoot, T muScale, T gradientScale, T nuScale, T learningRate, T weightDecay)
        {
            this.b1 = Vector256.Create(b1);
            oneMinusB1 = Vector256.Create(T.One - b1);
            this.b2 = Vector256.Create(b2);
            oneMinusB2 = Vector256.Create(T.One - b2);
            this.eps = Vector256.Create(eps);
            this.epsRoot = Vector256.Create(epsRoot);
            this.muScale = Vector256.Create(muScale);
            this.gradientScale = Vector256.Create(gradientScale);
            this.nuScale = Vector256.Create(nuScale);
            minusRate = Vector256.Create(-learningRate);
            this.weightDecay = Vector256.Create(weightDecay);
        }

        /// <summary>Updates the moments and returns the update, without weight decay.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Lanes(Vector256<T> g, ref Vector256<T> mu, ref Vector256<T> nu) =>
            minusRate * Direction(g, ref mu, ref nu);

        /// <summary>Updates the moments and returns the update, with decoupled weight decay.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Lanes(Vector256<T> g, Vector256<T> parameters, ref Vector256<T> mu, ref Vector256<T> nu) =>
            minusRate * (Direction(g, ref mu, ref nu) + weightDecay * parameters);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector256<T> Direction(Vector256<T> g, ref Vector256<T> mu, ref Vector256<T> nu)
        {
            mu = b1 * mu + oneMinusB1 * g;
            nu = b2 * nu + oneMinusB2 * (g * g);
            Vector256<T> numerator = muScale * mu + gradientScale * g;
            return numerator / (Vector256.Sqrt(nuScale * nu + epsRoot) + eps);
        }
    }

    /// <summary>Lion's per-step scalars broadcast to vectors, and its per-element formula.</summary>
    private readonly struct LionCoefficients<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> b1;
        private readonly Vector256<T> oneMinusB1;
        private readonly Vector256<T> b2;
        private readonly Vector256<T> oneMinusB2;
        private readonly Vector256<T> minusRate;
        private readonly Vector256<T> weightDecay;

        public LionCoefficients(T b1, T b2, T learningRate, T weightDecay)
        {
            this.b1 = Vector256.Create(b1);
            oneMinusB1 = Vector256.Create(T.One - b1);
            this.b2 = Vector256.Create(b2);
            oneMinusB2 = Vector256.Create(T.One - b2);
            minusRate = Vector256.Create(-learningRate);
            this.weightDecay = Vector256.Create(weightDecay);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Lanes(Vector256<T> g, Vector256<T> parameters, ref Vector256<T> mu)
        {
            Vector256<T> direction = Sign(b1 * mu + oneMinusB1 * g);
            mu = b2 * mu + oneMinusB2 * g;
            return minusRate * (direction + weightDecay * parameters);
        }

        /// <summary>−1, 0 or 1 by sign; a zero keeps its sign and NaN stays NaN (like <c>jnp.sign</c>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<T> Sign(Vector256<T> x) =>
            Vector256.ConditionalSelect(
                Vector256.GreaterThan(x, Vector256<T>.Zero),
                Vector256<T>.One,
                Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<T>.Zero), -Vector256<T>.One, x * Vector256<T>.Zero));
    }

    /// <summary>RMSProp's per-step scalars broadcast to vectors and its options, and its per-element formula.</summary>
    private readonly struct RmsPropCoefficients<T>
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
        private readonly bool nesterov;

        public RmsPropCoefficients(T decay, T eps, bool epsInSqrt, bool centered, T biasScale, T learningRate, T? momentum, bool nesterov)
        {
            this.decay = Vector256.Create(decay);
            oneMinusDecay = Vector256.Create(T.One - decay);
            this.eps = Vector256.Create(eps);
            this.biasScale = Vector256.Create(biasScale);
            minusRate = Vector256.Create(-learningRate);
            this.momentum = Vector256.Create(momentum ?? T.Zero);
            HasMomentum = momentum.HasValue;
            this.epsInSqrt = epsInSqrt;
            this.centered = centered;
            this.nesterov = nesterov;
        }

        public bool HasMomentum { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Lanes(Vector256<T> g, ref Vector256<T> nu, ref Vector256<T> mu, ref Vector256<T> trace)
        {
            nu = decay * nu + oneMinusDecay * (g * g);
            Vector256<T> meanSquare = biasScale * nu;
            if (centered)
            {
                mu = decay * mu + oneMinusDecay * g;
                Vector256<T> mean = biasScale * mu;
                meanSquare -= mean * mean;
            }

            Vector256<T> denominator = epsInSqrt ? Vector256.Sqrt(meanSquare + eps) : Vector256.Sqrt(meanSquare) + eps;
            Vector256<T> step = minusRate * (g / denominator);
            if (!HasMomentum)
                return step;
            trace = step + momentum * trace;
            return nesterov ? step + momentum * trace : trace;
        }
    }
}
