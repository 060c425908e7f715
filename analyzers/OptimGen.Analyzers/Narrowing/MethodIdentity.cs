using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>One symbol per method body, whatever form a call names it in.</summary>
internal static class MethodIdentity
{
    /// <summary>The definition of a generic or extension method, the implementation of a partial one.</summary>
    public static IMethodSymbol Normalize(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        return method.PartialImplementationPart ?? method;
    }

    /// <summary>A method with a body in this compilation's source.</summary>
    public static bool IsInSource(IMethodSymbol method, Compilation compilation) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly)
        && !method.DeclaringSyntaxReferences.IsEmpty;
}
