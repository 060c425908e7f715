using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>
/// A chain may hold a spec compiled in a referenced assembly (as the built-in optimizers are): the reader takes
/// its inputs from the generated public <c>Step</c>, and a component compiled for the other precision mode is
/// OPT1023 with no generated code, instead of a chain that would not compile.
/// </summary>
public sealed class CompiledComponentTests
{
    private const string Library = """
        using System;
        using OptimGen;

        namespace Lib;

        [Optimizer]
        public partial class Scale
        {
            [Hyperparameter] public Real Factor { get; init; } = (Real)0.5;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Factor * gradient[i];
            }
        }
        """;

    private const string Consumer = """
        using OptimGen;

        [Optimizer]
        public partial class Chain
        {
            [Component] public Lib.Scale {|#0:First|} { get; init; } = new();
            [Component] public Lib.Scale Second { get; init; } = new() { Factor = (Real)2 };
        }
        """;

    [Fact]
    public void A_compiled_spec_of_the_same_mode_chains_and_the_chain_passes_its_inputs()
    {
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(ConsumerOf(CompileLibrary("Double"), Consumer.Replace("{|#0:First|}", "First")), "Double");

        string chain = GeneratorHarness.Source(result, "Chain.g.cs");
        Assert.Contains("Step(ref state.First, parameters, gradient, value, scratch)", chain);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task A_compiled_spec_of_the_other_mode_is_OPT1023_and_generates_nothing()
    {
        CSharpCompilation consumer = ConsumerOf(CompileLibrary("Double"), Consumer.Replace("{|#0:First|}", "First"));
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(consumer, "Single");

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "Chain.g.cs");
        ImmutableArray<Diagnostic> reported = await GeneratorHarness.SpecDiagnostics(output, "Single");
        Assert.Equal(2, reported.Length);
        Assert.All(reported, d => Assert.Equal("OPT1023", d.Id));
        Assert.Equal(
            "Component 'First' of optimizer spec 'Chain' has type 'Lib.Scale', compiled for Double mode, but this project builds in Single mode (OptimGenPrecision)",
            reported.OrderBy(d => d.Location.SourceSpan.Start).First().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The library as a referenced assembly, compiled with its generated code in <paramref name="precision"/>.</summary>
    private static MetadataReference CompileLibrary(string precision)
    {
        (_, Compilation library) = GeneratorHarness.Run(GeneratorHarness.Compile(Library), precision);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = library.WithAssemblyName("Lib").Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static CSharpCompilation ConsumerOf(MetadataReference library, string source) =>
        GeneratorHarness.Compile(source).AddReferences(library);
}
