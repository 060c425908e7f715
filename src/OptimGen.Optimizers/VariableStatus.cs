namespace OptimGen.Optimizers;

/// <summary>
/// Where a coordinate stands relative to its bounds in L-BFGS-B's <c>Where</c> slot (the Fortran code's <c>iwhere</c>
/// codes, so the two can be compared). A coordinate with a status of at most <see cref="Free"/> is free at the
/// generalized Cauchy point; the others are held at a bound by the subspace minimization.
/// </summary>
internal static class VariableStatus
{
    /// <summary>Free, with a zero gradient component at the start of the step.</summary>
    public const int ZeroGradient = -3;

    /// <summary>No finite bound on either side: always free.</summary>
    public const int Unbounded = -1;

    /// <summary>Free: strictly inside its bounds, or at one with the gradient pointing inside.</summary>
    public const int Free = 0;

    /// <summary>At its lower bound and held there.</summary>
    public const int AtLower = 1;

    /// <summary>At its upper bound and held there.</summary>
    public const int AtUpper = 2;

    /// <summary>Lower and upper bound are equal: never moves.</summary>
    public const int Fixed = 3;
}
