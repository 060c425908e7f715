using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Adafactor (Shazeer and Stern 2018, as optax's <c>adafactor</c>): RMS scaling by a second moment with the decay
/// <c>ρₜ = 1 − (t + 1)^(−DecayRate)</c>, <c>v ← ρₜv + (1−ρₜ)(g² + ε)</c> and <c>a = g/√v</c>; the update's RMS clipped
/// to <see cref="ClippingThreshold"/>; scaled by the learning rate and the parameters' RMS (at least 0.001);
/// optional momentum without debiasing; <c>update = −(a + λ·p)</c>.
/// </summary>
/// <remarks>
/// On a flat parameter vector (the default, <see cref="Rows"/> = <see cref="Columns"/> = 0) it behaves as optax on a
/// 1-D parameter: unfactored. Giving <see cref="Rows"/> and <see cref="Columns"/> views the vector as that row-major
/// matrix; when both are at least <see cref="MinDimSizeToFactor"/> (and <see cref="Factored"/>), the second moment is
/// factored into per-row and per-column averages as optax does for a 2-D parameter. All slots are allocated in
/// any case (those not in use stay zero). Not one fused pass: the clipping needs the whole update's RMS first.
/// </remarks>
[Optimizer]
public sealed partial class Adafactor
{
    /// <summary>The step size; null (optax's default) scales by 1. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real? LearningRate { get; init; }

    /// <summary>Factor the second moment only when both matrix dimensions are at least this. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public int MinDimSizeToFactor { get; init; } = 128;

    /// <summary>The exponent of the second moment's decay schedule <c>1 − (t + 1)^(−DecayRate)</c>. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real DecayRate { get; init; } = (Real)0.8;

    /// <summary>
    /// optax's <c>decay_offset</c>: the schedule runs on <c>t − DecayOffset</c>, for fine-tuning from a state whose
    /// count is already past it; a fresh state with a positive offset gives a NaN decay, as in optax. Not negative.
    /// </summary>
    [Hyperparameter(Minimum = 0)] public Real DecayOffset { get; init; } = (Real)0;

    /// <summary>Whether to scale the update by the parameters' RMS (at least 0.001).</summary>
    [Hyperparameter] public bool MultiplyByParameterScale { get; init; } = true;

    /// <summary>The largest RMS of the update before scaling; null: no clipping. Positive.</summary>
    [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real? ClippingThreshold { get; init; } = (Real)1.0;

    /// <summary>The decay of a momentum over the scaled updates, in [0, 1); null (the default): none.</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real? Momentum { get; init; }

    /// <summary>The weight decay λ, added after the learning rate (optax's order); null (the default): none. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real? WeightDecayRate { get; init; }

    /// <summary>Added to <c>g²</c>. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real Eps { get; init; } = (Real)1e-30;

    /// <summary>Whether a matrix-shaped parameter (see <see cref="Rows"/>) uses the factored second moment.</summary>
    [Hyperparameter] public bool Factored { get; init; } = true;

    /// <summary>Whether the weight decay applies (optax's mask; the flat parameter vector is one leaf, so one flag).</summary>
    [Hyperparameter] public bool WeightDecayMask { get; init; } = true;

    /// <summary>The rows of the matrix the parameter vector holds (row-major); 0 with <see cref="Columns"/> 0: a 1-D parameter. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public int Rows { get; init; }

    /// <summary>The columns of the matrix the parameter vector holds; <c>Rows · Columns</c> must be the parameter count. Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public int Columns { get; init; }

    [State] private Integer count;
    [State(Shape = "n")] private Real[] v;
    [State(Shape = "Rows")] private Real[] vRow;
    [State(Shape = "Columns")] private Real[] vColumn;
    [State(Shape = "n")] private Real[] momentum;

    private bool IsFactored => Factored && Rows > 0 && Columns > 0 && Math.Min(Rows, Columns) >= MinDimSizeToFactor;

    [Init]
    private void CheckShape(ref State state, ReadOnlySpan<Real> parameters)
    {
        if ((Rows > 0 || Columns > 0) && (long)Rows * Columns != parameters.Length)
            throw new ArgumentException($"Rows × Columns ({Rows} × {Columns}) must equal the parameter count {parameters.Length}.", nameof(parameters));
    }

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        Real decay = (Real)AdafactorKernel.Decay((double)state.Count - (double)DecayOffset, (double)DecayRate);
        if (state.Count < Integer.MaxValue)
            state.Count += 1;
        AdafactorKernel.Step<Real>(
            gradient, parameters, state.V, state.VRow, state.VColumn, state.Momentum, update,
            IsFactored, Rows, Columns, decay, Eps, ClippingThreshold, LearningRate, MultiplyByParameterScale, Momentum,
            WeightDecayMask ? WeightDecayRate ?? 0 : 0);
    }
}
