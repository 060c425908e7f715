using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// What one line search of <see cref="Lbfgs"/> ends with, whichever method ran (<see cref="ZoomLinesearch"/> or
/// <see cref="LbfgsStepSearch"/>): what <c>Lbfgs.State</c> records of it.
/// </summary>
/// <param name="Stepsize">The accepted step size (optax's learning rate); 0 when the search stayed.</param>
/// <param name="Value">The objective at the accepted point.</param>
/// <param name="Steps">Objective evaluations the search made.</param>
/// <param name="DecreaseError">How far the accepted step misses the decrease condition (0: met).</param>
/// <param name="CurvatureError">How far it misses the strong curvature condition (0: met).</param>
/// <param name="Failed">Whether the search stopped without a step that meets its conditions.</param>
internal readonly record struct LinesearchOutcome(Real Stepsize, Real Value, Integer Steps, Real DecreaseError, Real CurvatureError, bool Failed);
