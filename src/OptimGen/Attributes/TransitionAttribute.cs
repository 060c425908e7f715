using System;

namespace OptimGen;

/// <summary>
/// Marks the one method of an optimizer spec that advances the state by one step. Recognised
/// parameters, in this order: <c>ref State state</c>, optional <c>ReadOnlySpan&lt;Real&gt; parameters</c>,
/// <c>ReadOnlySpan&lt;Real&gt; gradient</c>, optional <c>Real value</c>, <c>Span&lt;Real&gt; update</c>, optional
/// <c>ref TObjective objective</c> (the method is then generic in <c>TObjective : IObjective&lt;Real&gt;</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TransitionAttribute : Attribute
{
}
