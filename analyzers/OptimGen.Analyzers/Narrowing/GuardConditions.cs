using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// What a condition or a pattern says about one variable's range when it holds (or does not): comparisons with a bounded
/// value (<c>x &lt; n</c>, <c>n &gt; x</c>, <c>x == k</c>, <c>x + width &lt;= n</c>, and <c>(ulong)x &lt; (ulong)n</c>, which bounds <c>x</c> on both sides), joined by <c>&amp;&amp;</c> (or, when it does not hold, <c>||</c>),
/// negated with <c>!</c>, and relational patterns (<c>x is &gt;= 0 and &lt; n</c>, <c>not (&lt; 0 or &gt;= n)</c>, constants);
/// a <c>bool</c> local set once from such a condition (<c>bool isFull = state.Count &gt;= MemorySize;</c>); and what the throw helpers
/// of <c>ArgumentOutOfRangeException</c> leave once they return.
/// <see cref="GuardBounds"/> finds the conditions that guard a read.
/// </summary>
internal static class GuardConditions
{
    /// <summary>The bounds on <paramref name="target"/> that <paramref name="condition"/> gives when it is (or is not) true.</summary>
    public static Limits FromCondition(ExpressionSyntax condition, bool holds, ExpressionSyntax target, SemanticModel model, int depth) =>
        Read(condition, null, holds, target, model, depth);

    /// <summary>The bounds a value has when it matches (or does not match) <paramref name="pattern"/>.</summary>
    public static Limits FromPattern(PatternSyntax pattern, bool holds, SemanticModel model, int depth) =>
        Read(null, pattern, holds, null, model, depth);

    /// <summary>The bounds a value has when it equals <paramref name="value"/> (a switch statement's constant label).</summary>
    public static Limits FromEquality(ExpressionSyntax value, SemanticModel model, int depth)
    {
        var limits = new Limits();
        if (model.GetOperation(value) is { } operation && IndexBounds.Bound(operation, depth) is { } limit)
            limits.Add(SyntaxKind.EqualsExpression, limit);
        return limits;
    }

    private static Limits Read(ExpressionSyntax? condition, PatternSyntax? tested, bool holds, ExpressionSyntax? target, SemanticModel model, int depth)
    {
        var limits = new Limits();
        if (condition is not null)
            Collect(condition, holds);
        if (tested is not null)
            Pattern(tested, holds);
        return limits;

        void Collect(ExpressionSyntax expression, bool truth)
        {
            expression = (ExpressionSyntax)GuardBounds.Unparenthesized(expression);
            if (expression is PrefixUnaryExpressionSyntax not && not.IsKind(SyntaxKind.LogicalNotExpression))
            {
                Collect(not.Operand, !truth);
                return;
            }

            if (target is null)
                return;
            if (expression is IdentifierNameSyntax flag && FlagCondition(flag, target, model) is { } tested)
            {
                Collect(tested, truth);
                return;
            }

            if (expression is IsPatternExpressionSyntax test && SyntaxFactory.AreEquivalent(GuardBounds.Unparenthesized(test.Expression), target))
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
            if (SyntaxFactory.AreEquivalent(GuardBounds.Unparenthesized(binary.Left), target))
                Compare(comparison, binary.Right);
            else if (SyntaxFactory.AreEquivalent(GuardBounds.Unparenthesized(binary.Right), target))
                Compare(Mirrored(comparison), binary.Left);
            else if (OffsetOf(binary.Left, target) is { } leftOffset)
                CompareShifted(comparison, binary.Right, leftOffset);
            else if (OffsetOf(binary.Right, target) is { } rightOffset)
                CompareShifted(Mirrored(comparison), binary.Left, rightOffset);
            else if (UnsignedViewOf(binary.Left, target, model) is { } viewed)
                CompareUnsigned(comparison, binary.Right, viewed);
            else if (UnsignedViewOf(binary.Right, target, model) is { } mirrored)
                CompareUnsigned(Mirrored(comparison), binary.Left, mirrored);
        }

        // `target + width <= n` is `target <= n - width`, `target - d < n` is `target < n + d`, over every value the offset takes.
        void CompareShifted(SyntaxKind comparison, ExpressionSyntax limitSyntax, (ExpressionSyntax Amount, bool Added) offset)
        {
            if (model.GetOperation(limitSyntax) is not { } limitOperation || IndexBounds.Bound(limitOperation, depth) is not { } limit
                || model.GetOperation(offset.Amount) is not { } amountOperation || IndexBounds.Bound(amountOperation, depth) is not { } amount
                || IndexBounds.Combine(offset.Added ? BinaryOperatorKind.Subtract : BinaryOperatorKind.Add, limit, amount) is not { } shifted)
                return;
            limits.Add(comparison, shifted);
        }

        // `(ulong)target < (ulong)n`: a negative target would read as at least 2^63 (2^31 for `(uint)` of an int), above any
        // limit the target's own type can hold, so the one test bounds it on both sides. The limit must fit that type.
        void CompareUnsigned(SyntaxKind comparison, ExpressionSyntax limitSyntax, NumericType targetType)
        {
            if (comparison is not (SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression)
                || model.GetOperation(limitSyntax) is not { } limitOperation
                || IndexBounds.Bound(limitOperation, depth) is not { } limit
                || limit.High > targetType.Range.High)
                return;
            limits.Add(comparison, limit);
            limits.Add(low: 0, high: null);
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
            limits.Add(comparison, limit);
        }
    }

