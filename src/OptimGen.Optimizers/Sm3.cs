using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// SM3 (Anil et al. 2019, as optax's <c>sm3</c>, i.e. <c>scale_by_sm3</c> with <c>b2 = 1</c> and <c>ε = 1e-8</c>):
/// on a flat parameter vector, as optax on a 1-D parameter, <c>a ← a + g²</c>,
/// <c>m ← β·m + (1−β)·g/√(a + ε)</c> (0 where <c>a</c> is 0), <c>update = −lr·m</c>. With <see cref="Rows"/> &gt; 1
/// the parameters are a <c>Rows × (n/Rows)</c> matrix, row-major, and the accumulator is factored as in optax on a
/// 2-D parameter: <c>a_ij = g_ij² + min(R_i, C_j)</c>, then <c>R_i ← max_j a_ij</c>, <c>C_j ← max_i a_ij</c>.
/// </summary>
/// <remarks>
/// Slots: <c>RowAccumulator</c> (<c>Rows</c> elements; stays zero for a vector), <c>ColumnAccumulator</c> (<c>n</c>
/// elements: the per-element sums for a vector, the column maxima in its first <c>n/Rows</c> for a matrix: shapes
/// are products, so the slot cannot be sized <c>n/Rows</c>) and <c>Momentum</c>. The factored form runs three passes
/// and needs an update buffer apart from the gradient (as <c>Scan</c> and a chain give it).
/// </remarks>
[Optimizer]
public sealed partial class Sm3
{
    /// <summary>optax's <c>eps</c> of <c>scale_by_sm3</c>, which its <c>sm3</c> alias does not expose.</summary>
    private const double Epsilon = 1e-8;

    /// <summary>The step size (optax has no default; 0.01 here, as <see cref="Adagrad"/>). Not negative.</summary>
    [Hyperparameter(Minimum = 0)] public Real LearningRate { get; init; } = (Real)0.01;

    /// <summary>The decay of the momentum, in [0, 1).</summary>
    [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real Momentum { get; init; } = (Real)0.9;

    /// <summary>
    /// The number of rows of the parameter matrix; 1 (the default) treats the parameters as a vector. Must divide
    /// the parameter count.
    /// </summary>
    [Hyperparameter(Minimum = 1)] public int Rows { get; init; } = 1;

    /// <summary>The row maxima <c>R_i</c> of the factored accumulator.</summary>
    [State(Shape = "Rows")] private Real[] rowAccumulator;

    /// <summary>The per-element accumulator of a vector, or the column maxima <c>C_j</c> of a matrix.</summary>
    [State(Shape = "n")] private Real[] columnAccumulator;

    /// <summary>The momentum <c>m</c> (optax's <c>nu</c>).</summary>
    [State(Shape = "n")] private Real[] momentum;

    [Init]
    private void Start(ref State state, ReadOnlySpan<Real> parameters)
    {
        if (parameters.Length % Rows != 0)
            throw new ArgumentException($"{nameof(Rows)} = {Rows} does not divide the {parameters.Length} parameters.", nameof(parameters));
    }

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        if (Rows == 1)
            FirstOrderKernels.Sm3<Real>(gradient, state.ColumnAccumulator, state.Momentum, update, Momentum, (Real)Epsilon, LearningRate);
        else
            FirstOrderKernels.Sm3Factored<Real>(
                gradient, state.RowAccumulator, state.ColumnAccumulator, state.Momentum, update, Momentum, (Real)Epsilon, LearningRate);
    }
}
