using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Moré and Thuente's line search (ACM TOMS 20, 1994), the one of MINPACK-2, liblbfgs, LBFGS++, argmin and the
/// L-BFGS-B code, written as a machine over step sizes: the caller evaluates the objective at <see cref="Step"/>, hands
/// the value and the slope there to <see cref="Next"/>, and gets back whether to accept that step or evaluate the
/// new <see cref="Step"/>. The caller decides how a step becomes a point (a plain <c>x + t d</c> for L-BFGS, a
/// projection into the box for L-BFGS-B), so one implementation serves both.
/// </summary>
/// <remarks>
/// It looks for a step with sufficient decrease <c>f(t) &lt;= f(0) + ftol t f'(0)</c> and the strong curvature condition
/// <c>|f'(t)| &lt;= gtol |f'(0)|</c> inside <c>[stepMin, stepMax]</c>. Until a step with sufficient decrease and a
/// non-negative slope has been seen, it works on the auxiliary function <c>f(t) - f(0) - ftol t f'(0)</c>, which makes the
/// bracketing steps safe; each new trial comes from <see cref="SafeguardedStep"/> (cubic and quadratic interpolation,
/// kept inside the interval) and the interval shrinks by at least a third every two trials.
/// </remarks>
internal struct MoreThuenteSearch
{
    private const double ExtrapolateLower = 1.1;
    private const double ExtrapolateUpper = 4;

    private readonly Real decreaseTolerance, curvatureTolerance, intervalTolerance, stepMin;
    private Real stepMax;
    private readonly Real initialValue, initialSlope, decreaseSlope;
    private bool bracketed, auxiliaryStage;

    // stx: the best step so far; sty: the other end of the interval.
    private Real stx, fx, gx, sty, fy, gy;
    private Real intervalMin, intervalMax, width, previousWidth;

    /// <summary>Starts a search at step 0 with value <paramref name="value"/> and slope <paramref name="slope"/> (negative).</summary>
    /// <param name="value">f(0).</param>
    /// <param name="slope">f'(0), negative.</param>
    /// <param name="firstStep">The first trial step, in <c>[stepMin, stepMax]</c>.</param>
    /// <param name="stepMin">The smallest step allowed.</param>
    /// <param name="stepMax">The largest step allowed (for L-BFGS-B: where the direction leaves the box).</param>
    /// <param name="decreaseTolerance"><c>ftol</c> of the sufficient decrease condition.</param>
    /// <param name="curvatureTolerance"><c>gtol</c> of the curvature condition.</param>
    /// <param name="intervalTolerance"><c>xtol</c>: the search stalls once the interval is narrower than this fraction of its right end.</param>
    public MoreThuenteSearch(
        Real value, Real slope, Real firstStep, Real stepMin, Real stepMax,
        Real decreaseTolerance, Real curvatureTolerance, Real intervalTolerance)
    {
        this.decreaseTolerance = decreaseTolerance;
        this.curvatureTolerance = curvatureTolerance;
        this.intervalTolerance = intervalTolerance;
        this.stepMin = stepMin;
        this.stepMax = stepMax;
        initialValue = value;
        initialSlope = slope;
        decreaseSlope = decreaseTolerance * slope;
        bracketed = false;
        auxiliaryStage = true;
        width = stepMax - stepMin;
        previousWidth = 2 * width;
        stx = 0; fx = value; gx = slope;
        sty = 0; fy = value; gy = slope;
        intervalMin = 0;
        intervalMax = firstStep + (Real)ExtrapolateUpper * firstStep;
        Step = firstStep;
    }

    /// <summary>The step to evaluate next (after <see cref="LinesearchVerdict.Converged"/> or <see cref="LinesearchVerdict.Stalled"/>: the step just evaluated).</summary>
    public Real Step { get; private set; }

