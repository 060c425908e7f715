using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace OptimGen;

/// <summary>
/// The bookkeeping of one generated <c>Scan</c> call: it owns the preallocated <see cref="ScanResult"/>, decides
/// when and why the scan ends (<see cref="ScanTermination"/>), checks cancellation between steps and reports
/// progress. Generated code calls it; it allocates nothing per step.
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
    private readonly int checkpointInterval;
    private readonly long startStep;
    private readonly int stallWindow;
    private readonly double stallTolerance;
    private readonly long maxEvaluations;
    private readonly int maxConsecutiveNonFinite;
    private int consecutiveNonFinite;

    /// <summary>Starts recording a scan of <paramref name="length"/> steps.</summary>
    public ScanRecorder(int length, ScanOptions? options, string[] slotNames)
    {
        result = new ScanResult(length, slotNames);
        progress = options?.Progress;
        progressInterval = options?.ProgressInterval ?? 1;
        cancellationToken = options?.CancellationToken ?? CancellationToken.None;
        gradientTolerance = options?.GradientTolerance ?? 0;
        checkpointPath = options?.CheckpointPath;
        checkpointInterval = options?.CheckpointInterval ?? 1;
        startStep = options?.StartStep ?? 0;
        stallWindow = options?.StallWindow ?? 0;
        stallTolerance = options?.StallTolerance ?? 0;
        maxEvaluations = options?.MaxEvaluations ?? 0;
        maxConsecutiveNonFinite = options?.MaxConsecutiveNonFinite ?? 0;
    }

    /// <summary>Per scalar slot, the array generated code writes the slot's value into after each step.</summary>
    public double[][] SlotTraces => result.SlotTraces;

    /// <summary>Whether the scan stops at a gradient tolerance, so that a spec's convergence measure is worth computing.</summary>
    public bool ChecksGradientTolerance => gradientTolerance > 0;

    /// <summary>
    /// Throws <see cref="ScanCanceledException"/> (its partial result's termination <see cref="ScanTermination.Canceled"/>)
    /// when cancellation was requested before step <paramref name="step"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ThrowIfCancellationRequested(int step, long evaluations)
    {
        if (cancellationToken.IsCancellationRequested)
            ThrowCanceled(step, evaluations);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowCanceled(int step, long evaluations)
    {
        result.CompletedSteps = step;
        result.Termination = ScanTermination.Canceled;
        throw new ScanCanceledException(Complete(evaluations), cancellationToken);
    }

    /// <summary>
    /// Whether the value and the gradient at the start of a step are finite. <paramref name="gradientNorm"/> is
    /// finite exactly when every element is, unless the sum of squares overflowed: only then are the elements read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsFinite<T>(T value, double gradientNorm, ReadOnlySpan<T> gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        bool finite = T.IsFinite(value)
            && (double.IsFinite(gradientNorm) || (double.IsPositiveInfinity(gradientNorm) && FiniteCheck.AllFinite(gradient)));
        if (finite)
            consecutiveNonFinite = 0;
        return finite;
    }

    /// <summary>
    /// After a non-finite value or gradient at the start of step <paramref name="step"/>: true to skip the step
    /// (<see cref="ScanOptions.MaxConsecutiveNonFinite"/> allows one more), false to end the scan there with
    /// <see cref="ScanTermination.NonFiniteEvaluation"/>.
    /// </summary>
    public bool SkipsNonFinite(int step, double value, double gradientNorm)
    {
        if (consecutiveNonFinite < maxConsecutiveNonFinite)
        {
            consecutiveNonFinite++;
            result.SkippedSteps++;
            return true;
        }

        StopAtFinalPoint(step, value, gradientNorm, ScanTermination.NonFiniteEvaluation);
        return false;
    }

    /// <summary>
    /// Whether the gradient at the start of step <paramref name="step"/> meets <see cref="ScanOptions.GradientTolerance"/>
    /// by its largest magnitude; if so the scan records the final value and stops.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasConverged<T>(int step, T value, double gradientNorm, ReadOnlySpan<T> gradient)
        where T : IFloatingPointIeee754<T> =>
        gradientTolerance > 0 && MeetsGradientTolerance(step, double.CreateTruncating(value), gradientNorm, double.CreateTruncating(Kernels.NormInf(gradient)));

    /// <summary>
    /// Whether <paramref name="measure"/> (a spec's <c>[ConvergenceMeasure]</c> at the start of step <paramref name="step"/>)
    /// is at most <see cref="ScanOptions.GradientTolerance"/>; if so the scan records the final value and stops.
    /// </summary>
    public bool MeetsGradientTolerance(int step, double value, double gradientNorm, double measure)
    {
        if (!(measure <= gradientTolerance))
            return false;
        StopAtFinalPoint(step, value, gradientNorm, ScanTermination.GradientTolerance);
        return true;
    }

    /// <summary>
    /// Adds <paramref name="update"/> to <paramref name="parameters"/> when every element is finite; otherwise leaves
    /// the parameters, ends the scan with <see cref="ScanTermination.NonFiniteUpdate"/> and returns false.
    /// </summary>
    public bool TryApplyUpdate<T>(int step, double value, double gradientNorm, Span<T> parameters, ReadOnlySpan<T> update)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!FiniteCheck.AllFinite(update))
        {
            StopAtFinalPoint(step, value, gradientNorm, ScanTermination.NonFiniteUpdate);
            return false;
        }

        Kernels.Add(parameters, update);
        return true;
    }

    /// <summary>
    /// Records the outputs of step <paramref name="step"/>, reports progress when it is due and returns whether the
    /// scan ends after it: the optimizer <paramref name="failed"/>, the value stalled, or the evaluations reached the budget.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CompleteStep(int step, double value, double gradientNorm, long evaluations, bool failed)
    {
        result.Values[step] = value;
        result.GradientNorms[step] = gradientNorm;
        result.CompletedSteps = step + 1;
        bool reported = progress is not null && (result.CompletedSteps % progressInterval == 0 || result.CompletedSteps == result.Length);
        if (reported)
            progress!.Report(new ScanProgress(result.CompletedSteps, result.Length, value, gradientNorm));
        if (failed || stallWindow > 0 || maxEvaluations > 0)
            return EndsAfter(step, value, gradientNorm, evaluations, failed, reported);
        return false;
    }

    private bool EndsAfter(int step, double value, double gradientNorm, long evaluations, bool failed, bool reported)
    {
        ScanTermination reason;
        if (failed)
            reason = ScanTermination.OptimizerFailed;
        else if (stallWindow > 0 && step >= stallWindow && HasStalled(result.Values[step - stallWindow], value))
            reason = ScanTermination.Stalled;
        else if (maxEvaluations > 0 && evaluations >= maxEvaluations)
            reason = ScanTermination.MaxEvaluations;
        else
            return false;

        result.Termination = reason;
        if (!reported)
            progress?.Report(new ScanProgress(result.CompletedSteps, result.Length, value, gradientNorm));
        return true;
    }

    private bool HasStalled(double earlier, double latest) =>
        earlier - latest <= stallTolerance * Math.Max(Math.Abs(earlier), Math.Abs(latest));

    /// <summary>Ends the scan at the start of step <paramref name="step"/>, recording the value and gradient norm there.</summary>
    private void StopAtFinalPoint(int step, double value, double gradientNorm, ScanTermination reason)
    {
        result.Values[step] = value;
        result.GradientNorms[step] = gradientNorm;
        result.CompletedSteps = step;
        result.EvaluatedFinalPoint = true;
        result.Termination = reason;
        progress?.Report(new ScanProgress(step, result.Length, value, gradientNorm));
    }

    /// <summary>Whether a checkpoint is due now that step <paramref name="step"/> of this scan has completed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCheckpointDue(int step) =>
        checkpointPath is not null && (startStep + step + 1) % checkpointInterval == 0;

    /// <summary>Writes the checkpoint of the run after step <paramref name="step"/> of this scan.</summary>
    public void WriteCheckpoint<TState, T>(TState state, ReadOnlySpan<T> parameters, StateLayout layout, int step)
        where TState : ICheckpointState
        where T : unmanaged =>
        CheckpointFile.Save(checkpointPath!, layout, startStep + step + 1, parameters, state);

    /// <summary>The outputs of the finished scan, its arrays cut to what was recorded.</summary>
    public ScanResult Complete(long evaluations)
    {
        result.Evaluations = evaluations;
        result.Trim();
        return result;
    }
}
