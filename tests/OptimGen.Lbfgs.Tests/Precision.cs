namespace OptimGen.LbfgsTests;

/// <summary>Tolerances of the active precision mode: the same tests run with Real = double and Real = float.</summary>
internal static class Precision
{
    public static bool IsDouble => typeof(Real) == typeof(double);

    /// <summary>The gradient inf-norm a run must reach (the benchmarks' 1e-6 in Double mode).</summary>
    public static double GradientTolerance => IsDouble ? 1e-6 : 1e-3;

    /// <summary>
    /// How close to the known minimizer a converged run must end (inf-norm). In Single mode the gradient tolerance
    /// of 1e-3 leaves Beale, the flattest of the problems, about 5e-4 away.
    /// </summary>
    public static double PointTolerance => IsDouble ? 1e-5 : 2e-3;
}
