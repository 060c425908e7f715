using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Decoupled weight decay as a transform (optax's <c>add_decayed_weights</c>, with its <c>mask</c>):
/// <c>update_i = g_i + λ·p_i</c> where <see cref="Mask"/> is true (everywhere when it is null), <c>g_i</c> elsewhere.
/// Placed before the learning rate's scaling in a chain (<c>[Component] Adam</c>'s direction cannot take it, so
/// chain it before a scale-only optimizer such as <see cref="Sgd"/>, as optax's <c>adamw</c> does inside). No state.
/// </summary>
[Optimizer]
public sealed partial class AddDecayedWeights
{
    /// <summary>The weight decay λ (optax's default: 0, no decay).</summary>
    [Hyperparameter] public Real WeightDecay { get; init; } = (Real)0;

    /// <summary>
    /// Which parameters decay (optax's <c>mask</c>, e.g. not biases); null (the default) decays all. Its length must be
    /// the parameter count.
    /// </summary>
    [Hyperparameter] public bool[]? Mask { get; init; }

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters)
    {
        if (Mask is not null && Mask.Length != parameters.Length)
            throw new ArgumentException($"{nameof(Mask)} has length {Mask.Length}, expected {parameters.Length} (the parameter count).", nameof(Mask));
    }

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        bool[]? mask = Mask; // its length was checked by Init, and Step checks the spans against the state
        Real decay = WeightDecay;
        for (int i = 0; i < gradient.Length; i++)
            update[i] = mask is null || mask[i] ? gradient[i] + decay * parameters[i] : gradient[i];
    }
}
