namespace OptimGen.Generators.Model;

/// <summary>
/// A <c>[Component]</c> of a chain spec: the property holding another spec, and which of the optional
/// transition inputs that spec's <c>Step</c> takes (so the chain can pass them through).
/// </summary>
/// <param name="PropertyName">The property, also the name of the component's slot in the chain's <c>State</c>.</param>
/// <param name="TypeName">The component spec's fully qualified name with <c>global::</c>.</param>
/// <param name="Transition">The component's effective transition inputs.</param>
internal sealed record ComponentModel(string PropertyName, string TypeName, TransitionModel Transition);