    /// <summary><c>target + d</c>, <c>d + target</c> or <c>target - d</c> for an offset <c>d</c> that does not read the target.</summary>
    private static (ExpressionSyntax Amount, bool Added)? OffsetOf(ExpressionSyntax side, ExpressionSyntax target)
    {
        if (GuardBounds.Unparenthesized(side) is not BinaryExpressionSyntax sum
            || !(sum.IsKind(SyntaxKind.AddExpression) || sum.IsKind(SyntaxKind.SubtractExpression)))
            return null;
        bool left = SyntaxFactory.AreEquivalent(GuardBounds.Unparenthesized(sum.Left), target);
        bool right = sum.IsKind(SyntaxKind.AddExpression) && SyntaxFactory.AreEquivalent(GuardBounds.Unparenthesized(sum.Right), target);
        if (left == right)
            return null;
        ExpressionSyntax amount = left ? sum.Right : sum.Left;
        if (amount.DescendantNodesAndSelf().Any(node => node is ExpressionSyntax expression && SyntaxFactory.AreEquivalent(expression, target)))
            return null;
        return (amount, sum.IsKind(SyntaxKind.AddExpression));
    }

    /// <summary>
    /// <c>(ulong)target</c> or <c>(uint)target</c>: a cast of the target to an unsigned integral type at least as wide as its own,
    /// which keeps its non-negative values and moves its negative ones above every value of its type.
    /// </summary>
    private static NumericType? UnsignedViewOf(ExpressionSyntax side, ExpressionSyntax target, SemanticModel model) =>
        GuardBounds.Unparenthesized(side) is CastExpressionSyntax cast
        && SyntaxFactory.AreEquivalent(GuardBounds.Unparenthesized(cast.Expression), target)
        && NumericType.From(model.GetTypeInfo(cast).Type) is { IsIntegral: true, Signed: false } unsigned
        && NumericType.From(model.GetTypeInfo(cast.Expression).Type) is { IsIntegral: true } original
        && unsigned.Bits >= original.Bits
        // `nuint` is 32 bits wide on a 32-bit platform: it keeps only an `int`'s values there.
        && (unsigned.Name != "UIntPtr" || original.Bits <= 32)
            ? original
            : null;

