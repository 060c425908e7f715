using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The three locals of a binary search, whose ranges come from a relation between them that one range per variable
/// cannot carry:
/// <code>
/// long lo = 0, hi = span.Length - 1;
/// while (lo &lt;= hi)
/// {
///     long mid = lo + (hi - lo) / 2;          // or (lo + hi) / 2, (lo + hi) &gt;&gt; 1
///     if (...) lo = mid + 1; else hi = mid - 1;
/// }
/// </code>
/// The loop's test makes <c>lo &lt;= mid &lt;= hi</c> where the midpoint is taken, and the only writes in the loop move one
/// bound to the midpoint (or one past it), so <c>lo</c> never falls below the lowest value it is given otherwise and
/// <c>hi</c> never rises above the highest: the midpoint lies between those two. That holds when nothing writes the
/// bounds between the test and the midpoint (no write before it in the loop's body, none in a lambda or local
/// function, no <c>goto</c> in the loop), every other write of a bound is a plain assignment of a bounded value, and
/// the midpoint is never written. The bounds themselves, read after the loop, follow from their assignments
/// (<see cref="AssignedLocals"/>), the midpoint's range included.
/// </summary>
internal static class BisectionLocals
{
    /// <summary>
    /// The range of a midpoint local (<c>mid</c> above): between the lowest low bound and the highest high bound, below the
    /// high bound when the test is strict (<c>lo &lt; hi</c>) and the midpoint rounds down.
    /// </summary>
    public static ValueInterval? Midpoint(ILocalSymbol mid, VariableDeclaratorSyntax declarator, SemanticModel model, int depth)
    {
        if (Search(mid, declarator, model, depth) is not { } search)
            return null;
        // `(lo + hi) / 2` rounds toward zero, so up for a negative sum: (-3 + -2) / 2 is -2.
        bool belowHigh = search.Strict && (!search.TruncatedSum || search.Low.Low >= 0);
        decimal high = belowHigh ? search.High.High - 1 : search.High.High;
        return new ValueInterval(search.Low.Low, Math.Max(search.Low.Low, high));
    }

    /// <summary>
    /// The binary search a midpoint local belongs to: the ranges of what its low and its high bound are given other than
    /// the midpoint. Null when the shape or any condition above does not hold.
    /// </summary>
    private static Bisection? Search(ILocalSymbol mid, VariableDeclaratorSyntax declarator, SemanticModel model, int depth)
    {
        if (mid.IsRef || declarator.Initializer is not { } initializer || Halves(initializer.Value) is not { } halves
            || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax statement
            || statement.Parent is not BlockSyntax body || body.Parent is not (WhileStatementSyntax or ForStatementSyntax) || body.Parent is not StatementSyntax loop
            || LoopTest(loop) is not { } test || Ordered(test, halves) is not (string lowName, string highName, bool strict)
            || loop.DescendantNodes().Any(node => node is GotoStatementSyntax or LabeledStatementSyntax)
            || LocalBounds.IsWrittenIn(body, mid.Name, declarator))
            return null;

        if (Local(lowName, initializer.Value, model) is not { } lowLocal || Local(highName, initializer.Value, model) is not { } highLocal
            || Given(lowLocal, mid, isLow: true, body, statement, model, depth) is not { } low
            || Given(highLocal, mid, isLow: false, body, statement, model, depth) is not { } high
            || !WithoutOverflow(initializer.Value, low.Low, high.High, model))
            return null;
        return new Bisection(low, high, strict, halves.TruncatedSum);
    }

    /// <summary>
    /// The range of every value a bound is given other than by the search's own moves (<c>lo = mid + 1</c>, <c>lo = mid</c>;
    /// <c>hi = mid - 1</c>, <c>hi = mid</c>): its initializer and its other plain assignments. Null when one is not bounded,
    /// when the bound is written in any other way, inside a lambda or local function within its scope (where it could run at
    /// any time), or in the loop's body before the midpoint.
    /// </summary>
    private static ValueInterval? Given(ILocalSymbol bound, ILocalSymbol mid, bool isLow, BlockSyntax body, StatementSyntax midStatement, SemanticModel model, int depth)
    {
        if (bound.IsRef || bound.DeclaringSyntaxReferences.Length != 1
            || bound.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || declarator.SyntaxTree != model.SyntaxTree || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: { } scope }
            || model.GetOperation(initializer.Value) is not { } initial || IndexBounds.Infer(initial, depth + 1) is not { } range)
            return null;

        int midStart = midStatement.SpanStart;
        foreach (IdentifierNameSyntax identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != bound.Name || declarator.Span.Contains(identifier.Span) || !LocalBounds.IsWrite(identifier))
                continue;
            if (identifier.Parent is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                || identifier.Ancestors().TakeWhile(node => node != scope).Any(node => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                || (body.Span.Contains(identifier.Span) && identifier.SpanStart < midStart))
                return null;
            if (IsMove(assignment.Right, mid, isLow, model))
                continue;
            if (model.GetOperation(assignment.Right) is not { } value || IndexBounds.Infer(value, depth + 1) is not { } written)
                return null;
            range = new ValueInterval(Math.Min(range.Low, written.Low), Math.Max(range.High, written.High));
        }

