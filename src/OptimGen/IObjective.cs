using System;

namespace OptimGen;

/// <summary>A differentiable objective: returns its value at a point and writes its gradient there.</summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/> (the <c>Real</c> of the active precision).</typeparam>
/// <remarks>Implement it on a struct to let the JIT specialise and inline the call inside <c>Scan</c>.</remarks>
public interface IObjective<T>
{
    /// <summary>Evaluates the objective at <paramref name="x"/> and writes its gradient into <paramref name="gradient"/>.</summary>
    T Evaluate(ReadOnlySpan<T> x, Span<T> gradient);
}
