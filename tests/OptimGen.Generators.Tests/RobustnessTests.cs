using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers;
using OptimGen.Generators.Tests.Infrastructure;

namespace OptimGen.Generators.Tests;

/// <summary>
/// Properties over many inputs: the generator never throws, whatever half-typed spec it meets (random cuts and
/// insertions in the representative specs); and every valid spec built from random parts (hyperparameter
/// types and bounds, slot types, shapes over those hyperparameters, transition forms, hooks) generates code
/// that compiles without a warning in both precision modes.
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
    public void The_generator_never_throws_on_a_half_typed_spec()
    {
        MutatedSpecs.Sample(source =>
        {
            (GeneratorRunResult result, _) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            Assert.Null(result.Exception);
        }, iter: 150, threads: 1);
    }

    [Fact]
    public void Every_valid_spec_generates_code_that_compiles_without_warnings_in_both_modes()
    {
        Gen.Int.Sample(seed =>
        {
            string source = RandomValidSpec(seed);
            foreach (string precision in new[] { "Double", "Single" })
            {
                (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(source), precision);

                Assert.True(result.Diagnostics.IsEmpty, $"{string.Join("\n", result.Diagnostics)}\n{source}");
                ImmutableArray<Diagnostic> diagnostics = output
                    .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StateSlotSuppressor(), new OptimGen.Analyzers.Specs.SpecAnalyzer()))
                    .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                Diagnostic[] problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).ToArray();
                Assert.True(problems.Length == 0, $"{precision}: {string.Join("\n", problems)}\n{source}");
            }
        }, iter: 40, threads: 1);
    }

    /// <summary>A valid spec from random parts, deterministic in <paramref name="seed"/>.</summary>
    private static string RandomValidSpec(int seed)
    {
        var random = new Random(seed);
        T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
        var text = new StringBuilder("using System;\nusing OptimGen;\n\nnamespace Fuzz;\n\n[Optimizer]\npublic partial class Spec\n{\n");

        var dimensions = new List<string> { "n", "2", "3" };
        for (int i = 0, count = random.Next(3); i < count; i++)
        {
            string bounds = Pick("", "(Minimum = 1)", "(Minimum = 0, Maximum = 8)");
            text.AppendLine($"    [Hyperparameter{bounds}] public {Pick("int", "long", "Integer")} Size{i} {{ get; init; }} = {random.Next(1, 5)};");
            dimensions.Add($"Size{i}");
        }

        for (int i = 0, count = random.Next(3); i < count; i++)
        {
            string bounds = Pick("", "(Minimum = 0)", "(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)", "(Minimum = 0, ExclusiveMinimum = true)");
            (string type, string initial) = Pick(("Real", "(Real)0.5"), ("double", "0.5"), ("Real?", "null"), ("float", "0.5f"));
            text.AppendLine($"    [Hyperparameter{bounds}] public {type} Rate{i} {{ get; init; }} = {initial};");
        }

        for (int i = 0, count = random.Next(6); i < count; i++)
        {
            string element = Pick("Real", "Integer", "double", "float", "long", "int", "bool");
            string name = Pick("", "_") + "slot" + i;
            if (random.Next(2) == 0)
            {
                string shape = string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(dimensions.ToArray())));
                text.AppendLine($"    [State(Shape = \"{shape}\")] private {element}[] {name};");
            }
            else
            {
                text.AppendLine($"    [State] private {element} {name};");
            }
        }

        bool parameters = random.Next(2) == 0, value = random.Next(2) == 0, objective = random.Next(2) == 0;
        var signature = new List<string> { "ref State state" };
        if (parameters)
            signature.Add("ReadOnlySpan<Real> parameters");
        signature.Add("ReadOnlySpan<Real> gradient");
        if (value)
            signature.Add("Real value");
        signature.Add("Span<Real> update");
        if (objective)
            signature.Add("ref TObjective objective");
        text.AppendLine("    [Transition]");
        text.AppendLine($"    private {Pick("", "static ")}void Update{(objective ? "<TObjective>" : "")}({string.Join(", ", signature)})"
            + (objective ? " where TObjective : IObjective<Real>" : ""));
        text.AppendLine("    {");
        text.AppendLine("        for (int i = 0; i < gradient.Length; i++)");
        text.AppendLine("            update[i] = -gradient[i];");
        text.AppendLine("    }");

        if (random.Next(2) == 0)
            text.AppendLine("    [Init] private void Start(ref State state, ReadOnlySpan<Real> parameters) { }");
        if (random.Next(2) == 0)
            text.AppendLine("    [CachedEvaluation] private static bool Reuse(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) { value = default; return false; }");
        return text.Append("}\n").ToString();
    }

    private static string Mutate(string source, int cuts, int inserts, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < cuts && source.Length > 2; i++)
        {
            int start = random.Next(source.Length - 1);
            source = source.Remove(start, random.Next(1, Math.Min(12, source.Length - start)));
        }

        for (int i = 0; i < inserts; i++)
            source = source.Insert(random.Next(source.Length), Fragments[random.Next(Fragments.Length)]);
        return source;
    }
}
