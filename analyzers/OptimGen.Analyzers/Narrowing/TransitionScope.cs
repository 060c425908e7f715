using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The code "inside a state transition": every <c>[Transition]</c> method of an <c>[Optimizer]</c> spec and
/// everything it can run (<see cref="ScopeBuilder"/>): methods, accessors, constructors, operators, instance
/// initializers of constructed types, and lambdas stored in delegates it invokes. Lambdas and local functions
/// of a method in scope belong to it. Also carries what the walk learned on the way: the slots parameters are
/// bound to and the type arguments of generic code. Computed once per compilation.
/// </summary>
internal sealed class TransitionScope
{
    private readonly HashSet<IMethodSymbol> methods;
    private readonly HashSet<ISymbol> initializers;
    private readonly HashSet<SyntaxNode> lambdas;
    private readonly HashSet<ISymbol> lambdaOwners;
    private readonly HashSet<INamedTypeSymbol> types = new(SymbolEqualityComparer.Default);

    public TransitionScope(HashSet<IMethodSymbol> methods, HashSet<ISymbol> initializers, HashSet<SyntaxNode> lambdas, HashSet<ISymbol> lambdaOwners,
        ParameterBindings bindings, TypeInstantiations instantiations)
    {
        this.methods = methods;
        this.initializers = initializers;
        this.lambdas = lambdas;
        this.lambdaOwners = lambdaOwners;
        Bindings = bindings;
        Instantiations = instantiations;
        foreach (IMethodSymbol method in methods)
            types.Add(method.ContainingType.OriginalDefinition);
        foreach (ISymbol member in initializers)
            types.Add(member.ContainingType.OriginalDefinition);
        foreach (ISymbol owner in lambdaOwners)
            types.Add(owner.ContainingType.OriginalDefinition);
    }

    public int Count => methods.Count + initializers.Count + lambdas.Count;

    /// <summary>The methods in scope, one symbol per body (for the precision rules, which walk them once).</summary>
    public IEnumerable<IMethodSymbol> Methods => methods;

    /// <summary>The fields and properties whose initializers run in scope (of types constructed there).</summary>
    public IEnumerable<ISymbol> Initializers => initializers;

    /// <summary>The lambdas a delegate in scope can run, wherever they are written.</summary>
    public IEnumerable<SyntaxNode> Lambdas => lambdas;

    public ParameterBindings Bindings { get; }

    public TypeInstantiations Instantiations { get; }

    public static TransitionScope Compute(Compilation compilation, StateSlots slots, CancellationToken cancellationToken) =>
        new ScopeBuilder(compilation, slots, cancellationToken).Build();

    /// <summary>Whether something of <paramref name="type"/> (not of its nested types) is in the scope.</summary>
    public bool HasMembersOf(INamedTypeSymbol type) => types.Contains(type.OriginalDefinition);

    /// <summary>Whether the whole operation block of <paramref name="owner"/> is in the scope.</summary>
    public bool Contains(ISymbol owner) => owner switch
    {
        IMethodSymbol method => methods.Contains(MethodIdentity.Normalize(method)),
        IFieldSymbol or IPropertySymbol => initializers.Contains(owner.OriginalDefinition),
        _ => false,
    };

    /// <summary>Whether <paramref name="owner"/>'s block holds a lambda that a delegate in scope can run.</summary>
    public bool HasLambdasIn(ISymbol owner) => lambdaOwners.Contains(owner.OriginalDefinition);

    /// <summary>Whether <paramref name="operation"/> lies inside such a lambda.</summary>
    public bool IsInScopeLambda(IOperation operation)
    {
        for (IOperation? current = operation; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation function && lambdas.Contains(function.Syntax))
                return true;
        }

        return false;
    }
}
