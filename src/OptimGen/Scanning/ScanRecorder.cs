using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace OptimGen;

/// <summary>
/// The bookkeeping of one generated <c>Scan</c> call: it owns the preallocated <see cref="ScanResult"/>,
/// checks cancellation between steps and reports progress. Generated code calls it; it allocates
/// nothing per step.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScanRecorder
{
    private readonly ScanResult result;
    private readonly IProgress<ScanProgress>? progress;
    private readonly int progressInterval;
    private readonly CancellationToken cancellationToken;

    /// <summary>Starts recording a scan of <paramref name="length"/> steps.</summary>
    public ScanRecorder(int length, ScanOptions? options, string[] slotNames)
    {
        result = new ScanResult(length, slotNames);
        progress = options?.Progress;
        progressInterval = options?.ProgressInterval ?? 1;
        cancellationToken = options?.CancellationToken ?? CancellationToken.None;
    }

    /// <summary>Per scalar slot, the array generated code writes the slot's value into after each step.</summary>
    public double[][] SlotTraces => result.SlotTraces;

    /// <summary>Throws <see cref="ScanCanceledException"/> when cancellation was requested before step <paramref name="step"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ThrowIfCancellationRequested(int step)
    {
        if (cancellationToken.IsCancellationRequested)
            ThrowCanceled(step);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowCanceled(int step)
    {
        result.CompletedSteps = step;
        throw new ScanCanceledException(result, cancellationToken);
    }

    /// <summary>Records the outputs of step <paramref name="step"/> and reports progress when it is due.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CompleteStep(int step, double value, double gradientNorm)
    {
        result.Values[step] = value;
        result.GradientNorms[step] = gradientNorm;
        result.CompletedSteps = step + 1;
        if (progress is not null && (result.CompletedSteps % progressInterval == 0 || result.CompletedSteps == result.Length))
            progress.Report(new ScanProgress(result.CompletedSteps, result.Length, value, gradientNorm));
    }

    /// <summary>The outputs of the finished scan.</summary>
    public ScanResult Complete() => result;
}
