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
            .Where(static spec => spec is not null && EmittableNames.AreValid(spec))
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Specs);

        // Hint names are compared without case: two specs whose full names differ only in case would collide.
        IncrementalValueProvider<EquatableArray<string>> hintNames = specs
            .Select(static (spec, _) => Identifiers.HintName(spec))
            .Collect()
            .Select(static (names, _) => names.ToEquatableArray())
            .WithTrackingName(TrackingNames.HintNames);

        IncrementalValuesProvider<(SpecModel Spec, PrecisionMode Mode, string HintName)> toEmit = specs
            .Combine(options.Select(static (settings, _) => settings.Precision))
            .Combine(hintNames)
            .Select(static (pair, _) => (pair.Left.Left, pair.Left.Right, UniqueHintName(pair.Left.Left, pair.Right)))
            .WithTrackingName(TrackingNames.SpecsWithPrecision);
        context.RegisterSourceOutput(toEmit, static (output, item) =>
        {
            // A chain of a built-in compiled for the other mode would not compile (the analyzer says why).
            if (item.Spec.RunsIn(item.Mode))
                AddSource(output, item.HintName, SpecEmitter.Emit(item.Spec, item.Mode));
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

    /// <summary>
    /// The spec's hint name, with a hash of its exact full name added when another spec's hint name differs
    /// from it only in case (the compiler treats hint names as file names, without case).
    /// </summary>
    private static string UniqueHintName(SpecModel spec, EquatableArray<string> all)
    {
        string hintName = Identifiers.HintName(spec);
        int sameIgnoringCase = 0;
        foreach (string other in all)
        {
            if (string.Equals(other, hintName, System.StringComparison.OrdinalIgnoreCase))
                sameIgnoringCase++;
        }

        return sameIgnoringCase <= 1 ? hintName : hintName.Substring(0, hintName.Length - ".g.cs".Length) + "." + StableHash(spec.FullName) + ".g.cs";
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same on every run and machine, unlike <c>string.GetHashCode</c>.</summary>
    private static string StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
            hash = unchecked((hash ^ c) * 16777619);
        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds a generated file. Two distinct types with one full name (a C# error of their own, such as a class and
    /// a record both called <c>Spec</c>) would share a hint name; the first keeps it and the other is left out,
    /// instead of an exception that would drop every generated file of the compilation.
    /// </summary>
    private static void AddSource(SourceProductionContext output, string hintName, string source)
    {
        try
        {
            output.AddSource(hintName, source);
        }
        catch (System.ArgumentException)
        {
            // Duplicate hint name: see above.
        }
    }

    private static GenerationOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions globalOptions, ParseOptions parseOptions)
    {
        PrecisionMode mode = PrecisionSetting.Read(globalOptions);
        LanguageVersion version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new GenerationOptions(mode, version >= LanguageVersion.CSharp10, version >= LanguageVersion.CSharp12);
    }

    /// <summary>The aliases, unless the language version has no global using aliases (the analyzer reports OPT1021).</summary>
    private static void EmitCompilationWide(SourceProductionContext output, GenerationOptions settings)
    {
        if (settings.SupportsGlobalUsings)
            AddSource(output, PrecisionAliasEmitter.HintName, PrecisionAliasEmitter.Emit(settings.Precision, settings.SupportsKeywordAliases));
    }
}
