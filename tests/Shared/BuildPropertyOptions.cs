using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Testing;

/// <summary>
/// Analyzer config options that hold only global values (build properties), for compilations driven without
/// a workspace: the way <c>build_property.OptimGenPrecision</c> reaches the generator and the analyzer in a build.
/// </summary>
internal sealed class BuildPropertyOptions : AnalyzerConfigOptionsProvider
{
    private readonly Values values;

    public BuildPropertyOptions(IReadOnlyDictionary<string, string> globals) => values = new Values(globals);

    /// <summary>The options of a project with <c>OptimGenPrecision</c> set to <paramref name="mode"/>, or not set at all.</summary>
    public static BuildPropertyOptions ForPrecision(string? mode) =>
        new(mode is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property.OptimGenPrecision"] = mode });

    public override AnalyzerConfigOptions GlobalOptions => values;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

    private sealed class Values : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly IReadOnlyDictionary<string, string> values;

        public Values(IReadOnlyDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            bool found = values.TryGetValue(key, out string? stored);
            value = stored;
            return found;
        }
    }
}
