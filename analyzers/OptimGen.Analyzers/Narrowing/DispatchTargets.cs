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
/// abstract member. The compilation's types are listed on first need; answers are kept per member.
/// </summary>
internal sealed class DispatchTargets
{
    private readonly Compilation compilation;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> byMember = new(SymbolEqualityComparer.Default);
    private List<INamedTypeSymbol>? sourceTypes;

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
        ImmutableArray<IMethodSymbol> found = (isInterfaceMember ? Implementations(definition) : Overrides(definition)).ToImmutableArray();
        byMember[definition] = found;
        return found;
    }

    private IEnumerable<IMethodSymbol> Implementations(IMethodSymbol member)
    {
        INamedTypeSymbol contract = member.ContainingType.OriginalDefinition;
        foreach (INamedTypeSymbol type in SourceTypes())
        {
            if (type.TypeKind == TypeKind.Interface)
                continue;
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (!SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, contract))
                    continue;
                ISymbol? constructedMember = implemented.GetMembers(member.Name)
                    .FirstOrDefault(candidate => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, member));
                if (constructedMember is not null && type.FindImplementationForInterfaceMember(constructedMember) is IMethodSymbol implementation
                    && MethodIdentity.IsInSource(implementation, compilation))
                    yield return implementation;
            }
        }
    }

    private IEnumerable<IMethodSymbol> Overrides(IMethodSymbol member)
    {
        foreach (INamedTypeSymbol type in SourceTypes())
        {
            foreach (ISymbol candidate in type.GetMembers(member.Name))
            {
                if (candidate is not IMethodSymbol { IsOverride: true } method || !MethodIdentity.IsInSource(method, compilation))
                    continue;
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
    }

    /// <summary>Every named type declared in this compilation, nested ones included.</summary>
    private List<INamedTypeSymbol> SourceTypes()
    {
        if (sourceTypes is not null)
            return sourceTypes;
        sourceTypes = new List<INamedTypeSymbol>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamespaceOrTypeSymbol current = pending.Pop();
            if (current is INamedTypeSymbol type)
                sourceTypes.Add(type);
            foreach (INamespaceOrTypeSymbol member in current.GetMembers().OfType<INamespaceOrTypeSymbol>())
                pending.Push(member);
        }

        return sourceTypes;
    }
}
