using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Conventions;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Walks everything a <c>[Transition]</c> method can run, from the transitions outwards: methods it calls,
/// the implementations and overrides an interface or virtual call can dispatch to (constrained and static
/// abstract calls included), the lambdas and method groups stored in delegate fields and properties it uses,
/// the constructors and instance initializers of the types it constructs (by <c>new T()</c> too), operators, accessors, extension
/// and generic methods, the members of a custom enumerator that <c>foreach</c> calls, the <c>Dispose</c> a <c>using</c>
/// calls, and the interface members of source objects handed to library methods (<c>Array.Sort(keys, comparer)</c>). On the way it records
/// the type arguments generic code is instantiated with and which
/// parameters are bound to state slots. Runs once per compilation.
/// </summary>
internal sealed class ScopeBuilder
{
    private readonly Compilation compilation;
    private readonly CancellationToken cancellationToken;
    private readonly SlotWrites writes;
    private readonly DispatchTargets dispatch;
    private readonly DelegateSources delegateSources;

    private readonly HashSet<IMethodSymbol> methods = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> initializers = new(SymbolEqualityComparer.Default);
    private readonly HashSet<SyntaxNode> lambdas = new();
    private readonly HashSet<ISymbol> delegateMembers = new(SymbolEqualityComparer.Default);
    private readonly HashSet<(ISymbol Container, int Element)> delegateTupleElements = new();
    private readonly HashSet<ITypeSymbol> constructedTypes = new(SymbolEqualityComparer.Default);
    private readonly ParameterBindings bindings = new();
    private readonly TypeInstantiations instantiations = new();
    private readonly Stack<(SyntaxNode Node, IMethodSymbol? Method)> pending = new();
    private readonly HashSet<ITypeParameterSymbol> createdTypeParameters = new(SymbolEqualityComparer.Default);

    public ScopeBuilder(Compilation compilation, StateSlots slots, CancellationToken cancellationToken)
    {
        this.compilation = compilation;
        this.cancellationToken = cancellationToken;
        writes = new SlotWrites(slots, compilation, static () => ParameterBindings.Empty);
        dispatch = new DispatchTargets(compilation, cancellationToken);
        delegateSources = new DelegateSources(compilation, cancellationToken);
    }

    public TransitionScope Build()
    {
        foreach (IMethodSymbol transition in Transitions(compilation.Assembly.GlobalNamespace))
            AddMethod(transition);
        do
        {
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (node, method) = pending.Pop();
                Walk(node, method);
            }

            instantiations.Propagate();
        }
        while (AddCreatedByTypeParameters());

