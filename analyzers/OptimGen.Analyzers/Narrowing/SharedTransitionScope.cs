using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// One <see cref="TransitionScope"/> per compilation for every analyzer that needs it (the narrowing rules and the
/// precision rules): the walk binds every method a transition reaches, so computing it once saves a build that
/// much. A computation cancelled by one caller is dropped rather than handed to the next, whose own token may
/// still be live (the IDE analyzes one compilation with several drivers).
/// </summary>
internal static class SharedTransitionScope
{
    private static readonly ConditionalWeakTable<Compilation, Entry> Entries = new();

    /// <summary>The compilation's scope and the slot cache it was computed with.</summary>
    public static (StateSlots Slots, TransitionScope Scope) Of(Compilation compilation, CancellationToken cancellationToken)
    {
        while (true)
        {
            Entry entry = Entries.GetValue(compilation, key => new Entry(key, cancellationToken));
            try
            {
                return (entry.Slots, entry.Scope.Value);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Another caller's token ended the computation; start again with this one.
                lock (Entries)
                {
                    if (Entries.TryGetValue(compilation, out Entry? current) && ReferenceEquals(current, entry))
                        Entries.Remove(compilation);
                }
            }
        }
    }

    private sealed class Entry
    {
        public Entry(Compilation compilation, CancellationToken cancellationToken)
        {
            Scope = new Lazy<TransitionScope>(() => TransitionScope.Compute(compilation, Slots, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public StateSlots Slots { get; } = new();

        public Lazy<TransitionScope> Scope { get; }
    }
}
