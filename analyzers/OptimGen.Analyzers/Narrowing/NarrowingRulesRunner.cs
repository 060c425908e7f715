using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Runs the narrowing rules over one operation tree in a chosen precision mode, outside the analyzer driver's
/// per-operation callbacks: the narrowing analyzer over the transition scope it computed once
/// (<see cref="NarrowingFindings"/>), and the other-mode check (OPT0006), which asks what OPT0001 and OPT0002 would
/// report if the project were built in the other mode. One instance per compilation and mode.
/// </summary>
internal sealed class NarrowingRulesRunner
{
    private readonly Compilation compilation;
    private readonly AnalyzerOptions options;

    /// <param name="scope">The compilation's transition scope, computed with <paramref name="slots"/>: the rules read
    /// the slots parameters are bound to and the type arguments generic code runs with from it.</param>
    /// <param name="mixedPrecision">Whether OPT0003 runs too (it never decides what a build rejects).</param>
    public NarrowingRulesRunner(Compilation compilation, AnalyzerOptions options, ActivePrecision precision, StateSlots slots, TransitionScope scope,
        bool mixedPrecision = false)
    {
        this.compilation = compilation;
        this.options = options;
        var writes = new SlotWrites(slots, compilation, () => scope.Bindings);
        Rules = NarrowingRuleTable.For(
            new NarrowingConversionRule(precision, writes, () => scope.Instantiations), new SlotValueRule(precision, writes),
            mixedPrecision ? new MixedPrecisionRule(precision, writes) : null);
    }

    /// <summary>The rules by operation kind, for a driver to register where it runs them itself.</summary>
    public IReadOnlyList<(OperationKind Kind, Action<OperationAnalysisContext> Rule)> Rules { get; }

    /// <summary>The diagnostics the rules report on <paramref name="root"/> and everything under it.</summary>
    public List<Diagnostic> Run(IOperation root, ISymbol owner, CancellationToken cancellationToken)
    {
        var found = new List<Diagnostic>();
        Action<Diagnostic> report = found.Add;
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            Action<OperationAnalysisContext>? rule = null;
            foreach ((OperationKind kind, Action<OperationAnalysisContext> entry) in Rules)
            {
                if (kind == operation.Kind)
                    rule = entry;
            }

            if (rule is null)
                continue;
#pragma warning disable CS0618 // Roslyn 4.8's only public constructor; the rules use no control flow graph.
            rule(new OperationAnalysisContext(operation, owner, compilation, options, report, static _ => true, cancellationToken));
#pragma warning restore CS0618
        }

        return found;
    }
}
