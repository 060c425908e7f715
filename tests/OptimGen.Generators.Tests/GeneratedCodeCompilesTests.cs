using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>
/// Every generated file compiles, with the spec, to an assembly with zero warnings in both modes, and the
/// State's types follow the mode. The [State] fields' "unused" warnings exist without the suppressor and
/// are gone with it.
/// </summary>
public sealed class GeneratedCodeCompilesTests
{
    public static TheoryData<string, string> Cases() => SnapshotTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Spec_and_generated_code_compile_without_warnings(string caseName, string precision)
    {
        SpecCase specCase = SpecCase.All.Single(c => c.Name == caseName);
        (_, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(specCase.Source), precision);

        ImmutableArray<Diagnostic> diagnostics = await output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StateSlotSuppressor()))
            .GetAllDiagnosticsAsync();

        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed));
        using var assembly = new MemoryStream();
        Assert.True(output.Emit(assembly).Success);
    }

    [Fact]
    public async Task State_fields_warn_without_the_suppressor_and_not_with_it()
    {
        (_, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(SpecCase.ContractHeavyBall.Source));
        string[] slotWarnings = { "CS0169", "CS8618" };

        ImmutableArray<Diagnostic> plain = output.GetDiagnostics();
        Assert.Empty(plain.Where(d => d.Severity == DiagnosticSeverity.Error));
        ImmutableArray<Diagnostic> suppressed = await output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StateSlotSuppressor()), new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false,
                logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAllDiagnosticsAsync();

        // steps: CS0169 (never used); velocity, weights, history: CS0169 and CS8618 (null at construction).
        Assert.Equal(7, plain.Count(d => slotWarnings.Contains(d.Id)));
        Assert.All(suppressed.Where(d => slotWarnings.Contains(d.Id)), d => Assert.True(d.IsSuppressed, d.ToString()));
        Assert.Equal(7, suppressed.Count(d => slotWarnings.Contains(d.Id) && d.IsSuppressed));
    }

    [Theory]
    [InlineData("Double", "System.Int64", "System.Double[]")]
    [InlineData("Single", "System.Int32", "System.Single[]")]
    [InlineData(null, "System.Int64", "System.Double[]")]
    [InlineData("single", "System.Int32", "System.Single[]")]
    public void State_fields_take_the_types_of_the_precision_mode(string? precision, string integer, string realArray)
    {
        (_, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(SpecCase.ContractHeavyBall.Source), precision);

        INamedTypeSymbol state = output.GetTypeByMetadataName("HeavyBall+State")!;
        Assert.Equal(integer, FieldType(state, "Steps"));
        Assert.Equal(realArray, FieldType(state, "Velocity"));
        Assert.Equal(realArray, FieldType(state, "History"));
    }

    [Fact]
    public void Concrete_slot_types_keep_their_type_in_both_modes()
    {
        foreach (string precision in new[] { "Double", "Single" })
        {
            (_, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(SpecCase.ScalarSlots.Source), precision);
            INamedTypeSymbol state = output.GetTypeByMetadataName("Demo.Counter+State")!;
            Assert.Equal("System.Double", FieldType(state, "ExactTotal"));
            Assert.Equal("System.Int32", FieldType(state, "SmallCounter"));
            Assert.Equal("System.Boolean", FieldType(state, "WasLarge"));
        }
    }

    private static string FieldType(INamedTypeSymbol type, string field) =>
        type.GetMembers(field).OfType<IFieldSymbol>().Single().Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None));
}