        bindings.Propagate();
        return new TransitionScope(methods, initializers, lambdas, bindings, instantiations);
    }

    private IEnumerable<IMethodSymbol> Transitions(INamespaceSymbol root)
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
                    yield return method;
        }
    }

    private void AddMethod(IMethodSymbol? method)
    {
        if (method is null)
            return;
        method = MethodIdentity.Normalize(method);
        if (!MethodIdentity.IsInSource(method, compilation) || !methods.Add(method))
            return;
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (ScopePieces.CodeOf(reference, cancellationToken) is { } code)
                pending.Push((code, method));
        }
    }

    /// <summary>A method as a call names it, and whatever the call can dispatch to instead.</summary>
    private ImmutableArray<IMethodSymbol> AddCallTargets(IMethodSymbol? target)
    {
        if (target is null)
            return ImmutableArray<IMethodSymbol>.Empty;
        instantiations.Record(target);
        ImmutableArray<IMethodSymbol> implementations = dispatch.Of(target);
        foreach (IMethodSymbol implementation in implementations)
        {
            // `quantizer.To<short>(x)` on an interface runs the implementation's own To<T> at T = short.
            if (target.IsGenericMethod && implementation.Arity == target.Arity)
                instantiations.Record(implementation.OriginalDefinition.Construct(target.TypeArguments.ToArray()));
        }

        ImmutableArray<IMethodSymbol> targets = implementations.Add(target);
        foreach (IMethodSymbol each in targets)
            AddMethod(each);
        return targets;
    }

    private void Walk(SyntaxNode node, IMethodSymbol? method)
    {
        SemanticModel model = SemanticModels.For(compilation, node.SyntaxTree);
        if (model.GetOperation(node, cancellationToken) is not { } root)
            return;
        foreach (IOperation operation in root.DescendantsAndSelf())
            Visit(operation, method, model);
    }

    private void Visit(IOperation operation, IMethodSymbol? method, SemanticModel model)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                ImmutableArray<IMethodSymbol> targets = AddCallTargets(invocation.TargetMethod);
                if (invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke && invocation.Instance is { } invoked)
                {
                    AddDelegateMember(invoked);
                    // The lambdas the delegate runs take the arguments as a called method would.
                    if (invocation.Arguments.Any(argument => IsBindable(argument.Parameter)))
                        targets = targets.AddRange(InvokedFunctions.Of(invoked, delegateSources, compilation));
                }

                Bind(invocation.Arguments, targets);
                BindHandedFunctions(invocation.Arguments, invocation.TargetMethod);
                BindReceiver(invocation.Instance, invocation.TargetMethod);
                AddLibraryCallbacks(invocation.TargetMethod, invocation.Arguments, invocation.Instance);
                break;
            case IObjectCreationOperation creation:
                if (creation.Type is INamedTypeSymbol created)
                    instantiations.Record(created);
                Bind(creation.Arguments, AddCallTargets(creation.Constructor));
                AddImplicitBaseConstructors(creation.Constructor);
                AddLibraryCallbacks(creation.Constructor, creation.Arguments, instance: null);
                AddInitializersOf(creation.Type);
                break;
            case ITypeParameterObjectCreationOperation { Type: ITypeParameterSymbol createdParameter }:
                createdTypeParameters.Add(createdParameter);
                break;
            case IUsingOperation usingStatement:
                foreach (IMethodSymbol dispose in UsingDisposal.Of(usingStatement.Resources, usingStatement.IsAsynchronous, compilation))
                    AddCallTargets(dispose);
                break;
            case IUsingDeclarationOperation usingDeclaration:
                foreach (IMethodSymbol dispose in UsingDisposal.Of(usingDeclaration.DeclarationGroup, usingDeclaration.IsAsynchronous, compilation))
                    AddCallTargets(dispose);
                break;
            case IMethodReferenceOperation reference:
                AddCallTargets(reference.Method);
                break;
            case IPropertyReferenceOperation property:
                // Only the accessors the reference runs: `state.Ring.Latest = n` sets, and does not read, the property.
                foreach (IMethodSymbol? accessor in PropertyAccessors.Run(property))
                {
                    AddCallTargets(accessor);
                    BindReceiver(property.Instance, accessor);
                }

                AddDelegateMember(property);
                AddDelegateContainer(property.Property, property.Type);
                break;
            case IFieldReferenceOperation field:
                AddDelegateMember(field);
                AddDelegateContainer(field.Field, field.Type);
                break;
            case IEventReferenceOperation raised:
                AddEventHandlers(raised.Event);
                break;
            case IBinaryOperation binary:
                AddCallTargets(binary.OperatorMethod);
                break;
            case IUnaryOperation unary:
                AddCallTargets(unary.OperatorMethod);
                break;
            case IConversionOperation conversion:
                AddCallTargets(conversion.OperatorMethod);
                break;
            case ICompoundAssignmentOperation compound:
                AddCallTargets(compound.OperatorMethod);
                break;
            case IIncrementOrDecrementOperation increment:
                AddCallTargets(increment.OperatorMethod);
                break;
            case IDeconstructionAssignmentOperation { Syntax: AssignmentExpressionSyntax syntax }:
                AddDeconstructors(model.GetDeconstructionInfo(syntax));
                break;
            case IRecursivePatternOperation { DeconstructSymbol: IMethodSymbol deconstruct }:
                // A positional pattern (`result is (var steps, var step)`) calls Deconstruct as a deconstruction does.
                AddCallTargets(deconstruct);
                break;
            case IForEachLoopOperation { Syntax: CommonForEachStatementSyntax loop }:
                // A custom enumerator's members run without being named: GetEnumerator, MoveNext, Current, Dispose.
                ForEachStatementInfo info = model.GetForEachStatementInfo(loop);
                AddCallTargets(info.GetEnumeratorMethod);
                AddCallTargets(info.MoveNextMethod);
                AddCallTargets(info.CurrentProperty?.GetMethod);
                AddCallTargets(info.DisposeMethod);
                // So does the user-defined conversion from each element to the loop variable (`foreach (int k in budgets)`).
                AddCallTargets(info.ElementConversion.MethodSymbol);
                break;
        }
    }

    /// <summary>Objects of source types that a library method receives as an interface it then calls (<see cref="LibraryCallbacks"/>).</summary>
    private void AddLibraryCallbacks(IMethodSymbol? target, ImmutableArray<IArgumentOperation> arguments, IOperation? instance)
    {
        if (target is null || MethodIdentity.IsInSource(MethodIdentity.Normalize(target), compilation))
            return;
        foreach (IArgumentOperation argument in arguments)
        {
            foreach (IMethodSymbol callback in LibraryCallbacks.Of(argument.Value, compilation).Concat(LibraryCallbacks.OfElements(argument.Value, compilation)))
                AddCallTargets(callback);
        }

        if (instance is not null)
        {
            foreach (IMethodSymbol callback in LibraryCallbacks.OfElements(instance, compilation))
                AddCallTargets(callback);
        }
    }

    /// <summary>A parameter a slot can be bound to: <c>ref</c>/<c>out</c>, or an array, span or pointer.</summary>
    /// <summary>
    /// A lambda or method group given to a method that invokes it on its own <c>ref</c>/<c>out</c>, array or span parameters
    /// (<see cref="HandedFunctions"/>): the function's parameters take what this call gives those parameters.
    /// </summary>
    private void BindHandedFunctions(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol callee)
    {
        foreach (IArgumentOperation handed in arguments)
        {
            if (handed.Parameter is not { Type.TypeKind: TypeKind.Delegate } delegateParameter || HandedFunctions.Of(handed) is not { } function)
                continue;
            foreach ((IArgumentOperation inner, IParameterSymbol given) in HandedFunctions.InvocationsIn(callee, delegateParameter, compilation, cancellationToken))
            {
                if (!IsBindable(inner.Parameter) || arguments.FirstOrDefault(a => a.Parameter?.Ordinal == given.Ordinal) is not { } outer)
                    continue;
                bool byReference = inner.Parameter!.RefKind is RefKind.Ref or RefKind.Out;
                foreach (WriteRoot root in writes.Roots(outer.Value, elements: !byReference, call: null, depth: 0))
                {
                    if (root.Slot is { } slot)
                        bindings.Bind(function, inner.Parameter.Ordinal, slot);
                    else
                        bindings.Forward(root.Parameter!, function, inner.Parameter.Ordinal);
                }
            }
        }
    }

    private static bool IsBindable(IParameterSymbol? parameter) =>
        parameter is not null
        && (parameter.RefKind is RefKind.Ref or RefKind.Out || parameter.Type is IArrayTypeSymbol or IPointerTypeSymbol || SlotWrites.IsView(parameter.Type));

    /// <summary>
    /// A C# 14 extension block's receiver given a slot or a view of one (or this method's own bound parameter), by a call of
    /// one of the block's methods or an access to one of its properties (<c>state.Ring.Latest = n</c>).
    /// </summary>
    private void BindReceiver(IOperation? receiver, IMethodSymbol? target)
    {
        if (receiver is null || target is null || ExtensionReceivers.ReceiverOf(target, compilation) is not { } parameter)
            return;
        bool byReference = parameter.RefKind is RefKind.Ref or RefKind.Out;
        if (!byReference && parameter.Type is not IArrayTypeSymbol && !SlotWrites.IsView(parameter.Type))
            return;
        foreach (WriteRoot root in writes.Roots(receiver, elements: !byReference, call: null, depth: 0))
        {
            if (root.Slot is { } slot)
                bindings.BindReceiver(target, slot);
            else
                bindings.ForwardToReceiver(root.Parameter!, target);
        }
    }

    /// <summary><c>ref</c>/<c>out</c>, array and span arguments that are slots (or this method's own bound parameters).</summary>
    private void Bind(ImmutableArray<IArgumentOperation> arguments, ImmutableArray<IMethodSymbol> targets)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is not { } parameter || !IsBindable(parameter))
                continue;
            bool byReference = parameter.RefKind is RefKind.Ref or RefKind.Out;
            foreach (WriteRoot root in writes.Roots(argument.Value, elements: !byReference, call: null, depth: 0))
            {
                foreach (IMethodSymbol target in targets)
                {
                    if (root.Slot is { } slot)
                        bindings.Bind(target, parameter.Ordinal, slot);
                    else
                        bindings.Forward(root.Parameter!, target, parameter.Ordinal);
                }
            }
        }
    }

    /// <summary>
    /// A delegate-typed field or property used in scope, or a primary constructor's parameter its type's members use:
    /// whatever is stored in it can run here.
    /// </summary>
    private void AddDelegateMember(IOperation reference)
    {
        if (reference is IFieldReferenceOperation { Field: { ContainingType.IsTupleType: true } element } tupleElement)
        {
            if (reference.Type?.TypeKind == TypeKind.Delegate)
                AddDelegateTupleElement(element, tupleElement.Instance);
            return;
        }

        if (reference.Type?.TypeKind != TypeKind.Delegate)
            return;
        ISymbol? member = reference switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter }
                when IsPrimaryConstructor(constructor) => parameter,
            _ => null,
        };
        if (member is null || member.DeclaringSyntaxReferences.IsEmpty
            || !delegateMembers.Add(member.OriginalDefinition))
            return;
        Run(delegateSources.Of(member.OriginalDefinition));
    }

    /// <summary>
    /// A field or property holding delegates (optax's join_schedules as <c>Func&lt;Integer, Real&gt;[] Schedules</c>, a
    /// <c>List&lt;Func&lt;Real, Real&gt;&gt;</c> of hooks, a dictionary of rules) used in scope: indexed, enumerated or handed on,
    /// any delegate stored in it can run here.
    /// </summary>
    private void AddDelegateContainer(ISymbol member, ITypeSymbol? type)
    {
        if (!DelegateSources.HoldsDelegates(type) || member.DeclaringSyntaxReferences.IsEmpty
            || !delegateMembers.Add(member.OriginalDefinition))
            return;
        Run(delegateSources.InElementsOf(member.OriginalDefinition));
    }

    /// <summary>An event raised in scope: the handlers subscribed to it anywhere in the compilation run here.</summary>
    private void AddEventHandlers(IEventSymbol raised)
    {
        if (raised.DeclaringSyntaxReferences.IsEmpty || !delegateMembers.Add(raised.OriginalDefinition))
            return;
        Run(delegateSources.Of(raised.OriginalDefinition));
    }

    /// <summary>Code that a delegate stored in scope can run: its lambdas become scope pieces, and the rest is walked for method groups and calls.</summary>
    private void Run(IEnumerable<ExpressionSyntax> sources)
    {
        foreach (ExpressionSyntax source in sources)
        {
            lambdas.UnionWith(source.DescendantNodesAndSelf().OfType<AnonymousFunctionExpressionSyntax>());
            pending.Push((source, null));
        }
    }

    /// <summary>A delegate element of a tuple-typed field or property (<c>tx.Update</c>): what is stored at that element can run here.</summary>
    private void AddDelegateTupleElement(IFieldSymbol element, IOperation? tuple)
    {
        ISymbol? container = tuple switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        int index = IndexOfUnderlying(element.ContainingType.TupleElements, element.CorrespondingTupleField ?? element);
        if (container is null || index < 0 || container.DeclaringSyntaxReferences.IsEmpty
            || !delegateTupleElements.Add((container.OriginalDefinition, index)))
            return;
        Run(delegateSources.OfTupleElement(container.OriginalDefinition, index));
    }

    private static int IndexOfUnderlying(ImmutableArray<IFieldSymbol> elements, IFieldSymbol underlying)
    {
        for (int i = 0; i < elements.Length; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(elements[i].CorrespondingTupleField, underlying))
                return i;
        }

        return -1;
    }

    /// <summary>A class's or struct's primary constructor: declared by the type's own parameter list.</summary>
    private bool IsPrimaryConstructor(IMethodSymbol constructor)
    {
        foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { ParameterList: not null })
                return true;
        }

        return false;
    }

    /// <summary>
    /// <c>new T()</c> runs the parameterless constructor (and initializers) of each type <c>T</c> is instantiated with, known
    /// once the scope walked so far is propagated; true when that put more code in scope to walk.
    /// </summary>
    private bool AddCreatedByTypeParameters()
    {
        foreach (ITypeParameterSymbol parameter in createdTypeParameters)
        {
            foreach (ITypeSymbol type in instantiations.Of(parameter))
            {
                if (type is not INamedTypeSymbol named)
                    continue;
                IMethodSymbol? parameterless = named.InstanceConstructors.FirstOrDefault(constructor => constructor.Parameters.IsEmpty);
                AddCallTargets(parameterless);
                AddImplicitBaseConstructors(parameterless);
                AddInitializersOf(named);
            }
        }

        return pending.Count > 0;
    }

    /// <summary>
    /// A constructor the compiler declares (a class that writes none) calls its base class's parameterless constructor, which
    /// no syntax shows; so does that one when it is implicit too.
    /// </summary>
    private void AddImplicitBaseConstructors(IMethodSymbol? constructor)
    {
        while (constructor is { IsImplicitlyDeclared: true, ContainingType.BaseType: { } baseType }
               && SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, compilation.Assembly))
        {
            constructor = baseType.InstanceConstructors.FirstOrDefault(candidate => candidate.Parameters.IsEmpty);
            AddCallTargets(constructor);
        }
    }

    /// <summary>Constructing a type runs its instance field and property initializers, and its base classes'.</summary>
    private void AddInitializersOf(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || !constructedTypes.Add(named.OriginalDefinition)
            || !SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, compilation.Assembly))
            return;
        AddInitializersOf(named.BaseType);
        foreach (ISymbol member in named.OriginalDefinition.GetMembers())
        {
            if (member.IsStatic || member is not (IFieldSymbol or IPropertySymbol))
                continue;
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                if (ScopePieces.InitializerOf(reference, cancellationToken) is { } initializer && initializers.Add(member))
                    pending.Push((initializer, null));
            }
        }
    }

    private void AddDeconstructors(DeconstructionInfo info)
    {
        AddCallTargets(info.Method);
        foreach (DeconstructionInfo nested in info.Nested)
            AddDeconstructors(nested);
    }
}
