using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OptimGen.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OptimGen.Generators.Tests;

/// <summary>
/// The generator never fails the user, whatever the input: random valid specs whose every name is adversarial
/// compile or get an OPT1xxx in both modes; mutants of the representative specs never make the generator or an
/// analyzer throw, and a mutant the generator accepts never yields generated code with errors when the user's
/// own code has none. Both are bounded in count and seeded, so a failure reproduces.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Mutants per run (OPTIMGEN_FUZZ_MUTANTS for a longer campaign).</summary>
    private static readonly int MutantCount = int.TryParse(Environment.GetEnvironmentVariable("OPTIMGEN_FUZZ_MUTANTS"), out int count) ? count : 2000;

    /// <summary>
    /// The campaign stops early, after a prefix of the same mutants, when it runs longer than this on a slow or
    /// crowded machine (OPTIMGEN_FUZZ_SECONDS); it must still have run <see cref="MinimumMutants"/>.
    /// </summary>
    private static readonly double TimeBudgetSeconds = double.TryParse(Environment.GetEnvironmentVariable("OPTIMGEN_FUZZ_SECONDS"), out double seconds) ? seconds : 25;

    private const int MinimumMutants = 200;

    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("OPTIMGEN_FUZZ_SEED"), out int seed) ? seed : 20261130;

    private readonly ITestOutputHelper output;

    public FuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Specs_with_adversarial_names_compile_or_get_an_OPT1xxx_in_both_modes()
    {
        int acceptedAndClean = 0, refused = 0, userErrors = 0;
        const int Specs = 40;
        for (int i = 0; i < Specs; i++)
        {
            string source = AdversarialSpec(new Random(Seed + i));
            foreach (string precision in new[] { "Double", "Single" })
            {
                GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { source }, precision);
                Assert.True(outcome.Exceptions.Count == 0, $"{precision}, spec {i}:\n{source}\n{outcome.Describe()}");
                Assert.False(outcome.AcceptedButBroken || outcome.PlaceholderBroken || outcome.SkippedWithoutDiagnostic, $"{precision}, spec {i}:\n{source}\n{outcome.Describe()}");
                if (outcome.SpecErrors.Count > 0)
                    refused++;
                else if (outcome.OwnErrors.Count > 0)
                    userErrors++;
                else
                    acceptedAndClean++;
            }
        }

        output.WriteLine($"{Specs} specs x 2 modes: {acceptedAndClean} accepted and clean, {refused} refused with OPT1xxx, {userErrors} with an error of their own");
        // Most of them are valid, so the property says something about generated code, not only about refusals.
        Assert.True(acceptedAndClean >= Specs, $"only {acceptedAndClean} of {2 * Specs} runs were accepted and clean");
    }

    [Fact]
    public void Mutants_never_throw_and_accepted_mutants_never_break_the_build()
    {
        // The representative specs, the contract's example, the built-ins (L-BFGS with its helper files, which are
        // not mutated) and a few valid specs with adversarial names.
        string[][] corpus = SpecCase.All.Select(c => new[] { c.Source })
            .Append(new[] { ContractSource.Text })
            .Concat(new[] { "Sgd", "Adam", "AdamW", "RmsProp", "Adagrad", "Lion", "ClipByGlobalNorm" }.Select(name => new[] { BuiltIn(name) }))
            .Append(new[] { "Lbfgs", "LbfgsTwoLoop", "LinesearchConditions", "ZoomLinesearch" }.Select(BuiltIn).ToArray())
            .Concat(Enumerable.Range(1, 4).Select(k => new[] { AdversarialSpec(new Random(Seed - k)) }))
            .ToArray();
        var failures = new ConcurrentBag<(int Index, string Text)>();
        int accepted = 0, refused = 0, userErrors = 0, run = 0;
        long slowest = 0;
        var clock = Stopwatch.StartNew();

        // Each mutant draws from its own seed, so the campaign is the same whatever the threads' schedule.
        Parallel.For(0, MutantCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, loop) =>
        {
            if (clock.Elapsed.TotalSeconds > TimeBudgetSeconds && i >= MinimumMutants)
            {
                loop.Break();
                return;
            }

            Interlocked.Increment(ref run);
            var random = new Random(Seed + i);
            string[] files = corpus[random.Next(corpus.Length)];
            List<string> mutant = SpecMutator.Mutate(files[0], random);
            mutant.AddRange(files.Skip(1));
            string precision = i % 2 == 0 ? "Double" : "Single";
            long started = clock.ElapsedMilliseconds;
            GenerationCheck.Outcome outcome = GenerationCheck.Run(mutant, precision);
            InterlockedMax(ref slowest, clock.ElapsedMilliseconds - started);
            if (outcome.Exceptions.Count > 0 || outcome.AcceptedButBroken || outcome.PlaceholderBroken || outcome.SkippedWithoutDiagnostic)
                failures.Add((i, $"mutant {i} ({precision}):\n{string.Join("\n// ---- next file\n", mutant)}\n{outcome.Describe()}"));
            else if (outcome.SpecErrors.Count > 0)
                Interlocked.Increment(ref refused);
            else if (outcome.OwnErrors.Count > 0)
                Interlocked.Increment(ref userErrors);
            else
                Interlocked.Increment(ref accepted);
        });

        output.WriteLine($"{run} of {MutantCount} mutants (seed {Seed}) in {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} threads, slowest {slowest} ms: "
            + $"{accepted} accepted and clean, {refused} refused with OPT1xxx, {userErrors} with a C# error of their own, {failures.Count} failures");
        Assert.True(failures.IsEmpty, string.Join("\n\n========\n", failures.OrderBy(f => f.Index).Take(3).Select(f => f.Text)));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>A built-in optimizer's source, from <c>src/OptimGen.Optimizers</c> of this repository.</summary>
    private static string BuiltIn(string name)
    {
        for (var folder = new System.IO.DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string path = System.IO.Path.Combine(folder.FullName, "src", "OptimGen.Optimizers", name + ".cs");
            if (System.IO.File.Exists(path))
                return System.IO.File.ReadAllText(path);
        }

        throw new InvalidOperationException($"no built-in '{name}' in src/OptimGen.Optimizers above {AppContext.BaseDirectory}");
    }

    /// <summary>A spec, valid in C#, whose namespace, type, members and parameters all take adversarial names.</summary>
    private static string AdversarialSpec(Random random)
    {
        List<string> names = AdversarialNames.Distinct(random, 16);
        string Name(int i) => names[i];
        string Value(int i) => AdversarialNames.ValueText(names[i]);
        var text = new StringBuilder("using System;\nusing OptimGen;\n\n");
        if (random.Next(3) > 0)
            text.Append($"namespace Fuzz.{Name(0)};\n\n");
        bool nested = random.Next(3) == 0;
        if (nested)
            text.Append($"public partial class {Name(1)}\n{{\n");

        text.Append($"[Optimizer]\npublic partial class {Name(2)}\n{{\n");
        text.Append($"    [Hyperparameter(Minimum = 1)] public int {Name(3)} {{ get; init; }} = 2;\n");
        text.Append($"    [Hyperparameter(Minimum = 0)] public Real {Name(4)} {{ get; init; }} = (Real)0.1;\n");
        text.Append($"    [Hyperparameter(Minimum = 0, Maximum = 1)] public Real? {Name(5)} {{ get; init; }}\n");
        text.Append($"    [State(Shape = \"{Value(3)}, n\")] private Real[] {Name(6)};\n");
        text.Append($"    [State] private Integer {Name(7)};\n");
        text.Append($"    [State] private bool {Name(8)};\n");

        bool isStatic = random.Next(3) == 0;
        bool takesValue = random.Next(2) == 0;
        string state = Name(10), gradient = Name(11), update = Name(12), value = Name(13);
        text.Append($"\n    [Transition]\n    private {(isStatic ? "static " : "")}void {Name(9)}(ref State {state}, ReadOnlySpan<Real> {gradient}, {(takesValue ? $"Real {value}, " : "")}Span<Real> {update})\n    {{\n");
        if (PublicSlotName(Value(7)) is { } counter)
            text.Append($"        {state}.{AdversarialNames.InSource(counter)} += 1;\n");
        string rate = isStatic ? "(Real)0.1" : $"this.{Name(4)}";
        text.Append($"        for (int index = 0; index < {gradient}.Length; index++)\n            {update}[index] = -{rate} * {gradient}[index];\n    }}\n");
        if (random.Next(2) == 0)
            text.Append($"\n    [Init] private void {Name(14)}(ref State {state}, ReadOnlySpan<Real> {gradient}) {{ }}\n");
        if (random.Next(3) == 0)
            text.Append($"\n    private static string {Name(15)}(object o) => \"\";\n");
        text.Append("}\n");
        if (nested)
            text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The name a slot field gets in State, when that is an identifier (the reader refuses it otherwise).</summary>
    private static string? PublicSlotName(string field)
    {
        string trimmed = field.TrimStart('_');
        if (trimmed.Length == 0)
            return null;
        string name = char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name) ? name : null;
    }
}
