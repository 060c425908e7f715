using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// One run of optax's zoom line search (Nocedal and Wright, algorithms 3.5 and 3.6, with Hager and Zhang's
/// approximate sufficient decrease; its cubic interpolation uses both ends' slopes) along a fixed direction <c>d</c> from the point <c>x</c>. It looks for a
/// step size <c>t</c> that satisfies both the sufficient decrease and the strong curvature condition.
/// </summary>
/// <remarks>
/// Every trial point is formed exactly as the generated <c>Scan</c> applies an update: <c>u[i] = t * d[i]</c> is
/// written to the update span and the objective is evaluated at <c>x[i] + u[i]</c>. The accepted point is
/// therefore bit for bit the point <c>Scan</c> moves to, which lets <see cref="Lbfgs"/> hand its value and
/// gradient to the next step instead of evaluating the objective again.
/// Ends in one of two ways: <see cref="LinesearchOutcome.Failed"/> is false and the accepted step meets both conditions; or the
/// search ran out of steps (or its interval shrank below <c>StepsizePrecision</c>, or below what the rounding of f and
/// of x can resolve) and takes, like optax, the
/// best trial that met the decrease condition, else the lowest trial below f(0), else the step 0: a failed search
/// never moves uphill (optax would take its last trial).
/// </remarks>
internal ref struct ZoomLinesearch
{
    private readonly Lbfgs options;
    private readonly ReadOnlySpan<Real> point;
    private readonly ReadOnlySpan<Real> direction;
    private readonly ReadOnlySpan<Real> initialGradient;
    private readonly Span<Real> update;
    private readonly Span<Real> candidate;
    private readonly Span<Real> trialGradient;
    private readonly Span<Real> safeGradient;
    private readonly Real initialValue;
    private readonly Real initialSlope;
    private readonly Real valueAllowance;
    private readonly Integer maxSteps;

    // The last trial.
    private Real slope;

    /// <summary>The current trial (the accepted step once the search ends) and what the search has spent.</summary>
    private LinesearchOutcome outcome;

    // Bracket of the zoom phase. "low" has the smaller value, not necessarily the smaller step.
    private bool intervalFound;
    private bool done;
    private Real low, valueLow, slopeLow;
    private Real high, valueHigh, slopeHigh;

    // The step a failed search falls back to (0: none yet; its gradient is then the initial one): the best trial that
    // satisfies the decrease condition, or while there is none, the lowest trial below f(0).
    private Real safeStepsize, safeValue, safeSlope;
    private bool safeDecreases;

    /// <summary>Prepares a search from <paramref name="point"/> along <paramref name="direction"/>.</summary>
    /// <param name="options">The hyperparameters (<see cref="Lbfgs"/>'s line-search settings).</param>
    /// <param name="point">Where the search starts (<c>x</c>).</param>
    /// <param name="direction">The search direction (<c>d</c>); its slope must be negative.</param>
    /// <param name="value">The objective at <paramref name="point"/>.</param>
    /// <param name="gradient">The gradient at <paramref name="point"/>.</param>
    /// <param name="slope">The directional derivative <c>gradient · direction</c>.</param>
    /// <param name="update">Receives <c>t * d</c> for the accepted step.</param>
    /// <param name="candidate">Receives <c>x + t * d</c> for the accepted step.</param>
    /// <param name="trialGradient">Receives the gradient at the accepted step.</param>
    /// <param name="safeGradient">Scratch: the gradient at the best step that met the decrease condition.</param>
    /// <param name="valueAllowance">How far above f(0) the approximate decrease condition lets f(t) be (see <see cref="LinesearchConditions.DecreaseError"/>).</param>
    /// <param name="maxSteps">The most evaluations the search may make (at most <c>MaxLinesearchSteps</c>).</param>
    public ZoomLinesearch(
        Lbfgs options,
        ReadOnlySpan<Real> point,
        ReadOnlySpan<Real> direction,
        Real value,
        ReadOnlySpan<Real> gradient,
        Real slope,
        Span<Real> update,
        Span<Real> candidate,
        Span<Real> trialGradient,
        Span<Real> safeGradient,
        Real valueAllowance,
        Integer maxSteps)
    {
        this.maxSteps = maxSteps;
        this.options = options;
        this.valueAllowance = valueAllowance;
        this.point = point;
        this.direction = direction;
        initialGradient = gradient;
        this.update = update;
        this.candidate = candidate;
        this.trialGradient = trialGradient;
        this.safeGradient = safeGradient;
        initialValue = value;
        initialSlope = slope;

        outcome = LinesearchOutcome.Start(value);
        this.slope = slope;
        done = false;
        intervalFound = false;
        low = 0;
        valueLow = value;
        slopeLow = slope;
        high = 0;
        valueHigh = value;
        slopeHigh = slope;
        safeStepsize = 0;
        safeValue = value;
        safeSlope = slope;
        safeDecreases = false;
    }

    /// <summary>
    /// Runs the search to its end. Afterwards the update, candidate and trial-gradient spans hold the accepted
    /// step, the accepted point and the gradient there.
    /// </summary>
    public LinesearchOutcome Run<TObjective>(ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        while (!done && !outcome.Failed)
        {
            if (intervalFound)
                ZoomIntoInterval(ref objective);
            else
                SearchInterval(ref objective);
        }

        if (outcome.Failed)
            FallBack();
        return outcome;
    }

    /// <summary>Phase 1: grow the step by <c>IncreaseFactor</c> until it brackets an acceptable step (algorithm 3.5).</summary>
    private void SearchInterval<TObjective>(ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        Real previous = outcome.Stepsize, previousValue = outcome.Value, previousSlope = slope;
        Real next = outcome.Steps == 0 ? (Real)1 : options.IncreaseFactor * previous;
        bool maxReached = false;
        if (options.MaxLearningRate is { } maxLearningRate)
        {
            maxReached = next >= maxLearningRate;
            next = Real.Min(next, maxLearningRate);
        }

        Evaluate(next, ref objective);
        bool decreases = outcome.DecreaseError <= 0;
        bool error = outcome.DecreaseError > 0 || outcome.CurvatureError > 0;

        // A trial whose gradient is not finite (its slope is then NaN or infinite) is outside the domain, like a NaN value.
        // A trial at the previous trial's value while the slope still descends says nothing about the interval: f did not
        // change by a unit of its last place (or x + t d rounded back to the same point). The step keeps growing.
        bool unresolved = outcome.Value == previousValue && slope < 0;
        bool highToNew = outcome.DecreaseError > 0 || !Real.IsFinite(slope) || (outcome.Value >= previousValue && outcome.Steps > 1 && !unresolved);
        bool lowToNew = slope >= 0 && !highToNew;
        if (lowToNew)
            SetBracket(next, outcome.Value, slope, previous, previousValue, previousSlope);
        else
            SetBracket(previous, previousValue, previousSlope, next, outcome.Value, slope);

        intervalFound = highToNew || lowToNew || !error;
        done = !error || (maxReached && !intervalFound);
        outcome.Failed = outcome.Steps >= maxSteps && !done;
        if (!done && ((decreases && outcome.Value <= initialValue && Real.IsFinite(slope)) || IsLowerFallback()))
            KeepAsSafe(decreases);
    }

    /// <summary>
    /// Phase 2: shrink the bracket (algorithm 3.6). The trial is the minimizer of the cubic that matches the values
    /// and slopes at both ends, when it lies well inside the bracket; else that of the quadratic through both values
    /// and the slope at "low"; else the midpoint. optax fits its cubic through three values and one slope instead;
    /// using both slopes, which every trial computes anyway, saves evaluations (docs/lbfgs.md has the counts).
    /// </summary>
    private void ZoomIntoInterval<TObjective>(ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        Real width = Real.Abs(high - low);
        Real left = Real.Min(low, high), right = Real.Max(low, high);
        bool tooSmall = width <= options.StepsizePrecision;
        if (BracketIsBelowResolution(width))
        {
            outcome.Failed = true; // no trial left in the bracket can tell anything: end the search now (docs/lbfgs.md)
            return;
        }

        Real middle;
        Real cubic = HermiteMinimizer(low, valueLow, slopeLow, high, valueHigh, slopeHigh);
        Real quadratic = QuadraticMinimizer(low, valueLow, slopeLow, high, valueHigh);
        Real cubicMargin = (Real)0.2 * width, quadraticMargin = (Real)0.1 * width;
        if (cubic > left + cubicMargin && cubic < right - cubicMargin)
            middle = cubic;
        else if (quadratic > left + quadraticMargin && quadratic < right - quadraticMargin)
            middle = quadratic;
        else
            middle = (low + high) / 2;

        Evaluate(middle, ref objective);
        bool decreases = outcome.DecreaseError <= 0;
        done = outcome.DecreaseError <= 0 && outcome.CurvatureError <= 0;

        bool highToMiddle = outcome.DecreaseError > 0 || !Real.IsFinite(slope) || outcome.Value >= valueLow;
        bool highToLow = slope * (high - low) >= 0 && !highToMiddle;
        if (highToMiddle)
        {
            high = middle; valueHigh = outcome.Value; slopeHigh = slope;
        }
        else
        {
            if (highToLow)
            {
                high = low; valueHigh = valueLow; slopeHigh = slopeLow;
            }

            low = middle; valueLow = outcome.Value; slopeLow = slope;
        }

        bool newSafe = decreases && outcome.Value < safeValue && Real.IsFinite(slope);
        bool outOfSteps = outcome.Steps >= maxSteps;
        outcome.Failed = (outOfSteps || (tooSmall && (newSafe || safeDecreases))) && !done;
        if (!done && (newSafe || IsLowerFallback()))
            KeepAsSafe(decreases);
    }

    /// <summary>
    /// Whether the bracket is below what the arithmetic can resolve, so that no trial in it can do better than the trials
    /// already made: either f cannot change by a unit of its rounding there (even the tangent at "low", followed over the
    /// whole bracket, changes f by less than <c>eps |f(low)|</c>; exact for f convex on the bracket, which holds near a
    /// minimum), or every step in it rounds to the same point (<c>x + t d</c> is monotone in <c>t</c> in every component,
    /// so when both ends round to the same point, so does everything between). At rounding level, the bisection would
    /// otherwise run until <c>StepsizePrecision</c> or <c>MaxLinesearchSteps</c>, about 20 evaluations that cannot lower f.
    /// </summary>
    private readonly bool BracketIsBelowResolution(Real width)
    {
        Real machineEpsilon = Real.BitIncrement(1) - 1;
        if (Real.Abs(slopeLow) * width < machineEpsilon * Real.Abs(valueLow))
            return true;

        for (int i = 0; i < point.Length; i++)
        {
            if (point[i] + low * direction[i] != point[i] + high * direction[i])
                return false;
        }

        return true;
    }

    /// <summary>
    /// After a failure: the best step that met the decrease condition (optax's choice); else the lowest trial below
    /// f(0); else no step at all. optax takes its last trial instead, which can be far uphill: near a singular minimum
    /// a direction built from rounding noise is huge, no trial satisfies anything, and the last one lands where f is
    /// larger by many orders of magnitude (docs/lbfgs.md). The errors then describe the step taken.
    /// </summary>
    private void FallBack()
    {
        if (safeStepsize > 0)
        {
            outcome.Stepsize = safeStepsize;
            outcome.Value = safeValue;
            slope = safeSlope;
            safeGradient.CopyTo(trialGradient);
            MoveTo(safeStepsize);
        }
        else
        {
            outcome.Stepsize = 0;
            outcome.Value = initialValue;
            slope = initialSlope;
            initialGradient.CopyTo(trialGradient);
            update.Clear();
            point.CopyTo(candidate);
        }

        outcome.DecreaseError = LinesearchConditions.DecreaseError(
            outcome.Stepsize, outcome.Value, slope, initialValue, initialSlope, options.SlopeRtol, options.ApproxDecRtol, valueAllowance);
        outcome.CurvatureError = LinesearchConditions.CurvatureError(slope, initialSlope, options.CurvRtol);
    }

    /// <summary>Whether the last trial, without sufficient decrease, is the lowest finite one below f(0) while none has it.</summary>
    private readonly bool IsLowerFallback() => !safeDecreases && outcome.Value < safeValue && Real.IsFinite(slope);

    private void KeepAsSafe(bool decreases)
    {
        safeStepsize = outcome.Stepsize;
        safeValue = outcome.Value;
        safeSlope = slope;
        safeDecreases = decreases;
        trialGradient.CopyTo(safeGradient);
    }

    private void SetBracket(Real lowStep, Real lowValue, Real lowSlope, Real highStep, Real highValue, Real highSlope)
    {
        low = lowStep; valueLow = lowValue; slopeLow = lowSlope;
        high = highStep; valueHigh = highValue; slopeHigh = highSlope;
    }

    /// <summary>Evaluates the objective at <c>x + t d</c> and measures both conditions there.</summary>
    private void Evaluate<TObjective>(Real stepsize, ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        MoveTo(stepsize);
        outcome.Value = objective.Evaluate(candidate, trialGradient);
        slope = Kernels.Dot<Real>(trialGradient, direction);
        outcome.Stepsize = stepsize;
        outcome.Steps += 1;
        outcome.DecreaseError = LinesearchConditions.DecreaseError(
            stepsize, outcome.Value, slope, initialValue, initialSlope, options.SlopeRtol, options.ApproxDecRtol, valueAllowance);
        outcome.CurvatureError = LinesearchConditions.CurvatureError(slope, initialSlope, options.CurvRtol);
    }

    /// <summary><c>update = t d</c>, then <c>candidate = x + update</c>: the same two roundings as <c>Scan</c>'s <c>x += update</c>.</summary>
    private readonly void MoveTo(Real stepsize) => LbfgsKernels.MoveAlong(point, stepsize, direction, update, candidate);

    /// <summary>
    /// The critical point of the cubic with values <c>fa</c>, <c>fb</c> and slopes <c>fpa</c>, <c>fpb</c> at <c>a</c> and
    /// <c>b</c> (Nocedal and Wright, equation 3.59); NaN or infinite when there is none (the caller then ignores it).
    /// </summary>
    private static Real HermiteMinimizer(Real a, Real fa, Real fpa, Real b, Real fb, Real fpb)
    {
        Real d1 = fpa + fpb - 3 * (fa - fb) / (a - b);
        Real d2 = Real.CopySign(Real.Sqrt(d1 * d1 - fpa * fpb), b - a);
        return b - (b - a) * (fpb + d2 - d1) / (fpb - fpa + 2 * d2);
    }

    /// <summary>The critical point of the quadratic through <c>(a, fa)</c> with slope <c>fpa</c> and <c>(b, fb)</c>.</summary>
    private static Real QuadraticMinimizer(Real a, Real fa, Real fpa, Real b, Real fb)
    {
        Real db = b - a;
        Real curvature = (fb - fa - fpa * db) / (db * db);
        return a - fpa / (2 * curvature);
    }
}
