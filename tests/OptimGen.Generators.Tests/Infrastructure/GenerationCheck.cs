using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Analyzers;
using OptimGen.Testing;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the generator and every OptimGen analyzer (the spec analyzer reports the OPT1xxx) on some sources in one precision mode and decides what
/// the robustness rule asks: no generator or analyzer exception, and a spec the generator accepts (no
/// OPT1xxx error) never yields generated code with errors when the user's own code has none.
/// </summary>
internal static class GenerationCheck
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(StateSlotSuppressor).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>What one run found.</summary>
    /// <param name="Exceptions">Generator and analyzer exceptions, as text.</param>
    /// <param name="SpecErrors">The OPT1xxx errors: the generator refused a spec.</param>
    /// <param name="OwnErrors">Errors in the user's files.</param>
    /// <param name="GenerationErrors">Errors in generated files, and warnings there that the user's code does not have too.</param>
    /// <param name="Output">The compilation with the generated files, for messages.</param>
    public sealed record Outcome(
        IReadOnlyList<string> Exceptions,
        IReadOnlyList<Diagnostic> SpecErrors,
        IReadOnlyList<Diagnostic> OwnErrors,
        IReadOnlyList<Diagnostic> GenerationErrors,
        Compilation Output)
    {
        /// <summary>The generator accepted the spec and the user's code was fine, yet the result does not compile.</summary>
        public bool AcceptedButBroken => SpecErrors.Count == 0 && OwnErrors.Count == 0 && GenerationErrors.Count > 0;

        /// <summary>
        /// The generator refused a spec (it gave it the empty placeholder <c>State</c>) that the analyzer, reading it with
        /// the same reader after generation, does not refuse: the two reads disagree, and the spec silently has no
        /// generated code.
        /// </summary>
        public bool SkippedWithoutDiagnostic => SpecErrors.Count == 0
            && Output.SyntaxTrees.Any(t => t.FilePath.EndsWith("-malformed.g.cs", StringComparison.Ordinal));

        /// <summary>The generator refused the spec, and the empty <c>State</c> it gave it does not compile where it stands.</summary>
        public bool PlaceholderBroken => GenerationErrors.Any(d => d.Location.SourceTree?.FilePath.EndsWith("-malformed.g.cs", StringComparison.Ordinal) == true);

        public string Describe() =>
            string.Join("\n", Exceptions.Concat(SpecErrors.Concat(OwnErrors).Concat(GenerationErrors).Select(d => d.ToString())))
            + "\n--- generated ---\n"
            + string.Join("\n", Output.SyntaxTrees.Where(t => t.FilePath.Contains("OptimGen.Generators")).Select(t => t.FilePath + "\n" + t));
    }

    /// <param name="sources">The user's files.</param>
    /// <param name="precision"><c>Double</c> or <c>Single</c>.</param>
    public static Outcome Run(IEnumerable<string> sources, string precision) => Run(GeneratorHarness.Compile(sources.ToArray()), precision);

    /// <param name="input">The user's compilation, for a language version or output kind other than the default.</param>
    /// <param name="precision"><c>Double</c> or <c>Single</c>.</param>
    public static Outcome Run(CSharpCompilation input, string precision)
    {
        (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(input, precision);
        var exceptions = new List<string>();
        if (result.Exception is not null)
            exceptions.Add("generator: " + result.Exception);

        // One binding of the final compilation gives the compiler's diagnostics and the analyzers' (OPT1xxx among them).
        ImmutableArray<Diagnostic> after = RunAnalyzers(output, precision, exceptions);
        Diagnostic[] specErrors = after.Where(d => d.Id.StartsWith("OPT1", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error).ToArray();

        // The user's own errors are those in the user's files: before generation they hide behind the missing
        // State, so only the compilation with the generated files shows them all.
        Diagnostic[] own = after.Where(d => d.Severity == DiagnosticSeverity.Error && !IsGenerated(d) && !d.Id.StartsWith("OPT", StringComparison.Ordinal)).ToArray();
        HashSet<string>? inputIds = null;
        Diagnostic[] introduced = after.Where(d => IsGenerated(d)
                && (d.Severity == DiagnosticSeverity.Error
                    || (d.Severity == DiagnosticSeverity.Warning && !(inputIds ??= new HashSet<string>(input.GetDiagnostics().Select(i => i.Id))).Contains(d.Id))))
            .ToArray();
        return new Outcome(exceptions, specErrors, own, introduced, output);
    }

    /// <summary>Every OptimGen analyzer on the final compilation; their exceptions (the precision analyzer's swallowed ones too) go to <paramref name="thrown"/>.</summary>
    private static ImmutableArray<Diagnostic> RunAnalyzers(Compilation output, string precision, List<string> thrown)
    {
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, BuildPropertyOptions.ForPrecision(precision));
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            onAnalyzerException: (exception, analyzer, _) => { lock (thrown) thrown.Add($"{analyzer.GetType().Name}: {exception}"); },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = output.WithAnalyzers(Analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        thrown.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        if (PrecisionFailure(output, analyzerOptions, precision) is { } failure)
            thrown.Add("PrecisionFindings: " + failure);
        return diagnostics;
    }

    /// <summary>
    /// The precision analyzer keeps an unexpected exception to itself (a crash would fail a warnings-as-errors build
    /// over warnings); its findings, computed as it computes them, say whether one happened. Reached by reflection:
    /// the analyzer and generator assemblies both hold the shared spec reader's internal types, so this project
    /// cannot see the internals of both.
    /// </summary>
    private static Exception? PrecisionFailure(Compilation output, AnalyzerOptions options, string precision)
    {
        Type findings = typeof(StateSlotSuppressor).Assembly.GetType("OptimGen.Analyzers.Precision.PrecisionFindings", throwOnError: true)!;
        MethodInfo compute = findings.GetMethod("Compute", BindingFlags.Public | BindingFlags.Static)!;
        Type mode = compute.GetParameters()[2].ParameterType;
        object computed = compute.Invoke(null, new[] { output, options, Enum.Parse(mode, precision), false, CancellationToken.None })!;
        findings.GetMethod("All")!.Invoke(computed, new object[] { CancellationToken.None });
        return (Exception?)findings.GetProperty("Failure")!.GetValue(computed);
    }

    private static bool IsGenerated(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree?.FilePath.Contains("OptimGen.Generators", StringComparison.Ordinal) == true;
}
