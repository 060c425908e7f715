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
/// scope (<see cref="DispatchTargets"/>).
/// </summary>
internal static class LibraryCallbacks
{
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
