using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The narrowing rules: OPT0001 (a conversion narrower than the active precision), OPT0002 (a slot assigned a
/// narrower value, the seed bug of optax#1210) and OPT0003 (single precision entering Double-mode arithmetic),
/// checked inside state transitions in the precision mode the project is built in.
/// </summary>
/// <remarks>
/// The transition scope is computed once per compilation, starting at compilation start, and the rules run over it
/// and report tree by tree (<see cref="NarrowingFindings"/>). Files under <c>optimgen_narrowing_scope = all</c> are
/// left to the driver, which runs the same rules over every operation block in them.
/// Generated code is not analyzed by default: the generated State/Init/Step/Scan and the built-in optimizers
/// are OptimGen's own code, which its tests check with generated-code analysis on; a user could not fix a
/// diagnostic there anyway.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NarrowingAnalyzer : DiagnosticAnalyzer
{
    private readonly bool analyzeGeneratedCode;

    /// <summary>The analyzer as the compiler loads it: generated code is skipped.</summary>
    public NarrowingAnalyzer()
        : this(analyzeGeneratedCode: false)
    {
    }

    /// <summary>For OptimGen's own tests, which hold the generated code to the same rules.</summary>
    internal NarrowingAnalyzer(bool analyzeGeneratedCode) => this.analyzeGeneratedCode = analyzeGeneratedCode;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        NarrowingDiagnostics.NarrowingConversion, NarrowingDiagnostics.NarrowSlotValue, NarrowingDiagnostics.MixedPrecision);

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
        ActivePrecision precision = ActivePrecision.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        Compilation compilation = start.Compilation;
        AnalyzerOptions options = start.Options;
        CancellationToken cancellationToken = start.CancellationToken;
        AnalyzerConfigOptionsProvider configuration = options.AnalyzerConfigOptionsProvider;
        var analyzed = new AnalyzedTrees(compilation, analyzeGeneratedCode, tree => NarrowingScopeOption.CoversAllCode(configuration, tree));
        var findings = new Lazy<NarrowingFindings>(
            () => NarrowingFindings.Compute(compilation, options, precision, analyzed, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        BackgroundStart.Run(() => _ = findings.Value, cancellationToken);

        start.RegisterSemanticModelAction(context =>
        {
            foreach (Diagnostic diagnostic in findings.Value.In(context.SemanticModel.SyntaxTree, context.CancellationToken))
                context.ReportDiagnostic(diagnostic);
        });

        // Files that ask for all code to be checked: every operation block of theirs, through the driver.
        start.RegisterSymbolStartAction(type =>
        {
            if (!DeclaredInFileCoveringAllCode(type.Symbol, configuration))
                return;
            type.RegisterOperationBlockStartAction(block =>
            {
                if (block.OperationBlocks.IsEmpty
                    || !NarrowingScopeOption.CoversAllCode(configuration, block.OperationBlocks[0].Syntax.SyntaxTree))
                    return;
                foreach ((OperationKind kind, Action<OperationAnalysisContext> rule) in findings.Value.Runner.Rules)
                    block.RegisterOperationAction(rule, kind);
            });
        }, SymbolKind.NamedType);
    }

    private static bool DeclaredInFileCoveringAllCode(ISymbol type, AnalyzerConfigOptionsProvider configuration)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            if (NarrowingScopeOption.CoversAllCode(configuration, reference.SyntaxTree))
                return true;
        return false;
    }
}
