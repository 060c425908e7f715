using System;
using System.ComponentModel;
using System.Numerics;
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
    private readonly double gradientTolerance;
    private readonly string? checkpointPath;
    private readonly byte[]? checkpointKey;
    private readonly int checkpointInterval;
    private readonly long startStep;

    /// <summary>Starts recording a scan of <paramref name="length"/> steps.</summary>
    public ScanRecorder(int length, ScanOptions? options, string[] slotNames)
    {
        result = new ScanResult(length, slotNames);
        progress = options?.Progress;
        progressInterval = options?.ProgressInterval ?? 1;
        cancellationToken = options?.CancellationToken ?? CancellationToken.None;
        gradientTolerance = options?.GradientTolerance ?? 0;
        checkpointPath = options?.CheckpointPath;
        checkpointKey = options?.CheckpointKey;
        checkpointInterval = options?.CheckpointInterval ?? 1;
        startStep = options?.StartStep ?? 0;
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

    /// <summary>
    /// With a <see cref="ScanOptions.GradientTolerance"/>: whether the gradient at the start of step
    /// <paramref name="step"/> meets it, in which case the scan records the final value and stops.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasConverged<T>(int step, T value, ReadOnlySpan<T> gradient)
        where T : IFloatingPointIeee754<T>
    {
        if (gradientTolerance <= 0)
            return false;
        return CheckConvergence(step, double.CreateTruncating(value), gradient);
    }

    private bool CheckConvergence<T>(int step, double value, ReadOnlySpan<T> gradient)
        where T : IFloatingPointIeee754<T>
    {
        if (double.CreateTruncating(Kernels.NormInf(gradient)) > gradientTolerance)
            return false;
        result.Values[step] = value;
        result.GradientNorms[step] = double.CreateTruncating(Kernels.Norm2(gradient));
        result.CompletedSteps = step;
        result.Converged = true;
        progress?.Report(new ScanProgress(step, result.Length, value, result.GradientNorms[step]));
        return true;
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

    /// <summary>Whether a checkpoint is due now that step <paramref name="step"/> of this scan has completed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCheckpointDue(int step) =>
        checkpointPath is not null && (startStep + step + 1) % checkpointInterval == 0;

    /// <summary>Writes the checkpoint of the run after step <paramref name="step"/> of this scan.</summary>
    public void WriteCheckpoint<TState, T>(TState state, ReadOnlySpan<T> parameters, StateLayout layout, int step)
        where TState : ICheckpointState
        where T : unmanaged =>
        CheckpointFile.Save(checkpointPath!, layout, startStep + step + 1, parameters, state, checkpointKey);

    /// <summary>The outputs of the finished scan.</summary>
    public ScanResult Complete() => result;
}
