namespace OptimGen.Optimizers;

/// <summary>The line search a quasi-Newton optimizer runs along its direction (the <c>Linesearch</c> hyperparameter).</summary>
public enum LinesearchMethod
{
    /// <summary>
    /// optax's zoom (Nocedal and Wright, algorithms 3.5 and 3.6) with Hager and Zhang's approximate decrease: strong
    /// Wolfe conditions. <c>Lbfgs</c>'s default; not available to <c>Lbfgsb</c>, whose steps are bounded by the box.
    /// </summary>
    Zoom,

    /// <summary>
    /// Moré and Thuente (1994), the search of MINPACK-2, liblbfgs, LBFGS++, argmin and the L-BFGS-B code: strong Wolfe
    /// conditions within a largest step. <c>Lbfgsb</c>'s default.
    /// </summary>
    MoreThuente,

    /// <summary>Backtracking from the first trial with safeguarded quadratic interpolation until the Armijo condition holds.</summary>
    Backtracking,
}
