using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Generators.Diagnostics;
using OptimGen.Generators.Model;

namespace OptimGen.Generators.Parsing;

/// <summary>Checks an <c>[Init]</c> method against <c>void Name(ref State state, ReadOnlySpan&lt;Real&gt; parameters)</c>.</summary>
internal static class InitHookParser
{
    public static InitHookModel? Parse(IMethodSymbol method, INamedTypeSymbol spec, DiagnosticCollector diagnostics)
    {
        string? error = Check(method, spec);
        if (error is null)
            return new InitHookModel(method.Name, method.IsStatic);

        diagnostics.Report(SpecDiagnostics.InvalidInitHook, method.Locations.FirstOrDefault(), method.Name, spec.Name, error);
        return null;
    }

    private static string? Check(IMethodSymbol method, INamedTypeSymbol spec)
    {
        if (!method.ReturnsVoid)
            return $"it returns '{method.ReturnType.ToDisplayString()}' but must return void";
        if (method.IsGenericMethod)
            return "it must not be generic";
        if (method.Parameters.Length != 2)
            return $"it has {method.Parameters.Length} parameters but needs 2";

        IParameterSymbol state = method.Parameters[0];
        if (state.RefKind != RefKind.Ref || state.Type.Name != KnownNames.StateType
            || !(state.Type.TypeKind == TypeKind.Error || SymbolEqualityComparer.Default.Equals(state.Type.ContainingType, spec)))
            return "parameter 1 must be 'ref State state'";

        IParameterSymbol parameters = method.Parameters[1];
        TypeSyntax? syntax = (parameters.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as ParameterSyntax)?.Type;
        if (parameters.RefKind != RefKind.None || !TypeClassifier.IsSpanOfReal(syntax, parameters.Type, readOnly: true))
            return "parameter 2 must be 'ReadOnlySpan<Real> parameters'";

        return null;
    }
}
