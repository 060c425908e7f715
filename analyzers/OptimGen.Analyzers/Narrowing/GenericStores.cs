using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A helper of the compilation that stores a value parameter of a generic type into a <c>ref</c>/<c>out</c> parameter
/// (<c>static bool SetField&lt;T&gt;(ref T field, T value) { ...; field = value; ... }</c>). Called as
/// <c>SetField(ref state.NumLinesearchSteps, steps)</c>, the language infers <c>T</c> from the slot and converts the
/// <c>int</c> argument to it at the call: the slot receives the <c>int</c> there, as with
/// <c>Interlocked.Exchange(ref slot, steps)</c>, so the call's argument is what <see cref="SlotValueRule"/> checks.
/// A parameter declared with a concrete type (<c>Integer value</c>) is a conversion to that type, as a local would be.
/// </summary>
internal static class GenericStores
{
    /// <summary>The (destination, value) arguments of <paramref name="invocation"/> whose parameters the callee stores one into the other.</summary>
    public static IEnumerable<(IOperation Destination, IOperation Value)> Of(IInvocationOperation invocation, Compilation compilation)
    {
        IMethodSymbol callee = MethodIdentity.Normalize(invocation.TargetMethod);
        // A cheap filter first: every invocation in scope comes through here.
        if (!callee.IsGenericMethod || !callee.Parameters.Any(p => p.RefKind is RefKind.Ref or RefKind.Out && p.Type is ITypeParameterSymbol)
            || !MethodIdentity.IsInSource(callee, compilation))
            yield break;
        foreach ((int destination, int value) in Stores(callee, compilation))
        {
            if (Argument(invocation, destination) is { } stored && Argument(invocation, value) is { } given)
                yield return (stored, given);
        }
    }

    /// <summary>The ordinals of (ref parameter, value parameter of a type parameter's type) pairs that <c>target = value;</c> joins in the body.</summary>
    private static IEnumerable<(int Destination, int Value)> Stores(IMethodSymbol callee, Compilation compilation)
    {
        foreach (SyntaxReference reference in callee.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax();
            if (SemanticModels.For(compilation, declaration.SyntaxTree).GetOperation(declaration) is not { } body)
                continue;
            foreach (ISimpleAssignmentOperation assignment in body.Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (!assignment.IsRef
                    && assignment.Target is IParameterReferenceOperation { Parameter: { RefKind: RefKind.Ref or RefKind.Out } target }
                    && assignment.Value.WithoutImplicitConversions() is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None or RefKind.In, Type: ITypeParameterSymbol } value }
                    && Owns(callee, target) && Owns(callee, value))
                    yield return (target.Ordinal, value.Ordinal);
            }
        }
    }

    /// <summary>Whether the parameter is the callee's own (not a lambda's or local function's inside it).</summary>
    private static bool Owns(IMethodSymbol callee, IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol owner && SymbolEqualityComparer.Default.Equals(MethodIdentity.Normalize(owner), callee);

    private static IOperation? Argument(IInvocationOperation invocation, int ordinal)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
                return argument.Value;
        }

        return null;
    }
}
