using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A bounded local moved back into range by guarded adjustments, as Python's modulo is written in C#:
/// <c>long row = (head - 1 - k) % capacity; if (row &lt; 0) row += capacity;</c>, or clamped by guarded assignments, as
/// <c>Math.Min</c> is written with an <c>if</c>: <c>long filled = state.Count; if (filled &gt; MemorySize) filled = MemorySize;</c>.
/// Every write after the declaration must be such an <c>if</c> (no <c>else</c>) directly in the local's block whose only
/// statement adds or subtracts a bounded amount, or assigns a bounded value; the range is then the one the guard leaves when
/// it fails (the initializer's, for an adjustment) together with each statement's result. An initializer known only by its
/// type is a count, not negative, as for <c>Math.Min</c>; only a clamp can bound it.
/// </summary>
internal static class WrappedLocals
{
    public static ValueInterval? Of(ILocalSymbol local, IOperation initializer, LocalDeclarationStatementSyntax declaration, BlockSyntax block,
        SemanticModel model, int depth)
    {
        ValueInterval? inferred = IndexBounds.Infer(initializer, depth + 1);
        NumericType? initialType = NumericType.From(IndexBounds.StripWidening(initializer).Type);
        if (inferred is null && initialType is not { IsIntegral: true })
            return null;
        ValueInterval range = inferred ?? new ValueInterval(0, initialType!.Range.High);
        var name = SyntaxFactory.IdentifierName(local.Name);
        bool adjusted = false;
        for (int i = block.Statements.IndexOf(declaration) + 1; i < block.Statements.Count; i++)
        {
            StatementSyntax statement = block.Statements[i];
            if (!LocalBounds.IsWrittenIn(statement, local.Name, declaration))
                continue;
            if (statement is not IfStatementSyntax { Else: null } guarded || Write(guarded.Statement, local.Name) is not { } write
                || LocalBounds.IsWrittenIn(guarded.Condition, local.Name, declaration)
                || model.GetOperation(write.Right) is not { } writtenOperation || IndexBounds.Infer(writtenOperation, depth + 1) is not { } written)
                return null;

            if (write.IsKind(SyntaxKind.SimpleAssignmentExpression))
            {
                // A clamp: where the guard fails the local keeps its range, narrowed by the guard's negation.
                ValueInterval kept = GuardConditions.FromCondition(guarded.Condition, holds: false, name, model, depth).Narrow(range);
                range = new ValueInterval(Math.Min(kept.Low, written.Low), Math.Max(kept.High, written.High));
            }
            else
            {
                // An adjustment of a value already bounded: the initializer's range together with the adjusted one.
                if (inferred is null)
                    return null;
                ValueInterval before = GuardConditions.FromCondition(guarded.Condition, holds: true, name, model, depth).Narrow(range);
                BinaryOperatorKind kind = write.IsKind(SyntaxKind.AddAssignmentExpression) ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
                if (IndexBounds.Combine(kind, before, written) is not { } after)
                    return null;
                range = new ValueInterval(Math.Min(range.Low, after.Low), Math.Max(range.High, after.High));
            }

            adjusted = true;
        }

        return adjusted ? range : null;
    }

    /// <summary><c>row += m;</c>, <c>row -= m;</c> or <c>row = m;</c>, alone or alone in a block.</summary>
    private static AssignmentExpressionSyntax? Write(StatementSyntax statement, string name) => statement switch
    {
        BlockSyntax { Statements.Count: 1 } block => Write(block.Statements[0], name),
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
            when assignment.Kind() is SyntaxKind.AddAssignmentExpression or SyntaxKind.SubtractAssignmentExpression or SyntaxKind.SimpleAssignmentExpression
                 && assignment.Left is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name
                 && !LocalBounds.IsWrittenIn(assignment.Right, name, assignment.Left) => assignment,
        _ => null,
    };
}
