using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers.Precision;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Analyzers.Tests.Precision;
using OptimGen.Specs.Model;
using Xunit.Abstractions;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// In an IDE the analyzers and the code fixes run on code that does not compile yet, keystroke after keystroke. Every
/// catalogue case, mutated as it might be while typed (<see cref="TypingMutations"/>), must leave every analyzer of the
/// package without an exception (which the IDE would show as AD0001 and which would silence the rules), and every
/// code fix offered on an OPT diagnostic there must compute its change without throwing (the precision analyzer, which
/// swallows its own failures, is asked whether it had one). A mutant on which the compiler itself throws, without any
/// analyzer, is skipped and listed in the output: that is Roslyn's bug, not OptimGen's. Seeded and bounded in time,
/// so a failure reproduces and the suite stays short.
/// </summary>
public sealed class HalfTypedCodeTests
{
    /// <summary>Mutants per run (OPTIMGEN_TYPING_MUTANTS for a longer campaign).</summary>
    private static readonly int MutantCount = int.TryParse(Environment.GetEnvironmentVariable("OPTIMGEN_TYPING_MUTANTS"), out int count) ? count : 1500;

    /// <summary>The campaign stops after this many seconds (OPTIMGEN_TYPING_SECONDS), having run at least <see cref="MinimumMutants"/>.</summary>
    private static readonly double TimeBudgetSeconds = double.TryParse(Environment.GetEnvironmentVariable("OPTIMGEN_TYPING_SECONDS"), out double seconds) ? seconds : 10;

    private const int MinimumMutants = 100;

    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("OPTIMGEN_TYPING_SEED"), out int seed) ? seed : 20261130;

    /// <summary>Every analyzer and suppressor the package ships, as the compiler loads them.</summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(Narrowing.NarrowingAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    private readonly ITestOutputHelper output;

    public HalfTypedCodeTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Analyzers_and_code_fixes_never_throw_on_code_being_typed()
    {
        AnalyzerCase[] cases = CaseCatalogue.All.Concat(PrecisionCaseCatalogue.All).ToArray();
        Assert.True(Analyzers.Length >= 4, $"{Analyzers.Length} analyzers found");
        var failures = new ConcurrentBag<(int Index, string Text)>();
        var compilerCrashes = new ConcurrentBag<string>();
        int run = 0, withErrors = 0, withOpt = 0, fixesComputed = 0;
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, MutantCount), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, token) =>
        {
            if (clock.Elapsed.TotalSeconds > TimeBudgetSeconds && i >= MinimumMutants)
                return;
            Interlocked.Increment(ref run);
            var random = new Random(Seed + i);
            AnalyzerCase original = cases[random.Next(cases.Length)];
            Mode mode = i % 2 == 0 ? Mode.Double : Mode.Single;
            (AnalyzerCase mutant, string what) = Mutant(original, random);
            string name = $"mutant {i} of '{original.Name}' in {mode} mode ({what})";

            var thrown = new List<string>();
            Document document = CaseProject.Create(mutant, mode);
            Compilation compilation = (await document.Project.GetCompilationAsync(token).ConfigureAwait(false))!;
            ImmutableArray<Diagnostic> compiled;
            try
            {
                compiled = compilation.GetDiagnostics(token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The compiler itself fails on this text, before and without any analyzer (Roslyn's binder has such bugs on
                // half-typed code, for example a deconstruction of a lambda): nothing of OptimGen's to test here.
                compilerCrashes.Add($"{name}: {exception.GetType().Name}: {exception.Message}");
                return;
            }

            var options = new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions,
                onAnalyzerException: (exception, analyzer, _) => { lock (thrown) thrown.Add($"{analyzer.GetType().Name}: {exception}"); },
                concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            ImmutableArray<Diagnostic> reported = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(token).ConfigureAwait(false);
            if (compiled.Any(d => d.Severity == DiagnosticSeverity.Error))
                Interlocked.Increment(ref withErrors);
            thrown.AddRange(reported.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.ToString()));

            // The precision analyzer keeps an unexpected exception to itself (its rules are warnings, and a crash would
            // fail a warnings-as-errors build): its findings, computed as it computes them, say whether one happened.
            PrecisionFindings precision = PrecisionFindings.Compute(compilation, document.Project.AnalyzerOptions,
                mode == Mode.Single ? PrecisionMode.Single : PrecisionMode.Double, analyzeGeneratedCode: false, token);
            _ = precision.All(token);
            if (precision.Failure is { } failure)
                thrown.Add($"{nameof(PrecisionFindings)}: {failure}");

            SyntaxTree? typed = await document.GetSyntaxTreeAsync(token).ConfigureAwait(false);
            List<Diagnostic> opt = reported.Where(d => d.Id.StartsWith("OPT", StringComparison.Ordinal) && d.Location.SourceTree == typed).ToList();
            if (opt.Count > 0)
                Interlocked.Increment(ref withOpt);
            foreach (Diagnostic diagnostic in opt)
            {
                foreach (CodeFixProvider provider in CodeFixSweep.Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    try
                    {
                        var actions = new List<CodeAction>();
                        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), token)).ConfigureAwait(false);
                        foreach (CodeAction action in actions)
                        {
                            await action.GetOperationsAsync(token).ConfigureAwait(false);
                            Interlocked.Increment(ref fixesComputed);
                        }
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        thrown.Add($"{provider.GetType().Name} on {diagnostic}: {exception}");
                    }
                }
            }

            if (thrown.Count > 0)
                failures.Add((i, $"{name}:\n{SpecTemplate.Wrap(mutant)}\n{string.Join("\n", thrown)}"));
        });

        output.WriteLine($"{run} of {MutantCount} mutants (seed {Seed}) in {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} threads: "
            + $"{withErrors} with a compile error, {withOpt} with an OPT diagnostic, {fixesComputed} code fixes computed, {failures.Count} failures, "
            + $"{compilerCrashes.Count} on which the compiler itself failed (skipped)");
        foreach (string crash in compilerCrashes)
            output.WriteLine(crash);
        Assert.True(run >= MinimumMutants, $"only {run} mutants ran");
        // Most mutants do not compile, as code being typed does not; a campaign of only valid code would test little.
        Assert.True(2 * withErrors >= run, $"only {withErrors} of {run} mutants had a compile error");
        Assert.True(failures.IsEmpty, string.Join("\n\n========\n", failures.OrderBy(f => f.Index).Take(3).Select(f => f.Text)));
    }

    /// <summary>The case without its markup, its body (or, one time in four, its members or outside code) mutated.</summary>
    private static (AnalyzerCase Mutant, string What) Mutant(AnalyzerCase testCase, Random random)
    {
        string body = CaseProject.MarkupFree(testCase.Body), members = CaseProject.MarkupFree(testCase.Members), outside = CaseProject.MarkupFree(testCase.Outside);
        string what;
        switch (random.Next(4))
        {
            case 0 when members.Length > 0:
                members = TypingMutations.Mutate(members, random, out what);
                what = "members: " + what;
                break;
            case 1 when outside.Length > 0:
                outside = TypingMutations.Mutate(outside, random, out what);
                what = "outside: " + what;
                break;
            default:
                body = TypingMutations.Mutate(body, random, out what);
                what = "body: " + what;
                break;
        }

        return (testCase with { Body = body, Members = members, Outside = outside, InDouble = ImmutableArray<Expected>.Empty, InSingle = ImmutableArray<Expected>.Empty }, what);
    }
}
