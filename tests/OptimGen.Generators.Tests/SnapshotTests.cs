using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>The generated file of every representative spec, in both precision modes, against its reviewed baseline.</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (SpecCase specCase in SpecCase.All)
        {
            data.Add(specCase.Name, "Double");
            data.Add(specCase.Name, "Single");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_spec_matches_its_baseline(string caseName, string precision)
    {
        SpecCase specCase = SpecCase.All.Single(c => c.Name == caseName);
        (GeneratorRunResult result, _) = GeneratorHarness.Run(GeneratorHarness.Compile(specCase.Source), precision);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Exception);
        Snapshot.Match(GeneratorHarness.Source(result, specCase.HintName), $"{caseName}.{precision}");
    }

    [Theory]
    [InlineData("Double")]
    [InlineData("Single")]
    public void Precision_aliases_match_their_baseline(string precision)
    {
        (GeneratorRunResult result, _) = GeneratorHarness.Run(GeneratorHarness.Compile(SpecCase.ContractHeavyBall.Source), precision);

        Snapshot.Match(GeneratorHarness.Source(result, "OptimGen.PrecisionAliases.cs"), $"PrecisionAliases.{precision}");
    }
}
