using System;

namespace OptimGen;

/// <summary>
/// Marks a private field of an optimizer spec as a state slot. The generated <c>State</c> type gets
/// one public field per slot, named in PascalCase, of the declared type with <c>Real</c> and
/// <c>Integer</c> resolved for the active precision.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class StateAttribute : Attribute
{
    /// <summary>
    /// The shape of an array slot: a comma-separated list of <c>n</c> (the parameter count), names of
    /// integer hyperparameters and integer literals; the array holds their product, row-major.
    /// Leave it unset for a scalar slot.
    /// </summary>
    public string? Shape { get; set; }
}
