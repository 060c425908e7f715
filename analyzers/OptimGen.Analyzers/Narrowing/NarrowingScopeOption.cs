using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The <c>.editorconfig</c> option <c>optimgen_narrowing_scope = transitions | all</c>: the rules apply inside
/// state transitions (the default) or to all code of the files it covers.
/// </summary>
internal static class NarrowingScopeOption
{
    public const string Key = "optimgen_narrowing_scope";

    public static bool CoversAllCode(AnalyzerConfigOptionsProvider provider, SyntaxTree tree) =>
        IsAll(provider.GetOptions(tree)) || IsAll(provider.GlobalOptions);

    private static bool IsAll(AnalyzerConfigOptions options) =>
        options.TryGetValue(Key, out string? value) && string.Equals(value?.Trim(), "all", StringComparison.OrdinalIgnoreCase);
}
