using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.CodeFixes;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs every code fix the package offers on every OPT diagnostic of a catalogue case and checks what the user
/// would get: the fixed code has no compiler error the case did not already have, the fixed diagnostic is gone from
/// its place (and its id is reported fewer times), and no new OPT0001/OPT0002 appears anywhere.
/// </summary>
internal static class CodeFixSweep
{
    /// <summary>Every code-fix provider the package exports.</summary>
    public static ImmutableArray<CodeFixProvider> Providers { get; } = typeof(NarrowingCodeFix).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    private static readonly string[] NarrowingIds = { "OPT0001", "OPT0002" };

    /// <summary>Sweeps one case in one mode, adding what it finds to <paramref name="tally"/>.</summary>
    public static async Task RunAsync(AnalyzerCase testCase, Mode mode, ImmutableArray<DiagnosticAnalyzer> analyzers, SweepTally tally, CancellationToken cancellationToken)
    {
        Document document = CaseProject.Create(testCase, mode);
        var (compiler, fromAnalyzers) = await CaseProject.DiagnoseAsync(document.Project, analyzers, cancellationToken).ConfigureAwait(false);
        ImmutableArray<Diagnostic> errors = Errors(compiler);
        ImmutableArray<Diagnostic> reported = Opt(fromAnalyzers);
        string caseName = $"'{testCase.Name}' in {mode} mode";
        tally.CountCase();

        // The sweep must see what the markup tests see, or it would sweep something else.
        string expected = string.Join(", ", testCase.For(mode).Select(e => e.Id).Where(id => id.StartsWith("OPT", StringComparison.Ordinal)).OrderBy(id => id, StringComparer.Ordinal));
        string actual = string.Join(", ", reported.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        if (expected != actual)
            tally.Fail($"{caseName}: the sweep's project reports [{actual}], the case expects [{expected}]");

        foreach (Diagnostic diagnostic in reported)
        {
            tally.CountDiagnostic(diagnostic.Id);
            Document? home = document.Project.GetDocument(diagnostic.Location.SourceTree);
            List<CodeAction> actions = home is null ? new() : await ActionsAsync(home, diagnostic, cancellationToken).ConfigureAwait(false);
            if (actions.Count == 0)
            {
                tally.CountWithoutFix(diagnostic.Id, $"{caseName}: {Describe(diagnostic)}");
                continue;
            }

            foreach (CodeAction action in actions)
            {
                tally.CountOffered(diagnostic.Id);
                IReadOnlyList<string> problems;
                try
                {
                    problems = await CheckAsync(home!, diagnostic, action, errors, reported, analyzers, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // What the IDE would show as a failing light bulb.
                    tally.Fail($"{caseName}: {Describe(diagnostic)}\n  fix '{action.Title}' ({action.EquivalenceKey}) throws {exception.GetType().Name}: {exception.Message}\n");
                    continue;
                }

                if (problems.Count == 0)
                    tally.CountApplied();
                else
                    tally.Fail(await DescribeAsync(caseName, home!, diagnostic, action, problems, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    private static async Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        foreach (CodeFixProvider provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
        return actions;
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(
        Document document, Diagnostic diagnostic, CodeAction action, ImmutableArray<Diagnostic> errors, ImmutableArray<Diagnostic> reported,
        ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        Solution? changed = await ChangedSolutionAsync(action, cancellationToken).ConfigureAwait(false);
        if (changed is null || changed == document.Project.Solution)
            return new[] { "the fix changes nothing" };

        var problems = new List<string>();
        Project project = changed.GetProject(document.Project.Id)!;
        var (compiler, fromAnalyzers) = await CaseProject.DiagnoseAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
        foreach (Diagnostic error in NotIn(Errors(compiler), errors))
            problems.Add($"new error {Describe(error)}");

        ImmutableArray<Diagnostic> after = Opt(fromAnalyzers);
        int before = reported.Count(d => d.Id == diagnostic.Id), remaining = after.Count(d => d.Id == diagnostic.Id);
        if (remaining >= before)
            problems.Add($"{diagnostic.Id} is reported {remaining} times after the fix, {before} before");
        Document fixedDocument = project.GetDocument(document.Id)!;
        TextSpan place = Map(diagnostic.Location.SourceSpan, (await fixedDocument.GetTextChangesAsync(document, cancellationToken).ConfigureAwait(false)).ToList());
        foreach (Diagnostic left in after.Where(d => d.Id == diagnostic.Id && d.Location.SourceTree?.FilePath == document.FilePath && Overlaps(d.Location.SourceSpan, place)))
            problems.Add($"{diagnostic.Id} still reported at the fixed place: {Describe(left)}");

        foreach (Diagnostic narrowing in NotIn(after.Where(d => NarrowingIds.Contains(d.Id)), reported))
            problems.Add($"new {Describe(narrowing)}");
        return problems;
    }

    private static async Task<Solution?> ChangedSolutionAsync(CodeAction action, CancellationToken cancellationToken)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        return operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution;
    }

    /// <summary>The diagnostics of <paramref name="after"/> that <paramref name="before"/> did not have (same id and message, counted).</summary>
    private static IEnumerable<Diagnostic> NotIn(IEnumerable<Diagnostic> after, IEnumerable<Diagnostic> before)
    {
        var counts = before.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        foreach (Diagnostic diagnostic in after)
        {
            if (counts.TryGetValue(Key(diagnostic), out int count) && count > 0)
                counts[Key(diagnostic)] = count - 1;
            else
                yield return diagnostic;
        }

        static string Key(Diagnostic diagnostic) => diagnostic.Id + ": " + diagnostic.GetMessage();
    }

    private static ImmutableArray<Diagnostic> Errors(ImmutableArray<Diagnostic> compiler) =>
        compiler.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    private static ImmutableArray<Diagnostic> Opt(ImmutableArray<Diagnostic> fromAnalyzers) =>
        fromAnalyzers.Where(d => d.Id.StartsWith("OPT", StringComparison.Ordinal)).ToImmutableArray();

    /// <summary>Where a span of the original text lies in the fixed text: a change that touches it widens it to the change's new text.</summary>
    private static TextSpan Map(TextSpan span, IEnumerable<TextChange> changes)
    {
        int shift = 0, end = 0;
        int? start = null;
        foreach (TextChange change in changes.OrderBy(c => c.Span.Start))
        {
            if (change.Span.Start > span.End)
                break;
            int delta = change.NewText!.Length - change.Span.Length;
            if (change.Span.End >= span.Start)
            {
                int newStart = change.Span.Start + shift;
                start ??= Math.Min(span.Start + shift, newStart);
                end = Math.Max(end, newStart + change.NewText.Length);
            }

            shift += delta;
        }

        int mappedStart = start ?? span.Start + shift;
        return TextSpan.FromBounds(mappedStart, Math.Max(mappedStart, Math.Max(end, span.End + shift)));
    }

    private static bool Overlaps(TextSpan reported, TextSpan place) => reported.OverlapsWith(place) || place.Contains(reported) || reported.Contains(place);

    private static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan position = diagnostic.Location.GetLineSpan();
        string line = diagnostic.Location.SourceTree is { } tree
            ? tree.GetText().Lines[position.StartLinePosition.Line].ToString().Trim()
            : "";
        return $"{diagnostic.Id} at {System.IO.Path.GetFileName(position.Path)}:{position.StartLinePosition.Line + 1} `{line}`: {diagnostic.GetMessage()}";
    }

    private static async Task<string> DescribeAsync(string caseName, Document document, Diagnostic diagnostic, CodeAction action, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.AppendLine($"{caseName}: {Describe(diagnostic)}");
        text.AppendLine($"  fix '{action.Title}' ({action.EquivalenceKey}):");
        if (await ChangedSolutionAsync(action, cancellationToken).ConfigureAwait(false) is { } changed)
        {
            foreach (DocumentId id in changed.GetChanges(document.Project.Solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()))
            {
                Document before = document.Project.Solution.GetDocument(id)!, after = changed.GetDocument(id)!;
                SourceText fixedText = await after.GetTextAsync(cancellationToken).ConfigureAwait(false);
                int shift = 0;
                foreach (TextChange change in (await after.GetTextChangesAsync(before, cancellationToken).ConfigureAwait(false)).OrderBy(c => c.Span.Start))
                {
                    int line = fixedText.Lines.GetLineFromPosition(Math.Min(fixedText.Length, change.Span.Start + shift)).LineNumber;
                    text.AppendLine($"    fixed line {line + 1}: `{fixedText.Lines[line].ToString().Trim()}`");
                    shift += change.NewText!.Length - change.Span.Length;
                }
            }
        }

        foreach (string problem in problems)
            text.AppendLine("    - " + problem);
        return text.ToString();
    }
}

/// <summary>What a sweep counted, safe to add to from parallel cases.</summary>
internal sealed class SweepTally
{
    private int cases;
    private int applied;
    private readonly ConcurrentDictionary<string, int> diagnostics = new();
    private readonly ConcurrentDictionary<string, int> offered = new();
    private readonly ConcurrentDictionary<string, int> withoutFix = new();
    private readonly ConcurrentQueue<string> failures = new();
    private readonly ConcurrentQueue<string> unfixed = new();

    public IReadOnlyCollection<string> Failures => failures;

    /// <summary>The diagnostics no fix was offered for: fine (no fix is better than a broken one), and listed for a reader.</summary>
    public IReadOnlyCollection<string> Unfixed => unfixed;

    public void CountCase() => Interlocked.Increment(ref cases);

    public void CountApplied() => Interlocked.Increment(ref applied);

    public void CountDiagnostic(string id) => diagnostics.AddOrUpdate(id, 1, (_, n) => n + 1);

    public void CountOffered(string id) => offered.AddOrUpdate(id, 1, (_, n) => n + 1);

    public void CountWithoutFix(string id, string diagnostic)
    {
        withoutFix.AddOrUpdate(id, 1, (_, n) => n + 1);
        unfixed.Enqueue(diagnostic);
    }

    public void Fail(string failure) => failures.Enqueue(failure);

    public override string ToString() =>
        $"{cases} cases, {diagnostics.Values.Sum()} diagnostics ({ById(diagnostics)}), {offered.Values.Sum()} fixes offered ({ById(offered)}), "
        + $"{applied} applied cleanly, {failures.Count} failures; without a fix: {ById(withoutFix)}";

    private static string ById(ConcurrentDictionary<string, int> counts) =>
        counts.IsEmpty ? "none" : string.Join(", ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
}
