using System;

namespace OptimGen;

/// <summary>
/// Marks a <c>partial class</c> as an optimizer spec. The OptimGen generator emits its nested
/// <c>State</c> type, <c>Init</c>, <c>Step</c> and <c>Scan</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class OptimizerAttribute : Attribute
{
}
