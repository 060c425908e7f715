using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Analyzers.Tests.Precision;
using OptimGen.Analyzers.Tests.SdkCompiler;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// Two analyses answer the same question: the narrowing rules and the compiler in one mode's build, and OPT0006 in
/// the other mode's build, which reports what that mode would show. They are independent (OPT0006 re-binds the
/// scope against the other mode's aliases), so each checks the other on every catalogue case. A mode's
/// OPT0001/OPT0002 and compiler errors must each appear in the other mode's build, quoted by an OPT0006 at the same
/// span with the same text, or reported there in its own right (code wrong in both modes is reported once per build,
/// not quoted, and may be OPT0001 in one mode and OPT0002 in the other). Every OPT0006 must quote something the named
/// mode really reports. By design, and so left out: the narrowing findings of a mode whose build does not compile
/// (the compiler error is what is quoted), compiler errors that a case expects without any OPT0006 in the other mode
/// (code outside every transition's scope, such as an <c>[Init]</c> hook), and cases with an <c>.editorconfig</c> (its
/// options change what each rule checks). CI runs a fixed sample (every <see cref="SampleEvery"/>-th case of each
/// catalogue); <c>OPTIMGEN_MIRROR_ALL=1</c> runs all of them (1,120 cases at this writing: all pass).
/// </summary>
public sealed class ModeMirrorTests
{
    private const int SampleEvery = 16;

    private static readonly bool All = Environment.GetEnvironmentVariable("OPTIMGEN_MIRROR_ALL") == "1";

    private static readonly Regex Quotation = new(@"^(?<id>\w+) in (?<mode>Double|Single) mode: (?<message>.*)$", RegexOptions.Singleline);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach ((string catalogue, ImmutableArray<AnalyzerCase> cases) in new[] { ("narrowing", CaseCatalogue.All), ("precision", PrecisionCaseCatalogue.All) })
        {
            for (int i = 0; i < cases.Length; i++)
            {
                if ((All || i % SampleEvery == 0) && !cases[i].SplitFiles && cases[i].EditorConfig is null)
                    data.Add(catalogue, cases[i].Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_mode_quotes_what_the_other_reports(string catalogue, string name)
    {
        AnalyzerCase testCase = catalogue == "narrowing" ? CaseCatalogue.ByName[name] : PrecisionCaseCatalogue.ByName[name];
        var reported = new Dictionary<Mode, ImmutableArray<Diagnostic>>();
        foreach (Mode mode in new[] { Mode.Double, Mode.Single })
        {
            Document document = CaseProject.Create(testCase, mode);
            (ImmutableArray<Diagnostic> compiler, ImmutableArray<Diagnostic> analyzers) =
                await CaseProject.DiagnoseAsync(document.Project, CaseExport.Analyzers, CancellationToken.None);
            reported[mode] = compiler.Where(d => d.Severity == DiagnosticSeverity.Error).Concat(analyzers).ToImmutableArray();
        }

        var problems = new List<string>();
        foreach (Mode mode in new[] { Mode.Double, Mode.Single })
        {
            Mode other = mode == Mode.Double ? Mode.Single : Mode.Double;
            List<Diagnostic> findings = reported[mode].Where(IsOtherModeSubject).ToList();
            bool compiles = !findings.Any(IsCompilerError);
            bool quotesAnything = testCase.For(other).Any(expected => expected.Id == "OPT0006");
            var quoted = reported[other]
                .Where(d => d.Id == "OPT0006")
                .Select(d => (Diagnostic: d, Match: Quotation.Match(d.GetMessage())))
                .Where(q => q.Match.Success && q.Match.Groups["mode"].Value == mode.ToString())
                .ToList();
            foreach (Diagnostic finding in findings)
            {
                if (IsCompilerError(finding) ? !quotesAnything : !compiles)
                    continue;
                bool isQuoted = quoted.Any(q => q.Diagnostic.Location.SourceSpan == finding.Location.SourceSpan
                    && q.Match.Groups["id"].Value == finding.Id && q.Match.Groups["message"].Value == finding.GetMessage());
                bool reportedThereToo = reported[other].Any(d => d.Location.SourceSpan == finding.Location.SourceSpan
                    && (d.Id == finding.Id || (IsNarrowing(d) && IsNarrowing(finding))));
                if (!isQuoted && !reportedThereToo)
                    problems.Add($"{mode} reports {Describe(finding)}; the {other} build neither quotes nor reports it");
            }

            foreach ((Diagnostic quotation, Match match) in quoted)
            {
                bool isReal = findings.Any(f => f.Location.SourceSpan == quotation.Location.SourceSpan
                    && f.Id == match.Groups["id"].Value && f.GetMessage() == match.Groups["message"].Value);
                if (!isReal)
                    problems.Add($"{other} quotes {Describe(quotation)}; the {mode} build does not report it");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>What OPT0006 reports about the other mode: its narrowing findings and its compiler errors in the user's code.</summary>
    private static bool IsOtherModeSubject(Diagnostic diagnostic) => IsNarrowing(diagnostic) || IsCompilerError(diagnostic);

    private static bool IsNarrowing(Diagnostic diagnostic) => diagnostic.Id is "OPT0001" or "OPT0002";

    private static bool IsCompilerError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id.StartsWith("CS", StringComparison.Ordinal)
        && diagnostic.Location.SourceTree?.FilePath == CaseProject.SourcePath;

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}: {diagnostic.GetMessage()}";
}
