using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Which state slots a parameter stands for: a <c>ref</c>/<c>out</c> parameter given <c>ref state.Count</c>,
/// an array or span parameter given <c>state.Velocity</c>, at some call in a transition's scope. Writes through
/// such a parameter are writes to the slot, at any depth of calls: a parameter passed on to another method
/// binds that method's parameter to the same slots. Built once per compilation with the scope, read-only after.
/// </summary>
internal sealed class ParameterBindings
{
    private readonly Dictionary<(IMethodSymbol Method, int Ordinal), HashSet<StateSlot>> slots = new(KeyComparer.Instance);
    private readonly List<((IMethodSymbol Method, int Ordinal) From, (IMethodSymbol Method, int Ordinal) To)> forwards = new();

    public static ParameterBindings Empty { get; } = new();

    /// <summary>The slots <paramref name="parameter"/> is bound to; empty when none.</summary>
    public ImmutableArray<StateSlot> Of(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method
            || !slots.TryGetValue((MethodIdentity.Normalize(method), parameter.Ordinal), out HashSet<StateSlot>? bound))
            return ImmutableArray<StateSlot>.Empty;
        return bound.ToImmutableArray();
    }

    public void Bind(IMethodSymbol callee, int ordinal, StateSlot slot)
    {
        var key = (MethodIdentity.Normalize(callee), ordinal);
        if (!slots.TryGetValue(key, out HashSet<StateSlot>? bound))
            slots[key] = bound = new HashSet<StateSlot>();
        bound.Add(slot);
    }

    /// <summary><c>Callee(ref steps)</c> inside a method whose own <c>steps</c> parameter may be bound to a slot.</summary>
    public void Forward(IParameterSymbol from, IMethodSymbol callee, int ordinal)
    {
        if (from.ContainingSymbol is IMethodSymbol caller)
            forwards.Add(((MethodIdentity.Normalize(caller), from.Ordinal), (MethodIdentity.Normalize(callee), ordinal)));
    }

    /// <summary>Carries every binding along the forwards until nothing changes (bounded by the number of forwards).</summary>
    public void Propagate()
    {
        bool changed = true;
        for (int round = 0; changed && round <= forwards.Count; round++)
        {
            changed = false;
            foreach (var (from, to) in forwards)
            {
                if (!slots.TryGetValue(from, out HashSet<StateSlot>? source))
                    continue;
                if (!slots.TryGetValue(to, out HashSet<StateSlot>? target))
                    slots[to] = target = new HashSet<StateSlot>();
                foreach (StateSlot slot in source)
                    changed |= target.Add(slot);
            }
        }
    }

    private sealed class KeyComparer : IEqualityComparer<(IMethodSymbol Method, int Ordinal)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((IMethodSymbol Method, int Ordinal) x, (IMethodSymbol Method, int Ordinal) y) =>
            x.Ordinal == y.Ordinal && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, int Ordinal) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31) + key.Ordinal;
    }
}
