using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Which state slots a parameter stands for: a <c>ref</c>/<c>out</c> parameter given <c>ref state.Count</c>,
/// an array or span parameter given <c>state.Velocity</c>, at some call in a transition's scope. Writes through
/// such a parameter are writes to the slot, at any depth of calls: a parameter passed on to another method
/// binds that method's parameter to the same slots. A C# 14 extension block's receiver is keyed by its block, whose
/// members all share it (<see cref="ExtensionReceivers"/>). Built once per compilation with the scope, read-only after.
/// </summary>
internal sealed class ParameterBindings
{
    private const int ReceiverOrdinal = -1;

    private readonly Dictionary<(ISymbol Owner, int Ordinal), HashSet<StateSlot>> slots = new(KeyComparer.Instance);
    private readonly List<((ISymbol Owner, int Ordinal) From, (ISymbol Owner, int Ordinal) To)> forwards = new();

    public static ParameterBindings Empty { get; } = new();

    /// <summary>The slots <paramref name="parameter"/> is bound to; empty when none.</summary>
    public ImmutableArray<StateSlot> Of(IParameterSymbol parameter)
    {
        if (KeyOf(parameter) is not { } key || !slots.TryGetValue(key, out HashSet<StateSlot>? bound))
            return ImmutableArray<StateSlot>.Empty;
        return bound.ToImmutableArray();
    }

    public void Bind(IMethodSymbol callee, int ordinal, StateSlot slot) => Bind((MethodIdentity.Normalize(callee), ordinal), slot);

    /// <summary><c>state.Ring.AsSpan().Stamp(n)</c>: the receiver of the extension block declaring <paramref name="callee"/> is given the slot.</summary>
    public void BindReceiver(IMethodSymbol callee, StateSlot slot)
    {
        if (callee.ContainingType is { } block)
            Bind((block.OriginalDefinition, ReceiverOrdinal), slot);
    }

    private void Bind((ISymbol Owner, int Ordinal) key, StateSlot slot)
    {
        if (!slots.TryGetValue(key, out HashSet<StateSlot>? bound))
            slots[key] = bound = new HashSet<StateSlot>();
        bound.Add(slot);
    }

    /// <summary><c>Callee(ref steps)</c> inside a method whose own <c>steps</c> parameter may be bound to a slot.</summary>
    public void Forward(IParameterSymbol from, IMethodSymbol callee, int ordinal)
    {
        if (KeyOf(from) is { } source)
            forwards.Add((source, (MethodIdentity.Normalize(callee), ordinal)));
    }

    /// <summary><c>steps.Stamp()</c> inside a method whose own <c>steps</c> parameter may be bound to a slot.</summary>
    public void ForwardToReceiver(IParameterSymbol from, IMethodSymbol callee)
    {
        if (KeyOf(from) is { } source && callee.ContainingType is { } block)
            forwards.Add((source, (block.OriginalDefinition, ReceiverOrdinal)));
    }

    private static (ISymbol Owner, int Ordinal)? KeyOf(IParameterSymbol parameter) => parameter.ContainingSymbol switch
    {
        IMethodSymbol method => (MethodIdentity.Normalize(method), parameter.Ordinal),
        _ when ExtensionReceivers.BlockOf(parameter) is { } block => (block, ReceiverOrdinal),
        _ => null,
    };

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

    private sealed class KeyComparer : IEqualityComparer<(ISymbol Owner, int Ordinal)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((ISymbol Owner, int Ordinal) x, (ISymbol Owner, int Ordinal) y) =>
            x.Ordinal == y.Ordinal && SymbolEqualityComparer.Default.Equals(x.Owner, y.Owner);

        public int GetHashCode((ISymbol Owner, int Ordinal) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Owner) * 31) + key.Ordinal;
    }
}
