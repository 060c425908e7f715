using System;
using System.Threading;

namespace OptimGen;

/// <summary>Optional behaviour of a generated <c>Scan</c> loop.</summary>
public sealed class ScanOptions
{
    private readonly int progressInterval = 1;
    private readonly double gradientTolerance;
    private readonly int checkpointInterval = 100;
    private readonly long startStep;
    private readonly int stallWindow;
    private readonly double stallTolerance;
    private readonly long maxEvaluations;
    private readonly int maxConsecutiveNonFinite;
    private readonly byte[]? checkpointKey;

    /// <summary>Receives a <see cref="ScanProgress"/> every <see cref="ProgressInterval"/> steps and after the last step.</summary>
    public IProgress<ScanProgress>? Progress { get; init; }

    /// <summary>Report progress every this many steps (at least 1; default 1).</summary>
    public int ProgressInterval
    {
        get => progressInterval;
        init => progressInterval = Checked(value, value >= 1, nameof(ProgressInterval), "must be at least 1");
    }

    /// <summary>
    /// Checked between steps. When cancellation is requested, <c>Scan</c> throws
    /// <see cref="ScanCanceledException"/>; the state and the parameters are left at the last completed step.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Stop early once the gradient's largest magnitude at the start of a step is at most this value
    /// (the step is then not taken, <see cref="ScanResult.Termination"/> is <see cref="ScanTermination.GradientTolerance"/>
    /// and <see cref="ScanResult.Converged"/> is true). A spec with a <c>[ConvergenceMeasure]</c> method (L-BFGS-B's
    /// projected gradient) is measured by that method instead. 0, the default, never stops early for this reason.
    /// </summary>
    public double GradientTolerance
    {
        get => gradientTolerance;
        init => gradientTolerance = Checked(value, value >= 0 && !double.IsNaN(value), nameof(GradientTolerance), "must be a non-negative number");
    }

    /// <summary>
    /// Where to write a checkpoint (state, parameters, completed steps, layout and precision) every
    /// <see cref="CheckpointInterval"/> steps; null, the default, writes none. Each write replaces the file
    /// atomically. Resume with the spec's generated <c>LoadCheckpoint</c>.
    /// </summary>
    public string? CheckpointPath { get; init; }

    /// <summary>
    /// A secret key that seals each checkpoint with an HMAC-SHA256 instead of a plain SHA-256; null, the default,
    /// uses the SHA-256. The SHA-256 detects accidental damage but anyone can recompute it, so a checkpoint that
    /// crosses a trust boundary (shared storage, another machine) should be keyed and loaded with the spec's
    /// <c>LoadCheckpoint(path, key)</c>, which refuses a file not sealed with the same key.
    /// </summary>
    public byte[]? CheckpointKey
    {
        get => checkpointKey;
        init => checkpointKey = value is { Length: 0 }
            ? throw new ArgumentException("CheckpointKey must not be empty; leave it null for an unkeyed checkpoint.", nameof(CheckpointKey))
            : value;
    }

    /// <summary>Write a checkpoint whenever the run's completed steps are a multiple of this (at least 1; default 100).</summary>
    public int CheckpointInterval
    {
        get => checkpointInterval;
        init => checkpointInterval = Checked(value, value >= 1, nameof(CheckpointInterval), "must be at least 1");
    }

    /// <summary>
    /// How many steps of the run were completed before this scan (a resumed run passes the checkpoint's
    /// <c>CompletedSteps</c>); checkpoints count steps from the start of the run.
    /// </summary>
    public long StartStep
    {
        get => startStep;
        init => startStep = Checked(value, value >= 0, nameof(StartStep), "must not be negative");
    }

    /// <summary>
    /// Stop with <see cref="ScanTermination.Stalled"/> once the value at the start of a step is no more than
    /// <see cref="StallTolerance"/> (relative) below the value this many steps earlier:
    /// <c>f[k - w] - f[k] &lt;= StallTolerance * max(|f[k - w]|, |f[k]|)</c> (scipy's <c>ftol</c> over one step, LBFGS++'s
    /// <c>past</c>/<c>delta</c> over <c>w</c>). 0, the default, never stops for this reason.
    /// </summary>
    public int StallWindow
    {
        get => stallWindow;
        init => stallWindow = Checked(value, value >= 0, nameof(StallWindow), "must not be negative");
    }

    /// <summary>The relative decrease over <see cref="StallWindow"/> steps below which the scan has stalled (default 0: no decrease at all).</summary>
    public double StallTolerance
    {
        get => stallTolerance;
        init => stallTolerance = Checked(value, value >= 0 && double.IsFinite(value), nameof(StallTolerance), "must be a finite non-negative number");
    }

    /// <summary>
    /// Stop with <see cref="ScanTermination.MaxEvaluations"/> after the step during which the scan's objective
    /// evaluations (its own and those a transition such as a line search makes) reached this number; the step in
    /// progress is completed, so the total may exceed it by that step's evaluations. 0, the default: no limit.
    /// </summary>
    public long MaxEvaluations
    {
        get => maxEvaluations;
        init => maxEvaluations = Checked(value, value >= 0, nameof(MaxEvaluations), "must not be negative");
    }

    /// <summary>
    /// How many consecutive steps whose value or gradient is NaN or infinite the scan skips (like optax's
    /// <c>apply_if_finite</c>: the transition does not run, the parameters do not move, the step counts and records
    /// its non-finite value) before it stops with <see cref="ScanTermination.NonFiniteEvaluation"/>. 0, the default,
    /// stops at the first one. Useful for stochastic objectives; a deterministic one returns the same non-finite
    /// number at the same parameters.
    /// </summary>
    public int MaxConsecutiveNonFinite
    {
        get => maxConsecutiveNonFinite;
        init => maxConsecutiveNonFinite = Checked(value, value >= 0, nameof(MaxConsecutiveNonFinite), "must not be negative");
    }

    /// <summary>The value of an option, or the exception that names the option and what it must be.</summary>
    private static T Checked<T>(T value, bool valid, string name, string requirement) =>
        valid ? value : throw new ArgumentOutOfRangeException(name, value, name + " " + requirement + ".");
}
