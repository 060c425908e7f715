using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>Expressions read by their shape, whatever parentheses the code puts around them.</summary>
internal static class Parentheses
{
    /// <summary>The expression inside any number of parentheses: <c>x</c> for <c>((x))</c>.</summary>
    public static ExpressionSyntax Without(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
            expression = parenthesized.Expression;
        return expression;
    }
}
