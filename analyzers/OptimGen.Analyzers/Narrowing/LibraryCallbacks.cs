using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// An object of a source type handed to a library method as an interface, which the library then calls:
/// <c>Array.Sort(keys, new ByValue())</c> runs <c>ByValue.Compare</c> as surely as a lambda given to
/// <c>Array.Sort</c> runs. The members of that interface (and of the interfaces it extends) that the type implements
/// in source are in scope. Only the argument's own type is known: an object already typed by the interface is not
/// followed, since any implementation could be behind it. Likewise a collection of a source type handed to (or sorted by)
/// a library method: <c>Array.Sort(candidates)</c> and <c>list.Sort()</c> compare the elements through their own
/// <c>IComparable&lt;T&gt;</c>, <c>IComparable</c> or <c>IEquatable&lt;T&gt;</c>, as the default comparers do.
/// </summary>
internal static class LibraryCallbacks
{
    /// <summary>The comparisons a library method runs on the elements of a collection of a source type it is given.</summary>
    public static IEnumerable<IMethodSymbol> OfElements(IOperation collection, Compilation compilation)
    {
        if (ElementOf(collection.WithoutImplicitConversions().Type) is not INamedTypeSymbol element || element.TypeKind == TypeKind.Interface
            || !SymbolEqualityComparer.Default.Equals(element.ContainingAssembly, compilation.Assembly))
            yield break;
        foreach (INamedTypeSymbol implemented in element.AllInterfaces)
        {
            if (implemented.ContainingNamespace?.ToDisplayString() != "System" || implemented.Name is not ("IComparable" or "IEquatable"))
                continue;
            foreach (ISymbol member in implemented.GetMembers())
            {
                if (!member.IsStatic && element.FindImplementationForInterfaceMember(member) is IMethodSymbol body && MethodIdentity.IsInSource(body, compilation))
                    yield return body;
            }
        }
    }

    /// <summary>The element type of an array, or of a generic collection or span (its single type argument).</summary>
    private static ITypeSymbol? ElementOf(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { Arity: 1 } generic when generic.TypeKind != TypeKind.Delegate => generic.TypeArguments[0],
        _ => null,
    };

    public static IEnumerable<IMethodSymbol> Of(IOperation argument, Compilation compilation)
    {
        if (argument is not IConversionOperation { IsImplicit: true, Type: INamedTypeSymbol { TypeKind: TypeKind.Interface } contract, Operand.Type: INamedTypeSymbol source }
            || source.TypeKind == TypeKind.Interface || !SymbolEqualityComparer.Default.Equals(source.ContainingAssembly, compilation.Assembly))
            yield break;
        foreach (INamedTypeSymbol implemented in contract.AllInterfaces.Prepend(contract))
        {
            foreach (ISymbol member in implemented.GetMembers())
            {
                if (member.IsStatic || source.FindImplementationForInterfaceMember(member) is not { } implementation)
                    continue;
                IEnumerable<IMethodSymbol?> bodies = implementation switch
                {
                    IMethodSymbol method => new[] { method },
                    IPropertySymbol property => new[] { property.GetMethod, property.SetMethod },
                    _ => Enumerable.Empty<IMethodSymbol?>(),
                };
                foreach (IMethodSymbol? body in bodies)
                {
                    if (body is not null && MethodIdentity.IsInSource(body, compilation))
                        yield return body;
                }
            }
        }
    }
}
