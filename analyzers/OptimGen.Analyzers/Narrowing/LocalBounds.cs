using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The range of a local that index arithmetic reads: a <c>for</c> loop index, ascending
/// (<c>for (long i = 0; i &lt; n; i++)</c>) or descending (<c>for (long k = m - 1; k &gt;= 0; k--)</c>), that the
/// body never writes; or a local that its initializer alone sets (<c>long n = span.Length;</c>).
/// </summary>
internal static class LocalBounds
{
    public static ValueInterval? Of(ILocalReferenceOperation reference, int depth)
    {
        ILocalSymbol local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator
            || declarator.SyntaxTree != model.SyntaxTree)
            return null;
        if (declarator.Parent?.Parent is ForStatementSyntax loop)
            return LoopIndex(local, declarator, loop, model, depth);
        if (declarator.Initializer is { } initializer && declarator.Parent?.Parent is LocalDeclarationStatementSyntax { Parent: { } scope }
            && !IsWrittenIn(scope, local.Name, declarator) && model.GetOperation(initializer.Value) is { } value)
            return IndexBounds.Infer(value, depth + 1);
        return null;
    }

    private static ValueInterval? LoopIndex(ILocalSymbol local, VariableDeclaratorSyntax declarator, ForStatementSyntax loop, SemanticModel model, int depth)
    {
        if (loop.Condition is not BinaryExpressionSyntax condition || declarator.Initializer is not { } initializer
            || model.GetOperation(initializer.Value) is not { } start || IsWrittenIn(loop.Statement, local.Name, declarator))
            return null;

        // Normalise "bound > i" to "i < bound".
        SyntaxKind comparison = condition.Kind();
        ExpressionSyntax limitSyntax = condition.Right;
        if (!IsIndex(condition.Left, local.Name))
        {
            if (!IsIndex(condition.Right, local.Name))
                return null;
            limitSyntax = condition.Left;
            comparison = comparison switch
            {
                SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
                SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanOrEqualExpression,
                SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
                SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
                _ => SyntaxKind.None,
            };
        }

        if (model.GetOperation(limitSyntax) is not { } limitOperation || IndexBounds.Bound(limitOperation, depth) is not { } limit)
            return null;
        int direction = Direction(loop, local.Name);
        switch (comparison)
        {
            case SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression when direction > 0:
                decimal high = comparison == SyntaxKind.LessThanExpression ? limit.High - 1 : limit.High;
                decimal low = IndexBounds.Infer(start, depth + 1)?.Low ?? NumericType.From(local.Type)?.Range.Low ?? decimal.MinValue;
                return new ValueInterval(Math.Min(low, high), high);
            case SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression when direction < 0:
                decimal bottom = comparison == SyntaxKind.GreaterThanExpression ? limit.Low + 1 : limit.Low;
                decimal top = IndexBounds.Bound(start, depth)?.High ?? decimal.MaxValue;
                return new ValueInterval(bottom, Math.Max(bottom, top));
            default:
                return null;
        }
    }

    private static bool IsIndex(ExpressionSyntax expression, string name) =>
        expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;

    /// <summary>+1 when every incrementor raises the index (<c>i++</c>, <c>i += 2</c>), -1 when every one lowers it, 0 otherwise.</summary>
    private static int Direction(ForStatementSyntax loop, string name)
    {
        int direction = 0;
        foreach (ExpressionSyntax incrementor in loop.Incrementors)
        {
            int step = incrementor switch
            {
                PostfixUnaryExpressionSyntax { Operand: var operand } postfix when IsIndex(operand, name) => postfix.IsKind(SyntaxKind.PostIncrementExpression) ? 1 : -1,
                PrefixUnaryExpressionSyntax { Operand: var operand } prefix when IsIndex(operand, name) => prefix.IsKind(SyntaxKind.PreIncrementExpression) ? 1 : -1,
                AssignmentExpressionSyntax { Left: var left, Right: LiteralExpressionSyntax } assignment when IsIndex(left, name) =>
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
    private static bool IsWrittenIn(SyntaxNode scope, string name, VariableDeclaratorSyntax declaration) =>
        scope.DescendantNodes().OfType<IdentifierNameSyntax>().Any(identifier =>
            identifier.Identifier.ValueText == name && !declaration.Span.Contains(identifier.Span) && IsWrite(identifier));

    private static bool IsWrite(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == identifier,
        PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } => true,
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
        RefExpressionSyntax => true,
        _ => false,
    };
}
