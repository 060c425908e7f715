using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>Every case of the rules checked for both modes (OPT0004–OPT0006), by name.</summary>
internal static class PrecisionCaseCatalogue
{
    public static ImmutableArray<AnalyzerCase> All { get; } = CollapsingConstantCases.All()
        .Concat(RealCounterCases.All())
        .Concat(OtherModeCases.All())
        .Concat(FreshEyesPrecisionCases.All())
        .Concat(FreshEyesPrecisionCasesRound2.All())
        .Concat(FreshEyesPrecisionCasesRound3.All())
        .Concat(FreshEyesPrecisionCasesRound4.All())
        .Concat(FreshEyesPrecisionCasesRound5.All())
        .Concat(FreshEyesPrecisionCasesRound6.All())
        .Concat(FreshEyesPrecisionCasesRound7.All())
        .Concat(FreshEyesPrecisionCasesRound8.All())
        .Concat(FreshEyesPrecisionCasesRound9.All())
        .Concat(RealisticPrecisionCases.All())
        .ToImmutableArray();

    public static IReadOnlyDictionary<string, AnalyzerCase> ByName { get; } = All.ToDictionary(c => c.Name);
}

/// <summary>The message arguments of OPT0004–OPT0006, and the compiler errors the other mode's build shows.</summary>
internal static class PrecisionMessages
{
    public static Expected Collapse(string constant, string becomes, string mode = "Single", int marker = 0) =>
        new("OPT0004", marker, constant, becomes, mode);

    public static Expected Counter(string slot, string declared = "Real", int marker = 0) => new("OPT0005", marker, slot, declared);

    public static Expected OtherMode(string id, string mode, string message, int marker = 0) => new("OPT0006", marker, id, mode, message);

    public static Expected CompilerError(string id, int marker = 0) => new(id, marker);

    /// <summary>CS0266 as the compiler words it.</summary>
    public static string CannotConvert(string from, string to) =>
        $"Cannot implicitly convert type '{from}' to '{to}'. An explicit conversion exists (are you missing a cast?)";
}
