using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The bound bodies of a method declared in this compilation, and what they return or assign to a parameter, each
/// read in the method's own body (not in a lambda or local function nested in it). Both the narrowing rules' slot
/// writes (<see cref="SlotWrites"/>) and the counters of OPT0005 follow a helper's returns and <c>out</c> stores
/// through this one reading.
/// </summary>
internal static class SourceBodies
{
    /// <summary>The bound bodies of <paramref name="method"/> (none for one from metadata).</summary>
    public static IEnumerable<IOperation> Of(Compilation compilation, IMethodSymbol method)
    {
        IMethodSymbol callee = MethodIdentity.Normalize(method);
        if (!MethodIdentity.IsInSource(callee, compilation))
            yield break;
        foreach (SyntaxReference reference in callee.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax();
            if (SemanticModels.For(compilation, declaration.SyntaxTree).GetOperation(declaration) is { } body)
                yield return body;
        }
    }

    /// <summary>Every value <paramref name="method"/> returns (by value or by <c>ref</c>), from each <c>return</c> and expression body.</summary>
    public static IEnumerable<IOperation> ReturnedValues(Compilation compilation, IMethodSymbol method)
    {
        foreach (IOperation body in Of(compilation, method))
        {
            foreach (IReturnOperation returned in body.Descendants().OfType<IReturnOperation>())
            {
                if (returned.ReturnedValue is { } value && !InNestedFunction(returned, body))
                    yield return value;
            }
        }
    }

    /// <summary>Every value <paramref name="method"/> assigns to its parameter at <paramref name="ordinal"/> (<c>ring = state.Ring;</c>).</summary>
    public static IEnumerable<IOperation> AssignedToParameter(Compilation compilation, IMethodSymbol method, int ordinal)
    {
        foreach (IOperation body in Of(compilation, method))
        {
            foreach (ISimpleAssignmentOperation assignment in body.Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is IParameterReferenceOperation target && target.Parameter.Ordinal == ordinal
                    && !InNestedFunction(assignment, body))
                    yield return assignment.Value;
            }
        }
    }

    private static bool InNestedFunction(IOperation operation, IOperation body)
    {
        for (IOperation? current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                return true;
        }

        return false;
    }
}
