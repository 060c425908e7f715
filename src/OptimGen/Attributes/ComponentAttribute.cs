using System;

namespace OptimGen;

/// <summary>
/// Marks a public init-only property of an optimizer spec whose type is another spec: the spec becomes a
/// chain (optax's <c>chain</c>). Components run in declaration order; the first receives the gradient, each
/// next one receives the previous one's update, and the last one writes the update. The generated
/// <c>State</c> has one field per component holding that component's <c>State</c>. A chain declares no
/// <c>[Transition]</c>, <c>[State]</c>, <c>[Init]</c> or <c>[CachedEvaluation]</c> of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ComponentAttribute : Attribute
{
}
