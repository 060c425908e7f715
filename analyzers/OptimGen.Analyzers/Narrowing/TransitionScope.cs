using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The methods "inside a state transition": every <c>[Transition]</c> method of an <c>[Optimizer]</c> spec,
/// and every method, accessor, constructor and operator of the same compilation that one of them reaches
/// through calls, transitively. Lambdas and local functions belong to the method that contains them.
/// Computed once per compilation; calls through interfaces or virtual methods are not followed.
/// </summary>
internal sealed class TransitionScope
{
    private readonly HashSet<IMethodSymbol> methods;
    private readonly HashSet<INamedTypeSymbol> types = new(SymbolEqualityComparer.Default);

    private TransitionScope(HashSet<IMethodSymbol> methods)
    {
        this.methods = methods;
        foreach (IMethodSymbol method in methods)
            types.Add(method.ContainingType);
    }

    public int Count => methods.Count;

    /// <summary>The methods in scope, one symbol per body (for the precision rules, which walk them once).</summary>
    public IEnumerable<IMethodSymbol> Methods => methods;

    /// <summary>Whether some method of <paramref name="type"/> (not of its nested types) is in the scope.</summary>
    public bool HasMembersOf(INamedTypeSymbol type) => types.Contains(type.OriginalDefinition);

    public bool Contains(ISymbol owner) => owner is IMethodSymbol method && methods.Contains(Normalize(method));

    public static TransitionScope Compute(Compilation compilation, CancellationToken cancellationToken)
    {
        var reached = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IMethodSymbol>();
        foreach (IMethodSymbol transition in Transitions(compilation.Assembly.GlobalNamespace, cancellationToken))
            if (reached.Add(transition))
                pending.Push(transition);

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (IMethodSymbol callee in Callees(pending.Pop(), compilation, cancellationToken))
                if (reached.Add(callee))
                    pending.Push(callee);
        }

        return new TransitionScope(reached);
    }

    private static IEnumerable<IMethodSymbol> Transitions(INamespaceSymbol root, CancellationToken cancellationToken)
    {
        var types = new Stack<INamespaceOrTypeSymbol>();
        types.Push(root);
        while (types.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamespaceOrTypeSymbol current = types.Pop();
            foreach (INamespaceOrTypeSymbol member in current.GetMembers().OfType<INamespaceOrTypeSymbol>())
                types.Push(member);
            if (current is not INamedTypeSymbol type || !SpecConventions.HasAttribute(type, SpecConventions.OptimizerAttribute))
                continue;
            foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
                if (SpecConventions.HasAttribute(method, SpecConventions.TransitionAttribute))
                    yield return Normalize(method);
        }
    }

    /// <summary>The source methods that <paramref name="method"/>'s body calls, constructs, references or invokes as an operator.</summary>
    private static IEnumerable<IMethodSymbol> Callees(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            SyntaxNode body = reference.GetSyntax(cancellationToken);
            // The bodies of other methods are in other trees than the one being analyzed; with the analyzer
            // driver's caching semantic model provider, this model is the one the driver shares.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
            SemanticModel model = compilation.GetSemanticModel(body.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(body, cancellationToken) is not { } operation)
                continue;
            foreach (IOperation node in operation.DescendantsAndSelf())
            {
                foreach (IMethodSymbol? target in Targets(node))
                {
                    if (target is not null && IsInSource(target, compilation))
                        yield return Normalize(target);
                }
            }
        }
    }

    private static IEnumerable<IMethodSymbol?> Targets(IOperation node)
    {
        switch (node)
        {
            case IInvocationOperation invocation:
                yield return invocation.TargetMethod;
                break;
            case IObjectCreationOperation creation:
                yield return creation.Constructor;
                break;
            case IMethodReferenceOperation reference:
                yield return reference.Method;
                break;
            case IPropertyReferenceOperation property:
                yield return property.Property.GetMethod;
                yield return property.Property.SetMethod;
                break;
            case IBinaryOperation binary:
                yield return binary.OperatorMethod;
                break;
            case IUnaryOperation unary:
                yield return unary.OperatorMethod;
                break;
            case IConversionOperation conversion:
                yield return conversion.OperatorMethod;
                break;
            case ICompoundAssignmentOperation compound:
                yield return compound.OperatorMethod;
                break;
            case IIncrementOrDecrementOperation increment:
                yield return increment.OperatorMethod;
                break;
        }
    }

    private static bool IsInSource(IMethodSymbol method, Compilation compilation) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly)
        && !method.DeclaringSyntaxReferences.IsEmpty;

    /// <summary>One symbol per body: the definition of a generic or extension method, the implementation of a partial one.</summary>
    private static IMethodSymbol Normalize(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        return method.PartialImplementationPart ?? method;
    }
}
