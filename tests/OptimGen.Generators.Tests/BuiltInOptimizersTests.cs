using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>
/// The built-in optimizers as the package ships them: the spec files of <c>src/OptimGen.Optimizers</c> compiled
/// once per precision mode into <c>OptimGen.Optimizers.Double</c> and <c>OptimGen.Optimizers.Single</c>
/// (their projects build them with the generator and the analyzer, warnings as errors). Read here as metadata,
/// the way a consumer's compiler sees them.
/// </summary>
public sealed class BuiltInOptimizersTests
{
    [Theory]
    [InlineData("Double")]
    [InlineData("Single")]
    public void Every_spec_file_is_a_public_optimizer_with_State_Init_Step_and_Scan(string precision)
    {
        Compilation consumer = ConsumerOf(precision);
        string[] specs = SpecDeclarations().Select(d => d.Identifier.Text).Distinct().OrderBy(n => n).ToArray();

        Assert.NotEmpty(specs);
        foreach (string name in specs)
        {
            INamedTypeSymbol spec = consumer.GetTypeByMetadataName("OptimGen.Optimizers." + name)
                ?? throw new Xunit.Sdk.XunitException($"OptimGen.Optimizers.{name} is not in OptimGen.Optimizers.{precision}");
            Assert.Equal(Accessibility.Public, spec.DeclaredAccessibility);
            Assert.Equal(Accessibility.Public, spec.GetTypeMembers("State").Single().DeclaredAccessibility);
            foreach (string method in new[] { "Init", "Step", "Scan" })
                Assert.Contains(spec.GetMembers(method), m => m.DeclaredAccessibility == Accessibility.Public);
        }
    }

    [Theory]
    [InlineData("Double", SpecialType.System_Double, SpecialType.System_Int64)]
    [InlineData("Single", SpecialType.System_Single, SpecialType.System_Int32)]
    public void Real_and_Integer_slots_of_every_built_in_follow_the_assembly_s_mode(string precision, SpecialType real, SpecialType integer)
    {
        Compilation consumer = ConsumerOf(precision);
        int checkedSlots = 0;
        foreach (ClassDeclarationSyntax declaration in SpecDeclarations())
        {
            INamedTypeSymbol state = consumer.GetTypeByMetadataName($"OptimGen.Optimizers.{declaration.Identifier.Text}+State")!;
            foreach ((string slot, string declaredType) in StateFields(declaration))
            {
                SpecialType expected = declaredType.StartsWith("Real", StringComparison.Ordinal) ? real
                    : declaredType.StartsWith("Integer", StringComparison.Ordinal) ? integer
                    : SpecialType.None;
                if (expected == SpecialType.None)
                    continue;
                ITypeSymbol type = state.GetMembers(slot).OfType<IFieldSymbol>().Single().Type;
                ITypeSymbol element = type is IArrayTypeSymbol array ? array.ElementType : type;
                Assert.True(element.SpecialType == expected, $"{declaration.Identifier.Text}.State.{slot} is {type} in {precision} mode");
                checkedSlots++;
            }
        }

        Assert.True(checkedSlots > 10, $"only {checkedSlots} Real/Integer slots found");
    }

    [Theory]
    [InlineData("Double", SpecialType.System_Int64)]
    [InlineData("Single", SpecialType.System_Int32)]
    public void Lbfgs_line_search_counter_is_an_Integer_slot(string precision, SpecialType integer)
    {
        INamedTypeSymbol state = ConsumerOf(precision).GetTypeByMetadataName("OptimGen.Optimizers.Lbfgs+State")!;

        Assert.Equal(integer, state.GetMembers("NumLinesearchSteps").OfType<IFieldSymbol>().Single().Type.SpecialType);
    }

    [Fact]
    public void A_consumer_sees_one_Adam_the_one_of_its_mode()
    {
        Compilation consumer = ConsumerOf("Single", "public static class Use { public static object Make() => new OptimGen.Optimizers.Adam(); }");

        Assert.Empty(consumer.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("OptimGen.Optimizers.Single", consumer.GetTypeByMetadataName("OptimGen.Optimizers.Adam")!.ContainingAssembly.Name);
    }

    [Fact]
    public void Kernels_only_the_built_ins_call_are_internal_and_helpers_of_generated_code_are_hidden()
    {
        Compilation consumer = ConsumerOf("Double");

        foreach (string kernel in new[] { "OptimGen.FirstOrderKernels", "OptimGen.LbfgsKernels" })
            Assert.Equal(Accessibility.Internal, consumer.GetTypeByMetadataName(kernel)!.DeclaredAccessibility);
        foreach (string helper in new[] { "OptimGen.ScanRecorder", "OptimGen.StateGuard", "OptimGen.CheckpointFile", "OptimGen.CheckpointReader", "OptimGen.CheckpointWriter", "OptimGen.ICheckpointState" })
        {
            INamedTypeSymbol type = consumer.GetTypeByMetadataName(helper)!;
            Assert.Equal(Accessibility.Public, type.DeclaredAccessibility);
            AttributeData browsable = type.GetAttributes().Single(a => a.AttributeClass?.Name == nameof(EditorBrowsableAttribute));
            Assert.Equal((int)EditorBrowsableState.Never, browsable.ConstructorArguments.Single().Value);
        }
    }

    /// <summary>A consumer compilation referencing the runtime and the built-in assembly of the mode, as the package's targets set it up.</summary>
    private static Compilation ConsumerOf(string precision, string source = "public static class Consumer { }") =>
        GeneratorHarness.Compile(source).AddReferences(MetadataReference.CreateFromFile(BuiltInAssembly(precision)));

    private static string BuiltInAssembly(string precision) =>
        Path.Combine(AppContext.BaseDirectory, "BuiltIns", $"OptimGen.Optimizers.{precision}.dll");

    /// <summary>Every <c>[Optimizer]</c> class declared in the spec files of <c>src/OptimGen.Optimizers</c>.</summary>
    private static IEnumerable<ClassDeclarationSyntax> SpecDeclarations() =>
        Directory.EnumerateFiles(OptimizersDirectory(), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Where(c => c.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Optimizer" or "OptimizerAttribute"));

    /// <summary>The slots a spec declares: public name and the type as written.</summary>
    private static IEnumerable<(string Slot, string DeclaredType)> StateFields(ClassDeclarationSyntax spec) =>
        spec.Members.OfType<FieldDeclarationSyntax>()
            .Where(f => f.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "State" or "StateAttribute"))
            .SelectMany(f => f.Declaration.Variables.Select(v => (Conventions.SpecConventions.SlotName(v.Identifier.ValueText)!, f.Declaration.Type.ToString())));

    private static string OptimizersDirectory([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "src", "OptimGen.Optimizers"));
}
