using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>Every analyzer case, by name.</summary>
internal static class CaseCatalogue
{
    public static ImmutableArray<AnalyzerCase> All { get; } = SlotValueCases.All()
        .Concat(NarrowingConversionCases.All())
        .Concat(MixedPrecisionCases.All())
        .Concat(SeedStyleCases.All())
        .Concat(ScopeCases.All())
        .Concat(SlotFlowCases.All())
        .Concat(ConversionFormCases.All())
        .Concat(ExemptionCases.All())
        .Concat(IdiomaticCases.All())
        .Concat(FreshEyesCases.All())
        .Concat(FreshEyesCasesRound2.All())
        .Concat(FreshEyesCasesRound3.All())
        .Concat(FreshEyesCasesRound4.All())
        .Concat(FreshEyesCasesRound5.All())
        .Concat(FreshEyesCasesRound6.All())
        .Concat(FreshEyesCasesRound7.All())
        .Concat(FreshEyesCasesRound8.Classic())
        .Concat(FreshEyesCasesRound9.All())
        .Concat(RealisticOptimizerCases.All())
        .Concat(OptaxPortCases.All())
        .Concat(DelegateContainerCases.All())
        .Concat(InterfaceArgumentCases.All())
        .ToImmutableArray();

    public static IReadOnlyDictionary<string, AnalyzerCase> ByName { get; } = All.ToDictionary(c => c.Name);
}
