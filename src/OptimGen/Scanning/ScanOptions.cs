using System;
using System.Threading;

namespace OptimGen;

/// <summary>Optional behaviour of a generated <c>Scan</c> loop.</summary>
public sealed class ScanOptions
{
    private readonly int progressInterval = 1;
    private readonly double gradientTolerance;

    /// <summary>Receives a <see cref="ScanProgress"/> every <see cref="ProgressInterval"/> steps and after the last step.</summary>
    public IProgress<ScanProgress>? Progress { get; init; }

    /// <summary>Report progress every this many steps (at least 1; default 1).</summary>
    public int ProgressInterval
    {
        get => progressInterval;
        init => progressInterval = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ProgressInterval), value, "ProgressInterval must be at least 1.");
    }

    /// <summary>
    /// Checked between steps. When cancellation is requested, <c>Scan</c> throws
    /// <see cref="ScanCanceledException"/>; the state and the parameters are left at the last completed step.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Stop early once the gradient's largest magnitude at the start of a step is at most this value
    /// (the step is then not taken and <see cref="ScanResult.Converged"/> is true). 0, the default, never
    /// stops early: the scan runs its full fixed length, like <c>jax.lax.scan</c>.
    /// </summary>
    public double GradientTolerance
    {
        get => gradientTolerance;
        init => gradientTolerance = value >= 0 && !double.IsNaN(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(GradientTolerance), value, "GradientTolerance must be a non-negative number.");
    }
}
