using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Conventions;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;
using OptimGen.Specs.Reading;

namespace OptimGen.Analyzers.Specs;

/// <summary>
/// Reports why a spec is malformed (OPT1001–OPT1025) at the exact place, using the same <see cref="SpecReader"/>
/// as the generator (which skips such a spec). Because these come from an analyzer, with real locations, the
/// compiler applies <c>.editorconfig</c>, global configs, <c>#pragma</c> and <c>[SuppressMessage]</c> to them
/// as to any other diagnostic. Also reports the compilation's settings the generator cannot work with:
/// an unknown <c>OptimGenPrecision</c> (OPT1020), a C# version without global using aliases (OPT1021) and a global
/// <c>Real</c>/<c>Integer</c> alias of the project's own (OPT1033).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SpecAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SpecDiagnostics.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // A spec in a file marked auto-generated (a T4 template's or another tool's output) is still read and skipped by
        // the generator when malformed: its OPT1xxx must reach the user, or the spec would lose its code silently.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        PrecisionMode mode = SpecConventions.IsSinglePrecision(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out string? invalid)
            ? PrecisionMode.Single
            : PrecisionMode.Double;
        LanguageVersion? version = LanguageVersionOf(start.Compilation);
        if (invalid is not null || version < LanguageVersion.CSharp10)
        {
            start.RegisterCompilationEndAction(end =>
            {
                if (invalid is not null)
                    end.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.UnknownPrecision, Location.None, invalid));
                if (version < LanguageVersion.CSharp10)
                    end.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.LanguageVersionTooLow, Location.None, version.Value.ToDisplayString()));
            });
        }

        start.RegisterSymbolAction(context => AnalyzeSpec(context, mode), SymbolKind.NamedType);
        start.RegisterSyntaxTreeAction(ReportProjectPrecisionAliases);
    }

    /// <summary>OPT1033: the project's own global <c>Real</c>/<c>Integer</c> alias, which the generator then leaves out of its alias file.</summary>
    private static void ReportProjectPrecisionAliases(SyntaxTreeAnalysisContext context)
    {
        foreach (UsingDirectiveSyntax directive in ProjectPrecisionAliases.In(context.Tree, context.CancellationToken))
            context.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.ProjectDeclaresPrecisionAlias, directive.Alias!.Name.GetLocation(),
                ProjectPrecisionAliases.NameOf(directive), ProjectPrecisionAliases.RemedyFor(directive)));
    }

    private static void AnalyzeSpec(SymbolAnalysisContext context, PrecisionMode mode)
    {
        var spec = (INamedTypeSymbol)context.Symbol;
        if (!SpecConventions.HasAttribute(spec, SpecConventions.OptimizerAttribute)
            || SpecReader.OptimizerDeclaration(spec, context.CancellationToken) is not TypeDeclarationSyntax declaration)
            return;

        var diagnostics = DiagnosticCollector.Keeping();
        SpecModel? model = SpecReader.Read(spec, declaration, diagnostics, context.CancellationToken);
        foreach (Diagnostic diagnostic in diagnostics.Diagnostics)
            context.ReportDiagnostic(diagnostic);
        if (model is not null)
            ReportComponentsOfTheOtherMode(context, spec, model, mode);
    }

    /// <summary>A built-in (or any spec of a referenced assembly) compiled for the other precision cannot be chained here.</summary>
    private static void ReportComponentsOfTheOtherMode(SymbolAnalysisContext context, INamedTypeSymbol spec, SpecModel model, PrecisionMode mode)
    {
        foreach (ComponentModel component in model.Components)
        {
            if (component.RunsIn(mode))
                continue;
            Location? location = null;
            foreach (ISymbol member in spec.GetMembers(component.PropertyName))
                location ??= member.Locations.IsEmpty ? null : member.Locations[0];
            context.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.InvalidComponent, location ?? Location.None,
                component.PropertyName, spec.Name,
                $"has type '{component.TypeName.Replace("global::", string.Empty)}', compiled for {component.CompiledFor} mode, but this project builds in {mode} mode (OptimGenPrecision)"));
        }
    }

    private static LanguageVersion? LanguageVersionOf(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
            if (tree.Options is CSharpParseOptions options)
                return options.LanguageVersion;
        return null;
    }
}