        return range;
    }

    /// <summary><c>mid</c> or <c>mid + 1</c> for the low bound, <c>mid</c> or <c>mid - 1</c> for the high one.</summary>
    private static bool IsMove(ExpressionSyntax value, ILocalSymbol mid, bool isLow, SemanticModel model)
    {
        value = Parentheses.Without(value);
        if (value is BinaryExpressionSyntax { Right: LiteralExpressionSyntax { Token.Value: 1 } } step
            && step.IsKind(isLow ? SyntaxKind.AddExpression : SyntaxKind.SubtractExpression))
            value = Parentheses.Without(step.Left);
        return value is IdentifierNameSyntax name && name.Identifier.ValueText == mid.Name
               && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, mid);
    }

    /// <summary>
    /// The two names a midpoint is taken between: <c>a + (b - a) / 2</c> (also <c>&gt;&gt; 1</c>), or <c>(a + b) / 2</c> (also
    /// <c>&gt;&gt; 1</c> and <c>&gt;&gt;&gt; 1</c>), whose order the loop's test gives.
    /// </summary>
    private static (string First, string Second, bool Sum, bool TruncatedSum)? Halves(ExpressionSyntax value)
    {
        value = Parentheses.Without(value);
        if (value is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum && Name(sum.Left) is { } low
            && Halved(sum.Right) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } width
            && Name(width.Right) == low && Name(width.Left) is { } high && high != low)
            return (low, high, Sum: false, TruncatedSum: false);
        if (Halved(value) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } total
            && Name(total.Left) is { } a && Name(total.Right) is { } b && a != b)
            return (a, b, Sum: true, TruncatedSum: Parentheses.Without(value).IsKind(SyntaxKind.DivideExpression));
        return null;
    }

    /// <summary>What is halved: <c>x / 2</c>, <c>x &gt;&gt; 1</c> or <c>x &gt;&gt;&gt; 1</c>.</summary>
    private static ExpressionSyntax? Halved(ExpressionSyntax expression) =>
        Parentheses.Without(expression) switch
        {
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.DivideExpression, Right: LiteralExpressionSyntax { Token.Value: 2 } } half => Parentheses.Without(half.Left),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.RightShiftExpression or (int)SyntaxKind.UnsignedRightShiftExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } half
                => Parentheses.Without(half.Left),
            _ => null,
        };

    /// <summary>The loop's test; null for a <c>for</c> loop without one.</summary>
    private static ExpressionSyntax? LoopTest(StatementSyntax loop) => loop switch
    {
        WhileStatementSyntax whileLoop => whileLoop.Condition,
        ForStatementSyntax forLoop => forLoop.Condition,
        _ => null,
    };

    /// <summary>
    /// The low and the high name of a midpoint's two, as a conjunct of the loop's test orders them: <c>lo &lt;= hi</c>,
    /// <c>lo &lt; hi</c>, <c>hi &gt;= lo</c> or <c>hi &gt; lo</c>, alone or joined with others by <c>&amp;&amp;</c>.
    /// </summary>
    private static (string Low, string High, bool Strict)? Ordered(ExpressionSyntax test, (string First, string Second, bool Sum, bool TruncatedSum) halves)
    {
        foreach (ExpressionSyntax conjunct in Conjuncts(test))
        {
            if (conjunct is not BinaryExpressionSyntax comparison || Name(comparison.Left) is not { } left || Name(comparison.Right) is not { } right)
                continue;
            (string Low, string High)? order = comparison.Kind() switch
            {
                SyntaxKind.LessThanOrEqualExpression or SyntaxKind.LessThanExpression => (left, right),
                SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.GreaterThanExpression => (right, left),
                _ => null,
            };
            if (order is { } found && ((found.Low == halves.First && found.High == halves.Second) || (found.Low == halves.Second && found.High == halves.First)))
            {
                // Strictly below the high bound only when the midpoint rounds toward the low one: `lo + (hi - lo) / 2` does
                // for lo below hi, not written the other way round (`hi + (lo - hi) / 2` rounds up).
                bool strict = comparison.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression
                              && (halves.Sum || found.Low == halves.First);
                return (found.Low, found.High, strict);
            }
        }

        return null;
    }

    private static IEnumerable<ExpressionSyntax> Conjuncts(ExpressionSyntax test)
    {
        test = Parentheses.Without(test);
        if (test is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } both)
            return Conjuncts(both.Left).Concat(Conjuncts(both.Right));
        return new[] { test };
    }

    /// <summary>
    /// Whether the midpoint's arithmetic stays inside its type for bounds in [low, high]: <c>a + b</c> up to <c>2 high</c>,
    /// <c>b - a</c> up to <c>high - low</c>, and the moves <c>mid + 1</c> and <c>mid - 1</c> (an unsigned <c>hi = mid - 1</c> at
    /// <c>mid = 0</c> wraps to the type's maximum, and the search runs on far past the array).
    /// </summary>
    private static bool WithoutOverflow(ExpressionSyntax midpoint, decimal low, decimal high, SemanticModel model)
    {
        if (NumericType.From(model.GetTypeInfo(midpoint).Type) is not { IsIntegral: true } type)
            return false;
        ValueInterval range = type.Range;
        return low <= high && range.Low / 2 <= low && high <= range.High / 2 && high - low <= range.High
               && range.Low <= low - 1 && high + 1 <= range.High;
    }

    private static ILocalSymbol? Local(string name, ExpressionSyntax midpoint, SemanticModel model) =>
        midpoint.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().FirstOrDefault(identifier => identifier.Identifier.ValueText == name) is { } use
        && model.GetSymbolInfo(use).Symbol is ILocalSymbol local
            ? local
            : null;

    private static string? Name(ExpressionSyntax expression) =>
        Parentheses.Without(expression) is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : null;

    /// <param name="Low">What the low bound is given other than the midpoint.</param>
    /// <param name="High">What the high bound is given other than the midpoint.</param>
    /// <param name="Strict">Whether the test keeps the bounds apart (<c>lo &lt; hi</c>).</param>
    /// <param name="TruncatedSum">Whether the midpoint is <c>(lo + hi) / 2</c>, which rounds toward zero.</param>
    private sealed record Bisection(ValueInterval Low, ValueInterval High, bool Strict, bool TruncatedSum);
}
