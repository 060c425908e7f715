namespace OptimGen;

/// <summary>Why a generated <c>Scan</c> ended (<see cref="ScanResult.Termination"/>).</summary>
public enum ScanTermination
{
    /// <summary>All <see cref="ScanResult.Length"/> steps ran (the only way a scan ends without options).</summary>
    LengthReached,

    /// <summary>
    /// The gradient met <see cref="ScanOptions.GradientTolerance"/> at the start of a step (by the spec's
    /// <c>[ConvergenceMeasure]</c> when it declares one, else its largest magnitude); that step was not taken.
    /// </summary>
    GradientTolerance,

    /// <summary>
    /// The objective decreased by no more than <see cref="ScanOptions.StallTolerance"/> (relative) over the last
    /// <see cref="ScanOptions.StallWindow"/> steps.
    /// </summary>
    Stalled,

    /// <summary>The scan made <see cref="ScanOptions.MaxEvaluations"/> objective evaluations or more.</summary>
    MaxEvaluations,

    /// <summary>
    /// The value or the gradient at the start of a step was NaN or infinite; that step was not taken, the state and
    /// the parameters are as the last completed step left them.
    /// </summary>
    NonFiniteEvaluation,

    /// <summary>
    /// A transition wrote a NaN or infinite update; the parameters were not moved, the state is as that transition
    /// left it.
    /// </summary>
    NonFiniteUpdate,

    /// <summary>The optimizer reported, through its <c>[OptimizerFailure]</c> method, that it can make no more progress.</summary>
    OptimizerFailed,

    /// <summary>
    /// <see cref="ScanOptions.CancellationToken"/> was cancelled; only seen on
    /// <see cref="ScanCanceledException.PartialResult"/>, since <c>Scan</c> then throws.
    /// </summary>
    Canceled,
}
