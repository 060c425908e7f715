using OptimGen;

namespace OptimGenApp;

/// <summary>
/// Gradient descent with heavy-ball momentum, written as an OptimGen spec: OptimGen generates its State, Init,
/// Step and Scan. Real and Integer follow OptimGenPrecision (see the project file).
/// </summary>
[Optimizer]
public partial class HeavyBall
{
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.1;
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real Momentum { get; init; } = (Real)0.9;

    [State] private Integer steps;
    [State(Shape = "n")] private Real[] velocity;

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
