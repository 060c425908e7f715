using System;

namespace OptimGen;

/// <summary>
/// Marks an optional method <c>bool Name(ref State state, ReadOnlySpan&lt;Real&gt; parameters, Span&lt;Real&gt; gradient, out Real value)</c>
/// that the generated <c>Scan</c> asks before it evaluates the objective: when the last transition already
/// evaluated the objective at exactly <c>parameters</c> (a line search's accepted point), the method writes
/// that gradient, sets <c>value</c> and returns true, and <c>Scan</c> skips the evaluation.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CachedEvaluationAttribute : Attribute
{
}
