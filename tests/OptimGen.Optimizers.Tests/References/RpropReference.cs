using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Rprop as optax's <c>scale_by_rprop</c> writes it (Riedmiller and Braun 1993 without weight-backtracking: a sign
/// flip zeroes the remembered step), one scalar at a time in double: with <c>s = g·p</c>,
/// <c>δ = s &gt; 0 ? min(δη₊, max) : s &lt; 0 ? max(δη₋, min) : δ</c> (clipped both ways), the new
/// <c>p = s &lt; 0 ? 0 : δ·sign(g)</c>, and the update <c>−(s &lt; 0 ? 0 : p_old)</c>.
/// </summary>
internal sealed class RpropReference
{
    private readonly double etaMinus;
    private readonly double etaPlus;
    private readonly double minStep;
    private readonly double maxStep;

    public RpropReference(int length, double initialStep, double etaMinus, double etaPlus, double minStep, double maxStep)
    {
        this.etaMinus = etaMinus;
        this.etaPlus = etaPlus;
        this.minStep = minStep;
        this.maxStep = maxStep;
        StepSizes = new double[length];
        Array.Fill(StepSizes, initialStep);
        Previous = new double[length];
    }

    public double[] StepSizes { get; }

    public double[] Previous { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double s = gradient[i] * Previous[i];
            if (s > 0)
                StepSizes[i] = Math.Clamp(StepSizes[i] * etaPlus, minStep, maxStep);
            else if (s < 0)
                StepSizes[i] = Math.Clamp(StepSizes[i] * etaMinus, minStep, maxStep);
            update[i] = s < 0 ? 0 : -Previous[i];
            Previous[i] = s < 0 ? 0 : StepSizes[i] * Math.Sign(gradient[i]);
        }

        return update;
    }
}
