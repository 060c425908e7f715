using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The range that comparisons which must hold where a variable is read give it: the arm of
/// <c>state.Count &lt; MemorySize ? (int)state.Count : MemorySize</c>, the body of <c>if (state.Count &lt; MemorySize)</c>,
/// the <c>else</c> of the opposite test, the body of <c>while (k &lt; n)</c>, the statements after <c>if (state.Count &gt;= n) return;</c> and the right side of
/// <c>x &lt; m &amp;&amp; ...</c>; also relational patterns (<c>state.Count is &gt;= 0 and &lt; n</c>). Comparisons may be joined with <c>&amp;&amp;</c> (or, negated, <c>||</c>). A guard counts only when
/// nothing between it and the read can change the variable: no assignment, increment, <c>ref</c>/<c>out</c> argument or
/// <c>ref</c> alias of it, and, for a member such as <c>state.Count</c>, no call that is given its root (<c>Advance(state)</c>).
/// An upper bound alone is read like <c>Math.Min</c>: the variable is taken as a count, not negative.
/// </summary>
internal static class GuardBounds
{
    /// <summary>The range the guards around <paramref name="operation"/> keep it in; null when none bounds it from above.</summary>
    public static ValueInterval? Of(IOperation operation, int depth)
    {
        if (depth > IndexBounds.MaxDepth || operation.SemanticModel is not { } model
            || NumericType.From(operation.Type) is not { IsIntegral: true } type
            || Unparenthesized(operation.Syntax) is not ExpressionSyntax target || RootOf(target) is not { } root)
            return null;

        var range = new Limits();
        SyntaxNode child = target;
        for (SyntaxNode? parent = target.Parent; parent is not null && !IsScopeBoundary(parent); child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ConditionalExpressionSyntax conditional when child == conditional.WhenTrue || child == conditional.WhenFalse:
                    Guard(conditional.Condition, child == conditional.WhenTrue, child);
                    break;
                case IfStatementSyntax ifStatement when child == ifStatement.Statement:
                    Guard(ifStatement.Condition, holds: true, child);
                    break;
                case WhileStatementSyntax loop when child == loop.Statement:
                    // Checked before every pass, so a write later in the body (`k++`) is checked again before the next read.
                    Guard(loop.Condition, holds: true, child);
                    break;
                case ElseClauseSyntax { Parent: IfStatementSyntax ifStatement }:
                    Guard(ifStatement.Condition, holds: false, child);
                    break;
                case BinaryExpressionSyntax binary when child == binary.Right && binary.IsKind(SyntaxKind.LogicalAndExpression):
                    Guard(binary.Left, holds: true, child);
                    break;
                case BinaryExpressionSyntax binary when child == binary.Right && binary.IsKind(SyntaxKind.LogicalOrExpression):
                    Guard(binary.Left, holds: false, child);
                    break;
                case BlockSyntax block when child is StatementSyntax statement:
                    EarlyExits(block, statement);
                    break;
            }
        }

        if (range.High is not { } high)
            return range.Low is { } onlyLow && onlyLow > type.Range.Low ? new ValueInterval(onlyLow, type.Range.High) : null;
        decimal low = range.Low ?? (high >= 0 ? Math.Max(type.Range.Low, 0) : high);
        return new ValueInterval(Math.Max(Math.Min(low, high), type.Range.Low), Math.Min(high, type.Range.High));

        // `if (x >= n) return;` (also `continue`, `break`, `throw`) before the statement holding the read.
        void EarlyExits(BlockSyntax block, StatementSyntax statement)
        {
            int position = block.Statements.IndexOf(statement);
            for (int i = 0; i < position; i++)
            {
                if (block.Statements[i] is IfStatementSyntax { Else: null } exit && Exits(exit.Statement)
                    && !Enumerable.Range(i + 1, position - i).Any(j => ChangesIn(block.Statements[j], target, root, target)))
                    range.Add(FromCondition(exit.Condition, holds: false, target, model, depth));
            }
        }

