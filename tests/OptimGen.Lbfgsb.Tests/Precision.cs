namespace OptimGen.LbfgsbTests;

/// <summary>Tolerances of the active precision mode: the same tests run with Real = double and Real = float.</summary>
internal static class Precision
{
    public static bool IsDouble => typeof(Real) == typeof(double);

    /// <summary>The projected-gradient tolerance a run must reach: scipy's default 1e-5 in Double mode.</summary>
    public static double GradientTolerance => IsDouble ? 1e-5 : 1e-3;
}
