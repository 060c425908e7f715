using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Which entry point of the rules that decide what a build rejects (OPT0001, OPT0002) handles which operation kind.
/// One table: <see cref="NarrowingAnalyzer"/> registers it with the driver, and the other-mode check (OPT0006) runs
/// it over an operation tree of the other mode's compilation, so both always apply the same rules.
/// </summary>
internal static class NarrowingRuleTable
{
    public static IReadOnlyList<(OperationKind Kind, Action<OperationAnalysisContext> Rule)> For(NarrowingConversionRule conversions, SlotValueRule slotValues) =>
        new (OperationKind, Action<OperationAnalysisContext>)[]
        {
            (OperationKind.Conversion, conversions.AnalyzeConversion),
            (OperationKind.CompoundAssignment, conversions.AnalyzeCompoundAssignment),
            (OperationKind.Invocation, context =>
            {
                conversions.AnalyzeInvocation(context);
                slotValues.AnalyzeInvocation(context);
            }),
            (OperationKind.Loop, conversions.AnalyzeForEach),
            (OperationKind.SimpleAssignment, slotValues.AnalyzeAssignment),
            (OperationKind.DeconstructionAssignment, slotValues.AnalyzeDeconstruction),
        };
}
