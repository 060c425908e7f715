using System;
using System.Threading;

namespace OptimGen;

/// <summary>
/// Thrown by <c>Scan</c> when its <see cref="ScanOptions.CancellationToken"/> is cancelled between steps.
/// The state and the parameters are at the last completed step; <see cref="PartialResult"/> holds its outputs.
/// </summary>
public sealed class ScanCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception for a scan stopped after <paramref name="partialResult"/>'s completed steps.</summary>
    public ScanCanceledException(ScanResult partialResult, CancellationToken token)
        : base($"The scan was canceled after {partialResult?.CompletedSteps} of {partialResult?.Length} steps.", token)
    {
        PartialResult = partialResult ?? throw new ArgumentNullException(nameof(partialResult));
    }

    /// <summary>The outputs of the steps that completed before the cancellation.</summary>
    public ScanResult PartialResult { get; }
}
