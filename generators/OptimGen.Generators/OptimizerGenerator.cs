using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Generators.Configuration;
using OptimGen.Generators.Diagnostics;
using OptimGen.Generators.Emit;
using OptimGen.Generators.Model;
using OptimGen.Generators.Parsing;

namespace OptimGen.Generators;

/// <summary>
/// From every <c>[Optimizer]</c> spec, emits its nested <c>State</c>, <c>Init</c>, <c>Step</c> and <c>Scan</c>;
/// for the compilation, emits the <c>Real</c>/<c>Integer</c> aliases of the <c>OptimGenPrecision</c> mode.
/// </summary>
/// <remarks>
/// Pipeline: <c>ForAttributeWithMetadataName</c> → <see cref="SpecParser"/> (the only step that sees
/// symbols) → value-equal <see cref="SpecModel"/>s → combined with the precision mode → emitters.
/// A malformed spec yields diagnostics and no code.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class OptimizerGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GenerationOptions> options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ReadOptions(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);
        context.RegisterSourceOutput(options, static (output, settings) => EmitCompilationWide(output, settings));

        IncrementalValuesProvider<SpecParseResult> parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SpecConventions.OptimizerAttribute,
                static (node, _) => node is ClassDeclarationSyntax
                    || (node is RecordDeclarationSyntax record && !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)),
                static (context, cancellationToken) => SpecParser.Parse(context, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        IncrementalValuesProvider<DiagnosticInfo> diagnostics = parsed
            .SelectMany(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.SpecDiagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));

        IncrementalValuesProvider<SpecModel> specs = parsed
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.Specs);

        IncrementalValuesProvider<(SpecModel Spec, PrecisionMode Mode)> toEmit = specs
            .Combine(options.Select(static (settings, _) => settings.Precision))
            .WithTrackingName(TrackingNames.SpecsWithPrecision);
        context.RegisterSourceOutput(toEmit, static (output, pair) =>
            output.AddSource(pair.Spec.HintName, SpecEmitter.Emit(pair.Spec, pair.Mode)));
    }

    private static GenerationOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions globalOptions, ParseOptions parseOptions)
    {
        (PrecisionMode mode, string? invalid) = PrecisionSetting.Read(globalOptions);
        LanguageVersion version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new GenerationOptions(mode, invalid, version >= LanguageVersion.CSharp10, version.ToDisplayString());
    }

    /// <summary>The aliases, and the diagnostics about settings that keep specs from compiling.</summary>
    private static void EmitCompilationWide(SourceProductionContext output, GenerationOptions settings)
    {
        if (settings.InvalidPrecisionValue is not null)
            output.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.UnknownPrecision, Location.None, settings.InvalidPrecisionValue));
        if (!settings.SupportsGlobalUsings)
        {
            output.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.LanguageVersionTooLow, Location.None, settings.LanguageVersion));
            return;
        }

        output.AddSource(PrecisionAliasEmitter.HintName, PrecisionAliasEmitter.Emit(settings.Precision));
    }
}
