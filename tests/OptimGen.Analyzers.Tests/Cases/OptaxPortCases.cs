using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// A fourth round, from optax ported to OptimGen specs as literally as C# allows: one helper per concept
/// (<c>safe_increment</c>, <c>update_moment</c>, <c>bias_correction</c>, <c>tree_cast</c>, <c>lax.while_loop</c>),
/// state records such as the zoom line search's inner state with its counts and flags, <c>jnp.where</c> as
/// conditionals, and optax's own int32/int64 and float32/float64 choices. The whole ports must stay quiet; the bugs a
/// porter makes (optax#1210 itself, an int32 count in an Integer slot, a float32 dtype or literal, a Half, a cast
/// before the remainder) must be reported. Names start with "optax port: " so that
/// <c>--filter DisplayName~optax</c> runs them alone.
/// </summary>
internal static class OptaxPortCases
{
    private const string Cast = "A cast";
    private const string Int32Value = "an Int32";

    /// <summary>The main spec's transition when the case's code is a port of its own in <see cref="AnalyzerCase.Outside"/>.</summary>
    private const string Quiet = "update[0] = -gradient[0];";

    /// <summary>numerics.py and transform.py's moment helpers, as a porter writes them.</summary>
    private const string Helpers = """

            /// <summary>numerics.py, as a porter writes it: one helper per concept.</summary>
            static class Numerics
            {
                // numerics.safe_increment: stop at the dtype's maximum instead of wrapping.
                public static T SafeIncrement<T>(T count) where T : IBinaryInteger<T>, IMinMaxValue<T>
                    => count < T.MaxValue ? count + T.One : T.MaxValue;

                // numerics.safe_int32_increment
                public static int SafeInt32Increment(int count) => count < int.MaxValue ? count + 1 : int.MaxValue;

                public static Real AbsSq(Real x) => x * x;

                // numerics.safe_norm: the norm, or minNorm when it is smaller.
                public static Real SafeNorm(ReadOnlySpan<Real> x, Real minNorm)
                {
                    Real sq = 0;
                    foreach (Real v in x) sq += AbsSq(v);
                    Real norm = Real.Sqrt(sq);
                    return norm > minNorm ? norm : minNorm;
                }
            }

            /// <summary>transform.py's moment helpers.</summary>
            static class Moments
            {
                // update_moment: tree_map(lambda g, t: (1 - decay) * (g ** order) + decay * t, ...)
                public static void UpdateMoment(ReadOnlySpan<Real> updates, Span<Real> moments, Real decay, int order)
                    => TreeMap(updates, moments, (g, t) => (1 - decay) * Real.Pow(g, order) + decay * t);

                // update_moment_per_elem_norm
                public static void UpdateMomentPerElemNorm(ReadOnlySpan<Real> updates, Span<Real> moments, Real decay, int order)
                    => TreeMap(updates, moments, (g, t) => (1 - decay) * Real.Pow(Real.Abs(g), order) + decay * t);

                // bias_correction: moment / (1 - decay ** count), cast to the moment's dtype
                public static void BiasCorrection(ReadOnlySpan<Real> moment, Span<Real> corrected, Real decay, Integer count)
                {
                    Real correction = 1 - Real.Pow(decay, count);
                    for (int i = 0; i < moment.Length; i++)
                        corrected[i] = moment[i] / correction;
                }

                // jax.tree.map over one leaf
                public static void TreeMap(ReadOnlySpan<Real> a, Span<Real> b, Func<Real, Real, Real> f)
                {
                    for (int i = 0; i < a.Length; i++)
                        b[i] = f(a[i], b[i]);
                }
            }
        """;

    /// <summary>The zoom line search's inner state (int32 count, as optax carries it) and its info record.</summary>
    private const string ZoomRecords = """

            /// <summary>zoom_linesearch's inner state: counts and flags, as linesearch.py carries them.</summary>
            public readonly record struct ZoomLinesearchState(
                int Count,                 // optax: jnp.asarray(0) -- int32 without x64
                Real Stepsize,
                Real Value,
                Real Slope,
                Real DecreaseError,
                Real CurvatureError,
                bool IntervalFound,
                bool Done,
                bool Failed,
                Real Low, Real ValueLow, Real SlopeLow,
                Real High, Real ValueHigh, Real SlopeHigh,
                Real SafeStepsize, Real SafeValue);

            /// <summary>ZoomLinesearchInfo, ported with the slot's alias (the optax fix: cast to the state's dtype).</summary>
            public readonly record struct ZoomLinesearchInfo(Integer NumLinesearchSteps, Real DecreaseError, Real CurvatureError);
        """;

    /// <summary>optax's tree utilities and lax loops as generic helpers.</summary>
    private const string TreeUtils = """

            static class TreeUtils
            {
                // otu.tree_cast(tree, dtype)
                public static void TreeCast<TFrom, TTo>(ReadOnlySpan<TFrom> source, Span<TTo> destination)
                    where TFrom : INumberBase<TFrom> where TTo : INumberBase<TTo>
                {
                    for (int i = 0; i < source.Length; i++) destination[i] = {|#9:TTo.CreateTruncating(source[i])|};
                }

                // jax.lax.while_loop(cond_fun, body_fun, init_val)
                public static T WhileLoop<T>(Func<T, bool> cond, Func<T, T> body, T init)
                {
                    T value = init;
                    while (cond(value)) value = body(value);
                    return value;
                }

                // jax.lax.fori_loop(lower, upper, body_fun, init_val)
                public static T ForiLoop<T>(int lower, int upper, Func<int, T, T> body, T init)
                {
                    T value = init;
                    for (int i = lower; i < upper; i++) value = body(i, value);
                    return value;
                }
            }
        """;

    public static IEnumerable<AnalyzerCase> All() => WholePorts().Concat(QuietDetails()).Concat(PortingBugs());