    /// <summary>
    /// The condition a <c>bool</c> local holds when it is set once from one, as L-BFGS ports write
    /// <c>bool isFull = state.Count &gt;= MemorySize;</c>: its initializer, when nothing writes the local afterwards and nothing
    /// between its declaration and <paramref name="flag"/> (read in the same body) can change <paramref name="target"/>.
    /// </summary>
    private static ExpressionSyntax? FlagCondition(IdentifierNameSyntax flag, ExpressionSyntax target, SemanticModel model)
    {
        if (model.GetSymbolInfo(flag).Symbol is not ILocalSymbol { Type.SpecialType: SpecialType.System_Boolean, IsRef: false } local
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } condition } declarator
            || declarator.SyntaxTree != flag.SyntaxTree
            || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: BlockSyntax block } declaration
            || GuardBounds.RootOf(target) is not { } root
            || LocalBounds.IsWrittenIn(block, local.Name, declarator)
            || flag.Ancestors().TakeWhile(ancestor => ancestor != block).Any(GuardBounds.IsScopeBoundary))
            return null;
        // The statements after the declaration up to the one holding the read (a write later inside a loop around it counts too).
        for (int i = block.Statements.IndexOf(declaration) + 1; i < block.Statements.Count && block.Statements[i].SpanStart < flag.SpanStart; i++)
        {
            if (GuardBounds.ChangesIn(block.Statements[i], target, root, flag))
                return null;
        }

        return condition;
    }

    /// <summary>
    /// The bounds on <paramref name="target"/> once a throw helper of <c>ArgumentOutOfRangeException</c> given it has returned:
    /// <c>ThrowIfGreaterThanOrEqual(k, n)</c> leaves <c>k &lt; n</c>, <c>ThrowIfNegative(k)</c> leaves <c>k &gt;= 0</c>. Null for any other call.
    /// </summary>
    public static Limits? AfterThrowHelper(InvocationExpressionSyntax call, ExpressionSyntax target, SemanticModel model, int depth)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = call.ArgumentList.Arguments;
        if (arguments.Count == 0 || !SyntaxFactory.AreEquivalent(GuardBounds.Unparenthesized(arguments[0].Expression), target)
            || model.GetSymbolInfo(call).Symbol is not IMethodSymbol { IsStatic: true, ContainingType: { Name: nameof(ArgumentOutOfRangeException) } type } helper
            || type.ContainingNamespace?.ToDisplayString() != "System")
            return null;
        (SyntaxKind comparison, bool withZero) = helper.Name switch
        {
            "ThrowIfNegative" => (SyntaxKind.GreaterThanOrEqualExpression, true),
            "ThrowIfNegativeOrZero" => (SyntaxKind.GreaterThanExpression, true),
            "ThrowIfGreaterThan" => (SyntaxKind.LessThanOrEqualExpression, false),
            "ThrowIfGreaterThanOrEqual" => (SyntaxKind.LessThanExpression, false),
            "ThrowIfLessThan" => (SyntaxKind.GreaterThanOrEqualExpression, false),
            "ThrowIfLessThanOrEqual" => (SyntaxKind.GreaterThanExpression, false),
            _ => (SyntaxKind.None, false),
        };
        ValueInterval? limit = withZero ? ValueInterval.Single(0)
            : arguments.Count > 1 && model.GetOperation(arguments[1].Expression) is { } other ? IndexBounds.Bound(other, depth) : null;
        if (comparison == SyntaxKind.None || limit is not { } known)
            return null;
        var limits = new Limits();
        limits.Add(comparison, known);
        return limits;
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

        /// <summary>What <c>target comparison limit</c> says, for a limit in <paramref name="limit"/>.</summary>
        public void Add(SyntaxKind comparison, ValueInterval limit)
        {
            switch (comparison)
            {
                case SyntaxKind.LessThanExpression: Add(null, limit.High - 1); break;
                case SyntaxKind.LessThanOrEqualExpression: Add(null, limit.High); break;
                case SyntaxKind.GreaterThanExpression: Add(limit.Low + 1, null); break;
                case SyntaxKind.GreaterThanOrEqualExpression: Add(limit.Low, null); break;
                case SyntaxKind.EqualsExpression: Add(limit.Low, limit.High); break;
            }
        }

        /// <summary><paramref name="range"/> narrowed by these limits.</summary>
        public ValueInterval Narrow(ValueInterval range)
        {
            decimal low = Low is { } l ? Math.Max(range.Low, l) : range.Low;
            decimal high = High is { } h ? Math.Min(range.High, h) : range.High;
            return new ValueInterval(Math.Min(low, high), high);
        }
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
