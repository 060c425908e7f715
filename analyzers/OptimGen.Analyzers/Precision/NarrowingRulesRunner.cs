using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Analyzers.Narrowing;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// Runs the narrowing rules that decide what a build rejects, OPT0001 and OPT0002, over one operation tree in a
/// chosen precision mode, outside the analyzer driver: the other-mode check (OPT0006) asks what they would
/// report if the project were built in the other mode. One instance per compilation and mode.
/// </summary>
internal sealed class NarrowingRulesRunner
{
    private readonly Compilation compilation;
    private readonly AnalyzerOptions options;
    private readonly NarrowingConversionRule conversions;
    private readonly SlotValueRule slotValues;

    public NarrowingRulesRunner(Compilation compilation, AnalyzerOptions options, ActivePrecision precision)
    {
        this.compilation = compilation;
        this.options = options;
        var slots = new StateSlots();
        conversions = new NarrowingConversionRule(precision, slots);
        slotValues = new SlotValueRule(precision, slots);
    }

    /// <summary>The OPT0001/OPT0002 diagnostics the rules report on <paramref name="root"/> and everything under it.</summary>
    public List<Diagnostic> Run(IOperation root, ISymbol owner, CancellationToken cancellationToken)
    {
        var found = new List<Diagnostic>();
        Action<Diagnostic> report = found.Add;
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            Action<OperationAnalysisContext>? rule = operation.Kind switch
            {
                OperationKind.Conversion => conversions.AnalyzeConversion,
                OperationKind.CompoundAssignment => conversions.AnalyzeCompoundAssignment,
                OperationKind.Invocation => conversions.AnalyzeInvocation,
                OperationKind.SimpleAssignment => slotValues.AnalyzeAssignment,
                OperationKind.DeconstructionAssignment => slotValues.AnalyzeDeconstruction,
                _ => null,
            };
            if (rule is null)
                continue;
#pragma warning disable CS0618 // Roslyn 4.8's only public constructor; the rules use no control flow graph.
            rule(new OperationAnalysisContext(operation, owner, compilation, options, report, static _ => true, cancellationToken));
#pragma warning restore CS0618
        }

        return found;
    }
}