    /// <summary>Whole optax transforms ported with their helpers: correct in both modes, so quiet in both.</summary>
    private static IEnumerable<AnalyzerCase> WholePorts()
    {
        const string Rule = IdiomaticCases.Rule;

        yield return new(Rule, "optax port: scale_by_adam with mu_dtype float32, an int32 count and safe_increment stays quiet", Quiet)
        {
            Outside = Helpers + """

            /// <summary>scale_by_adam + scale_by_learning_rate, mu kept in float (optax's mu_dtype=jnp.float32).</summary>
            [Optimizer]
            public partial class OptaxAdam
            {
                [Hyperparameter] public Real LearningRate { get; init; } = (Real)1e-3;
                [Hyperparameter] public Real B1 { get; init; } = (Real)0.9;
                [Hyperparameter] public Real B2 { get; init; } = (Real)0.999;
                [Hyperparameter] public Real Eps { get; init; } = (Real)1e-8;
                [Hyperparameter] public Real EpsRoot { get; init; } = (Real)0;
                [Hyperparameter] public bool Nesterov { get; init; }

                [State] private int count;                       // optax: jnp.zeros([], jnp.int32)
                [State(Shape = "n")] private float[] mu;         // mu_dtype = float32
                [State(Shape = "n")] private Real[] nu;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    Span<Real> mu = stackalloc Real[gradient.Length];
                    for (int i = 0; i < mu.Length; i++) mu[i] = state.Mu[i];
                    Moments.UpdateMoment(gradient, mu, B1, 1);
                    Moments.UpdateMomentPerElemNorm(gradient, state.Nu, B2, 2);
                    int countInc = Numerics.SafeIncrement(state.Count);
                    Span<Real> muHat = stackalloc Real[gradient.Length];
                    Span<Real> nuHat = stackalloc Real[gradient.Length];
                    if (Nesterov)
                    {
                        // mu_hat = b1 * bias_correction(mu, b1, safe_increment(count_inc)) + (1 - b1) * bias_correction(g, b1, count_inc)
                        Span<Real> gHat = stackalloc Real[gradient.Length];
                        Moments.BiasCorrection(mu, muHat, B1, Numerics.SafeIncrement(countInc));
                        Moments.BiasCorrection(gradient, gHat, B1, countInc);
                        for (int i = 0; i < muHat.Length; i++) muHat[i] = B1 * muHat[i] + (1 - B1) * gHat[i];
                    }
                    else
                    {
                        Moments.BiasCorrection(mu, muHat, B1, countInc);
                    }
                    Moments.BiasCorrection(state.Nu, nuHat, B2, countInc);
                    for (int i = 0; i < update.Length; i++)
                        update[i] = -LearningRate * muHat[i] / (Real.Sqrt(nuHat[i] + EpsRoot) + Eps);
                    // mu = otu.tree_cast(mu, mu_dtype)
                    for (int i = 0; i < mu.Length; i++) state.Mu[i] = (float)mu[i];
                    state.Count = countInc;
                }
            }
            """,
        };

        yield return new(Rule, "optax port: scale_by_lbfgs's ring indexed by count % memory_size and its two-loop recursion stay quiet", Quiet)
        {
            Outside = Helpers + """

            /// <summary>scale_by_lbfgs: a ring of MemorySize differences, indexed by count % memory_size.</summary>
            [Optimizer]
            public partial class OptaxLbfgs
            {
                [Hyperparameter(Minimum = 1)] public int MemorySize { get; init; } = 10;
                [Hyperparameter] public bool ScaleInitPrecond { get; init; } = true;
                [Hyperparameter] public Real LearningRate { get; init; } = (Real)1;

                [State(Shape = "n")] private Real[] @params;
                [State(Shape = "n")] private Real[] updates;
                [State(Shape = "MemorySize, n")] private Real[] diffParamsMemory;
                [State(Shape = "MemorySize, n")] private Real[] diffUpdatesMemory;
                [State(Shape = "MemorySize")] private Real[] weightsMemory;
                [State] private Integer count;                    // optax: int32; ported to the slot alias

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    int n = gradient.Length;
                    // memory_idx = count % memory_size; prev_mem_idx = (count - 1) % memory_size
                    int memoryIdx = (int)(state.Count % MemorySize);
                    int prevMemIdx = (int)((state.Count - 1) % MemorySize);
                    if (prevMemIdx < 0) prevMemIdx += MemorySize;

                    Span<Real> diffParams = stackalloc Real[n];
                    Span<Real> diffUpdates = stackalloc Real[n];
                    for (int i = 0; i < n; i++)
                    {
                        diffParams[i] = parameters[i] - state.Params[i];
                        diffUpdates[i] = gradient[i] - state.Updates[i];
                    }
                    Real vdot = Dot(diffUpdates, diffParams);
                    // weight = jnp.where(vdot == 0, 0, 1 / vdot)
                    Real weight = vdot == 0 ? 0 : 1 / vdot;
                    // jnp.where(count > 0, ...) : the first step has no difference yet
                    if (state.Count > 0)
                    {
                        diffParams.CopyTo(state.DiffParamsMemory.AsSpan(prevMemIdx * n, n));
                        diffUpdates.CopyTo(state.DiffUpdatesMemory.AsSpan(prevMemIdx * n, n));
                        state.WeightsMemory[prevMemIdx] = weight;
                    }

                    Real identityScale = 1;
                    if (ScaleInitPrecond && state.Count > 0)
                    {
                        Real denominator = Dot(diffUpdates, diffUpdates);
                        identityScale = denominator == 0 ? 1 : vdot / denominator;
                    }
                    TwoLoopRecursion(gradient, state.DiffParamsMemory, state.DiffUpdatesMemory, state.WeightsMemory,
                        identityScale, memoryIdx, update);

                    for (int i = 0; i < n; i++)
                    {
                        state.Params[i] = parameters[i];
                        state.Updates[i] = gradient[i];
                        update[i] = -LearningRate * update[i];
                    }
                    state.Count = Numerics.SafeIncrement(state.Count);
                }

                private static Real Dot(ReadOnlySpan<Real> a, ReadOnlySpan<Real> b)
                {
                    Real s = 0;
                    for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                    return s;
                }

                // _precondition_by_lbfgs: the two loops over the ring, newest first then oldest first.
                private static void TwoLoopRecursion(ReadOnlySpan<Real> updates, Real[] dwsMemory, Real[] dusMemory, Real[] rhos,
                    Real identityScale, int memoryIdx, Span<Real> result)
                {
                    int memorySize = rhos.Length;
                    int n = updates.Length;
                    Span<Real> alphas = stackalloc Real[memorySize];
                    updates.CopyTo(result);
                    for (int j = 0; j < memorySize; j++)
                    {
                        int i = (memoryIdx - j - 1 + memorySize) % memorySize;
                        Real alpha = rhos[i] * Dot(dwsMemory.AsSpan(i * n, n), result);
                        for (int k = 0; k < n; k++) result[k] -= alpha * dusMemory[i * n + k];
                        alphas[i] = alpha;
                    }
                    for (int k = 0; k < n; k++) result[k] *= identityScale;
                    for (int j = 0; j < memorySize; j++)
                    {
                        int i = (memoryIdx + j) % memorySize;
                        Real beta = rhos[i] * Dot(dusMemory.AsSpan(i * n, n), result);
                        for (int k = 0; k < n; k++) result[k] += (alphas[i] - beta) * dwsMemory[i * n + k];
                    }
                }
            }
            """,
        };

        yield return new(Rule, "optax port: the zoom line search's inner state record, its count cast to Integer in the info, stays quiet", Quiet)
        {
            Outside = Helpers + ZoomRecords + """

            /// <summary>scale_by_zoom_linesearch on steepest descent: the zoom search picks the step.</summary>
            [Optimizer]
            public partial class OptaxZoomDescent
            {
                [Hyperparameter] public Integer MaxLinesearchSteps { get; init; } = 20;
                [Hyperparameter] public Real SlopeRtol { get; init; } = (Real)1e-4;
                [Hyperparameter] public Real CurvRtol { get; init; } = (Real)0.9;
                [Hyperparameter] public Real IntervalThreshold { get; init; } = (Real)1e-5;
                [Hyperparameter] public Real MaxStepsize { get; init; } = (Real)1e10;

                [State] private Real learningRate;
                [State] private Real value;
                [State(Shape = "n")] private Real[] grad;
                [State] private Integer numLinesearchSteps;
                [State] private Real decreaseError;
                [State] private Real curvatureError;
                [State] private bool failed;

                [Transition]
                private void Update<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective)
                    where TObjective : IObjective<Real>
                {
                    int n = gradient.Length;
                    Span<Real> direction = stackalloc Real[n];
                    for (int i = 0; i < n; i++) direction[i] = -gradient[i];
                    Real valueInit = objective.Evaluate(parameters, state.Grad);
                    Real slopeInit = Dot(gradient, direction);

                    ZoomLinesearchState ls = InitLinesearch(valueInit, slopeInit, state.LearningRate == 0 ? 1 : state.LearningRate);
                    Span<Real> trial = stackalloc Real[n];
                    Span<Real> trialGrad = stackalloc Real[n];
                    // while_loop(cond_fn, body_fn): count < max_linesearch_steps and not done
                    while (ls.Count < MaxLinesearchSteps && !ls.Done)
                    {
                        for (int i = 0; i < n; i++) trial[i] = parameters[i] + ls.Stepsize * direction[i];
                        Real newValue = objective.Evaluate(trial, trialGrad);
                        Real newSlope = Dot(trialGrad, direction);
                        ls = ls.IntervalFound ? ZoomInterval(ls, newValue, newSlope, valueInit, slopeInit)
                                              : SearchInterval(ls, newValue, newSlope, valueInit, slopeInit);
                    }

                    ZoomLinesearchInfo info = new((Integer)ls.Count, ls.DecreaseError, ls.CurvatureError);
                    Real stepsize = ls.Done ? ls.Stepsize : ls.SafeStepsize;
                    for (int i = 0; i < n; i++) update[i] = stepsize * direction[i];

                    state.LearningRate = stepsize;
                    state.Value = ls.Done ? ls.Value : ls.SafeValue;
                    state.NumLinesearchSteps = info.NumLinesearchSteps;
                    state.DecreaseError = info.DecreaseError;
                    state.CurvatureError = info.CurvatureError;
                    state.Failed = ls.Failed || !ls.Done;
                }

                private static ZoomLinesearchState InitLinesearch(Real value, Real slope, Real guess) =>
                    new(0, guess, value, slope, Real.PositiveInfinity, Real.PositiveInfinity, false, false, false,
                        0, value, slope, 0, value, slope, 0, value);

                private (Real DecreaseError, Real CurvatureError) Errors(Real stepsize, Real newValue, Real newSlope, Real valueInit, Real slopeInit)
                {
                    // _decrease_error / _curvature_error, clipped at 0
                    Real decrease = newValue - valueInit - stepsize * SlopeRtol * slopeInit;
                    Real curvature = Real.Abs(newSlope) - CurvRtol * Real.Abs(slopeInit);
                    return (Real.Max(decrease, 0), Real.Max(curvature, 0));
                }

                private ZoomLinesearchState SearchInterval(ZoomLinesearchState s, Real newValue, Real newSlope, Real valueInit, Real slopeInit)
                {
                    var (decrease, curvature) = Errors(s.Stepsize, newValue, newSlope, valueInit, slopeInit);
                    bool done = decrease <= 0 && curvature <= 0;
                    bool intervalFound = !done && (decrease > 0 || newSlope >= 0 || (s.Count > 0 && newValue >= s.ValueLow));
                    // new_stepsize = jnp.where(done | interval_found, stepsize, min(2 * stepsize, max_stepsize))
                    Real next = done || intervalFound ? s.Stepsize : Real.Min(2 * s.Stepsize, MaxStepsize);
                    bool failed = !done && !intervalFound && next >= MaxStepsize;
                    return s with
                    {
                        Count = Numerics.SafeInt32Increment(s.Count),
                        Stepsize = next,
                        Value = newValue,
                        Slope = newSlope,
                        DecreaseError = decrease,
                        CurvatureError = curvature,
                        Done = done || failed,
                        Failed = failed,
                        IntervalFound = intervalFound,
                        High = intervalFound ? s.Stepsize : s.High,
                        ValueHigh = intervalFound ? newValue : s.ValueHigh,
                        SlopeHigh = intervalFound ? newSlope : s.SlopeHigh,
                        Low = intervalFound ? s.Low : s.Stepsize,
                        ValueLow = intervalFound ? s.ValueLow : newValue,
                        SlopeLow = intervalFound ? s.SlopeLow : newSlope,
                        SafeStepsize = decrease <= 0 ? s.Stepsize : s.SafeStepsize,
                        SafeValue = decrease <= 0 ? newValue : s.SafeValue,
                    };
                }

                private ZoomLinesearchState ZoomInterval(ZoomLinesearchState s, Real newValue, Real newSlope, Real valueInit, Real slopeInit)
                {
                    var (decrease, curvature) = Errors(s.Stepsize, newValue, newSlope, valueInit, slopeInit);
                    bool done = decrease <= 0 && curvature <= 0;
                    bool lowSide = decrease <= 0 && newValue < s.ValueLow;
                    bool swap = lowSide && newSlope * (s.High - s.Low) >= 0;
                    Real low = lowSide ? s.Stepsize : s.Low;
                    Real high = swap ? s.Low : (lowSide ? s.High : s.Stepsize);
                    // jnp.where(|high - low| < threshold, fail, bisect)
                    bool tooSmall = Real.Abs(high - low) < IntervalThreshold;
                    Real middle = (Real)0.5 * (low + high);
                    return s with
                    {
                        Count = Numerics.SafeInt32Increment(s.Count),
                        Stepsize = middle,
                        Value = newValue,
                        Slope = newSlope,
                        DecreaseError = decrease,
                        CurvatureError = curvature,
                        Done = done || tooSmall,
                        Failed = tooSmall && !done,
                        Low = low, ValueLow = lowSide ? newValue : s.ValueLow, SlopeLow = lowSide ? newSlope : s.SlopeLow,
                        High = high,
                        SafeStepsize = decrease <= 0 ? s.Stepsize : s.SafeStepsize,
                        SafeValue = decrease <= 0 ? newValue : s.SafeValue,
                    };
                }

                private static Real Dot(ReadOnlySpan<Real> a, ReadOnlySpan<Real> b)
                {
                    Real s = 0;
                    for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                    return s;
                }
            }
            """,
        };

        yield return new(Rule, "optax port: scale_by_rms with an int32 count, and scale_by_schedule through Func<Integer, Real> schedules, stay quiet", Quiet)
        {
            Outside = Helpers + """

            /// <summary>scale_by_rms(decay, eps, initial_scale, eps_in_sqrt, bias_correction) + scale_by_learning_rate.</summary>
            [Optimizer]
            public partial class OptaxRms
            {
                [Hyperparameter] public Real LearningRate { get; init; } = (Real)1e-2;
                [Hyperparameter] public Real Decay { get; init; } = (Real)0.9;
                [Hyperparameter] public Real Eps { get; init; } = (Real)1e-8;
                [Hyperparameter] public Real InitialScale { get; init; } = (Real)0;
                [Hyperparameter] public bool EpsInSqrt { get; init; } = true;
                [Hyperparameter] public bool BiasCorrection { get; init; }

                [State(Shape = "n")] private Real[] nu;
                [State] private int count;        // optax: jnp.zeros([], jnp.int32)

                [Init]
                private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Nu.AsSpan().Fill(InitialScale);

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    Moments.UpdateMomentPerElemNorm(gradient, state.Nu, Decay, 2);
                    int countInc = Numerics.SafeInt32Increment(state.Count);
                    Span<Real> nuHat = stackalloc Real[gradient.Length];
                    if (BiasCorrection) Moments.BiasCorrection(state.Nu, nuHat, Decay, countInc);
                    else state.Nu.CopyTo(nuHat);
                    for (int i = 0; i < gradient.Length; i++)
                    {
                        Real scale = EpsInSqrt ? 1 / Real.Sqrt(nuHat[i] + Eps) : 1 / (Real.Sqrt(nuHat[i]) + Eps);
                        update[i] = -LearningRate * gradient[i] * scale;
                    }
                    // jnp.where(bias_correction, count_inc, count): the count only advances when it is used
                    state.Count = BiasCorrection ? countInc : state.Count;
                }
            }

            /// <summary>optax schedules as delegates: exponential_decay and a warmup, called with the step count.</summary>
            static class Schedules
            {
                public static Func<Integer, Real> ExponentialDecay(Real initValue, Integer transitionSteps, Real decayRate, Integer transitionBegin = 0, bool staircase = false)
                    => count =>
                    {
                        Integer decreaseCount = count - transitionBegin;
                        if (decreaseCount <= 0) return initValue;
                        Real p = (Real)decreaseCount / transitionSteps;
                        if (staircase) p = Real.Floor(p);
                        return initValue * Real.Pow(decayRate, p);
                    };

                public static Func<Integer, Real> LinearWarmup(Real peak, Integer warmupSteps)
                    => count => count >= warmupSteps ? peak : peak * count / warmupSteps;
            }

            /// <summary>scale_by_schedule + clip_by_global_norm + sgd with momentum (trace), optax's chain written out.</summary>
            [Optimizer]
            public partial class OptaxScheduledSgd
            {
                [Hyperparameter] public Real Momentum { get; init; } = (Real)0.9;
                [Hyperparameter] public Real MaxNorm { get; init; } = (Real)1;

                private static readonly Func<Integer, Real> Schedule = Schedules.ExponentialDecay((Real)0.1, 100, (Real)0.5);
                private static readonly Func<Integer, Real> Warmup = Schedules.LinearWarmup((Real)1, 10);

                [State] private int count;                      // ScaleByScheduleState.count: int32
                [State(Shape = "n")] private Real[] trace;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    // clip_by_global_norm: trigger = g_norm < max_norm; jnp.where(trigger, t, t / g_norm * max_norm)
                    Real gNorm = Numerics.SafeNorm(gradient, 0);
                    Real factor = gNorm < MaxNorm ? 1 : MaxNorm / gNorm;
                    // trace: f = lambda g, t: g + decay * t
                    for (int i = 0; i < gradient.Length; i++)
                        state.Trace[i] = factor * gradient[i] + Momentum * state.Trace[i];
                    // scale_by_schedule: step_size = schedule(count); updates * -step_size
                    Real stepSize = Schedule(state.Count) * Warmup(state.Count);
                    for (int i = 0; i < update.Length; i++)
                        update[i] = -stepSize * state.Trace[i];
                    state.Count = Numerics.SafeInt32Increment(state.Count);
                }
            }
            """,
        };

        yield return new(IdiomaticCases.Rule, "optax port: scale_by_lbfgs with Integer ring indices as jnp computes them, cast to int where a span needs it", Quiet)
        {
            Outside = """

            static class Numerics
            {
                public static T SafeIncrement<T>(T count) where T : IBinaryInteger<T>, IMinMaxValue<T>
                    => count < T.MaxValue ? count + T.One : T.MaxValue;
            }

            // scale_by_lbfgs written with jnp's int arrays in mind: Integer indices everywhere, cast to int only where a span needs it
            [Optimizer]
            public partial class P7LbfgsInteger
            {
                [Hyperparameter] public int MemorySize { get; init; } = 10;
                [State(Shape = "MemorySize, n")] private Real[] diffParamsMemory;
                [State(Shape = "MemorySize")] private Real[] weightsMemory;
                [State] private Integer count;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    int n = gradient.Length;
                    Integer memoryIdx = state.Count % MemorySize;
                    Integer prevMemIdx = (state.Count - 1 + MemorySize) % MemorySize;
                    state.WeightsMemory[prevMemIdx] = 1;
                    gradient.CopyTo(state.DiffParamsMemory.AsSpan((int)prevMemIdx * n, n));
                    Span<Real> alphas = stackalloc Real[MemorySize];
                    for (Integer j = 0; j < MemorySize; j++)
                    {
                        Integer i = (memoryIdx - j - 1 + MemorySize) % MemorySize;
                        alphas[(int)i] = state.WeightsMemory[i];
                    }
                    for (Integer k = Math.Min(state.Count, MemorySize) - 1; k >= 0; k--)
                    {
                        int slot = (int)((state.Count - 1 - k) % MemorySize);
                        update[0] += alphas[slot < 0 ? slot + MemorySize : slot];
                    }
                    Integer filled = Math.Min(state.Count, (Integer)MemorySize);
                    int newest = (int)Math.Max(filled - 1, 0);
                    update[0] += alphas[newest % MemorySize];
                    state.Count = Numerics.SafeIncrement(state.Count);
                }
            }
            """,
        };

        yield return new("OPT0003", "optax port: reduce_on_plateau's float32 scale and best value and int32 counts, read into Real arithmetic", Quiet)
        {
            Outside = """

            static class Numerics
            {
                public static int SafeInt32Increment(int count) => count < int.MaxValue ? count + 1 : int.MaxValue;
            }

            /// <summary>contrib.reduce_on_plateau: its state is float32 and int32 in optax, whatever x64 says.</summary>
            [Optimizer]
            public partial class OptaxReduceOnPlateau
            {
                [Hyperparameter] public Real Factor { get; init; } = (Real)0.1;
                [Hyperparameter] public int Patience { get; init; } = 10;
                [Hyperparameter] public Real Rtol { get; init; } = (Real)1e-4;
                [Hyperparameter] public Real Atol { get; init; } = (Real)0;
                [Hyperparameter] public int Cooldown { get; init; } = 0;
                [Hyperparameter(Minimum = 1)] public int AccumulationSize { get; init; } = 1;
                [Hyperparameter] public Real MinScale { get; init; } = (Real)0;

                [State] private float scale;             // jnp.asarray(1.0, dtype=jnp.float32)
                [State] private float bestValue;         // jnp.asarray(float("inf"), dtype=jnp.float32)
                [State] private int plateauCount;        // jnp.asarray(0, jnp.int32)
                [State] private int cooldownCount;
                [State] private int count;
                [State] private float avgValue;

                [Init]
                private void Start(ref State state, ReadOnlySpan<Real> parameters)
                {
                    state.Scale = 1f;
                    state.BestValue = float.PositiveInfinity;
                }

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Real value, Span<Real> update)
                {
                    int newCount = (state.Count + 1) % AccumulationSize;
                    Real newAvgValue = state.AvgValue + (value - state.AvgValue) / (state.Count + 1);
                    if (newCount == 0)
                    {
                        // has_improved = avg_value < (1 - rtol) * best_value - atol
                        bool hasImproved = newAvgValue < (1 - Rtol) * state.BestValue - Atol;
                        int newPlateauCount = hasImproved ? 0 : Numerics.SafeInt32Increment(state.PlateauCount);
                        bool reduce = newPlateauCount >= Patience && state.CooldownCount <= 0;
                        state.Scale = reduce ? (float)Real.Max(state.Scale * Factor, MinScale) : state.Scale;
                        state.PlateauCount = reduce ? 0 : newPlateauCount;
                        state.CooldownCount = reduce ? Cooldown : Math.Max(state.CooldownCount - 1, 0);
                        state.BestValue = hasImproved ? (float)newAvgValue : state.BestValue;
                        state.AvgValue = 0;
                    }
                    else
                    {
                        state.AvgValue = (float)newAvgValue;
                    }
                    state.Count = newCount;
                    for (int i = 0; i < update.Length; i++) update[i] = gradient[i] * state.Scale;
                }
            }
            """,
        };

        yield return new("OPT0003", "optax port: a float scalar slot read into Real arithmetic like a float[] slot's element", """
            for (int i = 0; i < update.Length; i++)
                update[i] = -LearningRate * state.Mu[i] * state.Scale;
            state.Value = state.Value * state.Scale + state.Mu[0];
            state.Scale = (float)(state.Scale * LearningRate);
            """);
    }

