using System;
using System.Collections.Generic;

namespace OptimGen;

/// <summary>
/// The per-step outputs of a generated <c>Scan</c> loop, stacked along a leading axis (like <c>jax.lax.scan</c>'s
/// <c>ys</c>), and why the scan ended. Values are stored as <see cref="double"/> in both precision modes (a
/// <see cref="float"/> widens exactly).
/// </summary>
/// <remarks>
/// The arrays hold exactly what was recorded: a scan that runs its full length has <see cref="Length"/> entries, one
/// that stops early fewer, so <c>Values[^1]</c> is always the last real value. <see cref="Values"/> and
/// <see cref="GradientNorms"/> have one entry per completed step, plus one when the scan evaluated the objective at
/// its final parameters and stopped there (<see cref="ScanTermination.GradientTolerance"/>,
/// <see cref="ScanTermination.NonFiniteEvaluation"/>, <see cref="ScanTermination.NonFiniteUpdate"/>):
/// <see cref="EvaluatedFinalPoint"/> says which. Slot traces have one entry per completed step.
/// </remarks>
public sealed class ScanResult
{
    private readonly string[] slotNames;
    private double[][] slotTraces;

    /// <summary>Preallocates the outputs of a scan of <paramref name="length"/> steps.</summary>
    /// <param name="length">The scan's requested number of steps.</param>
    /// <param name="slotNames">The scalar slots recorded after every step.</param>
    public ScanResult(int length, IReadOnlyList<string> slotNames)
    {
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), length, "length must not be negative.");
        if (slotNames is null) throw new ArgumentNullException(nameof(slotNames));
        Length = length;
        Values = new double[length];
        GradientNorms = new double[length];
        this.slotNames = new string[slotNames.Count];
        slotTraces = new double[slotNames.Count][];
        for (int i = 0; i < slotNames.Count; i++)
        {
            this.slotNames[i] = slotNames[i];
            slotTraces[i] = new double[length];
        }
    }

    /// <summary>The scan's requested number of steps.</summary>
    public int Length { get; }

    /// <summary>How many steps completed (skipped non-finite steps included); less than <see cref="Length"/> when the scan stopped early.</summary>
    public int CompletedSteps { get; internal set; }

    /// <summary>Why the scan ended.</summary>
    public ScanTermination Termination { get; internal set; }

    /// <summary>
    /// Whether the scan stopped because the gradient met <see cref="ScanOptions.GradientTolerance"/>
    /// (<see cref="Termination"/> is <see cref="ScanTermination.GradientTolerance"/>); then <c>Values[^1]</c> and
    /// <c>GradientNorms[^1]</c> are the value and gradient norm at the final parameters.
    /// </summary>
    public bool Converged => Termination == ScanTermination.GradientTolerance;

    /// <summary>
    /// Whether the last entry of <see cref="Values"/> and <see cref="GradientNorms"/> belongs to the final parameters,
    /// where no step was completed (so those arrays have <see cref="CompletedSteps"/> + 1 entries).
    /// </summary>
    public bool EvaluatedFinalPoint { get; internal set; }

    /// <summary>Objective evaluations the scan made, its own and those of the transition (a line search's trials).</summary>
    public long Evaluations { get; internal set; }

    /// <summary>Steps skipped because their value or gradient was not finite (<see cref="ScanOptions.MaxConsecutiveNonFinite"/>).</summary>
    public int SkippedSteps { get; internal set; }

    /// <summary><c>Values[k]</c>: the objective value at the parameters where step <c>k</c> started.</summary>
    public double[] Values { get; private set; }

    /// <summary><c>GradientNorms[k]</c>: the 2-norm of the gradient where step <c>k</c> started.</summary>
    public double[] GradientNorms { get; private set; }

    /// <summary>The scalar state slots recorded after every step, in declaration order.</summary>
    public IReadOnlyList<string> SlotNames => slotNames;

    /// <summary>
    /// The value of scalar slot <paramref name="slotName"/> after every completed step (booleans as 0 and 1),
    /// for example the line-search steps per iteration of L-BFGS.
    /// </summary>
    public double[] GetSlotTrace(string slotName)
    {
        int index = Array.IndexOf(slotNames, slotName);
        if (index < 0)
            throw new ArgumentException(
                $"'{slotName}' is not a recorded scalar slot; recorded: {string.Join(", ", slotNames)}.", nameof(slotName));
        return slotTraces[index];
    }

    /// <summary>The trace arrays in slot order; generated code writes into them.</summary>
    internal double[][] SlotTraces => slotTraces;

    /// <summary>Cuts the arrays to what was recorded, once, when the scan ends (a full-length scan keeps its arrays).</summary>
    internal void Trim()
    {
        int recorded = CompletedSteps + (EvaluatedFinalPoint ? 1 : 0);
        if (Values.Length != recorded)
        {
            Values = Values.AsSpan(0, recorded).ToArray();
            GradientNorms = GradientNorms.AsSpan(0, recorded).ToArray();
        }

        for (int i = 0; i < slotTraces.Length; i++)
        {
            if (slotTraces[i].Length != CompletedSteps)
                slotTraces[i] = slotTraces[i].AsSpan(0, CompletedSteps).ToArray();
        }
    }
}
