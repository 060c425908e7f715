using System;
using OptimGen;

namespace OptimGen.Benchmarks.Scan;

/// <summary>The contract's heavy-ball spec without its memory slots: the transition the loop benchmarks run.</summary>
[Optimizer]
internal sealed partial class MomentumSpec
{
    [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.01;
    [Hyperparameter] public Real Momentum { get; init; } = (Real)0.9;

    [State] private Integer steps;
    [State(Shape = "n")] private Real[] velocity;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        state.Steps += 1;
        Real[] velocity = state.Velocity;
        for (int i = 0; i < gradient.Length; i++)
        {
            velocity[i] = Momentum * velocity[i] + gradient[i];
            update[i] = -LearningRate * velocity[i];
        }
    }
}
