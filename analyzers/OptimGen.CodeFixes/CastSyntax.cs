using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.CodeFixes;

/// <summary>Writes <c>(Type)expression</c>, parenthesizing the expression unless it binds tighter than a cast.</summary>
internal static class CastSyntax
{
    public static ExpressionSyntax Create(string typeName, ExpressionSyntax expression)
    {
        ExpressionSyntax operand = expression.WithoutTrivia();
        if (!IsPrimary(operand))
            operand = SyntaxFactory.ParenthesizedExpression(operand);
        return SyntaxFactory.CastExpression(SyntaxFactory.ParseTypeName(typeName), operand)
            .WithTriviaFrom(expression);
    }

    /// <summary>
    /// Primary expressions can follow <c>(Real)</c> as they are; anything else (including <c>-x</c>, which
    /// after an alias would read as a subtraction) needs parentheses.
    /// </summary>
    private static bool IsPrimary(ExpressionSyntax expression) => expression is IdentifierNameSyntax
        or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
        or LiteralExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax;
}
