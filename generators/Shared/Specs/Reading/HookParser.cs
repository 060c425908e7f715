using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Checks the optional spec methods the generated code calls: <c>[Init]</c>
/// (<c>void M(ref State state, ReadOnlySpan&lt;Real&gt; parameters)</c>) and <c>[CachedEvaluation]</c>
/// (<c>bool M(ref State state, ReadOnlySpan&lt;Real&gt; parameters, Span&lt;Real&gt; gradient, out Real value)</c>).
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

    public static HookModel? ParseInit(IMethodSymbol method, INamedTypeSymbol spec, DiagnosticCollector diagnostics) =>
        Parse(method, spec, SpecialType.System_Void, InitParameters, SpecDiagnostics.InvalidInitHook, diagnostics);

    public static HookModel? ParseCachedEvaluation(IMethodSymbol method, INamedTypeSymbol spec, DiagnosticCollector diagnostics) =>
        Parse(method, spec, SpecialType.System_Boolean, CachedEvaluationParameters, SpecDiagnostics.InvalidCachedEvaluation, diagnostics);

    private static HookModel? Parse(
        IMethodSymbol method,
        INamedTypeSymbol spec,
        SpecialType returnType,
        (string Form, ParameterCheck Check)[] expected,
        DiagnosticDescriptor descriptor,
        DiagnosticCollector diagnostics)
    {
        string? error = Check(method, spec, returnType, expected);
        if (error is null)
            return new HookModel(method.Name, method.IsStatic);

        diagnostics.Report(descriptor, method.Locations.FirstOrDefault(), MethodForm.Name(method), spec.Name, error);
        return null;
    }

    private static string? Check(IMethodSymbol method, INamedTypeSymbol spec, SpecialType returnType, (string Form, ParameterCheck Check)[] expected)
    {
        if (MethodForm.Problem(method) is { } form)
            return form;
        if (method.ReturnType.SpecialType != returnType)
            return $"it returns '{method.ReturnType.ToDisplayString()}' but must return {(returnType == SpecialType.System_Void ? "void" : "bool")}";
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
