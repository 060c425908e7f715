using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>
/// The built-in optimizers reach every consumer compilation through the generator, follow its precision
/// mode, compile without warnings, and can be left out with OPTIMGEN_NO_OPTIMIZERS.
/// </summary>
public sealed class BuiltInOptimizersTests
{
    private const string Consumer = "public static class Consumer { }";

    [Fact]
    public void Every_spec_file_of_the_library_is_added_to_the_compilation()
    {
        string[] files = Directory.GetFiles(OptimizersDirectory(), "*.cs").Select(Path.GetFileNameWithoutExtension).OrderBy(f => f).ToArray()!;
        (GeneratorRunResult result, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.WithBuiltIns, Consumer));

        string[] added = result.GeneratedSources.Select(s => s.HintName)
            .Where(h => h.EndsWith(".spec.cs"))
            .Select(h => h.Substring("OptimGen.Optimizers.".Length, h.Length - "OptimGen.Optimizers.".Length - ".spec.cs".Length))
            .OrderBy(f => f)
            .ToArray();
        Assert.NotEmpty(files);
        Assert.Equal(files, added);
    }

    [Theory]
    [InlineData("Double")]
    [InlineData("Single")]
    public async Task Built_in_optimizers_compile_without_diagnostics_in_both_modes(string precision)
    {
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.WithBuiltIns, Consumer), precision);

        Assert.Empty(result.Diagnostics);
        ImmutableArray<Diagnostic> diagnostics = await output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StateSlotSuppressor(), new OptimGen.Analyzers.Specs.SpecAnalyzer()))
            .GetAllDiagnosticsAsync();
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed));
        Assert.Contains(output.GetSymbolsWithName("State", SymbolFilter.Type), s => s.ContainingNamespace.ToDisplayString() == "OptimGen.Optimizers");
    }

    [Theory]
    [InlineData("Double", SpecialType.System_Double)]
    [InlineData("Single", SpecialType.System_Single)]
    public void Real_slots_of_every_built_in_follow_the_precision_mode(string precision, SpecialType real)
    {
        (_, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.WithBuiltIns, Consumer), precision);

        INamedTypeSymbol[] states = output.GetSymbolsWithName("State", SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(s => s.ContainingNamespace.ToDisplayString() == "OptimGen.Optimizers").ToArray();
        Assert.NotEmpty(states);
        SpecialType[] floating = { SpecialType.System_Double, SpecialType.System_Single };
        foreach (INamedTypeSymbol state in states)
        {
            foreach (IFieldSymbol field in state.GetMembers().OfType<IFieldSymbol>().Where(f => f.DeclaredAccessibility == Accessibility.Public))
            {
                ITypeSymbol type = field.Type is IArrayTypeSymbol array ? array.ElementType : field.Type;
                if (floating.Contains(type.SpecialType) && IsRealSlot(state, field.Name))
                    Assert.True(type.SpecialType == real, $"{state.ContainingType.Name}.State.{field.Name} is {type}");
            }
        }
    }

    [Theory]
    [InlineData("Double", SpecialType.System_Int64)]
    [InlineData("Single", SpecialType.System_Int32)]
    public void Lbfgs_line_search_counter_is_an_Integer_slot(string precision, SpecialType integer)
    {
        (_, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.WithBuiltIns, Consumer), precision);

        INamedTypeSymbol state = output.GetTypeByMetadataName("OptimGen.Optimizers.Lbfgs+State")!;
        Assert.Equal(integer, state.GetMembers("NumLinesearchSteps").OfType<IFieldSymbol>().Single().Type.SpecialType);
    }

    [Fact]
    public void OPTIMGEN_NO_OPTIMIZERS_leaves_them_out()
    {
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(Consumer));

        Assert.Contains(result.GeneratedSources, s => s.HintName.EndsWith(".spec.cs"));
        Assert.DoesNotContain(output.GetSymbolsWithName(_ => true, SymbolFilter.Type), s => s.ContainingNamespace.ToDisplayString() == "OptimGen.Optimizers");
    }

    /// <summary>Whether the spec declares the slot as Real (its private [State] field's type is written Real).</summary>
    private static bool IsRealSlot(INamedTypeSymbol state, string slot)
    {
        INamedTypeSymbol spec = state.ContainingType;
        return spec.GetMembers().OfType<IFieldSymbol>().Any(f =>
            f.GetAttributes().Any(a => a.AttributeClass?.Name == "StateAttribute")
            && string.Equals(f.Name.TrimStart('_'), slot, System.StringComparison.OrdinalIgnoreCase)
            && f.DeclaringSyntaxReferences.Single().GetSyntax().Parent is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclarationSyntax declaration
            && declaration.Type.ToString().StartsWith("Real"));
    }

    private static string OptimizersDirectory([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "src", "OptimGen.Optimizers"));
}
