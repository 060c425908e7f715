using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The type arguments that generic methods and types are instantiated with from a transition's scope, so
/// that <c>T.CreateTruncating(x)</c> in <c>Convert&lt;T&gt;</c> is checked as <c>int.CreateTruncating(x)</c>
/// when a call in scope says <c>Convert&lt;int&gt;</c>. A type parameter passed on as another's argument
/// (<c>Inner&lt;T&gt;()</c> inside <c>Outer&lt;T&gt;</c>) inherits its instantiations. The type arguments of one
/// instantiation are also kept together, so that a conversion between two type parameters of the same generic
/// (<c>TTo.CreateTruncating(TFrom x)</c>) is checked at the pairs the scope uses (<c>&lt;float, Real&gt;</c> and
/// <c>&lt;Real, Half&gt;</c>), not at every combination of them. Read-only after the scope is built.
/// </summary>
internal sealed class TypeInstantiations
{
    /// <summary>Enough for any realistic strategy; a bound so that no generic recursion grows without end.</summary>
    private const int MaxPerParameter = 16;

    private readonly Dictionary<ITypeParameterSymbol, HashSet<ITypeSymbol>> arguments = new(SymbolEqualityComparer.Default);
    private readonly List<(ITypeParameterSymbol From, ITypeParameterSymbol To)> forwards = new();

    /// <summary>Per generic method or type (its definition): the type argument lists it is instantiated with.</summary>
    private readonly Dictionary<ISymbol, List<ImmutableArray<ITypeSymbol>>> argumentLists = new(SymbolEqualityComparer.Default);

    public static TypeInstantiations Empty { get; } = new();

    /// <summary>The concrete types <paramref name="type"/> stands for: itself unless it is a type parameter.</summary>
    public ImmutableArray<ITypeSymbol> Of(ITypeSymbol? type)
    {
        if (type is null)
            return ImmutableArray<ITypeSymbol>.Empty;
        if (type is not ITypeParameterSymbol parameter)
            return ImmutableArray.Create(type);
        return arguments.TryGetValue(Definition(parameter), out HashSet<ITypeSymbol>? known)
            ? known.ToImmutableArray()
            : ImmutableArray<ITypeSymbol>.Empty;
    }

    /// <summary>
    /// The (source, target) type pairs a conversion from <paramref name="source"/> to <paramref name="target"/> stands
    /// for: when both are type parameters of the same generic method or type, the pairs of its recorded instantiations;
    /// otherwise every combination of what each stands for.
    /// </summary>
    public IEnumerable<(ITypeSymbol Source, ITypeSymbol Target)> Pairs(ITypeSymbol? source, ITypeSymbol? target) =>
        Pairs(source, target, depth: 0);

    private IEnumerable<(ITypeSymbol Source, ITypeSymbol Target)> Pairs(ITypeSymbol? source, ITypeSymbol? target, int depth)
    {
        if (depth < MaxPerParameter && source is ITypeParameterSymbol from && target is ITypeParameterSymbol to
            && SymbolEqualityComparer.Default.Equals(Owner(from), Owner(to))
            && argumentLists.TryGetValue(Owner(from), out List<ImmutableArray<ITypeSymbol>>? lists))
        {
            var seen = new HashSet<(ITypeSymbol, ITypeSymbol)>(new PairComparer());
            foreach (ImmutableArray<ITypeSymbol> list in lists)
            {
                if (from.Ordinal >= list.Length || to.Ordinal >= list.Length)
                    continue;
                foreach (var pair in Pairs(list[from.Ordinal], list[to.Ordinal], depth + 1))
                {
                    if (seen.Add(pair))
                        yield return pair;
                }
            }

            yield break;
        }

        foreach (ITypeSymbol sourceType in Of(source))
        {
            foreach (ITypeSymbol targetType in Of(target))
                yield return (sourceType, targetType);
        }
    }

    /// <summary>Records the type arguments of a method called (and of the types it is a member of).</summary>
    public void Record(IMethodSymbol method)
    {
        IMethodSymbol constructed = method.ReducedFrom is not null ? method.GetConstructedReducedFrom() ?? method : method;
        Record(constructed.OriginalDefinition.TypeParameters, constructed.TypeArguments);
        Record(constructed.ContainingType);
    }

    public void Record(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType && !type.IsUnboundGenericType)
                Record(type.OriginalDefinition.TypeParameters, type.TypeArguments);
        }
    }

    /// <summary>Carries instantiations along the forwards until nothing changes.</summary>
    public void Propagate()
    {
        bool changed = true;
        for (int round = 0; changed && round <= forwards.Count; round++)
        {
            changed = false;
            foreach (var (from, to) in forwards)
            {
                if (!arguments.TryGetValue(from, out HashSet<ITypeSymbol>? source))
                    continue;
                foreach (ITypeSymbol argument in new List<ITypeSymbol>(source))
                    changed |= Add(to, argument);
            }
        }
    }

    private void Record(ImmutableArray<ITypeParameterSymbol> parameters, ImmutableArray<ITypeSymbol> typeArguments)
    {
        if (parameters.Length > 1 && parameters.Length == typeArguments.Length)
            RecordList(Owner(parameters[0]), typeArguments);
        for (int i = 0; i < parameters.Length && i < typeArguments.Length; i++)
        {
            ITypeParameterSymbol parameter = Definition(parameters[i]);
            if (typeArguments[i] is ITypeParameterSymbol passedOn)
            {
                if (!SymbolEqualityComparer.Default.Equals(Definition(passedOn), parameter))
                    forwards.Add((Definition(passedOn), parameter));
            }
            else
            {
                Add(parameter, typeArguments[i]);
            }
        }
    }

    private bool Add(ITypeParameterSymbol parameter, ITypeSymbol argument)
    {
        if (!arguments.TryGetValue(parameter, out HashSet<ITypeSymbol>? known))
            arguments[parameter] = known = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        return known.Count < MaxPerParameter && known.Add(argument);
    }

    private void RecordList(ISymbol owner, ImmutableArray<ITypeSymbol> typeArguments)
    {
        if (!argumentLists.TryGetValue(owner, out List<ImmutableArray<ITypeSymbol>>? lists))
            argumentLists[owner] = lists = new List<ImmutableArray<ITypeSymbol>>();
        if (lists.Count >= MaxPerParameter)
            return;
        foreach (ImmutableArray<ITypeSymbol> known in lists)
        {
            if (ImmutableArrayExtensions.SequenceEqual(known, typeArguments, SymbolEqualityComparer.Default))
                return;
        }

        lists.Add(typeArguments);
    }

    /// <summary>The generic method or type (its definition) a type parameter belongs to.</summary>
    private static ISymbol Owner(ITypeParameterSymbol parameter) => Definition(parameter).ContainingSymbol.OriginalDefinition;

    private sealed class PairComparer : IEqualityComparer<(ITypeSymbol, ITypeSymbol)>
    {
        public bool Equals((ITypeSymbol, ITypeSymbol) x, (ITypeSymbol, ITypeSymbol) y) =>
            SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1) && SymbolEqualityComparer.Default.Equals(x.Item2, y.Item2);

        public int GetHashCode((ITypeSymbol, ITypeSymbol) pair) =>
            (SymbolEqualityComparer.Default.GetHashCode(pair.Item1) * 397) ^ SymbolEqualityComparer.Default.GetHashCode(pair.Item2);
    }

    private static ITypeParameterSymbol Definition(ITypeParameterSymbol parameter) => (ITypeParameterSymbol)parameter.OriginalDefinition;
}
