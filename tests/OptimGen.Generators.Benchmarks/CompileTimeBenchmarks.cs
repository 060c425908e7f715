using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Testing;

namespace OptimGen.Generators.Benchmarks;

/// <summary>
/// The compile-time cost of the precision mechanism: the built-in optimizers are added to every consumer
/// compilation as source (so they follow the consumer's OptimGenPrecision). Each operation compiles a
/// small consumer (the contract's spec and a program using it) from scratch: generator run, binding,
/// emit; with the built-ins (the default) and without them (OptimGenIncludeOptimizers=false).
/// </summary>
[MemoryDiagnoser]
public class CompileTimeBenchmarks
{
    private static readonly string Consumer = ContractSource.Text + """

        public static class Program
        {
            public static double Run()
            {
                var optimizer = new HeavyBall();
                var x = new Real[] { 1, 2, 3 };
                HeavyBall.State state = optimizer.Init(x);
                var update = new Real[3];
                optimizer.Step(ref state, x, update);
                return update[0];
            }
        }
        """;

    private static readonly MetadataReference[] References = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(OptimGen.OptimizerAttribute).Assembly.Location))
        .ToArray();

    [Params("Double", "Single")]
    public string Precision { get; set; } = "Double";

    [Benchmark(Baseline = true)]
    public int WithoutBuiltIns() => Compile(new[] { "OPTIMGEN_NO_OPTIMIZERS" });

    [Benchmark]
    public int WithBuiltIns() => Compile(System.Array.Empty<string>());

    private int Compile(string[] symbols)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12, preprocessorSymbols: symbols);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(Consumer, parseOptions, "/src/Consumer.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new OptimizerGenerator().AsSourceGenerator() },
            parseOptions: parseOptions,
            optionsProvider: BuildPropertyOptions.ForPrecision(Precision));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        using var assembly = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(assembly);
        if (!result.Success)
            throw new System.InvalidOperationException(string.Join("\n", result.Diagnostics));
        return output.SyntaxTrees.Count();
    }
}
