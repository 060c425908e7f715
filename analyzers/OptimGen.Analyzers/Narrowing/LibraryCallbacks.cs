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
/// followed, since any implementation could be behind it.
/// </summary>
internal static class LibraryCallbacks
{
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
