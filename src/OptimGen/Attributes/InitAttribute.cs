using System;

namespace OptimGen;

/// <summary>
/// Marks an optional method <c>void Name(ref State state, ReadOnlySpan&lt;Real&gt; parameters)</c> that the
/// generated <c>Init</c> calls after it has allocated every slot, to set non-zero initial values.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class InitAttribute : Attribute
{
}
