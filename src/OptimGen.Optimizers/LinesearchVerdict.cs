namespace OptimGen.Optimizers;

/// <summary>What a scalar line search says after it has been told the value and slope at its current trial step.</summary>
internal enum LinesearchVerdict
{
    /// <summary>Evaluate the objective at the new trial step and report again.</summary>
    Evaluate,

    /// <summary>The trial step meets the search's conditions: accept it.</summary>
    Converged,

    /// <summary>
    /// The search can make no more progress (its interval is below tolerance, rounding blocks it, or the trial sits
    /// at the largest or smallest allowed step): the trial is the best it can offer, without the full guarantee.
    /// </summary>
    Stalled,
}
