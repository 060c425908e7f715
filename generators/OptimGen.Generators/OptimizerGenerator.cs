using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Conventions;
using OptimGen.Generators.Configuration;
using OptimGen.Generators.Emit;
using OptimGen.Generators.Model;
using OptimGen.Specs.Model;
using OptimGen.Specs.Reading;

namespace OptimGen.Generators;

/// <summary>
/// From every <c>[Optimizer]</c> spec, emits its nested <c>State</c>, <c>Init</c>, <c>Step</c> and <c>Scan</c>;
/// for the compilation, emits the <c>Real</c>/<c>Integer</c> aliases of the <c>OptimGenPrecision</c> mode.
/// </summary>
/// <remarks>
/// Pipeline: <c>ForAttributeWithMetadataName</c> → <see cref="SpecReader"/> (the only step that sees
/// symbols) → value-equal <see cref="SpecModel"/>s → combined with the precision mode → emitters.
/// A malformed spec yields no code; the analyzer (<c>SpecAnalyzer</c>, same reader) reports why.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class OptimizerGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(BuiltInOptimizersEmitter.Emit);

        IncrementalValueProvider<GenerationOptions> options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ReadOptions(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);
        context.RegisterSourceOutput(options, static (output, settings) => EmitCompilationWide(output, settings));

        IncrementalValuesProvider<SpecModel?> parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SpecConventions.OptimizerAttribute,
                static (node, _) => node is ClassDeclarationSyntax
                    || (node is RecordDeclarationSyntax record && !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)),
                static (context, cancellationToken) => Read(context, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        IncrementalValuesProvider<SpecModel> specs = parsed
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Specs);

        IncrementalValuesProvider<(SpecModel Spec, PrecisionMode Mode)> toEmit = specs
            .Combine(options.Select(static (settings, _) => settings.Precision))
            .WithTrackingName(TrackingNames.SpecsWithPrecision);
        context.RegisterSourceOutput(toEmit, static (output, pair) =>
        {
            // A chain of a built-in compiled for the other mode would not compile (the analyzer says why).
            if (pair.Spec.RunsIn(pair.Mode))
                output.AddSource(pair.Spec.HintName, SpecEmitter.Emit(pair.Spec, pair.Mode));
        });
    }

    /// <summary>A valid spec's model; null for an invalid one (the analyzer reports it) and for a second declaration of one spec.</summary>
    private static SpecModel? Read(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol spec
            || context.TargetNode is not TypeDeclarationSyntax declaration
            || SpecReader.OptimizerDeclaration(spec, cancellationToken) != declaration)
            return null;
        return SpecReader.Read(spec, declaration, DiagnosticCollector.Discarding(), cancellationToken);
    }

    private static GenerationOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions globalOptions, ParseOptions parseOptions)
    {
        PrecisionMode mode = PrecisionSetting.Read(globalOptions);
        LanguageVersion version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new GenerationOptions(mode, version >= LanguageVersion.CSharp10);
    }

    /// <summary>The aliases, unless the language version has no global using aliases (the analyzer reports OPT1021).</summary>
    private static void EmitCompilationWide(SourceProductionContext output, GenerationOptions settings)
    {
        if (settings.SupportsGlobalUsings)
            output.AddSource(PrecisionAliasEmitter.HintName, PrecisionAliasEmitter.Emit(settings.Precision));
    }
}
