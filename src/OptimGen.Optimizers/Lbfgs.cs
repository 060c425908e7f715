using System;
using System.Runtime.InteropServices;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// L-BFGS with optax's zoom line search (optax's <c>lbfgs()</c>: <c>scale_by_lbfgs</c>, a sign flip and
/// <c>scale_by_zoom_linesearch</c> with the initial guess "one"). Each step computes the quasi-Newton direction
/// <c>d = -H g</c> by the two-loop recursion over the last <see cref="MemorySize"/> curvature pairs, then searches
/// along it for a step size that meets the strong Wolfe conditions; the update it writes is <c>t d</c>.
/// </summary>
/// <remarks>
/// <para>
/// Differences from optax, all on paths optax handles badly: a curvature pair with <c>s·y &lt;= eps · (-g·s)</c>
/// (no positive curvature, by scipy's scale-invariant test; eps the machine epsilon of <c>Real</c>) is stored with
/// weight 0, so it takes no part in the recursion and the scale <c>gamma</c> keeps its last value (optax would store
/// a negative weight and could lose positive definiteness). A failed line search never moves uphill (it takes its
/// best trial below f(0), or stays), empties the memory and is counted in <c>ConsecutiveFailures</c>; two in a row
/// end a <c>Scan</c> with <see cref="ScanTermination.OptimizerFailed"/>. A search that succeeds without going below
/// the best value (at rounding level, where a step's decrease is hidden in the rounding of f) leaves the parameters at
/// the best point while L-BFGS goes on from its own iterate, within <c>sqrt(eps) |f|</c> of the best value, for at most
/// two line searches' worth of evaluations (<c>EvaluationsSinceBest</c>). When the direction is not a descent
/// direction (a slope that is not negative, from rounding or a damaged state), the step falls back to the scaled
/// steepest-descent direction of the first step. A zero gradient gives a zero update without evaluating the
/// objective; a gradient that is not finite gives a zero update and sets <c>LinesearchFailed</c>.
/// </para>
/// <para>
/// The line search evaluates the objective at its accepted point; the state keeps that value and gradient, and
/// the generated <c>Scan</c> takes them through <see cref="ReuseLinesearchEvaluation"/> instead of evaluating again,
/// so a step costs <c>NumLinesearchSteps</c> evaluations. See docs/lbfgs.md.
/// </para>
/// </remarks>
[Optimizer]
public sealed partial class Lbfgs
{
    /// <summary>How many curvature pairs the inverse-Hessian approximation remembers (optax's <c>memory_size</c>).</summary>
    [Hyperparameter(Minimum = 1)]
    public int MemorySize { get; init; } = 10;

    /// <summary>
    /// Scale the initial approximation by <c>gamma = s·y / y·y</c> of the newest pair, and the first step by
    /// <c>min(1, 1 / |g|)</c> (optax's <c>scale_init_precond</c>); otherwise <c>gamma = 1</c>.
    /// </summary>
    [Hyperparameter]
    public bool ScaleInitPrecond { get; init; } = true;

    /// <summary>The most objective evaluations one line search makes.</summary>
    [Hyperparameter(Minimum = 1)]
    public int MaxLinesearchSteps { get; init; } = 20;

    /// <summary><c>c1</c> of the sufficient decrease condition <c>f(x + t d) &lt;= f(x) + c1 t g·d</c>.</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)]
    public Real SlopeRtol { get; init; } = (Real)1e-4;

    /// <summary><c>c2</c> of the strong curvature condition <c>|g(x + t d)·d| &lt;= c2 |g·d|</c> (infinity disables it).</summary>
    [Hyperparameter(Minimum = 0, ExclusiveMinimum = true, Maximum = double.PositiveInfinity)]
    public Real CurvRtol { get; init; } = (Real)0.9;

