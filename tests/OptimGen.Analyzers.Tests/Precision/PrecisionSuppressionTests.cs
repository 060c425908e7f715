using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// The rules checked for both modes are suppressed like any analyzer diagnostic, and the framework's own passes
/// that the case tests skip for speed (the file marked generated, every diagnostic under <c>#pragma</c>) run here.
/// </summary>
public sealed class PrecisionSuppressionTests
{
    [Theory]
    [InlineData("OPT0004", "state.Value = {|#0:(Real)1e-50|};")]
    [InlineData("OPT0005", "{|#0:state.Value++|};")]
    [InlineData("OPT0006", "long big = state.Total;\nstate.Count = {|#0:big|};")]
    public async Task Framework_generated_code_and_suppression_passes(string id, string body)
    {
        var test = new PrecisionAnalyzerTest(Mode.Double) { TestCode = SpecTemplate.Wrap(body) };
        test.TestBehaviors &= ~(TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_severity_none_silences_the_other_mode_check()
    {
        var test = new PrecisionAnalyzerTest(Mode.Double) { TestCode = SpecTemplate.Wrap("long big = state.Total;\nstate.Count = big;") };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.OPT0006.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_global_switch_turns_the_other_mode_compilation_off()
    {
        var test = new PrecisionAnalyzerTest(Mode.Double) { TestCode = SpecTemplate.Wrap("long big = state.Total;\nstate.Count = big;") };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig2", "is_global = true\noptimgen_check_other_mode = false\n"));
        await test.RunAsync();
    }
}