    /// <summary>Smaller correct pieces of ports, each a form a porter writes.</summary>
    private static IEnumerable<AnalyzerCase> QuietDetails()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "optax port: apply_if_finite's counts with isfinite.astype(int32) as Convert.ToInt32(bool)", """
            bool isFinite = true;
            foreach (Real g in gradient) isFinite &= Real.IsFinite(g);
            // notfinite_count = jnp.where(isfinite, 0, notfinite_count + 1); total_notfinite += 1 - isfinite
            state.Count = isFinite ? 0 : state.Count + 1;
            state.Total += 1 - Convert.ToInt32(isFinite);
            state.Small = state.Small + Convert.ToInt32(!isFinite);
            update[0] = isFinite ? -gradient[0] : 0;
            """);

        yield return new(Rule, "optax port: tree_cast at <float, Real> and <Real, float> into the float slot, and lax loops carrying Integer", """
            Real[] mu = new Real[gradient.Length];
            TreeUtils.TreeCast<float, Real>(state.Mu, mu);
            for (int i = 0; i < mu.Length; i++) mu[i] = (Real)0.9 * mu[i] + (Real)0.1 * gradient[i];
            TreeUtils.TreeCast<Real, float>(mu, state.Mu);
            var final = TreeUtils.WhileLoop<(Integer Count, Real Error)>(
                s => s.Count < MaxSteps && s.Error > 0,
                s => (s.Count + 1, s.Error / 2),
                (0, Real.PositiveInfinity));
            state.NumLinesearchSteps = final.Count;
            state.Value = final.Error;
            Real sum = TreeUtils.ForiLoop(0, gradient.Length, (i, acc) => acc + mu[i], (Real)0);
            update[0] = -sum;
            """)
        {
            Outside = TreeUtils,
        };

        yield return new(Rule, "optax port: MultiSteps' mini_step % k with an int32 mini_step and an Integer k of no declared bounds", """
            // mini_step = (mini_step + 1) % k_steps: the remainder is no larger than the int it is taken of
            int miniStep = (int)((state.Small + 1) % MaxSteps);
            int lagged = (int)(miniStep % state.Count);
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -gradient[i] * (miniStep + lagged) / MemorySize;
            state.Small = miniStep;
            """);

        yield return new(Rule, "optax port: jnp.inf written as float.PositiveInfinity into Real slots", """
            // ZoomLinesearchInfo(decrease_error=jnp.inf, curvature_error=jnp.inf)
            state.Value = float.PositiveInfinity;
            state.Precise = Real.IsNaN(state.Value) ? float.NegativeInfinity : state.Precise;
            state.Velocity.AsSpan().Fill(0f);
            update[0] = -gradient[0];
            """);
    }

    /// <summary>The mistakes a porter makes, each where the contract says it is reported.</summary>
    private static IEnumerable<AnalyzerCase> PortingBugs()
    {
        const string Rule = SeedStyleCases.Rule;

        yield return new(Rule, "optax port: optax#1210 itself, the zoom state's int32 count stored in num_linesearch_steps", Quiet)
        {
            Outside = Helpers + ZoomRecords + """

            [Optimizer]
            public partial class ZoomSeed
            {
                [Hyperparameter] public Integer MaxLinesearchSteps { get; init; } = 20;
                [State] private Integer numLinesearchSteps;
                [State] private Real learningRate;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    ZoomLinesearchState ls = new(0, 1, 0, 0, 0, 0, false, false, false, 0, 0, 0, 0, 0, 0, 0, 0);
                    while (ls.Count < MaxLinesearchSteps && !ls.Done)
                        ls = ls with { Count = Numerics.SafeInt32Increment(ls.Count), Done = ls.Count > 3 };
                    state.NumLinesearchSteps = {|#0:ls.Count|};
                    state.LearningRate = ls.Stepsize;
                    for (int i = 0; i < update.Length; i++) update[i] = -ls.Stepsize * gradient[i];
                }
            }
            """,
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, Int32Value)],
        };

        yield return new(Rule, "optax port: a ZoomLinesearchInfo ported with optax's int32 count, its fields tuple-assigned to the slots", """
            var ls = (Count: 3, DecreaseError: (Real)0, CurvatureError: (Real)0);
            var info = new ZoomInfo32(ls.Count, ls.DecreaseError, ls.CurvatureError);
            (state.NumLinesearchSteps, state.Value) = ({|#0:info.NumLinesearchSteps|}, info.DecreaseError);
            update[0] = -gradient[0];
            """, """
            private readonly record struct ZoomInfo32(int NumLinesearchSteps, Real DecreaseError, Real CurvatureError);
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, Int32Value)],
        };

        yield return new(Rule, "optax port: jnp.where(done, final.count, count) as a conditional, and safe_int32_increment of the Integer count", """
            (int Count, bool Done) ls = (3, true);
            state.NumLinesearchSteps = ls.Done ? {|#0:ls.Count|} : state.NumLinesearchSteps;
            state.Count = {|#1:SafeInt32Increment({|#2:(int)state.Count|})|};
            update[0] = -gradient[0];
            """, """
            private static int SafeInt32Increment(int count) => count < int.MaxValue ? count + 1 : int.MaxValue;
            """)
        {
            InDouble =
            [
                SlotValue("NumLinesearchSteps", IntegerDouble, Int32Value),
                SlotValue("Count", IntegerDouble, Int32Value, marker: 1),
                Conversion(Cast, "Int64", "Int32", IntegerDouble, marker: 2),
            ],
        };

        yield return new(Rule, "optax port: safe_increment made generic and called at int", """
            int steps = 0;
            for (int k = 0; k < 5; k++) steps = SafeIncrement(steps);
            state.NumLinesearchSteps = {|#0:SafeIncrement(steps)|};
            state.Count = {|#1:SafeIncrement<int>(unchecked({|#2:(int)state.Count|}))|};
            update[0] = -gradient[0];
            """, """
            private static T SafeIncrement<T>(T count) where T : IBinaryInteger<T>, IMinMaxValue<T>
                => count < T.MaxValue ? count + T.One : T.MaxValue;
            """)
        {
            InDouble =
            [
                SlotValue("NumLinesearchSteps", IntegerDouble, Int32Value),
                SlotValue("Count", IntegerDouble, Int32Value, marker: 1),
                Conversion(Cast, "Int64", "Int32", IntegerDouble, marker: 2),
            ],
        };

        yield return new("OPT0003", "optax port: eps=1e-8 as a float literal and b1 as a float32 hyperparameter in Adam's Real arithmetic", """
            Integer countInc = state.Count + 1;
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] = {|#0:Beta|} * state.Velocity[i] + ({|#1:1 - Beta|}) * gradient[i];
            Real bc1 = 1 - Real.Pow({|#2:Beta|}, countInc);
            for (int i = 0; i < update.Length; i++)
                update[i] = -LearningRate * (state.Velocity[i] / bc1) / (Real.Sqrt(state.Second[i]) + {|#3:1e-8f|});
            state.Count = countInc;
            """)
        {
            InDouble = [MixedPrecision("Beta"), MixedPrecision("1 - Beta", 1), MixedPrecision("Beta", 2), MixedPrecision("1e-8f", 3)],
        };

        yield return new(ConversionFormCases.Rule, "optax port: tree_cast(mu, jnp.float32) written as (float) into a Real slot, plainly and compounded", """
            for (int i = 0; i < update.Length; i++)
                state.Velocity[i] = {|#0:(float)((Real)0.9 * state.Velocity[i] + (Real)0.1 * gradient[i])|};
            state.Value += {|#1:(float)Real.Sqrt(state.Value)|};
            update[0] = -state.Velocity[0];
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble), Conversion(Cast, "Double", "Single", RealDouble, marker: 1)],
        };

        yield return new(ConversionFormCases.Rule, "optax port: mu_dtype=jnp.bfloat16 as Half inside a tree_map lambda, in both modes", """
            TreeMap(gradient, state.Velocity, (g, t) => (Real){|#0:(Half)((Real)0.1 * g + (Real)0.9 * t)|});
            update[0] = -state.Velocity[0];
            """, """
            private static void TreeMap(ReadOnlySpan<Real> a, Span<Real> b, Func<Real, Real, Real> f)
            {
                for (int i = 0; i < a.Length; i++) b[i] = f(a[i], b[i]);
            }
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Half", RealDouble)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle)],
        };

        yield return new(ExemptionCases.Rule, "optax port: memory_idx = count % memory_size with the cast applied before the remainder", """
            int memoryIdx = {|#0:(int)state.Count|} % MemorySize;
            int prevMemIdx = {|#1:(int)(state.Count - 1)|} % MemorySize;
            state.Weights[memoryIdx] = gradient[0];
            state.Weights[(prevMemIdx + MemorySize) % MemorySize] = gradient[0];
            update[0] = -gradient[0];
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble), Conversion(Cast, "Int64", "Int32", IntegerDouble, marker: 1)],
        };

        yield return new(ConversionFormCases.Rule, "optax port: a schedule typed Func<int, Real> as optax's int32 count, fed the Integer count", """
            Real stepSize = Schedule({|#0:(int)state.Count|});
            for (int i = 0; i < update.Length; i++) update[i] = -stepSize * gradient[i];
            state.Count += 1;
            """, """
            private static readonly Func<int, Real> Schedule = count => (Real)0.1 * Real.Pow((Real)0.5, count / 100);
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)],
        };

        yield return new(SlotFlowCases.Rule, "optax port: lax.while_loop and fori_loop carrying an int32 count into the Integer slot", """
            var final = TreeUtils.WhileLoop(
                s => s.Count < 20 && s.Stepsize > (Real)1e-3,
                s => (Count: s.Count + 1, Stepsize: s.Stepsize / 2),
                (Count: 0, Stepsize: (Real)1));
            (state.NumLinesearchSteps, state.Value) = {|#0:final|};
            int evals = TreeUtils.ForiLoop(0, 10, (i, n) => n + 1, 0);
            state.NumLinesearchSteps += evals;
            state.Count = {|#1:TreeUtils.ForiLoop(0, 10, (i, n) => n + 1, 0)|};
            update[0] = -gradient[0];
            """)
        {
            Outside = TreeUtils,
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, Int32Value), SlotValue("Count", IntegerDouble, Int32Value, marker: 1)],
        };

        yield return new(SlotFlowCases.Rule, "optax port: the next state built like optax's NamedTuple, and _replace as Clone", """
            (int Count, Real Stepsize) ls = (3, (Real)0.5);
            state = new State(state.ParameterCount)
            {
                NumLinesearchSteps = {|#0:ls.Count|},
                Value = ls.Stepsize,
                Velocity = state.Velocity,
            };
            State next = state.Clone();
            next.Count = {|#1:ls.Count|};
            next.Precise = {|#2:(float)ls.Stepsize|};
            state = next;
            update[0] = -gradient[0];
            """)
        {
            InDouble =
            [
                SlotValue("NumLinesearchSteps", IntegerDouble, Int32Value),
                SlotValue("Count", IntegerDouble, Int32Value, marker: 1),
                Conversion(Cast, "Double", "Single", RealDouble, marker: 2),
            ],
            InSingle = [SlotValue("Precise", "Double (declared double, Single mode)", "a Single", marker: 2)],
        };

        yield return new(SeedStyleCases.Rule, "optax port: apply_if_finite as a gate transition counting non-finite values in an int", Quiet)
        {
            Outside = """

            [Optimizer]
            public partial class ApplyIfFinite
            {
                [State] private Integer notfiniteCount;
                [State] private Integer totalNotfinite;

                [Transition]
                private static bool Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    int bad = 0;
                    foreach (Real g in gradient) if (!Real.IsFinite(g)) bad++;
                    // notfinite_count = jnp.where(isfinite, 0, notfinite_count + 1), but counted per element in int32
                    state.NotfiniteCount = bad > 0 ? {|#0:bad|} : 0;
                    state.TotalNotfinite += bad;
                    for (int i = 0; i < update.Length; i++) update[i] = bad > 0 ? 0 : -gradient[i];
                    return bad == 0;
                }
            }
            """,
            InDouble = [SlotValue("NotfiniteCount", IntegerDouble, Int32Value)],
        };

        yield return new(ScopeCases.Rule, "optax port: GradientTransformation(init, update) as a positional record of delegates built by factories", """
            var (updates, inner) = Momentum.Update(gradient, new Inner(state.Count, state.Velocity));
            var (halved, _) = half.Update(updates, inner);
            state.Count = inner.Count;
            halved.CopyTo(update);
            """, """
            private static readonly GradientTransformation Momentum = Alias.ScaleByMomentum((Real)0.9);
            private readonly GradientTransformation half = Alias.ScaleByHalf();
            """)
        {
            Outside = """

            public delegate (Real[] Updates, Inner State) UpdateFn(ReadOnlySpan<Real> grads, Inner state);
            public readonly record struct Inner(Integer Count, Real[] Mu);
            public sealed record GradientTransformation(Func<int, Inner> Init, UpdateFn Update);

            static class Alias
            {
                public static GradientTransformation ScaleByMomentum(Real decay) => new(
                    n => new Inner(0, new Real[n]),
                    (grads, s) =>
                    {
                        var updates = new Real[grads.Length];
                        for (int i = 0; i < grads.Length; i++)
                        {
                            s.Mu[i] = decay * s.Mu[i] + {|#0:(float)grads[i]|};
                            updates[i] = s.Mu[i];
                        }
                        return (updates, s with { Count = s.Count + 1 });
                    });

                public static GradientTransformation ScaleByHalf() => new GradientTransformation(Init: n => new Inner(0, new Real[n]), Update: Halve);

                private static (Real[] Updates, Inner State) Halve(ReadOnlySpan<Real> grads, Inner s)
                {
                    var updates = new Real[grads.Length];
                    for (int i = 0; i < grads.Length; i++) updates[i] = (Real){|#1:(Half)grads[i]|};
                    return (updates, s);
                }
            }
            """,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble), Conversion(Cast, "Double", "Half", RealDouble, marker: 1)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle, marker: 1)],
        };

        yield return new(ScopeCases.Rule, "optax port: a transformation class with a primary constructor hands its update out through a property and a method", """
            Real[] a = F32.Update(gradient);
            Real[] b = F16.Apply(gradient);
            update[0] = a[0] + b[0];
            """, """
            private static readonly Transformation F32 = Alias.ScaleByF32();
            private static readonly Transformation F16 = Alias.ScaleByF16();
            """)
        {
            Outside = """

            public delegate Real[] UpdateOnly(ReadOnlySpan<Real> grads);

            public sealed class Transformation(UpdateOnly update)
            {
                public UpdateOnly Update => update;

                public Real[] Apply(ReadOnlySpan<Real> g) => update(g);
            }

            static class Alias
            {
                public static Transformation ScaleByF32() => new(g =>
                {
                    var r = new Real[g.Length];
                    for (int i = 0; i < g.Length; i++) r[i] = {|#0:(float)g[i]|};
                    return r;
                });

                public static Transformation ScaleByF16() => new Transformation(g =>
                {
                    var r = new Real[g.Length];
                    for (int i = 0; i < g.Length; i++) r[i] = (Real){|#1:(Half)g[i]|};
                    return r;
                });
            }
            """,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble), Conversion(Cast, "Double", "Half", RealDouble, marker: 1)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle, marker: 1)],
        };

        yield return new(ScopeCases.Rule, "optax port: GradientTransformation as a named tuple of functions in a field, from a literal and from a factory", """
            for (int i = 0; i < update.Length; i++)
                update[i] = Single32.Update(gradient[i]) + Half16.Update(gradient[i]) + Exact.Item2(gradient[i]);
            """, """
            private static readonly (Func<int, Real[]> Init, Func<Real, Real> Update) Single32 = (n => new Real[n], x => {|#0:(float)x|});
            private static readonly (Func<int, Real[]> Init, Func<Real, Real> Update) Half16 = TupleAlias.ScaleByHalf();
            private static readonly (Func<int, Real[]> Init, Func<Real, Real> Update) Exact = (n => new Real[(int)(float)n], x => 2 * x);
            """)
        {
            Outside = """

            static class TupleAlias
            {
                public static (Func<int, Real[]> Init, Func<Real, Real> Update) ScaleByHalf() => (n => new Real[n], x => (Real){|#1:(Half)x|});
            }
            """,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble), Conversion(Cast, "Double", "Half", RealDouble, marker: 1)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle, marker: 1)],
        };

        yield return new(ScopeCases.Rule, "optax port: join_schedules as an array of schedules indexed by the boundary passed", """
            int k = state.Count < Boundaries[0] ? 0 : 1;
            Real lr = Schedules[k](state.Count - (k == 0 ? 0 : Boundaries[0]));
            for (int i = 0; i < update.Length; i++) update[i] = -lr * gradient[i];
            state.Count += 1;
            """, """
            private static readonly Func<Integer, Real>[] Schedules =
            {
                count => (Real)0.1,
                count => {|#0:(float)((Real)0.1 / (count + 1))|},
            };
            private static readonly Integer[] Boundaries = { 100 };
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(ScopeCases.Rule, "optax port: a positional record of delegates whose lambdas compute at Real stays quiet", """
            var (updates, next) = Sgd.Update(gradient, new Inner(state.Count, state.Velocity));
            state.Count = next.Count;
            updates.CopyTo(update);
            """, """
            private static readonly GradientTransformation Sgd = new(n => new Inner(0, new Real[n]), (grads, s) =>
            {
                var updates = new Real[grads.Length];
                for (int i = 0; i < grads.Length; i++) updates[i] = -(Real)0.1 * grads[i] + (Real)(float)0.5 * s.Mu[i];
                return (updates, s with { Count = s.Count + 1 });
            });
            """)
        {
            Outside = """

            public delegate (Real[] Updates, Inner State) UpdateFn(ReadOnlySpan<Real> grads, Inner state);
            public readonly record struct Inner(Integer Count, Real[] Mu);
            public sealed record GradientTransformation(Func<int, Inner> Init, UpdateFn Update);
            """,
        };

        yield return new(ConversionFormCases.Rule, "optax port: tree_cast at <Real, Half> is reported with the types of that instantiation", """
            Real[] mu = new Real[gradient.Length];
            TreeUtils.TreeCast<float, Real>(state.Mu, mu);
            TreeUtils.TreeCast<Real, Half>(mu, new Half[mu.Length]);
            update[0] = -mu[0];
            """)
        {
            Outside = TreeUtils,
            InDouble = [Conversion("'TTo.CreateTruncating'", "Double", "Half", RealDouble, marker: 9)],
            InSingle = [Conversion("'TTo.CreateTruncating'", "Single", "Half", RealSingle, marker: 9)],
        };
    }
}
