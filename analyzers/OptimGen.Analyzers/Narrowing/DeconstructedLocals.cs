using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Where a local that a deconstruction declares comes from: the right side of <c>var (q, r) = value;</c> or
/// <c>(var q, var r) = value;</c> (implicit conversions removed) and the local's position in it.
/// </summary>
internal static class DeconstructedLocals
{
    public static (IOperation Right, int Index)? Position(SingleVariableDesignationSyntax designation, SemanticModel model)
    {
        int index;
        SyntaxNode? tuple;
        if (designation.Parent is ParenthesizedVariableDesignationSyntax names)
        {
            index = names.Variables.IndexOf(designation);
            tuple = names.Parent;
        }
        else if (designation.Parent is DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax elements } element })
        {
            index = elements.Arguments.IndexOf(element);
            tuple = elements;
        }
        else
        {
            return null;
        }

        if (tuple?.Parent is not AssignmentExpressionSyntax assignment || assignment.Left != tuple
            || model.GetOperation(assignment.Right)?.WithoutImplicitConversions() is not { } right)
            return null;
        return (right, index);
    }
}