    /// <summary>Takes the value and the slope at <see cref="Step"/> and decides.</summary>
    public LinesearchVerdict Next(Real value, Real slope)
    {
        Real step = Step;
        if (!Real.IsFinite(value) || !Real.IsFinite(slope))
            return RetreatFrom(step);
        Real decreaseBound = initialValue + step * decreaseSlope;
        if (auxiliaryStage && value <= decreaseBound && slope >= 0)
            auxiliaryStage = false;

        if (value <= decreaseBound && Real.Abs(slope) <= curvatureTolerance * -initialSlope)
            return LinesearchVerdict.Converged;
        bool stalled = (bracketed && (step <= intervalMin || step >= intervalMax))
            || (bracketed && intervalMax - intervalMin <= intervalTolerance * intervalMax)
            || (step == stepMax && value <= decreaseBound && slope <= decreaseSlope)
            || (step == stepMin && (value > decreaseBound || slope >= decreaseSlope));
        if (stalled)
            return LinesearchVerdict.Stalled;

        Real next;
        if (auxiliaryStage && value <= fx && value > decreaseBound)
        {
            // The auxiliary function psi(t) = f(t) - f(0) - ftol t f'(0): shift values and slopes, step, shift back.
            Real fxShifted = fx - stx * decreaseSlope, fyShifted = fy - sty * decreaseSlope;
            Real gxShifted = gx - decreaseSlope, gyShifted = gy - decreaseSlope;
            next = SafeguardedStep(
                ref stx, ref fxShifted, ref gxShifted, ref sty, ref fyShifted, ref gyShifted,
                step, value - step * decreaseSlope, slope - decreaseSlope, ref bracketed, intervalMin, intervalMax);
            fx = fxShifted + stx * decreaseSlope;
            fy = fyShifted + sty * decreaseSlope;
            gx = gxShifted + decreaseSlope;
            gy = gyShifted + decreaseSlope;
        }
        else
        {
            next = SafeguardedStep(ref stx, ref fx, ref gx, ref sty, ref fy, ref gy, step, value, slope, ref bracketed, intervalMin, intervalMax);
        }

        if (bracketed)
        {
            // Bisect when two trials have not shrunk the interval by a third.
            if (Real.Abs(sty - stx) >= (Real)0.66 * previousWidth)
                next = stx + (sty - stx) / 2;
            previousWidth = width;
            width = Real.Abs(sty - stx);
            intervalMin = Real.Min(stx, sty);
            intervalMax = Real.Max(stx, sty);
        }
        else
        {
            intervalMin = next + (Real)ExtrapolateLower * (next - stx);
            intervalMax = next + (Real)ExtrapolateUpper * (next - stx);
        }

        next = Real.Min(Real.Max(next, stepMin), stepMax);
        // Rounding can leave no room inside the interval: fall back to the best step, which the next call then accepts.
        if (bracketed && (next <= intervalMin || next >= intervalMax || intervalMax - intervalMin <= intervalTolerance * intervalMax))
            next = stx;
        if (!Real.IsFinite(next))
            return LinesearchVerdict.Stalled;
        Step = next;
        return LinesearchVerdict.Evaluate;
    }

    /// <summary>
    /// The objective is not finite at <paramref name="step"/> (outside its domain): never go that far again, and try
    /// halfway back to the best step.
    /// </summary>
    private LinesearchVerdict RetreatFrom(Real step)
    {
        stepMax = step;
        intervalMax = Real.Min(intervalMax, step);
        Real next = stx + (step - stx) / 2;
        if (!(next > stepMin && next < step))
            return LinesearchVerdict.Stalled;
        Step = next;
        return LinesearchVerdict.Evaluate;
    }

