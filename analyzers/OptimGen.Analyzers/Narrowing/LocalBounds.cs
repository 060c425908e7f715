using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The range of a local that index arithmetic reads: a <c>for</c> loop index, ascending
/// (<c>for (long i = 0; i &lt; n; i++)</c>, also <c>i &lt; n &amp;&amp; i &lt; m</c>) or descending
/// (<c>for (long k = m - 1; k &gt;= 0; k--)</c>; <c>k != n</c> for a step of one from a start not past <c>n</c>), that the
/// body never writes, or counted down by its loop's test
/// (<c>while (k-- &gt; 0)</c>, <see cref="CountdownLoops"/>); or a local that its initializer alone sets
/// (<c>long n = span.Length;</c>, also declared beside a loop's index; <c>long at = Array.IndexOf(...)</c> keeps the range
/// of the <c>int</c> it was given), or that guarded adjustments wrap back into range
/// (<see cref="WrappedLocals"/>) or that only plain assignments of bounded values write (<see cref="AssignedLocals"/>);
/// or a binary search's midpoint (<see cref="BisectionLocals"/>);
/// or a local deconstructed from a tuple or declared
/// by an <c>out</c> argument of <c>Math.DivRem</c> (<see cref="DivRemParts"/>).
/// </summary>
internal static class LocalBounds
{
    public static ValueInterval? Of(ILocalReferenceOperation reference, int depth)
    {
        ILocalSymbol local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not { } declaration || declaration.SyntaxTree != model.SyntaxTree)
            return null;
        if (declaration is SingleVariableDesignationSyntax designation)
            return Designated(local, designation, model, depth);
        if (declaration is not VariableDeclaratorSyntax declarator)
            return null;
        if (declarator.Parent?.Parent is ForStatementSyntax loop)
        {
            // The index, or a bound declared beside it (`for (long i = 0, n = span.Length; i < n; i++)`) that the loop never writes.
            if (LoopIndex(local, declarator, loop, model, depth) is { } index)
                return index;
            if (declarator.Initializer is not { } bound || model.GetOperation(bound.Value) is not { } boundValue)
                return null;
            return !IsWrittenIn(loop, local.Name, declarator)
                ? IndexBounds.Infer(boundValue, depth + 1)
                : CountdownLoops.Of(reference, declarator, loop, boundValue, model, depth);
        }

