using System.Linq;
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
/// symbols) → value-equal <see cref="SpecModel"/>s → combined with the precision mode and a hint name no other
/// file has (<see cref="HintNames"/>) → emitters. A malformed spec yields no code; the analyzer
/// (<c>SpecAnalyzer</c>, same reader) reports why. Nothing here throws on any input: an exception would drop
/// every generated file of the compilation.
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
        // The project's own global Real/Integer aliases (OPT1033), left out of the alias file so that the compiler's
        // duplicate-alias error does not land in it.
        IncrementalValueProvider<EquatableArray<ProjectAlias>> projectAliases = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ProjectPrecisionAliases.TargetsIn(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ProjectAliases);
        context.RegisterSourceOutput(options.Combine(projectAliases), static (output, pair) =>
            EmitCompilationWide(output, pair.Left, pair.Right.Select(alias => alias.Name).ToEquatableArray()));

        IncrementalValuesProvider<ParsedSpec> parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SpecConventions.OptimizerAttribute,
                static (node, _) => node is ClassDeclarationSyntax
                    || (node is RecordDeclarationSyntax record && !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)),
                static (context, cancellationToken) => Read(context, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        IncrementalValuesProvider<SpecModel> specs = parsed
            .Where(static parsed => parsed.Model is not null && EmittableNames.AreValid(parsed.Model))
            .Select(static (parsed, _) => parsed.Model!)
            .WithTrackingName(TrackingNames.Specs);

        // A malformed spec's empty State, so that a command-line build gets past its signatures to its OPT1xxx error.
        IncrementalValueProvider<EquatableArray<SpecShell>> malformed = parsed
            .Where(static parsed => parsed.Malformed is not null && EmittableNames.AreValid(parsed.Malformed))
            .Select(static (parsed, _) => parsed.Malformed!)
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(TrackingNames.MalformedSpecs);
        context.RegisterSourceOutput(malformed, static (output, shells) => EmitPlaceholders(output, shells));

        // Every valid spec, so that each can get a hint name that no other differs from only in case.
        IncrementalValueProvider<EquatableArray<SpecModel>> allSpecs = specs
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(TrackingNames.HintNames);

        // The mode, and whether specs can be emitted in it: not where the project's own Real/Integer alias (OPT1033) names
        // another type than the mode's, since the user's code written against that alias would not meet the generated code.
        IncrementalValueProvider<(PrecisionMode Mode, bool Emittable)> precision = options
            .Combine(projectAliases)
            .Select(static (pair, _) => (pair.Left.Precision, ProjectPrecisionAliases.AgreeWith(pair.Right, pair.Left.Precision)));
        IncrementalValuesProvider<(SpecModel Spec, PrecisionMode Mode, bool Emittable, string HintName)> toEmit = specs
            .Combine(precision)
            .Combine(allSpecs)
            .Select(static (pair, _) => (pair.Left.Left, pair.Left.Right.Mode, pair.Left.Right.Emittable, HintNames.Unique(pair.Left.Left, pair.Right)))
            .WithTrackingName(TrackingNames.SpecsWithPrecision);
        context.RegisterSourceOutput(toEmit, static (output, item) =>
        {
            // A chain of a built-in compiled for the other mode would not compile (the analyzer says why).
            if (item.Emittable && item.Spec.RunsIn(item.Mode))
                output.AddSource(item.HintName, SpecEmitter.Emit(item.Spec, item.Mode));
        });
    }

    /// <summary>
    /// A valid spec's model; for an invalid one (the analyzer reports it) its shell when an empty <c>State</c> can be
    /// emitted in it; nothing for a second declaration of one spec.
    /// </summary>
    private static ParsedSpec Read(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol spec
            || context.TargetNode is not TypeDeclarationSyntax declaration
            || SpecReader.OptimizerDeclaration(spec, cancellationToken) != declaration)
            return ParsedSpec.Nothing;
        try
        {
            return SpecReader.Read(spec, declaration, DiagnosticCollector.Discarding(), cancellationToken) is { } model
                ? new ParsedSpec(model, null)
                : new ParsedSpec(null, SpecReader.ShellOfMalformed(spec, declaration));
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // A reader bug must not become a generator exception, which drops every generated file of the
            // compilation: this spec is skipped, and SpecAnalyzer, running the same reader, reports the
            // exception as AD0001 so that it is seen and fixed.
            return ParsedSpec.Nothing;
        }
    }

    /// <summary>
    /// Each malformed spec's empty <c>State</c>; none for specs whose placeholder files would have names equal without
    /// case (the compiler would throw on the second), which are full names equal without case: rare, and C# then has
    /// its own error for them.
    /// </summary>
    private static void EmitPlaceholders(SourceProductionContext output, EquatableArray<SpecShell> shells)
    {
        var counts = new System.Collections.Generic.Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
        foreach (SpecShell shell in shells)
        {
            string hintName = Identifiers.PlaceholderHintName(shell);
            counts[hintName] = counts.TryGetValue(hintName, out int count) ? count + 1 : 1;
        }

        foreach (SpecShell shell in shells)
        {
            string hintName = Identifiers.PlaceholderHintName(shell);
            if (counts[hintName] == 1)
                output.AddSource(hintName, StatePlaceholderEmitter.Emit(shell));
        }
    }

    private static GenerationOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions globalOptions, ParseOptions parseOptions)
    {
        PrecisionMode mode = PrecisionSetting.Read(globalOptions);
        LanguageVersion version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new GenerationOptions(mode, version >= LanguageVersion.CSharp10, version >= LanguageVersion.CSharp12);
    }

    /// <summary>The aliases, unless the language version has no global using aliases (the analyzer reports OPT1021).</summary>
    private static void EmitCompilationWide(SourceProductionContext output, GenerationOptions settings, EquatableArray<string> declaredByProject)
    {
        if (settings.SupportsGlobalUsings)
            output.AddSource(PrecisionAliasEmitter.HintName, PrecisionAliasEmitter.Emit(settings.Precision, settings.SupportsKeywordAliases, declaredByProject));
    }
}
