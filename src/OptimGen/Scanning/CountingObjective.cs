using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace OptimGen;

/// <summary>
/// The objective as a generated <c>Scan</c> hands it to its loop and to the transition: it counts evaluations
/// for <see cref="ScanResult.Evaluations"/> and <see cref="ScanOptions.MaxEvaluations"/>. A struct holding the
/// user's objective, so the call stays a constrained, inlinable call for a struct objective.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <typeparam name="TObjective">The user's objective.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct CountingObjective<T, TObjective> : IObjective<T>
    where TObjective : IObjective<T>
{
    private TObjective inner;

    /// <summary>Wraps <paramref name="inner"/> with a count of 0.</summary>
    public CountingObjective(TObjective inner)
    {
        this.inner = inner;
        Evaluations = 0;
    }

    /// <summary>How many times <see cref="Evaluate"/> ran.</summary>
    public long Evaluations { readonly get; private set; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Evaluate(ReadOnlySpan<T> x, Span<T> gradient)
    {
        Evaluations++;
        return inner.Evaluate(x, gradient);
    }
}