        void Guard(ExpressionSyntax condition, bool holds, SyntaxNode region)
        {
            if (!ChangesIn(region, target, root, target))
                range.Add(FromCondition(condition, holds, target, model, depth));
        }
    }

    /// <summary>The bounds on <paramref name="target"/> that <paramref name="condition"/> gives when it is (or is not) true.</summary>
    internal static Limits FromCondition(ExpressionSyntax condition, bool holds, ExpressionSyntax target, SemanticModel model, int depth)
    {
        var limits = new Limits();
        Collect(condition, holds);
        return limits;

        void Collect(ExpressionSyntax expression, bool truth)
        {
            expression = (ExpressionSyntax)Unparenthesized(expression);
            if (expression is PrefixUnaryExpressionSyntax not && not.IsKind(SyntaxKind.LogicalNotExpression))
            {
                Collect(not.Operand, !truth);
                return;
            }

            if (expression is IsPatternExpressionSyntax test && SyntaxFactory.AreEquivalent(Unparenthesized(test.Expression), target))
            {
                Pattern(test.Pattern, truth);
                return;
            }

            if (expression is not BinaryExpressionSyntax binary)
                return;
            if ((binary.IsKind(SyntaxKind.LogicalAndExpression) && truth) || (binary.IsKind(SyntaxKind.LogicalOrExpression) && !truth))
            {
                Collect(binary.Left, truth);
                Collect(binary.Right, truth);
                return;
            }

            SyntaxKind comparison = truth ? binary.Kind() : Negated(binary.Kind());
            if (SyntaxFactory.AreEquivalent(Unparenthesized(binary.Left), target))
                Compare(comparison, binary.Right);
            else if (SyntaxFactory.AreEquivalent(Unparenthesized(binary.Right), target))
                Compare(Mirrored(comparison), binary.Left);
        }

        // `target is >= 0 and < n`, `target is not (< 0 or >= n)`.
        void Pattern(PatternSyntax pattern, bool truth)
        {
            switch (pattern)
            {
                case ParenthesizedPatternSyntax parenthesized:
                    Pattern(parenthesized.Pattern, truth);
                    break;
                case UnaryPatternSyntax not when not.IsKind(SyntaxKind.NotPattern):
                    Pattern(not.Pattern, !truth);
                    break;
                case BinaryPatternSyntax both when (both.IsKind(SyntaxKind.AndPattern) && truth) || (both.IsKind(SyntaxKind.OrPattern) && !truth):
                    Pattern(both.Left, truth);
                    Pattern(both.Right, truth);
                    break;
                case RelationalPatternSyntax relational:
                    SyntaxKind kind = relational.OperatorToken.Kind() switch
                    {
                        SyntaxKind.LessThanToken => SyntaxKind.LessThanExpression,
                        SyntaxKind.LessThanEqualsToken => SyntaxKind.LessThanOrEqualExpression,
                        SyntaxKind.GreaterThanToken => SyntaxKind.GreaterThanExpression,
                        SyntaxKind.GreaterThanEqualsToken => SyntaxKind.GreaterThanOrEqualExpression,
                        _ => SyntaxKind.None,
                    };
                    Compare(truth ? kind : Negated(kind), relational.Expression);
                    break;
                case ConstantPatternSyntax constant when truth:
                    Compare(SyntaxKind.EqualsExpression, constant.Expression);
                    break;
            }
        }

        // `target comparison limit`.
        void Compare(SyntaxKind comparison, ExpressionSyntax limitSyntax)
        {
            if (comparison == SyntaxKind.None || model.GetOperation(limitSyntax) is not { } limitOperation
                || IndexBounds.Bound(limitOperation, depth) is not { } limit)
                return;
            switch (comparison)
            {
                case SyntaxKind.LessThanExpression: limits.Add(null, limit.High - 1); break;
                case SyntaxKind.LessThanOrEqualExpression: limits.Add(null, limit.High); break;
                case SyntaxKind.GreaterThanExpression: limits.Add(limit.Low + 1, null); break;
                case SyntaxKind.GreaterThanOrEqualExpression: limits.Add(limit.Low, null); break;
                case SyntaxKind.EqualsExpression: limits.Add(limit.Low, limit.High); break;
            }
        }
    }

    /// <summary>Lower and upper bounds collected from several guards: each one that holds narrows them.</summary>
    internal sealed class Limits
    {
        public decimal? Low { get; private set; }

        public decimal? High { get; private set; }

        public void Add(decimal? low, decimal? high)
        {
            if (low is { } l)
                Low = Low is { } current ? Math.Max(current, l) : l;
            if (high is { } h)
                High = High is { } current ? Math.Min(current, h) : h;
        }

        public void Add(Limits other) => Add(other.Low, other.High);

        /// <summary><paramref name="range"/> narrowed by these limits.</summary>
        public ValueInterval Narrow(ValueInterval range)
        {
            decimal low = Low is { } l ? Math.Max(range.Low, l) : range.Low;
            decimal high = High is { } h ? Math.Min(range.High, h) : range.High;
            return new ValueInterval(Math.Min(low, high), high);
        }
    }

    /// <summary>
    /// Whether <paramref name="region"/>, entered once the guard held, may change <paramref name="target"/> before
    /// <paramref name="read"/>: a write earlier in the text, or a later one inside a loop of the region that also holds the read
    /// (any write at all when the region jumps with <c>goto</c>). See the class summary for what writes.
    /// </summary>
    private static bool ChangesIn(SyntaxNode region, ExpressionSyntax target, string root, SyntaxNode read)
    {
        bool member = target is not IdentifierNameSyntax;
        bool jumps = region.DescendantNodesAndSelf().Any(node => node is GotoStatementSyntax);
        foreach (SyntaxNode node in region.DescendantNodesAndSelf())
        {
            if (!jumps && node.SpanStart > read.Span.End && !InLoopAround(node, read, region))
                continue;
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when Names(assignment.Left, target, root):
                case PrefixUnaryExpressionSyntax prefix when prefix.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression && Names(prefix.Operand, target, root):
                case PostfixUnaryExpressionSyntax postfix when postfix.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression && Names(postfix.Operand, target, root):
                case RefExpressionSyntax reference when Names(reference.Expression, target, root):
                case ArgumentSyntax argument when Names(argument.Expression, target, root)
                                                 && (!argument.RefKindKeyword.IsKind(SyntaxKind.None) || (member && IsRoot(argument.Expression, root))):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a loop inside <paramref name="region"/> holds both <paramref name="write"/> and <paramref name="read"/>.</summary>
    private static bool InLoopAround(SyntaxNode write, SyntaxNode read, SyntaxNode region) =>
        read.Ancestors().TakeWhile(node => node != region.Parent)
            .Any(node => node is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax && node.Span.Contains(write.Span));

    /// <summary>The variable itself, or (for a member) its root, which a whole assignment or a call could change.</summary>
    private static bool Names(ExpressionSyntax expression, ExpressionSyntax target, string root) =>
        SyntaxFactory.AreEquivalent(Unparenthesized(expression), target) || IsRoot(expression, root);

    private static bool IsRoot(ExpressionSyntax expression, string root) =>
        Unparenthesized(expression) is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == root;

    /// <summary>The leftmost name of a variable read (<c>state</c> of <c>state.Count</c>); null for anything else, such as a call.</summary>
    private static string? RootOf(SyntaxNode expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax } access => RootOf(access.Expression),
        _ => null,
    };

    private static bool Exits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ContinueStatementSyntax or BreakStatementSyntax or ThrowStatementSyntax => true,
        BlockSyntax { Statements.Count: 1 } block => Exits(block.Statements[0]),
        _ => false,
    };

    /// <summary>A lambda, local function or member: a guard outside it does not hold when it runs.</summary>
    private static bool IsScopeBoundary(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax or AccessorDeclarationSyntax;

    private static SyntaxNode Unparenthesized(SyntaxNode node)
    {
        while (node is ParenthesizedExpressionSyntax parenthesized)
            node = parenthesized.Expression;
        return node;
    }

    private static SyntaxKind Negated(SyntaxKind comparison) => comparison switch
    {
        SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanOrEqualExpression,
        SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanExpression,
        SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanOrEqualExpression,
        SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanExpression,
        SyntaxKind.NotEqualsExpression => SyntaxKind.EqualsExpression,
        _ => SyntaxKind.None,
    };

    /// <summary>"limit &lt; x" read as "x &gt; limit".</summary>
    private static SyntaxKind Mirrored(SyntaxKind comparison) => comparison switch
    {
        SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
        SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
        SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
        SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanOrEqualExpression,
        SyntaxKind.EqualsExpression => SyntaxKind.EqualsExpression,
        _ => SyntaxKind.None,
    };
}
