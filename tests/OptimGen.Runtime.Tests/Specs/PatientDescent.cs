using System;
using OptimGen;

namespace OptimGen.Runtime.Tests.Specs;

/// <summary>
/// Plain gradient descent with both Scan hooks: [ConvergenceMeasure] measures the gradient scaled by
/// <see cref="MeasureScale"/> (so a test can tell the hook's measure from max |g|), and [OptimizerFailure] reports a
/// failure once <see cref="GiveUpAfter"/> steps are done (0: never).
/// </summary>
[Optimizer]
public partial class PatientDescent
{
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.1;
    [Hyperparameter(Minimum = 0)] public Real MeasureScale { get; init; } = 1;
    [Hyperparameter(Minimum = 0)] public int GiveUpAfter { get; init; }

    [State] private Integer steps;

    [Transition]
    private void Descend(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        state.Steps += 1;
        Kernels.Scale(-LearningRate, gradient, update);
    }

    [ConvergenceMeasure]
    private Real ScaledGradient(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) =>
        MeasureScale * Kernels.NormInf(gradient);

    [OptimizerFailure]
    private bool HasGivenUp(ref State state) => GiveUpAfter > 0 && state.Steps >= GiveUpAfter;
}
