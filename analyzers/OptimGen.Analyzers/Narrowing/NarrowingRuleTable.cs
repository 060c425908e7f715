using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Which entry point of the narrowing rules handles which operation kind. One table: the narrowing analyzer runs it
/// over the transition scope (<see cref="NarrowingFindings"/>, or through the driver for files under
/// <c>optimgen_narrowing_scope = all</c>), and the other-mode check (OPT0006) runs the part that decides what a build
/// rejects, OPT0001 and OPT0002, over the other mode's compilation, so both always apply the same rules.
/// </summary>
internal static class NarrowingRuleTable
{
    /// <param name="mixedPrecision">OPT0003 too; null for only the rules that decide what a build rejects.</param>
    public static IReadOnlyList<(OperationKind Kind, Action<OperationAnalysisContext> Rule)> For(NarrowingConversionRule conversions, SlotValueRule slotValues,
        MixedPrecisionRule? mixedPrecision = null) =>
        new (OperationKind, Action<OperationAnalysisContext>)[]
        {
            (OperationKind.Conversion, mixedPrecision is null
                ? conversions.AnalyzeConversion
                : context =>
                {
                    conversions.AnalyzeConversion(context);
                    mixedPrecision.AnalyzeConversion(context);
                }),
            (OperationKind.CompoundAssignment, conversions.AnalyzeCompoundAssignment),
            (OperationKind.Invocation, context =>
            {
                conversions.AnalyzeInvocation(context);
                slotValues.AnalyzeInvocation(context);
            }),
            (OperationKind.Loop, conversions.AnalyzeForEach),
            (OperationKind.MethodReference, conversions.AnalyzeMethodReference),
            (OperationKind.SimpleAssignment, slotValues.AnalyzeAssignment),
            (OperationKind.DeconstructionAssignment, slotValues.AnalyzeDeconstruction),
        };
}
