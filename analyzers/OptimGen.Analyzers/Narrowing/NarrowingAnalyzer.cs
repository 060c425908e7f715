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
        var slots = new StateSlots();
        var conversions = new NarrowingConversionRule(precision, slots);
        var slotValues = new SlotValueRule(precision, slots);
        var mixedPrecision = new MixedPrecisionRule(precision, slots);
        Compilation compilation = start.Compilation;
        CancellationToken cancellationToken = start.CancellationToken;
        var scope = new Lazy<TransitionScope>(
            () => TransitionScope.Compute(compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

        // Types with nothing in scope register nothing, so the driver builds no operation trees for them.
        start.RegisterSymbolStartAction(type =>
        {
            if (!scope.Value.HasMembersOf((INamedTypeSymbol)type.Symbol) && !CoversAllCode(type.Symbol, type.Options))
                return;
            type.RegisterOperationBlockStartAction(block =>
            {
                if (!IsInScope(block.OperationBlocks, block.OwningSymbol, block.Options, scope))
                    return;
                block.RegisterOperationAction(context =>
                {
                    conversions.AnalyzeConversion(context);
                    mixedPrecision.AnalyzeConversion(context);
                }, OperationKind.Conversion);
                block.RegisterOperationAction(conversions.AnalyzeCompoundAssignment, OperationKind.CompoundAssignment);
                block.RegisterOperationAction(conversions.AnalyzeInvocation, OperationKind.Invocation);
                block.RegisterOperationAction(slotValues.AnalyzeAssignment, OperationKind.SimpleAssignment);
                block.RegisterOperationAction(slotValues.AnalyzeDeconstruction, OperationKind.DeconstructionAssignment);
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

    private static bool IsInScope(ImmutableArray<IOperation> blocks, ISymbol owner, AnalyzerOptions options, Lazy<TransitionScope> scope)
    {
        if (blocks.IsEmpty)
            return false;
        return NarrowingScopeOption.CoversAllCode(options.AnalyzerConfigOptionsProvider, blocks[0].Syntax.SyntaxTree)
            || scope.Value.Contains(owner);
    }
}
