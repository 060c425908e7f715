using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// An object handed to a library method as an interface, which the library then calls: <c>Array.Sort(keys, new
/// ByValue())</c> runs <c>ByValue.Compare</c> as surely as a lambda given to <c>Array.Sort</c> runs. When the
/// argument's own source type is known, the members of that interface (and of the interfaces it extends) that the
/// type implements in source are in scope. When the object is already typed by the interface (a field
/// <c>IComparer&lt;Real&gt; order</c>), any implementation could be behind it, so the interface's members are
/// returned and the caller takes every source implementation of them, as it does for a call on such a value made in
/// scope (<see cref="DispatchTargets"/>). Likewise a collection of a source type handed to (or sorted by) a library
/// method: <c>Array.Sort(candidates)</c> and <c>list.Sort()</c> compare the elements through their own
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

    /// <summary>The interface members an argument's object can run when the library calls it (see the type's summary).</summary>
    public static IEnumerable<IMethodSymbol> Of(IOperation argument, Compilation compilation)
    {
        IOperation value = argument is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : argument;
        if (argument.Type is not INamedTypeSymbol { TypeKind: TypeKind.Interface } contract || value.Type is not INamedTypeSymbol source)
            return Enumerable.Empty<IMethodSymbol>();
        if (source.TypeKind == TypeKind.Interface)
            return Members(source).Where(member => !member.IsStatic && (member.IsAbstract || member.IsVirtual));
        if (!SymbolEqualityComparer.Default.Equals(source.ContainingAssembly, compilation.Assembly))
            return Enumerable.Empty<IMethodSymbol>();
        return ImplementedBy(source, contract, compilation);
    }

    private static IEnumerable<IMethodSymbol> ImplementedBy(INamedTypeSymbol source, INamedTypeSymbol contract, Compilation compilation)
    {
        foreach (INamedTypeSymbol implemented in contract.AllInterfaces.Prepend(contract))
        {
            foreach (ISymbol member in implemented.GetMembers())
            {
                if (member.IsStatic || source.FindImplementationForInterfaceMember(member) is not { } implementation)
                    continue;
                foreach (IMethodSymbol body in Bodies(implementation))
                {
                    if (MethodIdentity.IsInSource(body, compilation))
                        yield return body;
                }
            }
        }
    }

    /// <summary>The methods and accessors an interface (with the interfaces it extends) declares.</summary>
    private static IEnumerable<IMethodSymbol> Members(INamedTypeSymbol contract) =>
        contract.AllInterfaces.Prepend(contract).SelectMany(implemented => implemented.GetMembers()).SelectMany(Bodies);

    private static IEnumerable<IMethodSymbol> Bodies(ISymbol member) => member switch
    {
        IMethodSymbol method => new[] { method },
        IPropertySymbol property => new[] { property.GetMethod, property.SetMethod }.OfType<IMethodSymbol>(),
        _ => Enumerable.Empty<IMethodSymbol>(),
    };
}
