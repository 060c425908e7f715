using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The <c>Dispose</c> a <c>using</c> statement or declaration calls without naming it (<c>DisposeAsync</c> for
/// <c>await using</c>, in an asynchronous helper the transition waits for): the resource type's implementation of
/// <c>IDisposable.Dispose</c> (<c>IAsyncDisposable.DisposeAsync</c>), the interface member itself for a resource typed
/// by an interface or a type parameter (its implementations are then found as for any interface call), or a
/// <c>ref struct</c>'s <c>Dispose()</c> by pattern.
/// </summary>
internal static class UsingDisposal
{
    public static IEnumerable<IMethodSymbol> Of(IOperation resources, bool isAsynchronous, Compilation compilation)
    {
        INamedTypeSymbol? disposable = isAsynchronous
            ? compilation.GetTypeByMetadataName("System.IAsyncDisposable")
            : compilation.GetSpecialType(SpecialType.System_IDisposable);
        string name = isAsynchronous ? "DisposeAsync" : "Dispose";
        if (disposable?.GetMembers(name).FirstOrDefault() is not IMethodSymbol dispose)
            yield break;
        IEnumerable<ITypeSymbol?> types = resources is IVariableDeclarationGroupOperation group
            ? group.Declarations.SelectMany(declaration => declaration.Declarators).Select(declarator => (ITypeSymbol?)declarator.Symbol.Type)
            : new[] { resources.WithoutImplicitConversions().Type };
        foreach (ITypeSymbol? type in types)
        {
            if (type is null)
                continue;
            if (type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter)
                yield return dispose;
            else if (type.FindImplementationForInterfaceMember(dispose) is IMethodSymbol implementation)
                yield return implementation;
            else if (type.IsRefLikeType && type.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic && m.Parameters.IsEmpty) is { } byPattern)
                yield return byPattern;
        }
    }
}
