namespace OptimGen.Specs.Model;

/// <summary>
/// A <c>[Component]</c> of a chain spec: the property holding another spec, and which of the optional
/// transition inputs that spec's <c>Step</c> takes (so the chain can pass them through).
/// </summary>
/// <param name="PropertyName">The property, also the name of the component's slot in the chain's <c>State</c>.</param>
/// <param name="TypeName">The component spec's fully qualified name with <c>global::</c>.</param>
/// <param name="Transition">The component's effective transition inputs.</param>
/// <param name="CompiledFor">
/// For a spec from a referenced assembly (a built-in optimizer), the precision mode it was compiled in; null for a
/// spec of this compilation, which follows the compilation's mode.
/// </param>
internal sealed record ComponentModel(string PropertyName, string TypeName, TransitionModel Transition, PrecisionMode? CompiledFor = null)
{
    /// <summary>Whether the component can run in a chain compiled in <paramref name="mode"/>.</summary>
    public bool RunsIn(PrecisionMode mode) => CompiledFor is null || CompiledFor == mode;
}