    /// <summary>
    /// <c>c3</c> of Hager and Zhang's approximate decrease condition, used near a minimum where the Armijo test
    /// drowns in rounding; null uses the Armijo condition alone. Where optax lets that condition raise f by up to
    /// <c>c3 |f(0)|</c>, this L-BFGS lets its iterate rise by the rounding allowance <c>sqrt(eps) |f|</c> above the best
    /// value while the parameters stay at the best point, so only null or not matters (docs/lbfgs.md).
    /// </summary>
    [Hyperparameter(Minimum = 0)]
    public Real? ApproxDecRtol { get; init; } = (Real)1e-6;

    /// <summary>
    /// When the zoom bracket is narrower than this and a step with sufficient decrease is known, the search takes
    /// that step and reports a failure of the curvature condition (optax's <c>stepsize_precision</c>).
    /// </summary>
    [Hyperparameter(Minimum = 0)]
    public Real StepsizePrecision { get; init; } = (Real)1e-5;

    /// <summary>The factor the step grows by while the search looks for a bracket.</summary>
    [Hyperparameter(Minimum = 1, ExclusiveMinimum = true)]
    public Real IncreaseFactor { get; init; } = 2;

    /// <summary>
    /// The line search: optax's <see cref="LinesearchMethod.Zoom"/> (the default), <see cref="LinesearchMethod.MoreThuente"/>
    /// or <see cref="LinesearchMethod.Backtracking"/> (Armijo only). The zoom-specific settings (<see cref="ApproxDecRtol"/>,
    /// <see cref="StepsizePrecision"/>, <see cref="IncreaseFactor"/>) apply to the zoom alone. See docs/lbfgs.md.
    /// </summary>
    [Hyperparameter]
    public LinesearchMethod Linesearch { get; init; } = LinesearchMethod.Zoom;

