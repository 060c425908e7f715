using System;
using System.Collections.Generic;

namespace OptimGen;

/// <summary>
/// The per-step outputs of a generated <c>Scan</c> loop, stacked along a leading axis of the scan's length
/// (like <c>jax.lax.scan</c>'s <c>ys</c>). Values are stored as <see cref="double"/> in both precision
/// modes (a <see cref="float"/> widens exactly).
/// </summary>
public sealed class ScanResult
{
    private readonly string[] slotNames;
    private readonly double[][] slotTraces;

    /// <summary>Preallocates the outputs of a scan of <paramref name="length"/> steps.</summary>
    /// <param name="length">The scan's fixed number of steps.</param>
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

    /// <summary>The scan's fixed number of steps.</summary>
    public int Length { get; }

    /// <summary>How many steps completed; less than <see cref="Length"/> only for a canceled or converged scan.</summary>
    public int CompletedSteps { get; internal set; }

    /// <summary>
    /// Whether the scan stopped early because the gradient met <see cref="ScanOptions.GradientTolerance"/>.
    /// Then <c>Values[CompletedSteps]</c> and <c>GradientNorms[CompletedSteps]</c> (when within
    /// <see cref="Length"/>) hold the value and gradient norm at the final parameters.
    /// </summary>
    public bool Converged { get; internal set; }

    /// <summary><c>Values[k]</c>: the objective value at the parameters where step <c>k</c> started.</summary>
    public double[] Values { get; }

    /// <summary><c>GradientNorms[k]</c>: the 2-norm of the gradient where step <c>k</c> started.</summary>
    public double[] GradientNorms { get; }

    /// <summary>The scalar state slots recorded after every step, in declaration order.</summary>
    public IReadOnlyList<string> SlotNames => slotNames;

    /// <summary>
    /// The value of scalar slot <paramref name="slotName"/> after every step (booleans as 0 and 1),
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
}
