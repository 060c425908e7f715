using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Testing;

namespace OptimGen.Generators.Benchmarks;

/// <summary>
/// What OptimGen costs a consumer's compilation, and what the built-in optimizers add to it. The built-ins are
/// precompiled assemblies (one per precision mode) that the package's targets reference, so a project compiles
/// only its own specs. One operation compiles a small consumer from scratch in memory (generator, binding,
/// emit):
/// <list type="bullet">
/// <item><see cref="PlainProject"/>: no OptimGen; the same heavy-ball optimizer and program written by hand.</item>
/// <item><see cref="BuiltInsLeftOut"/>: the contract's spec and a program using it, with the generator and the
/// runtime, <c>OptimGenIncludeOptimizers=false</c>.</item>
/// <item><see cref="NoBuiltInUsed"/>: the same, with the built-in assembly of the mode referenced (the default).</item>
/// <item><see cref="OneBuiltInUsed"/>: the program also runs <c>Adam</c>.</item>
/// <item><see cref="AllBuiltInsUsed"/>: the program also creates every built-in optimizer.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class CompileTimeBenchmarks
{
    private static readonly string HeavyBallProgram = """

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

    private static readonly string AdamProgram = """

        public static class AdamProgram
        {
            public static double Run()
            {
                var optimizer = new OptimGen.Optimizers.Adam { LearningRate = (Real)0.01 };
                var x = new Real[] { 1, 2, 3 };
                OptimGen.Optimizers.Adam.State state = optimizer.Init(x);
                var update = new Real[3];
                optimizer.Step(ref state, x, update);
                return update[0];
            }
        }
        """;

    private static readonly MetadataReference[] Framework = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToArray();

    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(OptimGen.OptimizerAttribute).Assembly.Location);

    [Params("Double", "Single")]
    public string Precision { get; set; } = "Double";

    private MetadataReference builtIns = null!;
    private string allBuiltInsProgram = "";

    [GlobalSetup]
    public void Setup()
    {
        builtIns = MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "BuiltIns", $"OptimGen.Optimizers.{Precision}.dll"));
        allBuiltInsProgram = ProgramCreatingEveryBuiltIn(builtIns);
    }

    [Benchmark(Baseline = true)]
    public int PlainProject() => Compile(PlainSource.For(Precision), Framework, generator: false);

    [Benchmark]
    public int BuiltInsLeftOut() => Compile(ContractSource.Text + HeavyBallProgram, Framework.Append(Runtime));

    [Benchmark]
    public int NoBuiltInUsed() => Compile(ContractSource.Text + HeavyBallProgram, Framework.Append(Runtime).Append(builtIns));

    [Benchmark]
    public int OneBuiltInUsed() => Compile(ContractSource.Text + HeavyBallProgram + AdamProgram, Framework.Append(Runtime).Append(builtIns));

    [Benchmark]
    public int AllBuiltInsUsed() => Compile(ContractSource.Text + HeavyBallProgram + allBuiltInsProgram, Framework.Append(Runtime).Append(builtIns));

    private int Compile(string source, IEnumerable<MetadataReference> references, bool generator = true)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions, "/src/Consumer.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        Compilation output = compilation;
        if (generator)
        {
            CSharpGeneratorDriver.Create(
                    new[] { new OptimizerGenerator().AsSourceGenerator() },
                    parseOptions: parseOptions,
                    optionsProvider: BuildPropertyOptions.ForPrecision(Precision))
                .RunGeneratorsAndUpdateCompilation(compilation, out output, out _);
        }

        using var assembly = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(assembly);
        if (!result.Success)
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return output.SyntaxTrees.Count();
    }

    /// <summary>A method that creates every public optimizer of the built-in assembly and calls its <c>Init</c>.</summary>
    private static string ProgramCreatingEveryBuiltIn(MetadataReference builtIns)
    {
        var probe = CSharpCompilation.Create("Probe", references: Framework.Append(Runtime).Append(builtIns));
        IAssemblySymbol assembly = probe.References.Select(probe.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>()
            .Single(a => a.Name.StartsWith("OptimGen.Optimizers.", StringComparison.Ordinal));
        string[] optimizers = assembly.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "OptimGen")
            .GetNamespaceMembers().Single(n => n.Name == "Optimizers").GetTypeMembers()
            .Where(t => t.DeclaredAccessibility == Accessibility.Public && t.GetTypeMembers("State").Any())
            .Select(t => t.Name).OrderBy(n => n).ToArray();
        if (optimizers.Length < 8)
            throw new InvalidOperationException("the built-in assembly holds only " + optimizers.Length + " optimizers");
        return "\npublic static class EveryBuiltIn\n{\n    public static int Run()\n    {\n        var x = new Real[] { 1, 2, 3 };\n        int slots = 0;\n"
            + string.Concat(optimizers.Select(name => $"        slots += new OptimGen.Optimizers.{name}().Init(x).GetHashCode() & 1;\n"))
            + "        return slots;\n    }\n}\n";
    }
}
