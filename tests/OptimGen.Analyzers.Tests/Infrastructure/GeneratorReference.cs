using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Generators;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// OptimGen's generator as a project's analyzer reference, so that the workspace runs it as an IDE does: a code fix
/// then sees the generated <c>State</c> and the <c>Real</c>/<c>Integer</c> aliases in its document's semantic model.
/// </summary>
internal sealed class GeneratorReference : AnalyzerReference
{
    public static GeneratorReference Instance { get; } = new();

    private readonly ImmutableArray<ISourceGenerator> generators = ImmutableArray.Create(new OptimizerGenerator().AsSourceGenerator());

    public override string? FullPath => null;

    public override string Display => nameof(OptimizerGenerator);

    public override object Id => typeof(OptimizerGenerator);

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => generators;

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => generators;
}
