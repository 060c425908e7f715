using System;
using OptimGen;

[Optimizer]
public partial class HeavyBall
{
    [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.1;
    [Hyperparameter] public Real Momentum { get; init; } = (Real)0.9;
    [Hyperparameter] public int MemorySize { get; init; } = 10;      // used by Shape below

    [State] private Integer steps;                                    // scalar slot
    [State(Shape = "n")] private Real[] velocity;                     // one element per parameter
    [State(Shape = "MemorySize")] private Real[] weights;             // length from a hyperparameter
    [State(Shape = "MemorySize, n")] private Real[] history;          // rows x n, row-major

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        state.Steps += 1;
        for (int i = 0; i < gradient.Length; i++)
        {
            state.Velocity[i] = Momentum * state.Velocity[i] + gradient[i];
            update[i] = -LearningRate * state.Velocity[i];
        }
    }
}
