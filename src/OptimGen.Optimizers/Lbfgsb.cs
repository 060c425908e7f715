using System;
using System.Runtime.InteropServices;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// L-BFGS-B (Byrd, Lu, Nocedal and Zhu 1995; Zhu, Byrd, Lu and Nocedal 1997; with Morales and Nocedal's 2011
/// correction): limited-memory BFGS for <c>min f(x)</c> subject to <c>LowerBounds &lt;= x &lt;= UpperBounds</c>. Each step
/// finds the generalized Cauchy point along the projected steepest-descent path, minimizes the quadratic model over the
/// coordinates that are free there, and searches along the resulting direction with Moré and Thuente's line search,
/// never leaving the box. The update it writes moves the parameters to the accepted point.
/// </summary>
/// <remarks>
/// <para>
/// <c>Init</c> checks the bounds (lengths, <c>lower &lt;= upper</c>) and projects the parameters it is given into the box,
/// in place. Every point the search evaluates is inside the box, rounded exactly as <c>x += update</c> rounds it, so the
/// accepted point's value and gradient carry over to the next step (<see cref="ReuseLinesearchEvaluation"/>).
/// </para>
/// <para>
/// Convergence is measured by the projected gradient (<see cref="ProjectedGradientNorm"/>, kept in the slot of that
/// name): <c>Scan</c>'s gradient tolerance applies to it. See docs/lbfgsb.md for the algorithm and its differences from
/// the Fortran 3.0 code.
/// </para>
/// </remarks>
[Optimizer]
public sealed partial class Lbfgsb
{
    /// <summary>How many units of roundoff (of f(0)) apart two values of f are indistinguishable.</summary>
    private const int RoundingUlps = 16;

    /// <summary>The step the line search may not exceed when no bound limits it (the Fortran code's <c>stpmx</c>).</summary>
    private const double LargestStep = 1e10;

    /// <summary>How many curvature pairs the Hessian approximation remembers (the Fortran code's <c>m</c>).</summary>
    [Hyperparameter(Minimum = 1)]
    public int MemorySize { get; init; } = 10;

    /// <summary>The most objective evaluations one line search makes (scipy's <c>maxls</c>).</summary>
    [Hyperparameter(Minimum = 1)]
    public int MaxLinesearchSteps { get; init; } = 20;

    /// <summary><c>c1</c> of the sufficient decrease condition (the Fortran code's <c>ftol</c> of its line search, 1e-3).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMinimum = true, ExclusiveMaximum = true)]
    public Real SlopeRtol { get; init; } = (Real)1e-3;

    /// <summary><c>c2</c> of the strong curvature condition <c>|g(x + t d)·d| &lt;= c2 |g·d|</c> (Moré–Thuente only).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMinimum = true, ExclusiveMaximum = true)]
    public Real CurvRtol { get; init; } = (Real)0.9;

