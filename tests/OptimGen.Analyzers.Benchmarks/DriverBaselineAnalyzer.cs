using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Analyzers.Benchmarks;

/// <summary>
/// An analyzer that registers what NarrowingAnalyzer registers up front (concurrent execution, a compilation
/// start, a semantic model action, a symbol start per type) and does nothing. The analyzer driver schedules a build differently when a
/// concurrent analyzer is present (it computes compiler diagnostics file by file in parallel), so the baseline
/// needs one for the comparison to measure the rules' own work and not the driver's change of plan.
/// </summary>
// Benchmark-only: instantiated by the benchmark, never loaded by a compiler, so the rules for shipped
// analyzer assemblies (netstandard2.0, the [DiagnosticAnalyzer] attribute) do not apply.
#pragma warning disable RS1001, RS1036
internal sealed class DriverBaselineAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
{
#pragma warning disable RS2008 // Benchmark-only analyzer: never shipped, never reports.
    private static readonly DiagnosticDescriptor Unused = new("OPTBENCH", "Unused", "Unused", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: false);
#pragma warning restore RS2008

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSemanticModelAction(static _ => { });
            start.RegisterSymbolStartAction(static _ => { }, SymbolKind.NamedType);
        });
    }
}
