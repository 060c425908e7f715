using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// What one line search of <see cref="Lbfgs"/> ends with, whichever method ran (<see cref="ZoomLinesearch"/> or
/// <see cref="LbfgsStepSearch"/>): what <c>Lbfgs.State</c> records of it. Each search keeps one while it runs and
/// updates it trial by trial.
/// </summary>
internal struct LinesearchOutcome
{
    /// <summary>The accepted step size (optax's learning rate); 0 when the search stayed.</summary>
    public Real Stepsize;

    /// <summary>The objective at the accepted point.</summary>
    public Real Value;

    /// <summary>Objective evaluations the search made.</summary>
    public Integer Steps;

    /// <summary>How far the accepted step misses the decrease condition (0: met).</summary>
    public Real DecreaseError;

    /// <summary>How far it misses the strong curvature condition (0: met).</summary>
    public Real CurvatureError;

    /// <summary>Whether the search stopped without a step that meets its conditions.</summary>
    public bool Failed;

    /// <summary>Before the first trial: at step 0, with f(0), no condition met yet.</summary>
    public static LinesearchOutcome Start(Real initialValue) => new()
    {
        Value = initialValue,
        DecreaseError = Real.PositiveInfinity,
        CurvatureError = Real.PositiveInfinity,
    };
}
