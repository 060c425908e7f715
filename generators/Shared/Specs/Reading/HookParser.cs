using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Checks the optional spec methods the generated code calls: <c>[Init]</c>
/// (<c>void M(ref State state, ReadOnlySpan&lt;Real&gt; parameters)</c>), <c>[CachedEvaluation]</c>
/// (<c>bool M(ref State state, ReadOnlySpan&lt;Real&gt; parameters, Span&lt;Real&gt; gradient, out Real value)</c>),
/// <c>[ConvergenceMeasure]</c> (<c>Real M(ref State state, ReadOnlySpan&lt;Real&gt; parameters, ReadOnlySpan&lt;Real&gt; gradient)</c>)
/// and <c>[OptimizerFailure]</c> (<c>bool M(ref State state)</c>).
/// </summary>
internal static class HookParser
{
    private delegate bool ParameterCheck(IParameterSymbol parameter, INamedTypeSymbol spec);

    private static readonly (string Form, ParameterCheck Check)[] InitParameters =
    {
        ("ref State state", ParameterChecks.IsRefState),
        ("ReadOnlySpan<Real> parameters", (p, _) => ParameterChecks.IsReadOnlySpanOfReal(p)),
    };

    private static readonly (string Form, ParameterCheck Check)[] CachedEvaluationParameters =
    {
        ("ref State state", ParameterChecks.IsRefState),
        ("ReadOnlySpan<Real> parameters", (p, _) => ParameterChecks.IsReadOnlySpanOfReal(p)),
        ("Span<Real> gradient", (p, _) => ParameterChecks.IsSpanOfReal(p)),
        ("out Real value", (p, _) => ParameterChecks.IsReal(p, RefKind.Out)),
    };

    private static readonly (string Form, ParameterCheck Check)[] ConvergenceMeasureParameters =
    {
        ("ref State state", ParameterChecks.IsRefState),
        ("ReadOnlySpan<Real> parameters", (p, _) => ParameterChecks.IsReadOnlySpanOfReal(p)),
        ("ReadOnlySpan<Real> gradient", (p, _) => ParameterChecks.IsReadOnlySpanOfReal(p)),
    };

    private static readonly (string Form, ParameterCheck Check)[] OptimizerFailureParameters =
    {
        ("ref State state", ParameterChecks.IsRefState),
    };

    private static readonly (string Form, Func<IMethodSymbol, bool> Check) ReturnsVoid =
        ("void", m => m.ReturnType.SpecialType == SpecialType.System_Void);

    private static readonly (string Form, Func<IMethodSymbol, bool> Check) ReturnsBool =
        ("bool", m => m.ReturnType.SpecialType == SpecialType.System_Boolean);

    private static readonly (string Form, Func<IMethodSymbol, bool> Check) ReturnsReal =
        ("Real", m => !m.ReturnsByRef && !m.ReturnsByRefReadonly && TypeClassifier.IsReal(ReturnTypeSyntax(m), m.ReturnType));

    public static HookModel? ParseInit(IMethodSymbol method, INamedTypeSymbol spec, DiagnosticCollector diagnostics) =>
        Parse(method, spec, ReturnsVoid, InitParameters, SpecDiagnostics.InvalidInitHook, diagnostics);

    public static HookModel? ParseCachedEvaluation(IMethodSymbol method, INamedTypeSymbol spec, DiagnosticCollector diagnostics) =>
        Parse(method, spec, ReturnsBool, CachedEvaluationParameters, SpecDiagnostics.InvalidCachedEvaluation, diagnostics);

    public static HookModel? ParseConvergenceMeasure(IMethodSymbol method, INamedTypeSymbol spec, DiagnosticCollector diagnostics) =>
        Parse(method, spec, ReturnsReal, ConvergenceMeasureParameters, SpecDiagnostics.InvalidConvergenceMeasure, diagnostics);

    public static HookModel? ParseOptimizerFailure(IMethodSymbol method, INamedTypeSymbol spec, DiagnosticCollector diagnostics) =>
        Parse(method, spec, ReturnsBool, OptimizerFailureParameters, SpecDiagnostics.InvalidOptimizerFailure, diagnostics);

    private static TypeSyntax? ReturnTypeSyntax(IMethodSymbol method) =>
        (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as MethodDeclarationSyntax)?.ReturnType;

    private static HookModel? Parse(
        IMethodSymbol method,
        INamedTypeSymbol spec,
        (string Form, Func<IMethodSymbol, bool> Check) returnType,
        (string Form, ParameterCheck Check)[] expected,
        DiagnosticDescriptor descriptor,
        DiagnosticCollector diagnostics)
    {
        string? error = Check(method, spec, returnType, expected);
        if (error is null)
            return new HookModel(method.Name, method.IsStatic);

        diagnostics.Report(descriptor, method.Locations.FirstOrDefault(), method.Name, spec.Name, error);
        return null;
    }

    private static string? Check(
        IMethodSymbol method, INamedTypeSymbol spec, (string Form, Func<IMethodSymbol, bool> Check) returnType, (string Form, ParameterCheck Check)[] expected)
    {
        if (!returnType.Check(method))
            return $"it returns '{method.ReturnType.ToDisplayString()}' but must return {returnType.Form}";
        if (method.IsGenericMethod)
            return "it must not be generic";
        if (method.Parameters.Length != expected.Length)
            return $"it has {method.Parameters.Length} parameters but needs {expected.Length}";
        for (int i = 0; i < expected.Length; i++)
        {
            if (!expected[i].Check(method.Parameters[i], spec))
                return $"parameter {i + 1} must be '{expected[i].Form}'";
        }

        return null;
    }
}
