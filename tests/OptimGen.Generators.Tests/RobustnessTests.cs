using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>
/// The generator never throws, whatever half-typed spec it meets: random cuts and insertions in the
/// representative specs. And when it does generate a file, that file does not add errors of its own.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Fragments =
    {
        "[State]", "[State(Shape = \"n\")]", "[Transition]", "[Init]", "[Hyperparameter]", "[Component]", "ref ", "Real", "Integer",
        "Real[]", "ReadOnlySpan<Real>", "Span<Real>", "partial ", "static ", "<T>", ",", ";", "{", "}", "(", ")", "\"", "MemorySize", "n",
    };

    private static readonly Gen<string> MutatedSpecs =
        from specCase in Gen.OneOfConst(SpecCase.All.ToArray())
        from cuts in Gen.Int[0, 3]
        from inserts in Gen.Int[0, 3]
        from seed in Gen.Int
        select Mutate(specCase.Source, cuts, inserts, seed);

    [Fact]
    public void The_generator_never_throws_and_adds_no_errors_of_its_own()
    {
        MutatedSpecs.Sample(source =>
        {
            (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(source));

            Assert.Null(result.Exception);
            bool userCodeCompiles = !output.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error
                && d.Location.SourceTree?.FilePath.StartsWith("/src/") == true);
            if (userCodeCompiles)
            {
                Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            }
        }, iter: 150, threads: 1);
    }

    private static string Mutate(string source, int cuts, int inserts, int seed)
    {
        var random = new System.Random(seed);
        for (int i = 0; i < cuts && source.Length > 2; i++)
        {
            int start = random.Next(source.Length - 1);
            source = source.Remove(start, random.Next(1, System.Math.Min(12, source.Length - start)));
        }

        for (int i = 0; i < inserts; i++)
            source = source.Insert(random.Next(source.Length), Fragments[random.Next(Fragments.Length)]);
        return source;
    }
}
