using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The type arguments that generic methods and types are instantiated with from a transition's scope, so
/// that <c>T.CreateTruncating(x)</c> in <c>Convert&lt;T&gt;</c> is checked as <c>int.CreateTruncating(x)</c>
/// when a call in scope says <c>Convert&lt;int&gt;</c>. A type parameter passed on as another's argument
/// (<c>Inner&lt;T&gt;()</c> inside <c>Outer&lt;T&gt;</c>) inherits its instantiations. Read-only after the scope is built.
/// </summary>
internal sealed class TypeInstantiations
{
    /// <summary>Enough for any realistic strategy; a bound so that no generic recursion grows without end.</summary>
    private const int MaxPerParameter = 16;

    private readonly Dictionary<ITypeParameterSymbol, HashSet<ITypeSymbol>> arguments = new(SymbolEqualityComparer.Default);
    private readonly List<(ITypeParameterSymbol From, ITypeParameterSymbol To)> forwards = new();

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

    private static ITypeParameterSymbol Definition(ITypeParameterSymbol parameter) => (ITypeParameterSymbol)parameter.OriginalDefinition;
}