    /// <summary>The largest step size the search tries; null: no bound.</summary>
    [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)]
    public Real? MaxLearningRate { get; init; }

    /// <summary>
    /// Completed steps (optax's <c>count</c>, saturating at <c>Integer.MaxValue</c>); the ring row of the next pair is
    /// <c>count % MemorySize</c>.
    /// </summary>
    [State] private Integer count;

    /// <summary>The step size the last line search accepted (optax's <c>learning_rate</c>).</summary>
    [State] private Real learningRate;

    /// <summary>The objective at the point the last line search accepted.</summary>
    [State] private Real value;

    /// <summary>Objective evaluations of the last line search.</summary>
    [State] private Integer numLinesearchSteps;

    /// <summary>How far the last accepted step misses the decrease condition (0: met).</summary>
    [State] private Real decreaseError;

    /// <summary>How far the last accepted step misses the strong curvature condition (0: met).</summary>
    [State] private Real curvatureError;

    /// <summary>Whether the last line search ended without a step that meets both conditions.</summary>
    [State] private bool linesearchFailed;

    /// <summary>
    /// Failed line searches in a row. Each one empties the memory; one with an empty memory (the scaled
    /// steepest-descent direction) counts as two, since emptying it again changes nothing. An exploration that gives
    /// up sets it to two.
    /// </summary>
    [State] private Integer consecutiveFailures;

    /// <summary>
    /// Objective evaluations since L-BFGS left the best point without finding a lower value: the parameters stay there
    /// (the best point) while it goes on from its iterate (<c>Candidate</c>, <c>Grad</c>, <c>Value</c>); 0 when it stands on the parameters.
    /// </summary>
    [State] private Integer evaluationsSinceBest;

    /// <summary>The value at the best point, where the parameters stay while L-BFGS explores.</summary>
    [State] private Real bestValue;

    /// <summary>The best point (valid while <c>EvaluationsSinceBest</c> is positive).</summary>
    [State(Shape = "n")] private Real[] bestParams;

    /// <summary>The gradient at the best point.</summary>
    [State(Shape = "n")] private Real[] bestGrad;

    /// <summary>Scratch: the iterate an exploring step starts from.</summary>
    [State(Shape = "n")] private Real[] iterate;

    /// <summary>Scratch: the gradient at that iterate.</summary>
    [State(Shape = "n")] private Real[] iterateGrad;

    /// <summary><c>gamma</c>: the scale of the initial inverse-Hessian approximation.</summary>
    [State] private Real identityScale;

    /// <summary>The parameters at the start of the last step.</summary>
    [State(Shape = "n")] private Real[] @params;

    /// <summary>The gradient at the start of the last step (optax's <c>updates</c>: what L-BFGS was given).</summary>
    [State(Shape = "n")] private Real[] updates;

    /// <summary>Ring of parameter differences <c>s_i</c>, one row per pair.</summary>
    [State(Shape = "MemorySize, n")] private Real[] diffParamsMemory;

    /// <summary>Ring of gradient differences <c>y_i</c>, one row per pair.</summary>
    [State(Shape = "MemorySize, n")] private Real[] diffUpdatesMemory;

    /// <summary>Ring of weights <c>rho_i = 1 / (s_i·y_i)</c>; 0 for an empty or skipped row.</summary>
    [State(Shape = "MemorySize")] private Real[] weightsMemory;

    /// <summary>The gradient at the point the last line search accepted.</summary>
    [State(Shape = "n")] private Real[] grad;

    /// <summary>The point the last line search accepted, <c>params + update</c> rounded as <c>Scan</c> rounds it.</summary>
    [State(Shape = "n")] private Real[] candidate;

    /// <summary>Scratch: the search direction.</summary>
    [State(Shape = "n")] private Real[] direction;

    /// <summary>Scratch: the gradient at the line search's best step with sufficient decrease.</summary>
    [State(Shape = "n")] private Real[] safeGrad;

    /// <summary>Scratch: the two-loop recursion's first-loop coefficients.</summary>
    [State(Shape = "MemorySize")] private Real[] alphas;

    [Transition]
    private void Update<TObjective>(
        ref State state,
        ReadOnlySpan<Real> parameters,
        ReadOnlySpan<Real> gradient,
        Real value,
        Span<Real> update,
        ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        // Where L-BFGS stands: the parameters, or, while it explores at rounding level, the iterate it left off at.
        bool exploring = state.EvaluationsSinceBest > 0 && SamePoint(parameters, state.BestParams);
        if (!exploring)
        {
            state.EvaluationsSinceBest = 0; // (the parameters were moved from outside: start from them)
        }
        else
        {
            state.Candidate.AsSpan().CopyTo(state.Iterate);
            state.Grad.AsSpan().CopyTo(state.IterateGrad);
            parameters = state.Iterate;
            gradient = state.IterateGrad;
            value = state.Value;
        }

        Real best = exploring ? state.BestValue : value;

        // The ring row of the pair this step stores (without pairs yet, any row: all weights are 0).
        int newest = state.Count > 0 ? (int)((state.Count - 1) % MemorySize) : MemorySize - 1;
        RememberCurvature(state, parameters, gradient, newest);
        bool usesMemory = HasPairs(state.WeightsMemory);
        Real slope = LbfgsTwoLoop.Direction(
            gradient, state.DiffParamsMemory, state.DiffUpdatesMemory, state.WeightsMemory, state.Alphas,
            newest, state.IdentityScale, state.Direction);
        if (state.Count < Integer.MaxValue)
            state.Count += 1; // saturates, like optax's safe_increment, rather than wrapping

        if (!(slope < 0))
        {
            slope = SteepestDescent(gradient, state.Direction);
            usesMemory = false;
        }

        if (!(slope < 0))
        {
            // A zero gradient (already optimal) or one that is not finite: no direction to search along.
            StayAt(state, parameters, gradient, value, update, failed: Real.IsNaN(slope));
            if (exploring)
                GiveUpExploring(state, update); // the iterate has nowhere to go, and the best point is where it came from
            return;
        }

        // An exploring search may spend no more than what is left of the exploration's evaluations.
        Integer maxSteps = exploring ? Integer.Min(MaxLinesearchSteps, RemainingExploration(state)) : MaxLinesearchSteps;
        // The approximate decrease condition may accept f(t) up to the rounding allowance above the best value.
        Real allowance = ApproxDecRtol is null ? 0 : Real.Max(0, best + RoundingAllowance(best) - value);
        LinesearchOutcome search = Linesearch == LinesearchMethod.Zoom
            ? new ZoomLinesearch(
                    this, parameters, state.Direction, value, gradient, slope,
                    update, state.Candidate, state.Grad, state.SafeGrad, allowance, maxSteps)
                .Run(ref objective)
            : new LbfgsStepSearch(
                    this, parameters, state.Direction, value, gradient, slope,
                    update, state.Candidate, state.Grad, state.SafeGrad, maxSteps)
                .Run(ref objective);
        state.LearningRate = search.Stepsize;
        state.Value = search.Value;
        state.NumLinesearchSteps = search.Steps;
        state.DecreaseError = search.DecreaseError;
        state.CurvatureError = search.CurvatureError;
        state.LinesearchFailed = search.Failed;
        if (search.Failed)
            Restart(state, usesMemory);
        else if (search.Value < best)
            state.ConsecutiveFailures = 0;

        Settle(state, parameters, gradient, best, exploring, search.Failed, update, ref objective);
    }

    /// <summary>
    /// Where the parameters go after the search: to a value below the best (from the best point, if L-BFGS was
    /// exploring); nowhere else after a failed search (it stayed or took a step no higher than f(0)), which also ends an
    /// exploration; and for a step that succeeded without going below the best value, nowhere: at rounding level (or on
    /// a plateau) the decrease it made is hidden in the rounding of f, so the parameters stay at the best point while
    /// L-BFGS goes on from its iterate, until a lower value turns up or the exploration's evaluations run out.
    /// </summary>
    private void Settle<TObjective>(
        State state, ReadOnlySpan<Real> from, ReadOnlySpan<Real> gradient, Real best, bool exploring, bool failed,
        Span<Real> update, ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        if (state.Value < best)
        {
            if (exploring)
                MoveParametersToCandidate(state, state.BestParams, update, ref objective);
            return;
        }

        if (failed)
        {
            if (exploring)
                GiveUpExploring(state, update); // a failed search at rounding level: nothing is left to try
            return;
        }

        if (!exploring)
        {
            state.BestValue = best;
            from.CopyTo(state.BestParams);
            gradient.CopyTo(state.BestGrad);
        }

        update.Clear();
        state.EvaluationsSinceBest = state.EvaluationsSinceBest < Integer.MaxValue - state.NumLinesearchSteps
            ? state.EvaluationsSinceBest + state.NumLinesearchSteps
            : Integer.MaxValue;
        if (RemainingExploration(state) <= 0)
            GiveUpExploring(state, update);
    }

    /// <summary>Ends an exploration that found nothing below the best value, and reports that L-BFGS cannot progress.</summary>
    private void GiveUpExploring(State state, Span<Real> update)
    {
        ReturnToBest(state, update);
        state.ConsecutiveFailures = FailuresBeforeGivingUp;
    }

    /// <summary>
    /// The objective evaluations L-BFGS may still spend exploring without finding a value below the best: two line
    /// searches' worth since the last progress, a failed search (<c>ConsecutiveFailures</c>) counting as a whole one.
    /// </summary>
    private Integer RemainingExploration(State state) =>
        Integer.Max(0, FailuresBeforeGivingUp - state.ConsecutiveFailures) * (Integer)MaxLinesearchSteps - state.EvaluationsSinceBest;

    /// <summary>
    /// How far above <paramref name="best"/> a value may be and still count as "not above it" for the approximate decrease
    /// condition: half the digits of <c>Real</c>.
    /// </summary>
    private static Real RoundingAllowance(Real best) => Real.Sqrt(Real.BitIncrement(1) - 1) * Real.Abs(best);

    /// <summary>Ends an exploration: L-BFGS stands at the best point again, with an empty memory.</summary>
    private void ReturnToBest(State state, Span<Real> update)
    {
        update.Clear();
        state.BestParams.AsSpan().CopyTo(state.Candidate);
        state.BestGrad.AsSpan().CopyTo(state.Grad);
        state.Value = state.BestValue;
        state.EvaluationsSinceBest = 0;
        EmptyMemory(state);
    }

    /// <summary>
    /// The exploration found a value below the best: the update moves the parameters (at the best point) to it. When
    /// <c>best + (candidate - best)</c> does not round back to the candidate, the point <c>Scan</c> will stand on is evaluated.
    /// </summary>
    private void MoveParametersToCandidate<TObjective>(State state, ReadOnlySpan<Real> from, Span<Real> update, ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        Integer spent = state.EvaluationsSinceBest;
        bool exact = true;
        for (int i = 0; i < update.Length; i++)
        {
            Real step = state.Candidate[i] - from[i];
            update[i] = step;
            Real landed = from[i] + step;
            exact &= landed == state.Candidate[i] && Real.IsNegative(landed) == Real.IsNegative(state.Candidate[i]); // bit for bit: -0 is not +0
            state.Candidate[i] = landed;
        }

        state.EvaluationsSinceBest = 0;
        if (exact)
            return;

        Real value = objective.Evaluate(state.Candidate, state.Grad);
        state.NumLinesearchSteps += 1;
        state.Value = value;
        if (!(value < state.BestValue))
        {
            // Still exploring, from the point evaluated.
            update.Clear();
            state.EvaluationsSinceBest = spent + state.NumLinesearchSteps;
            if (RemainingExploration(state) <= 0)
                GiveUpExploring(state, update);
        }
    }

    private static bool SamePoint(ReadOnlySpan<Real> x, ReadOnlySpan<Real> y) =>
        MemoryMarshal.AsBytes(x).SequenceEqual(MemoryMarshal.AsBytes(y));

    /// <summary>
    /// Whether two searches in a row failed, the second along the scaled steepest-descent direction of an emptied
    /// memory, or an exploration below the rounding of f gave up: near a minimum at rounding level, or on a function
    /// the search cannot handle, nothing is left to try. The generated <c>Scan</c> then ends with
    /// <see cref="ScanTermination.OptimizerFailed"/>; a loop of your own around <c>Step</c> tests
    /// <c>state.ConsecutiveFailures &gt;= 2</c>.
    /// </summary>
    [OptimizerFailure]
    private static bool CannotProgress(ref State state) => state.ConsecutiveFailures >= FailuresBeforeGivingUp;

    /// <summary>Failures in a row after which <see cref="CannotProgress"/> reports the optimizer failed.</summary>
    private const int FailuresBeforeGivingUp = 2;

    /// <summary>
    /// After a failed search: the stored pairs may be rounding noise (that is how a direction becomes huge), so the
    /// memory is emptied and the next step starts over from <c>-min(1, 1/|g|) g</c>. The failed step's own pair is not
    /// stored either (the next step starts where this one ended, so its <c>s</c> is 0): its tiny <c>gamma</c> would undo
    /// the restart. A failure that used no pairs cannot be helped that way and counts as the last.
    /// </summary>
    private void Restart(State state, bool usedMemory)
    {
        EmptyMemory(state);
        Integer failures = usedMemory && state.ConsecutiveFailures < Integer.MaxValue ? state.ConsecutiveFailures + 1 : FailuresBeforeGivingUp;
        state.ConsecutiveFailures = Integer.Max(failures, state.ConsecutiveFailures);
    }

    /// <summary>Forgets every pair; the next step starts from the accepted point along <c>-min(1, 1/|g|) g</c>.</summary>
    private void EmptyMemory(State state)
    {
        state.WeightsMemory.AsSpan().Clear();
        state.Candidate.AsSpan().CopyTo(state.Params);
        state.Grad.AsSpan().CopyTo(state.Updates);
        state.IdentityScale = ScaleInitPrecond ? Real.Min(1, 1 / Kernels.Norm2<Real>(state.Grad)) : 1;
    }

    private static bool HasPairs(ReadOnlySpan<Real> weights)
    {
        foreach (Real weight in weights)
        {
            if (weight != 0)
                return true;
        }

        return false;
    }

    /// <summary>
    /// Hands <c>Scan</c> the value and gradient the last line search computed at its accepted point, when
    /// <paramref name="parameters"/> is bit for bit that point and both are finite. The gradient is finite exactly
    /// when its slope along the direction is (a NaN or infinite element makes the dot product NaN or infinite), and
    /// <c>CurvatureError</c>, measured from that slope, is finite exactly when the slope is; so no pass over the
    /// gradient is needed.
    /// </summary>
    [CachedEvaluation]
    private static bool ReuseLinesearchEvaluation(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value)
    {
        if (state.EvaluationsSinceBest > 0)
        {
            value = state.BestValue;
            bool atBest = Real.IsFinite(value) && SamePoint(parameters, state.BestParams);
            if (atBest)
                state.BestGrad.CopyTo(gradient);
            return atBest;
        }

        value = state.Value;
        bool reusable = state.Count > 0
            && Real.IsFinite(value)
            && Real.IsFinite(state.CurvatureError)
            && MemoryMarshal.AsBytes(parameters).SequenceEqual(MemoryMarshal.AsBytes<Real>(state.Candidate));
        if (reusable)
            state.Grad.CopyTo(gradient);
        return reusable;
    }

    /// <summary>
    /// Stores the pair <c>s = x_k - x_(k-1)</c>, <c>y = g_k - g_(k-1)</c> in ring row <c>(count - 1) % MemorySize</c>
    /// with weight <c>1 / s·y</c>, or 0 when it shows no positive curvature, updates <c>gamma</c>, and remembers
    /// <c>x_k</c> and <c>g_k</c> for the next step. The test is scipy's L-BFGS-B test <c>s·y &gt; eps (-g_(k-1)·s)</c>:
    /// both sides scale alike with <c>f</c> and with <c>x</c>, unlike <c>s·y &gt; eps y·y</c>, which mixes units and
    /// in Single mode rejects every pair along a direction whose curvature exceeds 1/eps (docs/lbfgs.md).
    /// </summary>
    private void RememberCurvature(State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, int row)
    {
        if (state.Count > 0)
        {
            int n = parameters.Length;
            Span<Real> s = state.DiffParamsMemory.AsSpan(row * n, n);
            (Real sy, Real yy) = LbfgsKernels.CurvaturePair(
                parameters, gradient, state.Params, state.Updates, s, state.DiffUpdatesMemory.AsSpan(row * n, n));
            // -g_old·s = s·y - g·s: the decrease the step was predicted to make, in the units of s·y.
            Real predictedDecrease = sy - Kernels.Dot<Real>(gradient, s);
            Real machineEpsilon = Real.BitIncrement(1) - 1;
            bool hasCurvature = sy > machineEpsilon * predictedDecrease;
            state.WeightsMemory[row] = hasCurvature ? 1 / sy : 0;
            if (hasCurvature && ScaleInitPrecond)
                state.IdentityScale = sy / yy;
            return;
        }

        // optax's heuristic first scale: the first trial step has length at most 1.
        state.IdentityScale = ScaleInitPrecond ? Real.Min(1, 1 / Kernels.Norm2<Real>(gradient)) : 1;
        parameters.CopyTo(state.Params);
        gradient.CopyTo(state.Updates);
    }

    /// <summary>Writes the first step's direction <c>-min(1, 1/|g|) g</c> and returns its slope.</summary>
    private static Real SteepestDescent(ReadOnlySpan<Real> gradient, Span<Real> direction)
    {
        Real norm = Kernels.Norm2<Real>(gradient);
        Kernels.Scale<Real>(-Real.Min(1, 1 / norm), gradient, direction);
        return Kernels.Dot<Real>(gradient, direction);
    }

    /// <summary>A step that does not move: the accepted point is the current one.</summary>
    private static void StayAt(State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value, Span<Real> update, bool failed)
    {
        update.Clear();
        parameters.CopyTo(state.Candidate);
        gradient.CopyTo(state.Grad);
        state.Value = value;
        state.LearningRate = 0;
        state.NumLinesearchSteps = 0;
        state.DecreaseError = failed ? Real.PositiveInfinity : 0;
        state.CurvatureError = failed ? Real.PositiveInfinity : 0;
        state.LinesearchFailed = failed;
    }
}
