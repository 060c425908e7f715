using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// <see cref="Lbfgs"/>'s line search when <see cref="Lbfgs.Linesearch"/> is <see cref="LinesearchMethod.MoreThuente"/>
/// (strong Wolfe conditions, <see cref="MoreThuenteSearch"/>) or <see cref="LinesearchMethod.Backtracking"/> (Armijo,
/// <see cref="BacktrackingSearch"/>), with the same surface as <see cref="ZoomLinesearch"/>: trial points are
/// <c>x + t d</c> formed as <c>Scan</c> forms them, the first trial is <c>t = 1</c> (optax's initial guess "one"), at
/// most <c>MaxLearningRate</c>.
/// </summary>
/// <remarks>
/// When the search ends without an acceptable step (out of evaluations, or stalled without a decrease) it takes the
/// lowest trial below <c>f(0)</c>, else no step at all, and reports <see cref="LinesearchOutcome.Failed"/>: it never goes uphill.
/// </remarks>
internal ref struct LbfgsStepSearch
{
    /// <summary>Moré–Thuente's <c>xtol</c> (the interval's relative width at which it stops refining), as in MINPACK-2 and L-BFGS-B.</summary>
    private const double IntervalTolerance = 0.1;

    /// <summary>The largest step Moré–Thuente may try without <c>MaxLearningRate</c> (L-BFGS-B's <c>stpmx</c>).</summary>
    private const double LargestStep = 1e10;

    private readonly Lbfgs options;
    private readonly ReadOnlySpan<Real> point;
    private readonly ReadOnlySpan<Real> direction;
    private readonly ReadOnlySpan<Real> initialGradient;
    private readonly Span<Real> update;
    private readonly Span<Real> candidate;
    private readonly Span<Real> trialGradient;
    private readonly Span<Real> bestGradient;
    private readonly Real initialValue;
    private readonly Real initialSlope;
    private readonly Integer maxSteps;

    /// <summary>The accepted step once the search ends, and what the search has spent.</summary>
    private LinesearchOutcome outcome;

    /// <summary>Prepares a search; the arguments mean what they mean for <see cref="ZoomLinesearch"/>.</summary>
    public LbfgsStepSearch(
        Lbfgs options,
        ReadOnlySpan<Real> point,
        ReadOnlySpan<Real> direction,
        Real value,
        ReadOnlySpan<Real> gradient,
        Real slope,
        Span<Real> update,
        Span<Real> candidate,
        Span<Real> trialGradient,
        Span<Real> bestGradient,
        Integer maxSteps)
    {
        this.maxSteps = maxSteps;
        this.options = options;
        this.point = point;
        this.direction = direction;
        initialGradient = gradient;
        this.update = update;
        this.candidate = candidate;
        this.trialGradient = trialGradient;
        this.bestGradient = bestGradient;
        initialValue = value;
        initialSlope = slope;
        outcome = LinesearchOutcome.Start(value);
    }

    /// <summary>Runs the search; afterwards the update, candidate and trial-gradient spans hold the accepted step, point and gradient.</summary>
    public LinesearchOutcome Run<TObjective>(ref TObjective objective)
        where TObjective : IObjective<Real>
    {
        bool backtracking = options.Linesearch == LinesearchMethod.Backtracking;
        Real maxStep = options.MaxLearningRate ?? (Real)LargestStep;
        Real firstStep = Real.Min(1, maxStep);
        var moreThuente = new MoreThuenteSearch(
            initialValue, initialSlope, firstStep, 0, maxStep, options.SlopeRtol, options.CurvRtol, (Real)IntervalTolerance);
        var armijo = new BacktrackingSearch(initialValue, initialSlope, firstStep, options.SlopeRtol);
        Real bestStep = 0, bestValue = initialValue;
        while (outcome.Steps < maxSteps)
        {
            Real step = backtracking ? armijo.Step : moreThuente.Step;
            LbfgsKernels.MoveAlong(point, step, direction, update, candidate);
            Real value = objective.Evaluate(candidate, trialGradient);
            Real slope = Kernels.Dot<Real>(trialGradient, direction);
            outcome.Steps += 1;
            LinesearchVerdict verdict = backtracking ? armijo.Next(value) : moreThuente.Next(value, slope);
            if (verdict == LinesearchVerdict.Converged || (verdict == LinesearchVerdict.Stalled && value < initialValue))
            {
                Accept(step, value, slope);
                outcome.Failed = verdict != LinesearchVerdict.Converged;
                return outcome;
            }

            if (value < bestValue)
            {
                bestStep = step;
                bestValue = value;
                trialGradient.CopyTo(bestGradient);
            }

            if (verdict == LinesearchVerdict.Stalled)
                break;
        }

        outcome.Failed = true;
        if (bestStep > 0)
        {
            bestGradient.CopyTo(trialGradient);
            LbfgsKernels.MoveAlong(point, bestStep, direction, update, candidate);
            Accept(bestStep, bestValue, Kernels.Dot<Real>(trialGradient, direction));
        }
        else
        {
            // No trial below f(0): stay.
            outcome.Stepsize = 0;
            outcome.Value = initialValue;
            initialGradient.CopyTo(trialGradient);
            update.Clear();
            point.CopyTo(candidate);
        }

        return outcome;
    }

    private void Accept(Real step, Real value, Real slope)
    {
        outcome.Stepsize = step;
        outcome.Value = value;
        outcome.DecreaseError = Lbfgsb.SufficientDecreaseError(step, value, initialValue, initialSlope, options.SlopeRtol);
        outcome.CurvatureError = LinesearchConditions.CurvatureError(slope, initialSlope, options.CurvRtol);
    }
}
