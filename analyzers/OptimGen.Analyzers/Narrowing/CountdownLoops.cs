using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A local counted down by the test of the loop that reads it, the C idiom <c>while (k-- &gt; 0)</c> or
/// <c>for (long k = n; k-- &gt; 0;)</c> (also <c>--k &gt;= 0</c>): inside the loop's body the local lies between the
/// test's bound and one less than its starting value, when the decrement in the test is the only write to it.
/// </summary>
internal static class CountdownLoops
{
    /// <summary>The range of <paramref name="reference"/>, a read of a local whose declaration <paramref name="declarator"/> gives <paramref name="start"/>.</summary>
    public static ValueInterval? Of(ILocalReferenceOperation reference, VariableDeclaratorSyntax declarator, SyntaxNode scope, IOperation start,
        SemanticModel model, int depth)
    {
        string name = reference.Local.Name;
        IdentifierNameSyntax[] writes = scope.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(identifier => identifier.Identifier.ValueText == name && !declarator.Span.Contains(identifier.Span) && LocalBounds.IsWrite(identifier))
            .ToArray();
        if (writes.Length != 1 || writes[0].Parent is not ExpressionSyntax decrement
            || !decrement.IsKind(SyntaxKind.PostDecrementExpression) && !decrement.IsKind(SyntaxKind.PreDecrementExpression)
            || decrement.Parent is not BinaryExpressionSyntax test || test.Left != decrement)
            return null;

        // The test must be the whole condition of the loop whose body holds the read.
        StatementSyntax? body = test.Parent switch
        {
            WhileStatementSyntax loop when loop.Condition == test => loop.Statement,
            ForStatementSyntax loop when loop.Condition == test => loop.Statement,
            _ => null,
        };
        if (body is null || !body.Span.Contains(reference.Syntax.Span)
            || model.GetOperation(test.Right) is not { } limitOperation || IndexBounds.Bound(limitOperation, depth) is not { } limit)
            return null;

        // `k-- > L`: the old value exceeded L, so the new one is at least L; `--k > L`: the new one exceeds L.
        bool postfix = decrement.IsKind(SyntaxKind.PostDecrementExpression);
        decimal low = test.Kind() switch
        {
            SyntaxKind.GreaterThanExpression => postfix ? limit.Low : limit.Low + 1,
            SyntaxKind.GreaterThanOrEqualExpression => postfix ? limit.Low - 1 : limit.Low,
            _ => decimal.MinValue,
        };
        if (low == decimal.MinValue)
            return null;
        decimal high = (IndexBounds.Bound(start, depth)?.High ?? decimal.MaxValue - 1) - 1;
        return new ValueInterval(low, Math.Max(low, high));
    }
}