    /// <summary>Moré–Thuente's <c>xtol</c>: the search gives up refining once its interval is narrower than this fraction of its right end.</summary>
    [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)]
    public Real IntervalRtol { get; init; } = (Real)0.1;

    /// <summary>
    /// <c>c3</c> of Hager and Zhang's approximate Wolfe conditions (<c>f(t) &lt;= f(0) + c3 |f(0)|</c> with the slope conditions):
    /// used only when the Moré–Thuente search would fail, where f's rounding noise hides a decrease the slopes still
    /// show (mostly a float objective near its minimum); null: never.
    /// </summary>
    [Hyperparameter(Minimum = 0)]
    public Real? ApproxDecRtol { get; init; } = (Real)1e-6;

    /// <summary>The line search: <see cref="LinesearchMethod.MoreThuente"/> (the Fortran code's) or <see cref="LinesearchMethod.Backtracking"/>.</summary>
    [Hyperparameter]
    public LinesearchMethod Linesearch { get; init; } = LinesearchMethod.MoreThuente;

    /// <summary>Lower bounds, one per parameter (<c>-infinity</c>: none on that coordinate); null: none at all.</summary>
    [Hyperparameter]
    public Real[]? LowerBounds { get; init; }

    /// <summary>Upper bounds, one per parameter (<c>+infinity</c>: none on that coordinate); null: none at all.</summary>
    [Hyperparameter]
    public Real[]? UpperBounds { get; init; }

    /// <summary>Completed steps (saturating at <c>Integer.MaxValue</c>).</summary>
    [State] private Integer count;

    /// <summary>The objective at the point the last line search accepted.</summary>
    [State] private Real value;

    /// <summary>The step size the last line search accepted (1 is the subspace minimizer).</summary>
    [State] private Real learningRate;

    /// <summary>Objective evaluations of the last step (of both attempts when it had to restart its memory).</summary>
    [State] private Integer numLinesearchSteps;

    /// <summary>How far the last accepted step misses the sufficient decrease condition (0: met).</summary>
    [State] private Real decreaseError;

    /// <summary>
    /// How far the last accepted step misses the strong curvature condition (0: met): with Moré–Thuente nonzero only
    /// where the search stopped at the edge of the box or rounding left it nothing to resolve; backtracking does not ask for it.
    /// </summary>
    [State] private Real curvatureError;

    /// <summary>Whether the last step found no acceptable point, even with a fresh memory, and left the parameters where they were.</summary>
    [State] private bool linesearchFailed;

    /// <summary>The infinity norm of the projected gradient at the start of the last step.</summary>
    [State] private Real projectedGradientNorm;

    /// <summary><c>theta</c>: <c>B = theta I - W M W'</c>, <c>theta = y'y / s'y</c> of the newest pair.</summary>
    [State] private Real hessianScale;

    /// <summary>The ring row of the oldest stored pair.</summary>
    [State] private int oldestPair;

    /// <summary>How many pairs are stored (at most <c>MemorySize</c>).</summary>
    [State] private int storedPairs;

    /// <summary>How many coordinates were free at the last generalized Cauchy point.</summary>
    [State] private int freeCount;

    /// <summary>Whether any bound is finite (otherwise every step is a plain L-BFGS step).</summary>
    [State] private bool constrained;

    /// <summary>Whether every coordinate has two finite bounds (the first trial step is then 1).</summary>
    [State] private bool boxed;

    /// <summary>The lower bounds, <c>-infinity</c> where there is none.</summary>
    [State(Shape = "n")] private Real[] lower;

    /// <summary>The upper bounds, <c>+infinity</c> where there is none.</summary>
    [State(Shape = "n")] private Real[] upper;

    /// <summary>The gradient at the point the last line search accepted.</summary>
    [State(Shape = "n")] private Real[] grad;

    /// <summary>The point the last line search accepted, <c>params + update</c> rounded as <c>Scan</c> rounds it.</summary>
    [State(Shape = "n")] private Real[] candidate;

    /// <summary>Where each coordinate stands at the last Cauchy point (<see cref="VariableStatus"/>).</summary>
    [State(Shape = "n")] private int[] where;

    /// <summary>Ring of parameter differences <c>s_i</c>, one row per pair.</summary>
    [State(Shape = "MemorySize, n")] private Real[] diffParamsMemory;

    /// <summary>Ring of gradient differences <c>y_i</c>, one row per pair.</summary>
    [State(Shape = "MemorySize, n")] private Real[] diffUpdatesMemory;

    /// <summary><c>s_i's_j</c> by ring rows.</summary>
    [State(Shape = "MemorySize, MemorySize")] private Real[] ssProducts;

    /// <summary><c>s_i'y_j</c> by ring rows.</summary>
    [State(Shape = "MemorySize, MemorySize")] private Real[] syProducts;

    /// <summary><c>y_i'y_j</c> by ring rows.</summary>
    [State(Shape = "MemorySize, MemorySize")] private Real[] yyProducts;

    /// <summary>The Cholesky factor of <c>theta S'S + L D^-1 L'</c>, chronological.</summary>
    [State(Shape = "MemorySize, MemorySize")] private Real[] middleFactor;

    /// <summary>Scratch: the search direction.</summary>
    [State(Shape = "n")] private Real[] direction;

    /// <summary>Scratch: the generalized Cauchy point, then the subspace minimizer.</summary>
    [State(Shape = "n")] private Real[] cauchyPoint;

    /// <summary>Scratch: the reduced gradient and the subspace step; the new gradient difference.</summary>
    [State(Shape = "n")] private Real[] reduced;

    /// <summary>Scratch: breakpoints of the projected path.</summary>
    [State(Shape = "n")] private Real[] breakpoints;

    /// <summary>Scratch: the coordinate of each breakpoint.</summary>
    [State(Shape = "n")] private int[] breakpointCoordinates;

    /// <summary>Scratch: the free coordinates, then the active ones from the end.</summary>
    [State(Shape = "n")] private int[] freeIndices;

    /// <summary>Scratch: <c>W'd</c> along the Cauchy path.</summary>
    [State(Shape = "2, MemorySize")] private Real[] pathProduct;

    /// <summary>Scratch: <c>c = W'(z - x)</c> of the Cauchy point.</summary>
    [State(Shape = "2, MemorySize")] private Real[] cauchyProduct;

    /// <summary>Scratch: a row of <c>W</c>.</summary>
    [State(Shape = "2, MemorySize")] private Real[] wRow;

    /// <summary>Scratch: <c>M</c> times a vector.</summary>
    [State(Shape = "2, MemorySize")] private Real[] middleTimesRow;

    /// <summary>Scratch: the right-hand side and solution of the subspace system.</summary>
    [State(Shape = "2, MemorySize")] private Real[] subspaceProduct;

    /// <summary>Scratch: the subspace system's matrix.</summary>
    [State(Shape = "2, MemorySize, 2, MemorySize")] private Real[] subspaceMatrix;

    /// <summary>Scratch: the stored vectors' slices of one block of coordinates (<see cref="SubspaceMinimization.BlockLength"/> = 256).</summary>
    [State(Shape = "2, MemorySize, 256")] private Real[] productBlock;

    /// <summary>Scratch: <c>Yf'Yf</c>, <c>Sf'Yf</c>, <c>Sf'Sf</c> over the free coordinates.</summary>
    [State(Shape = "3, MemorySize, MemorySize")] private Real[] freeProducts;

    /// <summary>
    /// The infinity norm of the projected gradient of <paramref name="gradient"/> at <paramref name="parameters"/>: 0 exactly
    /// at a KKT point of the box. <c>Scan</c> compares it with <see cref="ScanOptions.GradientTolerance"/> (scipy's
    /// <c>gtol</c>/<c>pgtol</c>); a loop of your own around <c>Step</c> calls it the same way.
    /// </summary>
    [ConvergenceMeasure]
    public static Real ProjectedGradientNorm(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) =>
        BoxBounds.ProjectedGradientNorm(parameters, gradient, state.Lower, state.Upper);

    /// <summary>
    /// Whether the last step found no point with a decrease, with its memory and again with a fresh one, and stayed
    /// where it was: <c>Scan</c> then ends with <see cref="ScanTermination.OptimizerFailed"/> rather than repeat it.
    /// </summary>
    [OptimizerFailure]
    private static bool CannotProgress(ref State state) => state.LinesearchFailed;

    [Init]
    private void SetUpBox(ref State state, ReadOnlySpan<Real> parameters)
    {
        if (Linesearch is not (LinesearchMethod.MoreThuente or LinesearchMethod.Backtracking))
            throw new ArgumentException($"Lbfgsb supports the MoreThuente and Backtracking line searches, not {Linesearch}.", nameof(Linesearch));
        int n = parameters.Length;
        CheckLength(LowerBounds, n, nameof(LowerBounds));
        CheckLength(UpperBounds, n, nameof(UpperBounds));
        Span<Real> lowerBounds = state.Lower, upperBounds = state.Upper;
        bool anyFinite = false, allFinite = true;
        for (int i = 0; i < n; i++)
        {
            Real low = LowerBounds is null ? Real.NegativeInfinity : LowerBounds[i];
            Real high = UpperBounds is null ? Real.PositiveInfinity : UpperBounds[i];
            if (!(low <= high) || Real.IsPositiveInfinity(low) || Real.IsNegativeInfinity(high))
                throw new ArgumentException(
                    $"Bounds of parameter {i} are empty: LowerBounds[{i}] = {low} and UpperBounds[{i}] = {high} (need lower <= upper, lower < +inf, upper > -inf, no NaN).",
                    Real.IsNaN(high) || Real.IsNegativeInfinity(high) ? nameof(UpperBounds) : nameof(LowerBounds));
            lowerBounds[i] = low;
            upperBounds[i] = high;
            bool finiteLow = Real.IsFinite(low), finiteHigh = Real.IsFinite(high);
            anyFinite |= finiteLow || finiteHigh;
            allFinite &= finiteLow && finiteHigh;
            state.Where[i] = low == high ? VariableStatus.Fixed : finiteLow || finiteHigh ? VariableStatus.Free : VariableStatus.Unbounded;
        }

        state.Constrained = anyFinite;
        state.Boxed = allFinite;
        state.HessianScale = 1;

        // The contract: Init projects the caller's parameters into the box. The span is read-only only by the hook's signature.
        Span<Real> writable = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(parameters), n);
        for (int i = 0; i < n; i++)
        {
            Real projected = Real.Min(Real.Max(writable[i], lowerBounds[i]), upperBounds[i]);
            if (projected != writable[i])
                writable[i] = projected;
        }
    }

    private static void CheckLength(Real[]? bounds, int n, string name)
    {
        if (bounds is not null && bounds.Length != n)
            throw new ArgumentException($"{name} has {bounds.Length} elements but there are {n} parameters.", name);
    }

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
        Real projectedNorm = BoxBounds.ProjectedGradientNorm(parameters, gradient, state.Lower, state.Upper);
        state.ProjectedGradientNorm = projectedNorm;
        if (!(projectedNorm > 0) || !Real.IsFinite(value))
        {
            // At a KKT point (or given a value or gradient that is not a number): nothing to search along.
            StayAt(state, parameters, gradient, value, update, failed: !(projectedNorm == 0) || !Real.IsFinite(value));
            return;
        }

        Integer evaluations = 0;
        while (true)
        {
            if (!FindDirection(state, parameters, gradient, projectedNorm))
            {
                CompactLbfgsMatrix.Reset(state);
                continue;
            }

            bool accepted = Search(state, parameters, gradient, value, update, ref objective, ref evaluations);
            if (accepted)
                break;
            if (state.StoredPairs == 0)
            {
                // Even steepest descent found no acceptable point: stay (no uphill step), report the failure.
                StayAt(state, parameters, gradient, value, update, failed: true);
                state.NumLinesearchSteps = evaluations;
                return;
            }

            // The Fortran code's restart: forget the pairs and search again from the same point.
            CompactLbfgsMatrix.Reset(state);
        }

        state.NumLinesearchSteps = evaluations;
        state.LinesearchFailed = false;
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        RememberCurvature(state, gradient, update);
    }

    /// <summary>
    /// Hands <c>Scan</c> the value and gradient the last line search computed at its accepted point, when
    /// <paramref name="parameters"/> is bit for bit that point.
    /// </summary>
    [CachedEvaluation]
    private static bool ReuseLinesearchEvaluation(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value)
    {
        value = state.Value;
        bool reusable = state.Count > 0
            && Real.IsFinite(value)
            && MemoryMarshal.AsBytes(parameters).SequenceEqual(MemoryMarshal.AsBytes<Real>(state.Candidate));
        if (reusable)
            state.Grad.CopyTo(gradient);
        return reusable;
    }

    /// <summary>The direction <c>d = z - x</c> to the subspace minimizer <c>z</c>; false on a numerical breakdown of the model.</summary>
    private bool FindDirection(State state, ReadOnlySpan<Real> x, ReadOnlySpan<Real> gradient, Real projectedNorm)
    {
        if (state.Constrained || state.StoredPairs == 0)
        {
            GeneralizedCauchyPoint.Compute(state, x, gradient, projectedNorm, MemorySize);
            SubspaceMinimization.SortFreeVariables(state);
        }
        else
        {
            x.CopyTo(state.CauchyPoint);
            state.FreeCount = x.Length;
            for (int i = 0; i < x.Length; i++)
                state.FreeIndices[i] = i;
        }

        if (state.FreeCount > 0 && state.StoredPairs > 0
            && !SubspaceMinimization.Minimize(state, x, gradient, state.Constrained, MemorySize))
            return false;
        Kernels.Subtract<Real>(state.CauchyPoint, x, state.Direction);
        return true;
    }

    /// <summary>
    /// Searches along the direction inside the box; true with the accepted point in <c>Candidate</c>, its value and
    /// gradient in <c>Value</c> and <c>Grad</c>, and the update that reaches it.
    /// </summary>
    private bool Search<TObjective>(
        State state, ReadOnlySpan<Real> x, ReadOnlySpan<Real> gradient, Real value, Span<Real> update,
        ref TObjective objective, ref Integer evaluations)
        where TObjective : IObjective<Real>
    {
        ReadOnlySpan<Real> direction = state.Direction;
        Real slope = Kernels.Dot<Real>(gradient, direction);
        if (!(slope < 0))
            return false;

        // The Fortran code's first trial: the subspace minimizer (step 1), except on the very first step of a problem
        // that is not boxed, where it is the step of length 1 (and never beyond the box).
        Real maxStep = (Real)LargestStep;
        if (state.Constrained)
            maxStep = state.Count == 0 ? 1 : BoxBounds.MaxStep(x, direction, state.Lower, state.Upper, maxStep);
        Real step = state.Count == 0 && !state.Boxed ? Real.Min(1 / Kernels.Norm2<Real>(direction), maxStep) : 1;
        step = Real.Min(step, maxStep);
        if (!(step > 0))
            return false;

        var moreThuente = new MoreThuenteSearch(value, slope, step, 0, maxStep, SlopeRtol, CurvRtol, IntervalRtol);
        var backtracking = new BacktrackingSearch(value, slope, step, SlopeRtol);
        Real machineEpsilon = Real.BitIncrement(1) - 1;
        Real fallbackStep = 0, fallbackValue = ApproxDecRtol is { } approximate ? value + approximate * Real.Abs(value) : Real.NegativeInfinity;
        for (int steps = 0; steps < MaxLinesearchSteps; steps++)
        {
            step = Linesearch == LinesearchMethod.Backtracking ? backtracking.Step : moreThuente.Step;
            Real trialValue = EvaluateAt(state, x, step, update, ref objective);
            Real trialSlope = Kernels.Dot<Real>(state.Grad, direction);
            evaluations += 1;
            LinesearchVerdict verdict = Linesearch == LinesearchMethod.Backtracking
                ? backtracking.Next(trialValue)
                : moreThuente.Next(trialValue, trialSlope);
            // A stalled search (rounding leaves nothing to resolve) still moves when its trial decreases f, as the
            // Fortran code does; a trial that does not decrease is a failure, so no step goes uphill or stands still.
            if (verdict == LinesearchVerdict.Converged
                || (verdict == LinesearchVerdict.Stalled && trialValue < value))
            {
                Accept(state, step, trialValue, trialSlope, value, slope);
                return true;
            }

            if (verdict == LinesearchVerdict.Stalled)
                break;

            // f(t) within a few ulps of f(0) says nothing about decrease, while the slope still shows the minimizer along
            // d: take the step now rather than spend the search's budget on rounding noise.
            if (Linesearch == LinesearchMethod.MoreThuente && Real.Abs(trialValue - value) <= RoundingUlps * machineEpsilon * Real.Abs(value)
                && HasApproximateWolfeSlope(trialSlope, slope))
            {
                Accept(state, step, trialValue, trialSlope, value, slope);
                return true;
            }

            if (Linesearch == LinesearchMethod.MoreThuente && trialValue <= fallbackValue
                && HasApproximateWolfeSlope(trialSlope, slope))
            {
                fallbackStep = step;
                fallbackValue = trialValue;
                state.Grad.AsSpan().CopyTo(state.Reduced);
            }
        }

        if (fallbackStep == 0)
            return false;

        // Where f cannot resolve a decrease (a float objective near its minimum: its rounding noise exceeds the decrease),
        // the slopes still can: take the lowest trial that meets Hager and Zhang's approximate Wolfe conditions, f(t) at
        // most f(0) + c3 |f(0)| and the slope conditions.
        MoveTo(state, x, fallbackStep, update);
        state.Reduced.AsSpan().CopyTo(state.Grad);
        Accept(state, fallbackStep, fallbackValue, Kernels.Dot<Real>(state.Grad, direction), value, slope);
        return true;
    }

    /// <summary>
    /// Hager and Zhang's approximate Wolfe slope conditions, <c>c2 f'(0) &lt;= f'(t) &lt;= (2 c1 - 1) f'(0)</c>: the curvature
    /// condition, and a slope small enough that the decrease it implies exceeds what the Armijo test asks. (Backtracking has
    /// no such fallback: without the curvature condition, tiny steps would pass and the run would stand still.)
    /// </summary>
    private bool HasApproximateWolfeSlope(Real trialSlope, Real slope) =>
        trialSlope >= CurvRtol * slope && trialSlope <= (2 * SlopeRtol - 1) * slope;

    private void Accept(State state, Real step, Real trialValue, Real trialSlope, Real value, Real slope)
    {
        state.Value = trialValue;
        state.LearningRate = step;
        state.DecreaseError = SufficientDecreaseError(step, trialValue, value, slope, SlopeRtol);
        state.CurvatureError = LinesearchConditions.CurvatureError(trialSlope, slope, CurvRtol);
    }

    /// <summary>
    /// How far <c>f(t)</c> lies above <c>f(0) + t (c1 f'(0))</c>, rounded as Moré–Thuente and backtracking test it (0: met;
    /// +infinity: not a number).
    /// </summary>
    internal static Real SufficientDecreaseError(Real step, Real trialValue, Real value, Real slope, Real slopeRtol)
    {
        Real error = trialValue - (value + step * (slopeRtol * slope));
        return Real.IsNaN(error) ? Real.PositiveInfinity : Real.Max(error, 0);
    }

    /// <summary>
    /// Evaluates the objective at <c>P(x + t d)</c> (at step 1 exactly the subspace minimizer), writing the update that
    /// leads there and the point as <c>x + update</c> rounds it.
    /// </summary>
    private static Real EvaluateAt<TObjective>(State state, ReadOnlySpan<Real> x, Real step, Span<Real> update, ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        MoveTo(state, x, step, update);
        return objective.Evaluate(state.Candidate, state.Grad);
    }

    /// <summary>Writes the update to <c>P(x + t d)</c> and the point <c>x + update</c> to <c>Candidate</c>.</summary>
    private static void MoveTo(State state, ReadOnlySpan<Real> x, Real step, Span<Real> update)
    {
        ReadOnlySpan<Real> direction = state.Direction, target = state.CauchyPoint, lowerBounds = state.Lower, upperBounds = state.Upper;
        Span<Real> candidatePoint = state.Candidate;
        for (int i = 0; i < x.Length; i++)
        {
            Real goal = step == 1 ? target[i] : Real.Min(Real.Max(x[i] + step * direction[i], lowerBounds[i]), upperBounds[i]);
            update[i] = BoxBounds.UpdateTo(x[i], goal, lowerBounds[i], upperBounds[i], out candidatePoint[i]);
        }
    }

    /// <summary>
    /// Stores <c>s = update</c>, <c>y = g_new - g</c> unless <c>s'y &lt;= eps (-g's)</c> (no curvature to learn from, the
    /// Fortran code's test, invariant to the scale of f and x); a breakdown of the middle matrix restarts the memory.
    /// </summary>
    private void RememberCurvature(State state, ReadOnlySpan<Real> gradient, ReadOnlySpan<Real> step)
    {
        Span<Real> change = state.Reduced;
        Kernels.Subtract<Real>(state.Grad, gradient, change);
        Real sy = Kernels.Dot<Real>(step, change);
        Real descent = -Kernels.Dot<Real>(gradient, step);
        Real machineEpsilon = Real.BitIncrement(1) - 1;
        if (!(sy > machineEpsilon * descent))
            return;
        Real yy = Kernels.Dot<Real>(change, change);
        if (!CompactLbfgsMatrix.AddPair(state, step, change, sy, yy, MemorySize))
            CompactLbfgsMatrix.Reset(state);
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
