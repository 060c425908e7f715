using Microsoft.CodeAnalysis;

namespace OptimGen.Specs.Reading;

/// <summary>
/// What every method the generated code calls by name must be: an ordinary method (not a constructor,
/// accessor, operator, finalizer or explicit interface implementation, which cannot be called as <c>this.M(...)</c>)
/// without <c>__arglist</c> (the generated call passes none), not <c>[Obsolete]</c> as an error, and not a method whose
/// calls C# may remove (a partial method without an implementation, a <c>[Conditional]</c> one): the generated step
/// would silently do nothing.
/// </summary>
internal static class MethodForm
{
    /// <summary>The method's name as the user wrote it: a constructor is named after its type, not <c>.ctor</c>.</summary>
    public static string Name(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor
            ? method.ContainingType.Name
            : method.Name;

    /// <returns>null when the generated code can call <paramref name="method"/>; otherwise what it is instead.</returns>
    public static string? Problem(IMethodSymbol method)
    {
        string? kind = method.MethodKind switch
        {
            MethodKind.Ordinary => null,
            MethodKind.Constructor or MethodKind.StaticConstructor => "a constructor",
            MethodKind.Destructor => "a finalizer",
            MethodKind.PropertyGet or MethodKind.PropertySet => "a property accessor",
            MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise => "an event accessor",
            MethodKind.UserDefinedOperator or MethodKind.Conversion => "an operator",
            MethodKind.ExplicitInterfaceImplementation => "an explicit interface implementation",
            _ => "not an ordinary method",
        };
        if (kind is not null)
            return $"it is {kind}; OptimGen calls an ordinary method by its name";
        if (method.IsPartialDefinition && method.PartialImplementationPart is null)
            return "it is a partial method without an implementation, so C# removes every call to it";
        if (AttributeReading.Find(method, "System.Diagnostics.ConditionalAttribute") is not null)
            return "it is [Conditional], so C# removes every call to it where its symbol is not defined";
        if (method.IsVararg)
            return "it takes __arglist, which the generated call cannot pass";
        if (AttributeReading.IsUnusableByGeneratedCode(method))
            return "it is marked [Obsolete] as an error, so the generated call would not compile";
        return null;
    }
}
