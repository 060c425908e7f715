using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// Standard suppression works for every rule (<c>#pragma</c>, <c>.editorconfig</c> severity,
/// <c>[SuppressMessage]</c>), and the framework's own passes that the case tests skip for speed (the file
/// marked as generated, every diagnostic under <c>#pragma</c>) run here once per rule.
/// </summary>
public sealed class SuppressionTests
{
    private const string SeedLine = "int inner = MemorySize;\nstate.Count = {|#0:inner|};";

    [Theory]
    [InlineData("OPT0001", "update[0] = {|#0:(float)gradient[0]|} * LearningRate;")]
    [InlineData("OPT0002", SeedLine)]
    [InlineData("OPT0003", "update[0] = gradient[0] * {|#0:0.1f|};")]
    public async Task Framework_generated_code_and_suppression_passes(string id, string body)
    {
        var test = new NarrowingAnalyzerTest(Mode.Double) { TestCode = SpecTemplate.Wrap(body) };
        test.TestBehaviors &= ~(TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(id, Severity(id)).WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Pragma_warning_disable_silences_the_seed()
    {
        var test = new NarrowingAnalyzerTest(Mode.Double)
        {
            TestCode = SpecTemplate.Wrap("int inner = MemorySize;\n#pragma warning disable OPT0002 // counted in int on purpose\nstate.Count = inner;\n#pragma warning restore OPT0002"),
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task SuppressMessage_silences_a_helper()
    {
        var test = new NarrowingAnalyzerTest(Mode.Double)
        {
            TestCode = SpecTemplate.Wrap("Record(ref state);", """
                [System.Diagnostics.CodeAnalysis.SuppressMessage("OptimGen.Precision", "OPT0002", Justification = "test")]
                private void Record(ref State state)
                {
                    int inner = MemorySize;
                    state.Count = inner;
                }
                """),
        };
        await test.RunAsync();
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("error", DiagnosticSeverity.Error)]
    public async Task Editorconfig_sets_the_severity(string severity, DiagnosticSeverity? reported)
    {
        var test = new NarrowingAnalyzerTest(Mode.Double) { TestCode = SpecTemplate.Wrap(SeedLine) };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n[*.cs]\ndotnet_diagnostic.OPT0002.severity = {severity}\n"));
        if (reported is { } expected)
            test.ExpectedDiagnostics.Add(new DiagnosticResult("OPT0002", expected).WithLocation(0));
        await test.RunAsync();
    }

    private static DiagnosticSeverity Severity(string id) =>
        id == NarrowingDiagnostics.MixedPrecisionId ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
}