        if (declarator.Initializer is null && declarator.Parent?.Parent is LocalDeclarationStatementSyntax { Parent: BlockSyntax unset })
            return AssignedLocals.Of(local, null, declarator, unset, model, depth);
        if (declarator.Initializer is not { } initializer || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: { } scope } statement
            || model.GetOperation(initializer.Value) is not { } value)
            return null;
        if (!IsWrittenIn(scope, local.Name, declarator))
            return BisectionLocals.Midpoint(local, declarator, model, depth) ?? IndexBounds.Infer(value, depth + 1) ?? IndexBounds.WidenedFrom(value, local.Type);
        return CountdownLoops.Of(reference, declarator, scope, value, model, depth)
               ?? (scope is BlockSyntax block ? WrappedLocals.Of(local, value, statement, block, model, depth) : null)
               ?? AssignedLocals.Of(local, value, declarator, scope, model, depth);
    }

    /// <summary>
    /// A local that a deconstruction declares (<c>var (q, r) = Math.DivRem(x, d);</c>, <c>var (a, b) = (i, n);</c>) or an
    /// <c>out var</c> declares (<c>Math.DivRem(x, d, out long r)</c>), and that nothing else in its block writes.
    /// </summary>
    private static ValueInterval? Designated(ILocalSymbol local, SingleVariableDesignationSyntax designation, SemanticModel model, int depth)
    {
        SyntaxNode? scope = designation.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)designation.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (scope is null || IsWrittenIn(scope, local.Name, designation))
            return null;

        // `Math.DivRem(x, d, out long r)`: the out argument is the remainder.
        if (designation.Parent is DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument }
            && !argument.RefKindKeyword.IsKind(SyntaxKind.None))
        {
            return model.GetOperation(invocation) is IInvocationOperation call && DivRemParts.IsDivRem(call)
                   && call.Arguments.FirstOrDefault(a => a.Syntax == argument)?.Parameter?.Ordinal == 2
                ? DivRemParts.Part(call, DivRemParts.RemainderIndex, depth)
                : null;
        }

        // `var (q, r) = value;` or `(var q, var r) = value;`: the element at the local's position.
        if (DeconstructedLocals.Position(designation, model) is not (IOperation value, int index))
            return null;
        return value switch
        {
            ITupleOperation literal when index < literal.Elements.Length => IndexBounds.Infer(literal.Elements[index], depth + 1),
            IInvocationOperation call when DivRemParts.IsDivRem(call) => DivRemParts.Part(call, index, depth),
            _ => null,
        };
    }

    private static ValueInterval? LoopIndex(ILocalSymbol local, VariableDeclaratorSyntax declarator, ForStatementSyntax loop, SemanticModel model, int depth)
    {
        if (loop.Condition is null || declarator.Initializer is not { } initializer
            || model.GetOperation(initializer.Value) is not { } start || IsWrittenIn(loop.Statement, local.Name, declarator))
            return null;
        var walk = new IndexWalk(Direction(loop, local.Name, model, depth), IsUnitStep(loop, local.Name));
        return ConditionBound(loop.Condition, local, start, walk, model, depth);
    }

    /// <summary>
    /// The range a loop condition keeps the index in: one comparison of the index with a bound, or several joined
    /// with <c>&amp;&amp;</c> (<c>j &lt; state.Count &amp;&amp; j &lt; MemorySize</c>), each of which holds inside the loop.
    /// </summary>
    private static ValueInterval? ConditionBound(ExpressionSyntax condition, ILocalSymbol local, IOperation start, IndexWalk walk, SemanticModel model, int depth)
    {
        while (condition is ParenthesizedExpressionSyntax parenthesized)
            condition = parenthesized.Expression;
        if (condition is not BinaryExpressionSyntax binary)
            return null;
        if (binary.IsKind(SyntaxKind.LogicalAndExpression))
        {
            ValueInterval? left = ConditionBound(binary.Left, local, start, walk, model, depth);
            ValueInterval? right = ConditionBound(binary.Right, local, start, walk, model, depth);
            if (left is not { } a || right is not { } b)
                return left ?? right;
            decimal low = Math.Max(a.Low, b.Low);
            decimal high = Math.Min(a.High, b.High);
            return new ValueInterval(Math.Min(low, high), high);
        }

        return ComparisonBound(binary, local, start, walk, model, depth);
    }

    private static ValueInterval? ComparisonBound(BinaryExpressionSyntax condition, ILocalSymbol local, IOperation start, IndexWalk walk, SemanticModel model, int depth)
    {
        // Normalise "bound > i" to "i < bound".
        SyntaxKind comparison = condition.Kind();
        ExpressionSyntax limitSyntax = condition.Right;
        ExpressionSyntax indexSide = condition.Left;
        if (!IsIndexOrOffset(condition.Left, local.Name))
        {
            if (!IsIndexOrOffset(condition.Right, local.Name))
                return null;
            limitSyntax = condition.Left;
            indexSide = condition.Right;
            comparison = comparison switch
            {
                SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
                SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanOrEqualExpression,
                SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
                SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
                _ => SyntaxKind.None,
            };
        }

        if (model.GetOperation(limitSyntax) is not { } limitOperation || IndexBounds.Bound(limitOperation, depth) is not { } bound
            || Shifted(bound, indexSide, local.Name, model, depth) is not { } limit)
            return null;
        switch (comparison)
        {
            case SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression when walk.Direction > 0:
                decimal high = comparison == SyntaxKind.LessThanExpression ? limit.High - 1 : limit.High;
                decimal low = IndexBounds.Infer(start, depth + 1)?.Low ?? NumericType.From(local.Type)?.Range.Low ?? decimal.MinValue;
                return new ValueInterval(Math.Min(low, high), high);
            case SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression when walk.Direction < 0:
                decimal bottom = comparison == SyntaxKind.GreaterThanExpression ? limit.Low + 1 : limit.Low;
                decimal top = IndexBounds.Bound(start, depth)?.High ?? decimal.MaxValue;
                return new ValueInterval(bottom, Math.Max(bottom, top));
            case SyntaxKind.NotEqualsExpression when walk.Direction > 0 && walk.UnitStep && IndexBounds.Infer(start, depth + 1) is { } first && first.High <= limit.Low:
                return new ValueInterval(first.Low, Math.Max(first.Low, limit.High - 1));
            case SyntaxKind.NotEqualsExpression when walk.Direction < 0 && walk.UnitStep && IndexBounds.Infer(start, depth + 1) is { } first && first.Low >= limit.High:
                return new ValueInterval(limit.Low + 1, Math.Max(limit.Low + 1, first.High));
            default:
                return null;
        }
    }

    /// <summary>How a loop's incrementors move its index: up (+1) or down (-1) or neither (0), and whether by one at a time,
    /// which `i != n` needs to stop at n.</summary>
    private readonly record struct IndexWalk(int Direction, bool UnitStep);

    /// <summary>Whether every incrementor of the index moves it by exactly one (<c>i++</c>, <c>--i</c>, <c>i += 1</c>, <c>i = i + 1</c>).</summary>
    private static bool IsUnitStep(ForStatementSyntax loop, string name) =>
        loop.Incrementors.Where(incrementor => Moves(incrementor, name)).All(incrementor => incrementor switch
        {
            PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax => true,
            AssignmentExpressionSyntax assignment when Restep(assignment, name) is { } restep => restep.Amount is LiteralExpressionSyntax { Token.Value: 1 },
            AssignmentExpressionSyntax { Right: LiteralExpressionSyntax { Token.Value: 1 } } => true,
            _ => false,
        });

    private static bool IsNonNegative(ExpressionSyntax step, SemanticModel model, int depth) =>
        step is LiteralExpressionSyntax || (model.GetOperation(step) is { } operation && IndexBounds.Bound(operation, depth) is { Low: >= 0 });

    /// <summary>Whether an incrementor writes the local <paramref name="name"/> (anywhere in it).</summary>
    private static bool Moves(ExpressionSyntax incrementor, string name) =>
        incrementor.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(identifier => identifier.Identifier.ValueText == name && IsWrite(identifier));

    /// <summary>The index alone, or the index plus or minus an offset (<c>i + width &lt;= n</c>, as SIMD loops test).</summary>
    private static bool IsIndexOrOffset(ExpressionSyntax expression, string name) =>
        IsIndex(expression, name)
        || expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.SubtractExpression } sum
        && (IsIndex(sum.Left, name) || (sum.IsKind(SyntaxKind.AddExpression) && IsIndex(sum.Right, name)));

    /// <summary>
    /// The bound on the index itself when the comparison holds the index with an offset: <c>i + d &lt; n</c> is
    /// <c>i &lt; n - d</c>, <c>i - d &lt; n</c> is <c>i &lt; n + d</c>, over every value the offset can take.
    /// </summary>
    private static ValueInterval? Shifted(ValueInterval limit, ExpressionSyntax indexSide, string name, SemanticModel model, int depth)
    {
        if (indexSide is not BinaryExpressionSyntax sum)
            return limit;
        ExpressionSyntax offsetSyntax = IsIndex(sum.Left, name) ? sum.Right : sum.Left;
        if (IsIndex(offsetSyntax, name) || model.GetOperation(offsetSyntax) is not { } offsetOperation
            || IndexBounds.Bound(offsetOperation, depth) is not { } offset)
            return null;
        return IndexBounds.Combine(sum.IsKind(SyntaxKind.AddExpression) ? BinaryOperatorKind.Subtract : BinaryOperatorKind.Add, limit, offset);
    }

    /// <summary>
    /// <c>i = i + d</c>, <c>i = d + i</c> or <c>i = i - d</c> for an amount <c>d</c> that does not read the index: that
    /// amount, and +1 or -1 for the direction it moves the index in. Null for any other incrementor.
    /// </summary>
    private static (ExpressionSyntax Amount, int Sign)? Restep(AssignmentExpressionSyntax assignment, string name)
    {
        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || !IsIndex(assignment.Left, name) || assignment.Right is not BinaryExpressionSyntax sum)
            return null;
        (ExpressionSyntax Amount, int Sign)? step = sum.Kind() switch
        {
            SyntaxKind.AddExpression when IsIndex(sum.Left, name) => (sum.Right, 1),
            SyntaxKind.AddExpression when IsIndex(sum.Right, name) => (sum.Left, 1),
            SyntaxKind.SubtractExpression when IsIndex(sum.Left, name) => (sum.Right, -1),
            _ => null,
        };
        return step is { } found && !found.Amount.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(identifier => identifier.Identifier.ValueText == name)
            ? found
            : null;
    }

    private static bool IsIndex(ExpressionSyntax expression, string name) =>
        expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;

    /// <summary>
    /// +1 when every incrementor of the index raises it (<c>i++</c>, <c>i += 2</c>), -1 when every one lowers it, 0 otherwise.
    /// Incrementors of other locals are not the index's (<c>for (long lo = 0, hi = n - 1; lo &lt; hi; lo++, hi--)</c>).
    /// </summary>
    private static int Direction(ForStatementSyntax loop, string name, SemanticModel model, int depth)
    {
        int direction = 0;
        foreach (ExpressionSyntax incrementor in loop.Incrementors.Where(incrementor => Moves(incrementor, name)))
        {
            int step = incrementor switch
            {
                PostfixUnaryExpressionSyntax { Operand: var operand } postfix when IsIndex(operand, name) => postfix.IsKind(SyntaxKind.PostIncrementExpression) ? 1 : -1,
                PrefixUnaryExpressionSyntax { Operand: var operand } prefix when IsIndex(operand, name) => prefix.IsKind(SyntaxKind.PreIncrementExpression) ? 1 : -1,
                // `i = i + 1`, as code ported from Python or Fortran steps: the same as `i += 1`.
                AssignmentExpressionSyntax assignment when Restep(assignment, name) is { } restep => IsNonNegative(restep.Amount, model, depth) ? restep.Sign : 0,
                // `i += 2`, or `i += Vector<Real>.Count`: a step that is never negative.
                AssignmentExpressionSyntax { Left: var left, Right: var amount } assignment when IsIndex(left, name) && IsNonNegative(amount, model, depth) =>
                    assignment.IsKind(SyntaxKind.AddAssignmentExpression) ? 1 : assignment.IsKind(SyntaxKind.SubtractAssignmentExpression) ? -1 : 0,
                _ => 0,
            };
            if (step == 0 || (direction != 0 && step != direction))
                return 0;
            direction = step;
        }

        return direction;
    }

    /// <summary>Whether <paramref name="scope"/> assigns, increments or passes by reference the local <paramref name="name"/> (other than its declaration).</summary>
    internal static bool IsWrittenIn(SyntaxNode scope, string name, SyntaxNode declaration) =>
        scope.DescendantNodes().OfType<IdentifierNameSyntax>().Any(identifier =>
            identifier.Identifier.ValueText == name && !declaration.Span.Contains(identifier.Span) && IsWrite(identifier));

    internal static bool IsWrite(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == identifier,
        PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } => true,
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) || IsDeconstructed(argument),
        RefExpressionSyntax => true,
        _ => false,
    };

    /// <summary>
    /// Whether an argument is an element a deconstruction assigns: <c>previous</c> in <c>(previous, current) = (current, next);</c>,
    /// at any depth of nested tuples, or in <c>foreach ((a, b) in pairs)</c>.
    /// </summary>
    internal static bool IsDeconstructed(ArgumentSyntax argument)
    {
        SyntaxNode tuple = argument.Parent!;
        while (tuple is TupleExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax outer } })
            tuple = outer;
        return tuple is TupleExpressionSyntax && tuple.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == tuple,
            ForEachVariableStatementSyntax loop => loop.Variable == tuple,
            _ => false,
        };
    }
}
