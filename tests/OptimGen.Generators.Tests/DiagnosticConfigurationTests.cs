using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>
/// Spec diagnostics come from an analyzer at real locations, so they follow the project's configuration like
/// any analyzer's: an .editorconfig section, a global config, #pragma and [SuppressMessage] on the type, the
/// member, the namespace or the assembly. Suppressing one does not make the spec valid.
/// </summary>
public sealed class DiagnosticConfigurationTests
{
    private const string Spec = """
        using System;
        using OptimGen;

        [Optimizer]
        public partial class Spec
        {
        PRAGMA
            [Hyperparameter] public Real {|#0:Rate|} { get; set; }

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }
        }
        """;

    private static string Source(string pragma = "") => Spec.Replace("PRAGMA", pragma);

    private static DiagnosticResult Opt1012(DiagnosticSeverity severity) =>
        new DiagnosticResult("OPT1012", severity).WithLocation(0).WithArguments("Rate", "Spec");

    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("error", DiagnosticSeverity.Error)]
    public Task An_editorconfig_section_sets_the_severity(string setting, DiagnosticSeverity expected) =>
        new SpecDiagnosticTest(Source())
            .WithConfig("/.editorconfig", $"root = true\n\n[*.cs]\ndotnet_diagnostic.OPT1012.severity = {setting}\n")
            .Expect(Opt1012(expected))
            .RunAsync();

    [Fact]
    public Task An_editorconfig_section_can_turn_it_off() =>
        new SpecDiagnosticTest(Source().Replace("{|#0:Rate|}", "Rate"))
            .WithConfig("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.OPT1012.severity = none\n")
            .RunAsync();

    [Fact]
    public Task A_section_for_other_files_does_not_apply() =>
        new SpecDiagnosticTest(Source())
            .WithConfig("/.editorconfig", "root = true\n\n[*.vb]\ndotnet_diagnostic.OPT1012.severity = none\n")
            .Expect(Opt1012(DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task A_global_config_sets_the_severity() =>
        new SpecDiagnosticTest(Source())
            .WithConfig("/.globalconfig", "is_global = true\ndotnet_diagnostic.OPT1012.severity = warning\n")
            .Expect(Opt1012(DiagnosticSeverity.Warning))
            .RunAsync();

    [Fact]
    public Task Pragma_disable_suppresses_and_restore_ends_it() =>
        new SpecDiagnosticTest(Source("#pragma warning disable OPT1012").Replace("{|#0:Rate|}", "Rate"))
            .RunAsync();

    [Fact]
    public Task Pragma_for_another_id_does_not_suppress() =>
        new SpecDiagnosticTest(Source("#pragma warning disable OPT1011"))
            .Expect(Opt1012(DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task Pragma_restore_before_the_member_reports_again() =>
        new SpecDiagnosticTest(Source("#pragma warning disable OPT1012\n#pragma warning restore OPT1012"))
            .WithoutSuppressionPass()
            .Expect(Opt1012(DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task SuppressMessage_on_the_spec_suppresses() =>
        new SpecDiagnosticTest(Source().Replace("{|#0:Rate|}", "Rate")
                .Replace("[Optimizer]", "[Optimizer, System.Diagnostics.CodeAnalysis.SuppressMessage(\"OptimGen\", \"OPT1012:Hyperparameter must be a public init-only property\")]"))
            .RunAsync();

    [Fact]
    public Task SuppressMessage_on_the_member_suppresses() =>
        new SpecDiagnosticTest(Source().Replace("{|#0:Rate|}", "Rate")
                .Replace("[Hyperparameter] public Real", "[Hyperparameter, System.Diagnostics.CodeAnalysis.SuppressMessage(\"OptimGen\", \"OPT1012\")] public Real"))
            .RunAsync();

    [Fact]
    public Task SuppressMessage_at_namespace_scope_suppresses() =>
        new SpecDiagnosticTest(Assembly("[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"OptimGen\", \"OPT1012\", Scope = \"namespaceanddescendants\", Target = \"~N:Lib\")]",
                    Source().Replace("{|#0:Rate|}", "Rate").Replace("[Optimizer]", "namespace Lib\n{\n[Optimizer]") + "\n}\n")
                + UnsuppressedElsewhere())
            .Expect(Opt1012(DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task SuppressMessage_on_the_assembly_naming_the_member_suppresses() =>
        new SpecDiagnosticTest(Assembly("[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"OptimGen\", \"OPT1012\", Scope = \"member\", Target = \"~P:Spec.Rate\")]",
                    Source().Replace("{|#0:Rate|}", "Rate"))
                + UnsuppressedElsewhere())
            .Expect(Opt1012(DiagnosticSeverity.Error))
            .RunAsync();

    /// <summary>An assembly attribute goes after the using directives: before them (CS1529) the usings do not bind and there is no spec to report on.</summary>
    private static string Assembly(string attribute, string source) =>
        source.Replace("using OptimGen;\n", "using OptimGen;\n" + attribute + "\n");

    /// <summary>The same problem in another namespace, which the suppression does not cover: proves the analyzer ran.</summary>
    private static string UnsuppressedElsewhere() =>
        "namespace Elsewhere\n{\n" + Source().Replace("using System;\nusing OptimGen;\n", "") + "\n}\n";

    [Fact]
    public async Task A_suppressed_problem_still_keeps_the_spec_from_being_generated()
    {
        string source = Source("#pragma warning disable OPT1012").Replace("{|#0:Rate|}", "Rate");
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(source));

        Assert.Empty(await GeneratorHarness.SpecDiagnostics(output));
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "Spec.g.cs");
    }

    [Theory]
    [InlineData("[State] public Real total;")]
    [InlineData("[State] private Real[] velocity;")]
    [InlineData("[State(Shape = \"Rows\")] private Real[] history;")]
    [InlineData("[Hyperparameter] public Real Rate { get; set; }")]
    [InlineData("public int Step => 0;")]
    public async Task An_invalid_spec_gets_a_diagnostic_and_no_generated_code(string member)
    {
        string source = "using System;\nusing OptimGen;\n[Optimizer]\npublic partial class Spec\n{\n    " + member
            + "\n    [Transition] private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }\n}\n";

        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(source));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Diagnostic reported = Assert.Single(await GeneratorHarness.SpecDiagnostics(output));
        Assert.StartsWith("OPT1", reported.Id);
        Assert.True(reported.Location.IsInSource, "reported at a source location");
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "Spec.g.cs");
    }
}
