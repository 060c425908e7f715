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
/// Likewise a helper that stores such a value into the elements of a span or array parameter of that type
/// (<c>static void Fill&lt;T&gt;(Span&lt;T&gt; destination, T value) { ... destination[i] = value; }</c> called as
/// <c>Fill(state.Ring.AsSpan(), steps)</c>).
/// A parameter declared with a concrete type (<c>Integer value</c>) is a conversion to that type, as a local would be.
/// </summary>
internal static class GenericStores
{
    /// <summary>
    /// The (destination, value) arguments of <paramref name="invocation"/> whose parameters the callee stores one into the other;
    /// <c>IsView</c> when the destination is a span or array whose elements receive the value.
    /// </summary>
    public static IEnumerable<(IOperation Destination, IOperation Value, bool IsView)> Of(IInvocationOperation invocation, Compilation compilation)
    {
        IMethodSymbol callee = MethodIdentity.Normalize(invocation.TargetMethod);
        // A cheap filter first: every invocation in scope comes through here.
        if (!callee.IsGenericMethod || !callee.Parameters.Any(p => p.RefKind is RefKind.Ref or RefKind.Out && p.Type is ITypeParameterSymbol || ElementIsTypeParameter(p.Type))
            || !MethodIdentity.IsInSource(callee, compilation))
            yield break;
        foreach ((int destination, int value, bool isView) in Stores(callee, compilation))
        {
            if (Argument(invocation, destination) is { } stored && Argument(invocation, value) is { } given)
                yield return (stored, given, isView);
        }
    }

    /// <summary><c>T[]</c>, <c>Span&lt;T&gt;</c> and the other views of elements of a type parameter's type.</summary>
    private static bool ElementIsTypeParameter(ITypeSymbol type) =>
        type is IArrayTypeSymbol { ElementType: ITypeParameterSymbol }
        || (SlotWrites.IsView(type) && type is INamedTypeSymbol { TypeArguments.Length: 1 } view && view.TypeArguments[0] is ITypeParameterSymbol);

    /// <summary>
    /// The ordinals of (destination parameter, value parameter of a type parameter's type) pairs that the body joins:
    /// <c>target = value;</c> for a <c>ref</c>/<c>out</c> target, <c>destination[i] = value;</c> for a span or array one.
    /// </summary>
    private static IEnumerable<(int Destination, int Value, bool IsView)> Stores(IMethodSymbol callee, Compilation compilation)
    {
        foreach (SyntaxReference reference in callee.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax();
            if (SemanticModels.For(compilation, declaration.SyntaxTree).GetOperation(declaration) is not { } body)
                continue;
            foreach (ISimpleAssignmentOperation assignment in body.Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.IsRef
                    || assignment.Value.WithoutImplicitConversions() is not IParameterReferenceOperation { Parameter: { RefKind: RefKind.None or RefKind.In, Type: ITypeParameterSymbol } value }
                    || !Owns(callee, value))
                    continue;
                if (assignment.Target is IParameterReferenceOperation { Parameter: { RefKind: RefKind.Ref or RefKind.Out } target } && Owns(callee, target))
                    yield return (target.Ordinal, value.Ordinal, false);
                else if (ElementOwner(assignment.Target) is { } elements && ElementIsTypeParameter(elements.Type) && Owns(callee, elements))
                    yield return (elements.Ordinal, value.Ordinal, true);
            }
        }
    }

    /// <summary>The parameter whose element <paramref name="target"/> is: <c>destination[i]</c> of a span or array parameter.</summary>
    private static IParameterSymbol? ElementOwner(IOperation target) => target switch
    {
        IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation array } => array.Parameter,
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IParameterReferenceOperation view } => view.Parameter,
        _ => null,
    };

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
