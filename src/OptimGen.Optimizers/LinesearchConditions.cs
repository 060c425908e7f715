using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// The two acceptance conditions of the zoom line search, measured as errors: 0 when a step meets the
/// condition, how far it misses otherwise, +infinity when the value or slope is not a number.
/// </summary>
internal static class LinesearchConditions
{
    /// <summary>
    /// Sufficient decrease (Armijo, Nocedal and Wright 3.7a): <c>f(t) &lt;= f(0) + c1 t f'(0)</c>. With
    /// <paramref name="approxDecRtol"/> (c3) it also accepts Hager and Zhang's approximate decrease, which
    /// still resolves progress near a minimum where the Armijo test drowns in rounding:
    /// <c>f'(t) &lt;= (2 c1 - 1) f'(0)</c> together with, where Hager and Zhang and optax allow <c>f(t) &lt;= f(0) + c3 |f(0)|</c>,
    /// <c>f(t) &lt;= f(0) + valueAllowance</c>: <see cref="Lbfgs"/> passes what is left of the rounding allowance above its best
    /// value, and keeps its parameters at the best point while its iterate is above it (docs/lbfgs.md). c3 therefore only
    /// switches the condition on.
    /// </summary>
    public static Real DecreaseError(
        Real stepsize, Real value, Real slope, Real initialValue, Real initialSlope, Real slopeRtol, Real? approxDecRtol, Real valueAllowance)
    {
        Real error = value - initialValue - slopeRtol * stepsize * initialSlope;
        if (approxDecRtol is not null)
        {
            Real approximateError = Real.Max(slope - (2 * slopeRtol - 1) * initialSlope, value - initialValue - valueAllowance);
            error = Real.Min(approximateError, error);
        }

        return NotNegative(error);
    }

    /// <summary>Strong curvature (Nocedal and Wright 3.7b): <c>|f'(t)| &lt;= c2 |f'(0)|</c>.</summary>
    public static Real CurvatureError(Real slope, Real initialSlope, Real curvRtol) =>
        NotNegative(Real.Abs(slope) - curvRtol * Real.Abs(initialSlope));

    private static Real NotNegative(Real error) => Real.IsNaN(error) ? Real.PositiveInfinity : Real.Max(error, 0);
}
