using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The bodies a call can run that its target does not name: the implementations in this compilation of an
/// interface member (called on an interface-typed value, through a constrained type parameter such as
/// <c>TSearch : struct, ILineSearch</c>, or as a static abstract member) and the overrides of a virtual or
/// abstract member (also of a virtual or abstract method that implements an interface member). The compilation's types are
/// indexed once, on first need; answers are kept per member.
/// </summary>
internal sealed class DispatchTargets
{
    private readonly Compilation compilation;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> byMember = new(SymbolEqualityComparer.Default);
    private TypeIndex? index;

    public DispatchTargets(Compilation compilation, CancellationToken cancellationToken)
    {
        this.compilation = compilation;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The source implementations or overrides of <paramref name="member"/>; empty for a method nothing can replace.</summary>
    public ImmutableArray<IMethodSymbol> Of(IMethodSymbol member)
    {
        bool isInterfaceMember = member.ContainingType?.TypeKind == TypeKind.Interface && (member.IsAbstract || member.IsVirtual);
        bool isOverridable = !isInterfaceMember && (member.IsVirtual || member.IsAbstract || (member.IsOverride && !member.IsSealed));
        if (!isInterfaceMember && !isOverridable)
            return ImmutableArray<IMethodSymbol>.Empty;

        IMethodSymbol definition = member.OriginalDefinition;
        if (byMember.TryGetValue(definition, out ImmutableArray<IMethodSymbol> known))
            return known;
        ImmutableArray<IMethodSymbol> found = (isInterfaceMember ? ImplementationsAndTheirOverrides(definition) : Overrides(definition)).ToImmutableArray();
        byMember[definition] = found;
        return found;
    }

    /// <summary>
    /// The implementations of an interface member, and the overrides of those that are virtual or abstract: an abstract base
    /// class can implement the member with an abstract method that its subclasses override, which is what then runs.
    /// </summary>
    private IEnumerable<IMethodSymbol> ImplementationsAndTheirOverrides(IMethodSymbol member)
    {
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (IMethodSymbol implementation in Implementations(member))
        {
            if (seen.Add(implementation))
                yield return implementation;
            if (!implementation.IsVirtual && !implementation.IsAbstract && !(implementation.IsOverride && !implementation.IsSealed))
                continue;
            foreach (IMethodSymbol overriding in Overrides(implementation.OriginalDefinition))
            {
                if (seen.Add(overriding))
                    yield return overriding;
            }
        }
    }

    private IEnumerable<IMethodSymbol> Implementations(IMethodSymbol member)
    {
        if (!Index().ImplementersByInterface.TryGetValue(member.ContainingType.OriginalDefinition, out List<(INamedTypeSymbol Type, INamedTypeSymbol Implemented)>? implementers))
            yield break;
        foreach (var (type, implemented) in implementers)
        {
            ISymbol? constructedMember = implemented.GetMembers(member.Name)
                .FirstOrDefault(candidate => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, member));
            if (constructedMember is not null && type.FindImplementationForInterfaceMember(constructedMember) is IMethodSymbol implementation
                && MethodIdentity.IsInSource(implementation, compilation))
                yield return implementation;
        }
    }

    private IEnumerable<IMethodSymbol> Overrides(IMethodSymbol member)
    {
        if (!Index().OverridesByName.TryGetValue(member.Name, out List<IMethodSymbol>? candidates))
            yield break;
        foreach (IMethodSymbol method in candidates)
        {
            for (IMethodSymbol? overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, member))
                {
                    yield return method;
                    break;
                }
            }
        }
    }

    /// <summary>The compilation's types by the interfaces they implement, and its overrides by name: one pass, on first need.</summary>
    private TypeIndex Index()
    {
        if (index is not null)
            return index;
        index = new TypeIndex();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamespaceOrTypeSymbol current = pending.Pop();
            foreach (INamespaceOrTypeSymbol member in current.GetMembers().OfType<INamespaceOrTypeSymbol>())
                pending.Push(member);
            if (current is not INamedTypeSymbol type || type.TypeKind == TypeKind.Interface)
                continue;
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
                index.Add(implemented.OriginalDefinition, (type, implemented));
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is IMethodSymbol { IsOverride: true } method && MethodIdentity.IsInSource(method, compilation))
                    index.Add(method.Name, method);
            }
        }

        return index;
    }

    private sealed class TypeIndex
    {
        public Dictionary<INamedTypeSymbol, List<(INamedTypeSymbol Type, INamedTypeSymbol Implemented)>> ImplementersByInterface { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<string, List<IMethodSymbol>> OverridesByName { get; } = new();

        public void Add(INamedTypeSymbol contract, (INamedTypeSymbol Type, INamedTypeSymbol Implemented) implementer)
        {
            if (!ImplementersByInterface.TryGetValue(contract, out var list))
                ImplementersByInterface[contract] = list = new();
            list.Add(implementer);
        }

        public void Add(string name, IMethodSymbol method)
        {
            if (!OverridesByName.TryGetValue(name, out var list))
                OverridesByName[name] = list = new();
            list.Add(method);
        }
    }
}
