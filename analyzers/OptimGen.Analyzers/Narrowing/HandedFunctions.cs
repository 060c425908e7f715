using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A lambda or method group handed to a method of the compilation that invokes it on its own parameters:
/// <c>WithSlot(ref state.NumLinesearchSteps, (ref Integer slot) =&gt; slot = steps)</c> for
/// <c>static void WithSlot(ref Integer slot, Store store) =&gt; store(ref slot);</c>. What this call gives the method's
/// parameter is what the function's parameter gets, call by call (another call's lambda is not given this call's slot).
/// </summary>
internal static class HandedFunctions
{
    /// <summary>The function an argument hands over, if it is a lambda or a method group.</summary>
    public static IMethodSymbol? Of(IArgumentOperation argument) =>
        argument.Value.WithoutImplicitConversions() is IDelegateCreationOperation { Target: var target }
            ? target switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                IMethodReferenceOperation group => group.Method,
                _ => null,
            }
            : null;

    /// <summary>
    /// The invocations of <paramref name="delegateParameter"/> in <paramref name="callee"/>'s own code, with, for each of
    /// their arguments that is one of <paramref name="callee"/>'s parameters, that parameter and the delegate's ordinal.
    /// </summary>
    public static IEnumerable<(IArgumentOperation Inner, IParameterSymbol Given)> InvocationsIn(
        IMethodSymbol callee, IParameterSymbol delegateParameter, Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        IMethodSymbol definition = MethodIdentity.Normalize(callee).OriginalDefinition;
        if (!MethodIdentity.IsInSource(definition, compilation))
            yield break;
        foreach (SyntaxReference reference in definition.DeclaringSyntaxReferences)
        {
            if (ScopePieces.CodeOf(reference, cancellationToken) is not { } code
                || SemanticModels.For(compilation, code.SyntaxTree).GetOperation(code, cancellationToken) is not { } root)
                continue;
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                if (operation is not IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: { } instance } invocation
                    || instance.WithoutImplicitConversions() is not IParameterReferenceOperation { Parameter: var invoked }
                    || !SymbolEqualityComparer.Default.Equals(invoked.OriginalDefinition, delegateParameter.OriginalDefinition))
                    continue;
                foreach (IArgumentOperation inner in invocation.Arguments)
                {
                    if (inner.Value.WithoutImplicitConversions() is IParameterReferenceOperation { Parameter: var given }
                        && SymbolEqualityComparer.Default.Equals(given.ContainingSymbol.OriginalDefinition, definition))
                        yield return (inner, given);
                }
            }
        }
    }
}
