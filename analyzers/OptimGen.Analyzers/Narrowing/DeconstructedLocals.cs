using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Where a local that a deconstruction declares comes from: the right side of <c>var (q, r) = value;</c> or
/// <c>(var q, var r) = value;</c> (implicit conversions removed) and the local's position in it, or the <c>Deconstruct</c>
/// method that gives it its value.
/// </summary>
internal static class DeconstructedLocals
{
    public static (IOperation Right, int Index)? Position(SingleVariableDesignationSyntax designation, SemanticModel model) =>
        Declaring(designation, model) is ({ } assignment, int index)
        && model.GetOperation(assignment.Right)?.WithoutImplicitConversions() is { } right
            ? (right, index)
            : null;

    /// <summary>
    /// The <c>Deconstruct</c> method whose <c>out</c> parameter at the local's position gives the local its value
    /// (<c>var (m, v) = new Moments(state.Velocity, state.Second);</c>); null for a tuple's deconstruction.
    /// </summary>
    public static (IMethodSymbol Method, int Index)? Deconstructor(SingleVariableDesignationSyntax designation, SemanticModel model) =>
        Declaring(designation, model) is ({ } assignment, int index)
        && model.GetDeconstructionInfo(assignment).Method is { } method && index < method.Parameters.Length
            ? (method, index)
            : null;

    private static (AssignmentExpressionSyntax? Assignment, int Index) Declaring(SingleVariableDesignationSyntax designation, SemanticModel model)
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
            return (null, -1);
        }

        return tuple?.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple ? (assignment, index) : (null, -1);
    }
}
