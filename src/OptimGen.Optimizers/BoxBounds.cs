using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Box-constraint arithmetic shared by L-BFGS-B's steps: the projected gradient, the largest step that stays in the box,
/// and updates that land inside the box exactly as the caller's <c>x += update</c> rounds them. A missing bound is
/// stored as an infinity, so every test below is a plain comparison.
/// </summary>
internal static class BoxBounds
{
    /// <summary>
    /// The infinity norm of the projected gradient, <c>max_i |P(x - g)_i - x_i|</c> in the limit of a short step: a component
    /// pushing against an active bound counts only as far as the bound is away. It is zero exactly at a KKT point.
    /// </summary>
    public static Real ProjectedGradientNorm(ReadOnlySpan<Real> x, ReadOnlySpan<Real> gradient, ReadOnlySpan<Real> lower, ReadOnlySpan<Real> upper)
    {
        Real norm = 0;
        for (int i = 0; i < x.Length; i++)
        {
            Real component = gradient[i];
            if (Real.IsNaN(component))
                return component;
            component = component < 0 ? Real.Max(x[i] - upper[i], component) : Real.Min(x[i] - lower[i], component);
            norm = Real.Max(norm, Real.Abs(component));
        }

        return norm;
    }

    /// <summary>The largest <c>t &lt;= limit</c> with <c>x + t d</c> inside the box; 0 when a coordinate already at a bound moves out.</summary>
    public static Real MaxStep(ReadOnlySpan<Real> x, ReadOnlySpan<Real> direction, ReadOnlySpan<Real> lower, ReadOnlySpan<Real> upper, Real limit)
    {
        Real step = limit;
        for (int i = 0; i < x.Length; i++)
        {
            Real d = direction[i];
            if (d < 0 && Real.IsFinite(lower[i]))
            {
                Real room = lower[i] - x[i];
                if (room >= 0)
                    return 0;
                if (d * step < room)
                    step = room / d;
            }
            else if (d > 0 && Real.IsFinite(upper[i]))
            {
                Real room = upper[i] - x[i];
                if (room <= 0)
                    return 0;
                if (d * step > room)
                    step = room / d;
            }
        }

        return step;
    }

    /// <summary>
    /// The update <c>u</c> for which the caller's rounded <c>x + u</c> is <paramref name="target"/> (a point inside the box),
    /// or, where no <c>u</c> rounds to it, the nearest that stays inside; 0 as the last resort (<paramref name="x"/> is
    /// inside). <paramref name="landed"/> receives <c>x + u</c> as the caller will compute it.
    /// </summary>
    public static Real UpdateTo(Real x, Real target, Real lower, Real upper, out Real landed)
    {
        Real update = target - x;
        landed = x + update;
        for (int attempt = 0; attempt < 4 && landed != target; attempt++)
        {
            update = landed < target ? Real.BitIncrement(update) : Real.BitDecrement(update);
            landed = x + update;
        }

        for (int attempt = 0; attempt < 4 && (landed < lower || landed > upper); attempt++)
        {
            update = landed < lower ? Real.BitIncrement(update) : Real.BitDecrement(update);
            landed = x + update;
        }

        if (landed < lower || landed > upper)
        {
            update = 0;
            landed = x;
        }

        return update;
    }
}
