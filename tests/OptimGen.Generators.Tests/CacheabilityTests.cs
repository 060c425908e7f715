using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Generators.Tests.Infrastructure;
using OptimGen.Testing;

namespace OptimGen.Generators.Tests;

/// <summary>
/// The pipeline is incremental: after an unrelated edit every tracked step is cached or unchanged and no
/// file is regenerated; no step's output holds a compilation, symbol, syntax or location.
/// </summary>
public sealed class CacheabilityTests
{
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    // Distinct type names, so that all of them can share one compilation.
    private static readonly SpecCase[] Specs = SpecCase.All.Where(c => c != SpecCase.PerParameterSlot).ToArray();

    // Malformed specs too: the generator reads them (their results are cached like the others); one that is not
    // partial gets nothing, one with no transition gets an empty State.
    private const string Malformed = "using OptimGen; [Optimizer] public class NotPartial { }";
    private const string MalformedWithPlaceholder = "using OptimGen; [Optimizer] public partial class NoTransition { }";

    private static CSharpCompilation Compilation() =>
        GeneratorHarness.Compile(Specs.Select(c => c.Source).Append(Malformed).Append(MalformedWithPlaceholder).ToArray());

    [Fact]
    public void Second_run_after_an_unrelated_edit_is_fully_cached()
    {
        CSharpCompilation compilation = Compilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver("Double").RunGenerators(compilation);
        CSharpCompilation edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("internal static class Unrelated { public static int Answer => 42; }", GeneratorHarness.ParseOptions, "/src/Unrelated.cs"));

        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(TrackedSteps.OrderBy(s => s), second.TrackedSteps.Keys.Intersect(TrackedSteps).OrderBy(s => s));
        foreach (string step in TrackedSteps)
            AssertAllOutputs(second, step, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_a_transition_body_reparses_but_regenerates_nothing()
    {
        GeneratorRunResult second = RunAfterEditingHeavyBall("state.Steps += 1;", "state.Steps += 2;");

        AssertAllOutputs(second, TrackingNames.Specs, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Adding_a_slot_regenerates_that_spec()
    {
        GeneratorRunResult second = RunAfterEditingHeavyBall("[State] private Integer steps;", "[State] private Integer steps; [State] private Real extra;");

        Assert.Contains(second.TrackedSteps[TrackingNames.Specs].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("public double Extra;", GeneratorHarness.Source(second, "HeavyBall.g.cs"));
    }

    [Fact]
    public void Changing_the_precision_reemits_without_reparsing()
    {
        CSharpCompilation compilation = Compilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver("Double").RunGenerators(compilation);
        BuildPropertyOptions singleOptions = BuildPropertyOptions.ForPrecision("Single");

        GeneratorRunResult second = driver.WithUpdatedAnalyzerConfigOptions(singleOptions).RunGenerators(compilation).GetRunResult().Results.Single();

        AssertAllOutputs(second, TrackingNames.ParsedSpecs, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAllOutputs(second, TrackingNames.Specs, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.All(second.TrackedSteps[TrackingNames.SpecsWithPrecision].SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
        Assert.Contains("public int Steps;", GeneratorHarness.Source(second, "HeavyBall.g.cs"));
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_or_location()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver("Double").RunGenerators(Compilation());
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        foreach (string step in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
                Assert.Null(ForbiddenReferences.Find(output.Value));
        }
    }

    [Fact]
    public void The_graph_walker_finds_a_symbol_when_there_is_one()
    {
        ISymbol symbol = Compilation().GetTypeByMetadataName("HeavyBall")!;

        Assert.NotNull(ForbiddenReferences.Find(ImmutableArray.Create((object)("model", symbol))));
    }

    /// <summary>Runs the generator, replaces <paramref name="text"/> in the HeavyBall spec, and runs it again.</summary>
    private static GeneratorRunResult RunAfterEditingHeavyBall(string text, string replacement)
    {
        CSharpCompilation compilation = Compilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver("Double").RunGenerators(compilation);
        SyntaxTree heavyBall = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class HeavyBall"));
        int position = heavyBall.ToString().IndexOf(text, StringComparison.Ordinal);
        Assert.True(position >= 0, $"'{text}' is not in the HeavyBall spec");
        SyntaxTree edited = heavyBall.WithChangedText(heavyBall.GetText().Replace(position, text.Length, replacement));
        return driver.RunGenerators(compilation.ReplaceSyntaxTree(heavyBall, edited)).GetRunResult().Results.Single();
    }

    private static void AssertAllOutputs(GeneratorRunResult result, string step, params IncrementalStepRunReason[] allowed)
    {
        ImmutableArray<IncrementalGeneratorRunStep> runs = result.TrackedSteps[step];
        Assert.NotEmpty(runs);
        foreach (var output in runs.SelectMany(r => r.Outputs))
            Assert.True(allowed.Contains(output.Reason), $"Step '{step}' produced an output with reason {output.Reason}.");
    }
}
