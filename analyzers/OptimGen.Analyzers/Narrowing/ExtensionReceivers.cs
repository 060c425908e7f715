using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The receiver parameter of a C# 14 extension block, <c>extension(Span&lt;Integer&gt; span) { public void Stamp(int v) ... }</c>:
/// one parameter shared by the block's members, declared on the block rather than on a method, and given by the call's
/// receiver (<c>state.Ring.AsSpan().Stamp(n)</c>). Found through syntax, since the Roslyn this analyzer is built against
/// predates extension blocks (their <see cref="TypeKind"/> is 14 there).
/// </summary>
internal static class ExtensionReceivers
{
    private const TypeKind ExtensionKind = (TypeKind)14;

    /// <summary>The extension block <paramref name="parameter"/> is the receiver of, or null for any other parameter.</summary>
    public static INamedTypeSymbol? BlockOf(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is INamedTypeSymbol { TypeKind: ExtensionKind } block ? block.OriginalDefinition : null;

    /// <summary>The receiver parameter of the extension block declaring <paramref name="method"/>, or null when it is not in one.</summary>
    public static IParameterSymbol? ReceiverOf(IMethodSymbol method, Compilation compilation)
    {
        if (method.ContainingType is not { TypeKind: ExtensionKind } block)
            return null;
        foreach (SyntaxReference reference in block.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax { ParameterList.Parameters: { Count: 1 } parameters }
                && SemanticModels.For(compilation, reference.SyntaxTree).GetDeclaredSymbol(parameters[0]) is IParameterSymbol receiver)
                return receiver;
        }

        return null;
    }

    /// <summary>Whether <paramref name="parameter"/> is the receiver of the extension block declaring <paramref name="method"/>.</summary>
    public static bool IsReceiverOf(IParameterSymbol parameter, IMethodSymbol method) =>
        BlockOf(parameter) is { } block && SymbolEqualityComparer.Default.Equals(block, method.ContainingType?.OriginalDefinition);
}
