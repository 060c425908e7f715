using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A bounded local moved back into range by guarded adjustments, as Python's modulo is written in C#:
/// <c>long row = (head - 1 - k) % capacity; if (row &lt; 0) row += capacity;</c>. Every write after the declaration must be
/// such an <c>if</c> (no <c>else</c>) directly in the local's block whose only statement adds or subtracts a bounded amount;
/// the range is then the initializer's together with each adjustment's result, computed from the range the guard leaves.
/// </summary>
internal static class WrappedLocals
{
    public static ValueInterval? Of(ILocalSymbol local, IOperation initializer, LocalDeclarationStatementSyntax declaration, BlockSyntax block,
        SemanticModel model, int depth)
    {
        if (IndexBounds.Infer(initializer, depth + 1) is not { } range)
            return null;
        var name = SyntaxFactory.IdentifierName(local.Name);
        bool adjusted = false;
        for (int i = block.Statements.IndexOf(declaration) + 1; i < block.Statements.Count; i++)
        {
            StatementSyntax statement = block.Statements[i];
            if (!LocalBounds.IsWrittenIn(statement, local.Name, declaration))
                continue;
            if (statement is not IfStatementSyntax { Else: null } guarded || Adjustment(guarded.Statement, local.Name) is not { } adjustment
                || LocalBounds.IsWrittenIn(guarded.Condition, local.Name, declaration)
                || model.GetOperation(adjustment.Right) is not { } amountOperation || IndexBounds.Infer(amountOperation, depth + 1) is not { } amount)
                return null;

            ValueInterval before = GuardConditions.FromCondition(guarded.Condition, holds: true, name, model, depth).Narrow(range);
            BinaryOperatorKind kind = adjustment.IsKind(SyntaxKind.AddAssignmentExpression) ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
            if (IndexBounds.Combine(kind, before, amount) is not { } after)
                return null;
            range = new ValueInterval(Math.Min(range.Low, after.Low), Math.Max(range.High, after.High));
            adjusted = true;
        }

        return adjusted ? range : null;
    }

    /// <summary><c>row += m;</c> or <c>row -= m;</c>, alone or alone in a block.</summary>
    private static AssignmentExpressionSyntax? Adjustment(StatementSyntax statement, string name) => statement switch
    {
        BlockSyntax { Statements.Count: 1 } block => Adjustment(block.Statements[0], name),
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
            when assignment.Kind() is SyntaxKind.AddAssignmentExpression or SyntaxKind.SubtractAssignmentExpression
                 && assignment.Left is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name
                 && !LocalBounds.IsWrittenIn(assignment.Right, name, assignment.Left) => assignment,
        _ => null,
    };
}
