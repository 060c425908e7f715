using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>
/// A malformed spec gets an empty nested <c>State</c>, so that its own signatures (<c>ref State state</c>) bind: a
/// command-line build stops at declaration errors before it runs the analyzers, and without it the only error printed
/// would be CS0246 for <c>State</c>, never the OPT1xxx that says what to fix. These tests check the declarations compile
/// (no declaration-stage error) and the OPT1xxx is there, and that no placeholder is emitted where it could not compile.
/// </summary>
public sealed class MalformedSpecPlaceholderTests
{
    private const string Usings = "using System;\nusing OptimGen;\n\n";

    private const string Transition = """
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        """;

    [Theory]
    [InlineData("OPT1015", "[Optimizer] public partial class Spec { [State] private Integer count; " + Transition + " private static Integer Init(Integer s) => s; }")]
    [InlineData("OPT1004", "[Optimizer] public partial class Spec { " + Transition + " [Transition] private void Again(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { } }")]
    [InlineData("OPT1005", "[Optimizer] public partial class Spec { [Transition] private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<double> update) { } }")]
    [InlineData("OPT1015", "namespace Deep.Ns { public static partial class Outer { internal partial record Holder { [Optimizer] public partial record Spec { [State] private Real value; " + Transition + " public void Step() { } } } } }")]
    public async Task A_malformed_spec_gets_an_empty_State_and_its_OPT1xxx_error_is_what_the_build_reports(string id, string spec)
    {
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(Usings + spec));

        GeneratedSourceResult placeholder = Assert.Single(result.GeneratedSources, source => source.HintName.EndsWith("-malformed.g.cs", System.StringComparison.Ordinal));
        Assert.Contains("public sealed class State", placeholder.SourceText.ToString());
        Assert.Empty(output.GetDeclarationDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(output.SyntaxTrees.Where(tree => tree.FilePath.EndsWith("-malformed.g.cs", System.StringComparison.Ordinal))
            .SelectMany(tree => output.GetSemanticModel(tree).GetDiagnostics()));
        ImmutableArray<Diagnostic> spec1xxx = await GeneratorHarness.SpecDiagnostics(output);
        Assert.Contains(spec1xxx, d => d.Id == id);
    }

    [Theory]
    [InlineData("[Optimizer] public class Spec { " + Transition + " }")] // not partial (OPT1001)
    [InlineData("public class Outer { [Optimizer] public partial class Spec { " + Transition + " } }")] // enclosing type not partial (OPT1002)
    [InlineData("[Optimizer] public partial class Spec<T> { " + Transition + " }")] // generic (OPT1011)
    [InlineData("[Optimizer] public partial class Spec { public class State { } " + Transition + " }")] // its own State (OPT1015)
    [InlineData("public class Base { public int State; } [Optimizer] public partial class Spec : Base { " + Transition + " }")] // an inherited State
    [InlineData("[Optimizer] file partial class Spec { " + Transition + " }")] // file-local (OPT1028)
    public void No_placeholder_where_an_empty_State_would_not_compile_or_would_clash(string spec)
    {
        (GeneratorRunResult result, _) = GeneratorHarness.Run(GeneratorHarness.Compile(Usings + spec));

        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName.EndsWith("-malformed.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Two_malformed_specs_whose_names_differ_only_in_case_get_no_placeholder_rather_than_a_generator_crash()
    {
        (GeneratorRunResult result, _) = GeneratorHarness.Run(GeneratorHarness.Compile(
            Usings + "namespace A { [Optimizer] public partial class Spec { } }",
            Usings + "namespace a { [Optimizer] public partial class Spec { } }"));

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName.EndsWith("-malformed.g.cs", System.StringComparison.Ordinal));
    }
}
