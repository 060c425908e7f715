using System;
using System.Threading;

namespace OptimGen;

/// <summary>Optional behaviour of a generated <c>Scan</c> loop.</summary>
public sealed class ScanOptions
{
    private readonly int progressInterval = 1;

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
}
