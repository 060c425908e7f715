using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Backtracking line search with the Armijo condition <c>f(t) &lt;= f(0) + c1 t f'(0)</c>, as a machine over step sizes
/// like <see cref="MoreThuenteSearch"/>: it never needs the slope at a trial, only its value. Each rejected trial
/// is replaced by the minimizer of the quadratic through <c>f(0)</c>, <c>f'(0)</c> and <c>f(t)</c>, kept within
/// <c>[0.1 t, 0.5 t]</c> (Nocedal and Wright, section 3.5), so a step shrinks at least by half and at most tenfold.
/// </summary>
internal struct BacktrackingSearch
{
    private const double ShrinkAtMost = 0.1;
    private const double ShrinkAtLeast = 0.5;

    private readonly Real initialValue, initialSlope, decreaseTolerance;

    /// <summary>Starts a search at step 0 with value <paramref name="value"/> and slope <paramref name="slope"/> (negative).</summary>
    public BacktrackingSearch(Real value, Real slope, Real firstStep, Real decreaseTolerance)
    {
        initialValue = value;
        initialSlope = slope;
        this.decreaseTolerance = decreaseTolerance;
        Step = firstStep;
    }

    /// <summary>The step to evaluate next (after <see cref="LinesearchVerdict.Converged"/>: the step just evaluated).</summary>
    public Real Step { get; private set; }

    /// <summary>Takes the value at <see cref="Step"/> and decides.</summary>
    public LinesearchVerdict Next(Real value)
    {
        Real step = Step;
        // Strictly below f(0) too: once c1 t f'(0) is below f's rounding, Armijo's right side is f(0) itself and would
        // accept a step that changes nothing.
        if (value <= initialValue + step * (decreaseTolerance * initialSlope) && value < initialValue)
            return LinesearchVerdict.Converged;

        // Quadratic q(t) = f(0) + f'(0) t + a t^2 through f(step); its minimizer, safeguarded (a non-finite value
        // gives NaN here and the safeguard picks the largest shrink).
        Real curvature = (value - initialValue - initialSlope * step) / (step * step);
        Real next = -initialSlope / (2 * curvature);
        Real smallest = (Real)ShrinkAtMost * step, largest = (Real)ShrinkAtLeast * step;
        next = next >= smallest ? Real.Min(next, largest) : smallest;
        // The caller's evaluation budget ends a search that keeps shrinking; only a step that rounds to 0 stalls it.
        if (!(next > 0))
            return LinesearchVerdict.Stalled;
        Step = next;
        return LinesearchVerdict.Evaluate;
    }
}
