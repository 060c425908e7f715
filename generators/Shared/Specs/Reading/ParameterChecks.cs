using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Specs.Reading;

/// <summary>The parameter forms the recognised spec methods are made of.</summary>
internal static class ParameterChecks
{
    /// <summary>
    /// <c>ref State state</c>: <c>State</c> is the nested type the generator emits (not bound yet while reading). The
    /// simple name is enough: once generated, the nested type hides any other <c>State</c> (an enclosing type, a
    /// type of the namespace, a using alias <c>State = int</c>) inside the spec, whatever the name binds to before;
    /// a qualified name (<c>Spec.State</c>) must name the spec's own.
    /// </summary>
    public static bool IsRefState(IParameterSymbol? parameter, INamedTypeSymbol spec) =>
        parameter is { RefKind: RefKind.Ref }
        && (TypeSyntaxOf(parameter) is IdentifierNameSyntax { Identifier.ValueText: SpecConventions.StateType }
            || (parameter.Type.Name == SpecConventions.StateType
                && (parameter.Type.TypeKind == TypeKind.Error || SymbolEqualityComparer.Default.Equals(parameter.Type.ContainingType, spec))));

    public static bool IsReadOnlySpanOfReal(IParameterSymbol? parameter) =>
        parameter is { RefKind: RefKind.None } && TypeClassifier.IsSpanOfReal(TypeSyntaxOf(parameter), parameter.Type, readOnly: true);

    public static bool IsSpanOfReal(IParameterSymbol? parameter) =>
        parameter is { RefKind: RefKind.None } && TypeClassifier.IsSpanOfReal(TypeSyntaxOf(parameter), parameter.Type, readOnly: false);

    public static bool IsReal(IParameterSymbol? parameter, RefKind refKind = RefKind.None) =>
        parameter is not null && parameter.RefKind == refKind && TypeClassifier.IsReal(TypeSyntaxOf(parameter), parameter.Type);

    public static TypeSyntax? TypeSyntaxOf(IParameterSymbol parameter) =>
        (parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as ParameterSyntax)?.Type;
}