    /// <summary>
    /// Moré and Thuente's trial step: from the best step <c>stx</c>, the other end <c>sty</c> and the trial <c>stp</c> (each
    /// with value and slope), a new trial by cubic or quadratic interpolation, chosen by the four cases of the paper, and
    /// the updated interval.
    /// </summary>
    private static Real SafeguardedStep(
        ref Real stx, ref Real fx, ref Real dx, ref Real sty, ref Real fy, ref Real dy,
        Real stp, Real fp, Real dp, ref bool bracketed, Real stepMin, Real stepMax)
    {
        Real signOfSlopes = dp * Real.Sign(dx);
        Real next;
        if (fp > fx)
        {
            // Case 1, a higher value: the minimum is bracketed. The cubic step when it is closer to stx, else halfway
            // between it and the quadratic step.
            bracketed = true;
            Real cubic = CubicMinimizer(stx, fx, dx, stp, fp, dp);
            Real quadratic = stx + dx / ((fx - fp) / (stp - stx) + dx) / 2 * (stp - stx);
            next = Real.Abs(cubic - stx) < Real.Abs(quadratic - stx) ? cubic : cubic + (quadratic - cubic) / 2;
        }
        else if (signOfSlopes < 0)
        {
            // Case 2, a lower value and slopes of opposite sign: bracketed. The step farther from stp.
            bracketed = true;
            Real cubic = CubicMinimizer(stp, fp, dp, stx, fx, dx);
            Real secant = stp + dp / (dp - dx) * (stx - stp);
            next = Real.Abs(cubic - stp) > Real.Abs(secant - stp) ? cubic : secant;
        }
        else if (Real.Abs(dp) < Real.Abs(dx))
        {
            // Case 3, a lower value, same slope sign, the slope shrinking in magnitude.
            Real theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
            Real scale = Real.Max(Real.Abs(theta), Real.Max(Real.Abs(dx), Real.Abs(dp)));
            Real gamma = scale * Real.Sqrt(Real.Max(0, theta / scale * (theta / scale) - dx / scale * (dp / scale)));
            if (stp > stx)
                gamma = -gamma;
            Real ratio = (gamma - dp + theta) / (gamma + (dx - dp) + gamma);
            Real cubic = ratio < 0 && gamma != 0 ? stp + ratio * (stx - stp) : stp > stx ? stepMax : stepMin;
            Real secant = stp + dp / (dp - dx) * (stx - stp);
            if (bracketed)
            {
                next = Real.Abs(cubic - stp) < Real.Abs(secant - stp) ? cubic : secant;
                next = stp > stx ? Real.Min(stp + (Real)0.66 * (sty - stp), next) : Real.Max(stp + (Real)0.66 * (sty - stp), next);
            }
            else
            {
                next = Real.Abs(cubic - stp) > Real.Abs(secant - stp) ? cubic : secant;
                next = Real.Max(stepMin, Real.Min(stepMax, next));
            }
        }
        else
        {
            // Case 4, a lower value, same slope sign, the slope not shrinking: the cubic through stp and sty, or the end.
            next = bracketed
                ? CubicMinimizer(stp, fp, dp, sty, fy, dy)
                : stp > stx ? stepMax : stepMin;
        }

        if (fp > fx)
        {
            sty = stp; fy = fp; dy = dp;
        }
        else
        {
            if (signOfSlopes < 0)
            {
                sty = stx; fy = fx; dy = dx;
            }

            stx = stp; fx = fp; dx = dp;
        }

        return next;
    }

    /// <summary>
    /// The minimizer of the cubic with values <paramref name="fa"/>, <paramref name="fb"/> and slopes <paramref name="da"/>,
    /// <paramref name="db"/> at <paramref name="a"/> and <paramref name="b"/>, computed from <paramref name="a"/>'s side
    /// with the scaling that keeps the square root from overflowing.
    /// </summary>
    private static Real CubicMinimizer(Real a, Real fa, Real da, Real b, Real fb, Real db)
    {
        Real theta = 3 * (fa - fb) / (b - a) + da + db;
        Real scale = Real.Max(Real.Abs(theta), Real.Max(Real.Abs(da), Real.Abs(db)));
        Real discriminant = theta / scale * (theta / scale) - da / scale * (db / scale);
        Real gamma = scale * Real.Sqrt(discriminant);
        if (b < a)
            gamma = -gamma;
        Real ratio = (gamma - da + theta) / (gamma - da + gamma + db);
        return a + ratio * (b - a);
    }
}
