using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A property of the compilation whose getter is one expression of index arithmetic, such as a ring's
/// <c>public int Capacity =&gt; rho.Length;</c>: each read has that expression's range. Virtual and abstract properties are
/// left alone (an override may compute something else).
/// </summary>
internal static class ComputedProperties
{
    public static ValueInterval? Of(IPropertyReferenceOperation reference, int depth)
    {
        IPropertySymbol property = reference.Property;
        if (property.IsVirtual || property.IsAbstract || property.IsOverride || property.IsIndexer || reference.SemanticModel is not { } model
            || property.GetMethod is not { DeclaringSyntaxReferences.Length: 1 } getter)
            return null;
        ExpressionSyntax? body = getter.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            ArrowExpressionClauseSyntax arrow => arrow.Expression,
            PropertyDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            AccessorDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            AccessorDeclarationSyntax { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: { } returned } => returned,
            _ => null,
        };
        return body is not null && SemanticModels.For(model.Compilation, body.SyntaxTree).GetOperation(body) is { } value
            ? IndexBounds.Infer(value, depth + 1)
            : null;
    }
}
