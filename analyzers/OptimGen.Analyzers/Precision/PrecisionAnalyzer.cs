using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using BackgroundStart = OptimGen.Analyzers.Narrowing.BackgroundStart;
using OptimGen.Conventions;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// The rules checked for both precision modes in every build: OPT0004 (a constant that collapses as <c>Real</c>
/// in a mode), OPT0005 (a <c>Real</c> or <c>float</c> slot used as a counter) and OPT0006 (transition code that is
/// fine in this mode and wrong in the other). Casts and initializers of <c>Real</c> declarations are checked per node; the
/// transition scope is walked once per compilation (<see cref="PrecisionFindings"/>) and its findings reported
/// per tree, the other mode's computed there, tree by tree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrecisionAnalyzer : DiagnosticAnalyzer
{
    private readonly bool analyzeGeneratedCode;

    /// <summary>The analyzer as the compiler loads it: generated code is skipped.</summary>
    public PrecisionAnalyzer()
        : this(analyzeGeneratedCode: false)
    {
    }

    /// <summary>For OptimGen's own tests, which hold the built-in optimizers' (generated) source to the same rules.</summary>
    internal PrecisionAnalyzer(bool analyzeGeneratedCode) => this.analyzeGeneratedCode = analyzeGeneratedCode;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        PrecisionDiagnostics.CollapsingConstant, PrecisionDiagnostics.RealCounter, PrecisionDiagnostics.OtherMode);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(analyzeGeneratedCode
            ? GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics
            : GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        PrecisionMode mode = SpecConventions.IsSinglePrecision(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out _)
            ? PrecisionMode.Single
            : PrecisionMode.Double;
        start.RegisterSyntaxNodeAction(context => CollapsingConstantRule.AnalyzeCast(context, mode), SyntaxKind.CastExpression);
        start.RegisterSyntaxNodeAction(context => CollapsingConstantRule.AnalyzeCreate(context, mode), SyntaxKind.InvocationExpression);
        start.RegisterSyntaxNodeAction(context => CollapsingConstantRule.AnalyzePropertyDefault(context, mode), SyntaxKind.PropertyDeclaration);
        start.RegisterSyntaxNodeAction(context => CollapsingConstantRule.AnalyzeVariableDeclaration(context, mode), SyntaxKind.VariableDeclaration);
        start.RegisterSyntaxNodeAction(context => CollapsingConstantRule.AnalyzeParameterDefault(context, mode), SyntaxKind.Parameter);
        start.RegisterSyntaxNodeAction(context => CollapsingConstantRule.AnalyzeCollection(context, mode), SyntaxKind.ArrayInitializerExpression, SyntaxKind.CollectionInitializerExpression, SyntaxKind.CollectionExpression);
        Compilation compilation = start.Compilation;
        AnalyzerOptions options = start.Options;
        CancellationToken cancellationToken = start.CancellationToken;
        bool generatedToo = analyzeGeneratedCode;
        var findings = new Lazy<PrecisionFindings>(
            () => PrecisionFindings.Compute(compilation, options, mode, generatedToo, cancellationToken),
            LazyThreadSafetyMode.ExecutionAndPublication);
        BackgroundStart.Run(() => _ = findings.Value, cancellationToken);
        start.RegisterSemanticModelAction(context =>
        {
            foreach (Diagnostic diagnostic in findings.Value.In(context.SemanticModel.SyntaxTree, context.CancellationToken))
                context.ReportDiagnostic(diagnostic);
        });
    }
}
