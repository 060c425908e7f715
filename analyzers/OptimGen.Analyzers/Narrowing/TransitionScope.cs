using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The code "inside a state transition": every <c>[Transition]</c> method of an <c>[Optimizer]</c> spec and
/// everything it can run (<see cref="ScopeBuilder"/>): methods, accessors, constructors, operators, instance
/// initializers of constructed types, and lambdas stored in delegates it invokes. Lambdas and local functions
/// of a method in scope belong to it. Also carries what the walk learned on the way: the slots parameters are
/// bound to and the type arguments of generic code. Computed once per compilation; the rules walk it as
/// <see cref="ScopePieces"/>.
/// </summary>
internal sealed class TransitionScope
{
    private readonly HashSet<IMethodSymbol> methods;
    private readonly HashSet<ISymbol> initializers;
    private readonly HashSet<SyntaxNode> lambdas;

    public TransitionScope(HashSet<IMethodSymbol> methods, HashSet<ISymbol> initializers, HashSet<SyntaxNode> lambdas,
        ParameterBindings bindings, TypeInstantiations instantiations)
    {
        this.methods = methods;
        this.initializers = initializers;
        this.lambdas = lambdas;
        Bindings = bindings;
        Instantiations = instantiations;
    }

    public int Count => methods.Count + initializers.Count + lambdas.Count;

    /// <summary>The methods in scope, one symbol per body.</summary>
    public IEnumerable<IMethodSymbol> Methods => methods;

    /// <summary>The fields and properties whose initializers run in scope (of types constructed there).</summary>
    public IEnumerable<ISymbol> Initializers => initializers;

    /// <summary>The lambdas a delegate in scope can run, wherever they are written.</summary>
    public IEnumerable<SyntaxNode> Lambdas => lambdas;

    public ParameterBindings Bindings { get; }

    public TypeInstantiations Instantiations { get; }

    public static TransitionScope Compute(Compilation compilation, StateSlots slots, CancellationToken cancellationToken) =>
        new ScopeBuilder(compilation, slots, cancellationToken).Build();
}
