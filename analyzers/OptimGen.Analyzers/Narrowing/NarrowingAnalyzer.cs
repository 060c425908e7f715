using System.Collections.Generic;
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

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        ActivePrecision precision = ActivePrecision.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        Compilation compilation = start.Compilation;
        CancellationToken cancellationToken = start.CancellationToken;
        SharedTransitionScope.StartComputing(compilation, cancellationToken);
        var scope = new Lazy<TransitionScope>(
            () => SharedTransitionScope.Of(compilation, cancellationToken).Scope, LazyThreadSafetyMode.ExecutionAndPublication);
        var writes = new SlotWrites(SharedTransitionScope.SlotsOf(compilation, cancellationToken), compilation, () => scope.Value.Bindings);
        var conversions = new NarrowingConversionRule(precision, writes, () => scope.Value.Instantiations);
        var slotValues = new SlotValueRule(precision, writes);
        var mixedPrecision = new MixedPrecisionRule(precision, writes);
        IReadOnlyList<(OperationKind Kind, Action<OperationAnalysisContext> Rule)> rules = NarrowingRuleTable.For(conversions, slotValues);

        // Types with nothing in scope register nothing, so the driver builds no operation trees for them.
        start.RegisterSymbolStartAction(type =>
        {
            if (!scope.Value.HasMembersOf((INamedTypeSymbol)type.Symbol) && !CoversAllCode(type.Symbol, type.Options))
                return;
            type.RegisterOperationBlockStartAction(block =>
            {
                if (block.OperationBlocks.IsEmpty)
                    return;
                Func<IOperation, bool>? inScope = null;
                if (!NarrowingScopeOption.CoversAllCode(block.Options.AnalyzerConfigOptionsProvider, block.OperationBlocks[0].Syntax.SyntaxTree)
                    && !scope.Value.Contains(block.OwningSymbol))
                {
                    // Only the lambdas of this block that a delegate in scope runs.
                    if (!scope.Value.HasLambdasIn(block.OwningSymbol))
                        return;
                    inScope = scope.Value.IsInScopeLambda;
                }

                Action<OperationAnalysisContext> Filtered(Action<OperationAnalysisContext> action) =>
                    inScope is null ? action : context => { if (inScope(context.Operation)) action(context); };

                foreach ((OperationKind kind, Action<OperationAnalysisContext> rule) in rules)
                    block.RegisterOperationAction(Filtered(rule), kind);
                block.RegisterOperationAction(Filtered(mixedPrecision.AnalyzeConversion), OperationKind.Conversion);
            });
        }, SymbolKind.NamedType);
    }

    private static bool CoversAllCode(ISymbol type, AnalyzerOptions options)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            if (NarrowingScopeOption.CoversAllCode(options.AnalyzerConfigOptionsProvider, reference.SyntaxTree))
                return true;
        return false;
    }
}
