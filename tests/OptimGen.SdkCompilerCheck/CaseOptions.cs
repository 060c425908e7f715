using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.SdkCompilerCheck;

/// <summary>
/// A case's analyzer config files (the mode's global config and an optional .editorconfig) as the compiler hands them
/// to generators, analyzers and its own severity settings, the way <c>csc</c> reads the files MSBuild passes it.
/// </summary>
internal sealed class CaseOptions : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet set;

    public CaseOptions(string mode, string? editorConfig)
    {
        var configs = new List<AnalyzerConfig>
        {
            AnalyzerConfig.Parse($"is_global = true\nbuild_property.OptimGenPrecision = {mode}\n", "/.globalconfig"),
        };
        if (editorConfig is not null)
            configs.Add(AnalyzerConfig.Parse(editorConfig, "/.editorconfig"));
        set = AnalyzerConfigSet.Create(configs);
        GlobalOptions = new Options(set.GlobalConfigOptions.AnalyzerOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    /// <summary>The severities the config files set, per tree and globally.</summary>
    public SyntaxTreeOptionsProvider Severities => new SeverityOptions(set);

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class SeverityOptions(AnalyzerConfigSet set) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
