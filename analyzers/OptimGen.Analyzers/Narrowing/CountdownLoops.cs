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
/// test's bound and one less than its starting value, when the decrement in the test is the only write to it; likewise
/// when that only write is the first statement of the body of a <c>do</c> or <c>while</c> loop testing the local
/// (<c>do { k--; ... } while (k &gt; 0);</c>), or an increment that ends the body of a <c>do</c> loop testing it from above
/// (<c>do { ...; i++; } while (i &lt; n);</c>).
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
        if (writes.Length != 1 || writes[0].Parent is not ExpressionSyntax decrement)
            return null;
        if (decrement.Parent is ExpressionStatementSyntax statement)
            return DecrementedFirst(reference, decrement, statement, scope, start, model, depth)
                   ?? IncrementedLast(reference, decrement, statement, scope, start, model, depth);
        if (!decrement.IsKind(SyntaxKind.PostDecrementExpression) && !decrement.IsKind(SyntaxKind.PreDecrementExpression)
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

    /// <summary>
    /// The decrement (<c>k--</c>, <c>k -= 1</c>, <c>k = k - 1</c>) as the first statement of the body of a loop that tests the
    /// local from below, a loop of the local's block that no other loop there encloses: <c>do { k--; ... } while (k &gt; 0);</c> or <c>while (k &gt; 0) { k--; ... }</c>. After the
    /// decrement the local is at least the test's bound (less one for <c>&gt;=</c>), and in a <c>do</c> loop's first pass
    /// one less than its start; it is never above one less than its start.
    /// </summary>
    private static ValueInterval? DecrementedFirst(ILocalReferenceOperation reference, ExpressionSyntax decrement, ExpressionStatementSyntax statement,
        SyntaxNode scope, IOperation start, SemanticModel model, int depth)
    {
        bool byOne = decrement.Kind() is SyntaxKind.PostDecrementExpression or SyntaxKind.PreDecrementExpression
            || decrement is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } }
            || decrement is AssignmentExpressionSyntax
            {
                RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax assigned,
                Right: BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression, Left: IdentifierNameSyntax read, Right: LiteralExpressionSyntax { Token.Value: 1 } },
            } && read.Identifier.ValueText == assigned.Identifier.ValueText;
        // Entered once: no loop around it within the local's block, which would enter it again from where it stopped.
        if (!byOne || statement.Parent is not BlockSyntax { Parent: StatementSyntax loop } body || body.Statements[0] != statement
            || loop.Ancestors().TakeWhile(ancestor => ancestor != scope).Any(IsLoop)
            || reference.Syntax.SpanStart < statement.Span.End || !body.Span.Contains(reference.Syntax.Span))
            return null;
        (ExpressionSyntax? condition, bool testedFirst) = loop switch
        {
            WhileStatementSyntax whileLoop => (whileLoop.Condition, true),
            DoStatementSyntax doLoop => (doLoop.Condition, false),
            _ => (null, false),
        };
        if (condition is not BinaryExpressionSyntax test || test.Left is not IdentifierNameSyntax tested || tested.Identifier.ValueText != reference.Local.Name
            || model.GetOperation(test.Right) is not { } limitOperation || IndexBounds.Bound(limitOperation, depth) is not { } limit)
            return null;
        decimal low = test.Kind() switch
        {
            SyntaxKind.GreaterThanExpression => limit.Low,
            SyntaxKind.GreaterThanOrEqualExpression => limit.Low - 1,
            _ => decimal.MinValue,
        };
        if (low == decimal.MinValue || IndexBounds.Bound(start, depth) is not { } first)
            return null;
        if (!testedFirst)
            low = Math.Min(low, first.Low - 1);
        decimal high = first.High - 1;
        return new ValueInterval(low, Math.Max(low, high));
    }

    /// <summary>
    /// The increment (<c>i++</c>, <c>i += 1</c>, <c>i = i + 1</c>) as the last statement of the body of a <c>do</c> loop that
    /// tests the local from above, a loop of the local's block that no other loop there encloses:
    /// <c>do { ...; i++; } while (i &lt; n);</c>. Before the increment the local is its start on the first pass and, on every
    /// later one, below the test's bound (at most it for <c>&lt;=</c>); it never goes below its start.
    /// </summary>
    private static ValueInterval? IncrementedLast(ILocalReferenceOperation reference, ExpressionSyntax increment, ExpressionStatementSyntax statement,
        SyntaxNode scope, IOperation start, SemanticModel model, int depth)
    {
        string name = reference.Local.Name;
        bool byOne = increment.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PreIncrementExpression
            || increment is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } }
            || increment is AssignmentExpressionSyntax
            {
                RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                Right: BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Left: IdentifierNameSyntax read, Right: LiteralExpressionSyntax { Token.Value: 1 } },
            } && read.Identifier.ValueText == name;
        if (!byOne || statement.Parent is not BlockSyntax { Parent: DoStatementSyntax loop } body || body.Statements[body.Statements.Count - 1] != statement
            || loop.Ancestors().TakeWhile(ancestor => ancestor != scope).Any(IsLoop)
            || reference.Syntax.SpanStart >= statement.SpanStart || !body.Span.Contains(reference.Syntax.Span)
            || loop.Condition is not BinaryExpressionSyntax test || test.Left is not IdentifierNameSyntax tested || tested.Identifier.ValueText != name
            || model.GetOperation(test.Right) is not { } limitOperation || IndexBounds.Bound(limitOperation, depth) is not { } limit
            || IndexBounds.Bound(start, depth) is not { } first)
            return null;
        decimal high = test.Kind() switch
        {
            SyntaxKind.LessThanExpression => limit.High - 1,
            SyntaxKind.LessThanOrEqualExpression => limit.High,
            _ => decimal.MaxValue,
        };
        if (high == decimal.MaxValue)
            return null;
        high = Math.Max(high, first.High);
        return new ValueInterval(Math.Min(first.Low, high), high);
    }

    private static bool IsLoop(SyntaxNode node) => node is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax;
}
