using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Specs.Reading;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Which state slots a write reaches. A location (an assignment's left side, a <c>ref</c>/<c>out</c> argument)
/// is a slot when it is a field of a generated <c>State</c>, an element of an array slot, an element of a view
/// of one (a span over it, <c>AsSpan</c>, <c>Slice</c>, a range, a local or a helper's return value that is such a
/// view), a <c>ref</c> local or <c>ref</c> return aliasing one, a pointer that a <c>fixed</c> statement takes from one
/// (<see cref="PointerAlias"/>), or a <c>ref</c>/<c>out</c>, array or span parameter
/// that some call in scope binds to one (<see cref="ParameterBindings"/>). One instance per compilation.
/// </summary>
internal sealed class SlotWrites
{
    private const int MaxDepth = 8;

    private readonly StateSlots slots;
    private readonly Compilation compilation;
    private readonly Func<ParameterBindings> bindings;

    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> memberViews = new(SymbolEqualityComparer.Default);
    private readonly Func<ISymbol, ImmutableArray<IOperation>> findMemberViews;

    public SlotWrites(StateSlots slots, Compilation compilation, Func<ParameterBindings> bindings)
    {
        this.slots = slots;
        this.compilation = compilation;
        this.bindings = bindings;
        findMemberViews = FindMemberViews;
    }

    /// <summary>The slots a value stored into <paramref name="location"/> lands in; empty when none.</summary>
    public ImmutableArray<StateSlot> Targets(IOperation location) => Resolve(Roots(location, elements: false, call: null, depth: 0));

    /// <summary>The slots whose elements <paramref name="view"/> (an array, span or memory) lets code write.</summary>
    public ImmutableArray<StateSlot> ViewedBy(IOperation view) => Resolve(Roots(view, elements: true, call: null, depth: 0));

    /// <summary>
    /// What a location or view is rooted in: slots, or parameters of the method it appears in (the scope
    /// builder turns those into forwarded bindings). Parameters of <paramref name="call"/>'s target stand for
    /// the call's arguments, and those of the constructor of <paramref name="call"/> when it is an object creation (the
    /// object a helper's field or property is read from).
    /// </summary>
    public IEnumerable<WriteRoot> Roots(IOperation operation, bool elements, IOperation? call, int depth)
    {
        if (depth > MaxDepth)
            return Array.Empty<WriteRoot>();
        if (ImplicitReceivers.StandsFor(operation.WithoutImplicitConversions()) is { } receiver)
            return Roots(receiver, elements, call, depth + 1);
        return elements ? ViewRoots(operation.WithoutImplicitConversions(), call, depth) : LocationRoots(operation, call, depth);
    }

    private IEnumerable<WriteRoot> LocationRoots(IOperation location, IOperation? call, int depth)
    {
        switch (location)
        {
            case IFieldReferenceOperation field:
                if (field.Type is not IArrayTypeSymbol && slots.Find(field.Field) is { } slot)
                    return new[] { new WriteRoot(slot) };
                // A ref field of a helper (`ref struct Cursor { public ref Integer Target; }`): what its type ref-assigns to it.
                if (field.Field.RefKind != RefKind.None)
                    return HeldBy(field, elements: false, call, depth);
                break;
            case IArrayElementReferenceOperation element:
                return Roots(element.ArrayReference, elements: true, call, depth + 1);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } indexed } when IsView(indexed.Type):
                return Roots(indexed, elements: true, call, depth + 1);
            case IImplicitIndexerReferenceOperation { Instance: { } indexed } when !IsView(location.Type):
                return Roots(indexed, elements: true, call, depth + 1);
            case ILocalReferenceOperation { Local.IsRef: true } local:
                // A ref local aliases what its initializer and its ref reassignments refer to (another ref local too); a
                // foreach-by-ref variable aliases each element of the collection it walks.
                if (ForEachLoop(local) is ({ } loop, { } model))
                    return ForEachReferents(loop, model, call, depth);
                return LocalViews.ReferentsOf(local).SelectMany(referent => Roots(referent, elements: false, call, depth + 1));
            case IParameterReferenceOperation parameter:
                if (Argument(call, parameter.Parameter) is { } argument)
                    return Roots(argument, elements: false, call: null, depth + 1);
                if (parameter.Parameter.RefKind is RefKind.Ref or RefKind.Out)
                    return new[] { new WriteRoot(parameter.Parameter) };
                break;
            case IInvocationOperation { TargetMethod.ReturnsByRef: true } invocation:
                if (MemoryAlias.Recognize(invocation) is { } alias)
                    return Roots(alias.Source, alias.SourceIsView, call, depth + 1);
                return Returned(invocation.TargetMethod, invocation, elements: false, depth);
            case IPropertyReferenceOperation { Property: { ReturnsByRef: true, GetMethod: { } refGetter } }:
                // A helper's ref indexer or property: `public ref Real this[int i] => ref values[i];`.
                return Returned(refGetter, call: null, elements: false, depth);
            case IConditionalOperation { IsRef: true, WhenFalse: { } whenFalse } conditional:
                return Roots(conditional.WhenTrue, elements: false, call, depth + 1).Concat(Roots(whenFalse, elements: false, call, depth + 1));
            case { Kind: OperationKind.None } when PointerAlias.Recognize(location) is { } pointed:
                // Unsafe code: `p[i] = x` for a `fixed (Integer* p = state.Ring)`.
                return Roots(pointed.Source, pointed.SourceIsView, call, depth + 1);
        }

        return Array.Empty<WriteRoot>();
    }

    private IEnumerable<WriteRoot> ViewRoots(IOperation view, IOperation? call, int depth)
    {
        switch (view)
        {
            case IFieldReferenceOperation field when field.Type is IArrayTypeSymbol || IsView(field.Type):
                if (field.Type is IArrayTypeSymbol && slots.Find(field.Field) is { } slot)
                    return new[] { new WriteRoot(slot) };
                // A helper type's array or span field (a ref struct window over a slot): what its own code stores in it,
                // and what the code around the local it is read from stores (its object initializer, `memory.Ring = ...`).
                return HeldBy(field, elements: true, call, depth)
                    .Concat(MemberAssignments.Of(field).SelectMany(stored => Roots(stored, elements: true, call, depth + 1)));
            case IParameterReferenceOperation parameter:
                if (Argument(call, parameter.Parameter) is { } argument)
                    return Roots(argument, elements: true, call: null, depth + 1);
                if (parameter.Type is IArrayTypeSymbol or IPointerTypeSymbol || IsView(parameter.Type))
                    return new[] { new WriteRoot(parameter.Parameter) };
                break;
            case { Type: IPointerTypeSymbol } pointer when PointerAlias.Of(pointer) is { } pointed:
                // A pointer handed to a helper: `Stamp(ring, ...)` for `fixed (Integer* ring = state.Ring)`.
                return Roots(pointed.Source, pointed.SourceIsView, call, depth + 1);
            case ILocalReferenceOperation local when local.Type is IArrayTypeSymbol || IsView(local.Type):
                // What can reach this read: `target = scratch;` before it hides an earlier `target = state.Ring;`.
                return (ReachingValues.At(local) ?? LocalViews.ValuesOf(local)).SelectMany(value => Roots(value, elements: true, call, depth + 1))
                    .Concat(LocalViews.OutArgumentsOf(local).SelectMany(bound => AssignedTo(bound.Parameter, bound.Call, depth)))
                    .Concat(Deconstructed(local, depth));
            case IInvocationOperation invocation:
                if (MemoryAlias.Recognize(invocation) is { } start && IsView(invocation.Type))
                    return Roots(start.Source, start.SourceIsView, call, depth + 1);
                string name = invocation.TargetMethod.Name;
                if (name is "AsSpan" or "AsMemory" && (invocation.Instance ?? FirstArgument(invocation)) is { } viewed)
                    return Roots(viewed, elements: true, call, depth + 1);
                if (name == "Slice" && invocation.Instance is { } sliced)
                    return Roots(sliced, elements: true, call, depth + 1);
                if (IsView(invocation.Type) || invocation.Type is IArrayTypeSymbol)
                    return Returned(invocation.TargetMethod, invocation, elements: true, depth);
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation container, Arguments: { Length: 1 } arguments } held
                when held.Type is IArrayTypeSymbol || IsView(held.Type):
                // `buffers[0][i] = x` for `var buffers = new List<Real[]> { state.Velocity };`: the views stored in the local collection.
                return HeldViews(container, arguments[0].Value).SelectMany(stored => Roots(stored, elements: true, call, depth + 1));
            case IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation container, Indices: { Length: 1 } indices } held
                when held.Type is IArrayTypeSymbol || IsView(held.Type):
                // The same for a jagged array local: `Real[][] rows = [state.Velocity, state.Second];`.
                return HeldViews(container, indices[0]).SelectMany(stored => Roots(stored, elements: true, call, depth + 1));
            case IPropertyReferenceOperation { Property.Name: "Span", Instance: { } memory } when IsMemory(memory.Type):
                return Roots(memory, elements: true, call, depth + 1);
            case IPropertyReferenceOperation { Property.GetMethod: { } viewGetter } property:
                // A helper's property returning a view (`public Span<Real> Values => values;`), or an auto-property the code
                // around the local it is read from sets (`new LbfgsMemory { Ring = state.Ring }`).
                return Holders(property.Instance).SelectMany(holder => Returned(viewGetter, holder, elements: true, depth)
                        .Concat(MemberAssignments.SetByDeclaration(property) ? Array.Empty<WriteRoot>() : StoredPropertyRoots(property.Property, holder ?? call, depth)))
                    .Concat(MemberAssignments.Of(property).SelectMany(stored => Roots(stored, elements: true, call, depth + 1)));
            case IImplicitIndexerReferenceOperation { Instance: { } ranged }:
                return Roots(ranged, elements: true, call, depth + 1);
            case IObjectCreationOperation creation when IsView(creation.Type) && creation.Arguments.Length > 0:
                // `new Span<Integer>(state.Ring, 1, 3)` views an array; `new Span<Integer>(ref state.Count)` one location.
                return Roots(creation.Arguments[0].Value, elements: creation.Arguments[0].Parameter?.RefKind is not RefKind.Ref, call, depth + 1);
            case IConversionOperation { Operand: { } converted } cast when IsView(cast.Type):
                // `((Span<Integer>)state.Ring)[0]`: a written cast to a view type views what it converts.
                return Roots(converted, elements: true, call, depth + 1);
            case IConditionalOperation or ISwitchExpressionOperation or ICoalesceOperation:
                // A view chosen by `c ? a : b`, a switch expression's arms or `cached ?? state.Ring`: any of them.
                return ValueShapes.Arms(view, ValueShapes.WithoutImplicitConversions).SelectMany(arm => Roots(arm, elements: true, call, depth + 1));
        }

        return Array.Empty<WriteRoot>();
    }

    /// <summary>
    /// What a helper's field holds, as read from <paramref name="field"/>'s object: what the type's own code stores in it
    /// (<see cref="MemberViews"/>), with the constructor's parameters standing for the arguments of the <c>new</c>s that
    /// object can come from when it is read through a local (a local's object was given its views by its own <c>new</c>,
    /// not by other objects' of its type), else for <paramref name="call"/>'s.
    /// </summary>
    private IEnumerable<WriteRoot> HeldBy(IFieldReferenceOperation field, bool elements, IOperation? call, int depth) =>
        Holders(field.Instance).SelectMany(holder => MemberViews(field.Field).SelectMany(stored => Roots(stored, elements, holder ?? call, depth + 1)));

    /// <summary>The <c>new</c>s an instance read through a local can come from (<see cref="CreatedObjects"/>); one null when that is unknown.</summary>
    private static IEnumerable<IOperation?> Holders(IOperation? instance) =>
        (IEnumerable<IOperation?>?)CreatedObjects.Of(instance) ?? new IOperation?[] { null };

    /// <summary>
    /// The views a local collection may hold at <paramref name="position"/>: the one element listed there when the index is a
    /// constant and the collection's elements never move, else every element stored in it.
    /// </summary>
    private static IEnumerable<IOperation> HeldViews(ILocalReferenceOperation container, IOperation position) =>
        position.ConstantValue is { HasValue: true, Value: int index } && LocalViews.ElementAt(container, index) is { } listed
            ? new[] { listed }
            : LocalViews.ElementsOf(container);

    /// <summary>What a source method (or property getter) returns by <c>ref</c>, or the view it returns, seen from <paramref name="call"/> when it is one.</summary>
    private IEnumerable<WriteRoot> Returned(IMethodSymbol method, IOperation? call, bool elements, int depth) =>
        SourceBodies.ReturnedValues(compilation, method).SelectMany(value => Roots(value, elements, call, depth + 1));

    /// <summary>What a source method assigns to its <c>out</c> parameter, seen from <paramref name="call"/>: <c>ring = state.Ring;</c>.</summary>
    private IEnumerable<WriteRoot> AssignedTo(IParameterSymbol parameter, IInvocationOperation call, int depth) =>
        SourceBodies.AssignedToParameter(compilation, call.TargetMethod, parameter.Ordinal).SelectMany(value => Roots(value, elements: true, call, depth + 1));

    private ImmutableArray<StateSlot> Resolve(IEnumerable<WriteRoot> roots)
    {
        ImmutableArray<StateSlot>.Builder? found = null;
        foreach (WriteRoot root in roots)
        {
            IEnumerable<StateSlot> resolved = root.Slot is { } slot ? new[] { slot } : bindings().Of(root.Parameter!);
            foreach (StateSlot each in resolved)
            {
                found ??= ImmutableArray.CreateBuilder<StateSlot>();
                if (!found.Contains(each))
                    found.Add(each);
            }
        }

        return found?.ToImmutable() ?? ImmutableArray<StateSlot>.Empty;
    }

    /// <summary>The argument a call passes for <paramref name="parameter"/>, when the parameter is its target's.</summary>
    private static IOperation? Argument(IOperation? call, IParameterSymbol parameter)
    {
        // An extension block's receiver is the call's receiver.
        if (call is IInvocationOperation invocation && ExtensionReceivers.IsReceiverOf(parameter, invocation.TargetMethod))
            return invocation.Instance;
        (IMethodSymbol? target, ImmutableArray<IArgumentOperation> arguments) = call switch
        {
            IInvocationOperation called => (called.TargetMethod, called.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } created => (constructor, created.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (target is null || parameter.ContainingSymbol is not IMethodSymbol owner
            || !SymbolEqualityComparer.Default.Equals(MethodIdentity.Normalize(owner), MethodIdentity.Normalize(target)))
            return null;
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter?.Ordinal == parameter.Ordinal)
                return argument.Value;
        }

        return null;
    }

    private static IOperation? FirstArgument(IInvocationOperation invocation) =>
        invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;

    /// <summary>
    /// What a helper type's auto-property holds, as for a field (<see cref="MemberViews"/>): what the type's own code stores
    /// in it (<c>public PairMemory(Integer[] ring) => Ring = ring;</c>), and for a positional record's property the primary
    /// constructor's parameter, which the scope binds at each <c>new Buffers(state.Velocity)</c>. A property with a body
    /// is followed through what its getter returns instead.
    /// </summary>
    private IEnumerable<WriteRoot> StoredPropertyRoots(IPropertySymbol property, IOperation? call, int depth)
    {
        property = property.OriginalDefinition;
        IEnumerable<WriteRoot> roots = Array.Empty<WriteRoot>();
        foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax())
            {
                case ParameterSyntax positional
                    when SemanticModels.For(compilation, positional.SyntaxTree).GetDeclaredSymbol(positional) is IParameterSymbol parameter
                    && (parameter.Type is IArrayTypeSymbol || IsView(parameter.Type)):
                    roots = roots.Concat(Argument(call, parameter) is { } given
                        ? Roots(given, elements: true, call: null, depth + 1)
                        : new[] { new WriteRoot(parameter) });
                    break;
                case PropertyDeclarationSyntax { ExpressionBody: null, AccessorList.Accessors: var accessors }
                    when accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null):
                    roots = roots.Concat(MemberViews(property).SelectMany(stored => Roots(stored, elements: true, call, depth + 1)));
                    break;
            }
        }

        return roots;
    }

    /// <summary>
    /// The values a helper type's own code stores in its array or span field or auto-property, or ref-assigns to its ref
    /// field: its initializer and the assignments in its declarations (a constructor's <c>this.values = values;</c> or
    /// <c>Target = ref target;</c>), whose parameters the scope binds at each <c>new</c>. Not a field of the generated
    /// State, and not assignments from outside the type.
    /// </summary>
    private ImmutableArray<IOperation> MemberViews(ISymbol member) => memberViews.GetOrAdd(member.OriginalDefinition, findMemberViews);

    private ImmutableArray<IOperation> FindMemberViews(ISymbol member)
    {
        if (member.IsStatic || member.ContainingType is not { } type || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            return ImmutableArray<IOperation>.Empty;
        ImmutableArray<IOperation>.Builder stored = ImmutableArray.CreateBuilder<IOperation>();
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            // OptimGen's own output (a spec's generated part) stores nothing of the user's in the user's fields.
            if (OptimGenOutput.IsOptimGenOutput(reference.SyntaxTree))
                continue;
            SemanticModel model = SemanticModels.For(compilation, reference.SyntaxTree);
            foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
            {
                ExpressionSyntax? value = node switch
                {
                    AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                        when SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left).Symbol?.OriginalDefinition, member) => assignment.Right,
                    VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator
                        when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator)?.OriginalDefinition, member) => initial,
                    PropertyDeclarationSyntax { Initializer.Value: { } initial } declaration
                        when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declaration)?.OriginalDefinition, member) => initial,
                    _ => null,
                };
                if (value is RefExpressionSyntax refAssigned)
                    value = refAssigned.Expression;
                if (value is not null && model.GetOperation(value) is { } operation)
                    stored.Add(operation);
            }
        }

        return stored.ToImmutable();
    }

    /// <summary>The <c>foreach (ref T x in ...)</c> loop declaring a variable, when the loop is in the tree being analyzed.</summary>
    private static (ForEachStatementSyntax? Loop, SemanticModel? Model) ForEachLoop(ILocalReferenceOperation reference) =>
        reference.SemanticModel is { } model
        && reference.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ForEachStatementSyntax loop
        && loop.SyntaxTree == model.SyntaxTree
            ? (loop, model)
            : (null, null);

    /// <summary>
    /// What a <c>foreach (ref T x in ...)</c> variable aliases: what the source enumerator's <c>ref</c> <c>Current</c> returns
    /// (<c>public ref Integer Current => ref ring[index];</c> of a window over a slot), or else each element of the collection
    /// it walks (an array or a span of a slot).
    /// </summary>
    private IEnumerable<WriteRoot> ForEachReferents(ForEachStatementSyntax loop, SemanticModel model, IOperation? call, int depth)
    {
        if (model.GetForEachStatementInfo(loop).CurrentProperty is { ReturnsByRef: true, GetMethod: { } current }
            && MethodIdentity.IsInSource(current, compilation))
            return Returned(current, call: null, elements: false, depth);
        return model.GetOperation(loop.Expression) is { } collection ? Roots(collection, elements: true, call, depth + 1) : Array.Empty<WriteRoot>();
    }

    /// <summary>
    /// A view a deconstruction gives a local through a <c>Deconstruct</c> method: what a source one assigns to that <c>out</c>
    /// parameter, or for a positional record's own the property of that name (<c>var (m, v) = new Moments(state.Velocity, ...);</c>).
    /// </summary>
    private IEnumerable<WriteRoot> Deconstructed(ILocalReferenceOperation local, int depth)
    {
        if (LocalViews.DeclaredInTree(local) is not (SingleVariableDesignationSyntax designation, { } model)
            || DeconstructedLocals.Deconstructor(designation, model) is not ({ } method, int index))
            return Array.Empty<WriteRoot>();
        if (MethodIdentity.IsInSource(method, compilation) && !method.IsImplicitlyDeclared)
            return SourceBodies.AssignedToParameter(compilation, method, index).SelectMany(value => Roots(value, elements: true, call: null, depth + 1));
        return method.ContainingType.GetMembers(method.Parameters[index].Name).OfType<IPropertySymbol>()
            .SelectMany(property => StoredPropertyRoots(property, call: null, depth));
    }

    private static bool IsMemory(ITypeSymbol? type) => IsView(type) && type!.Name == "Memory";

    /// <summary><c>Span&lt;T&gt;</c>, <c>Memory&lt;T&gt;</c> or <c>ArraySegment&lt;T&gt;</c>: a writable window on someone else's elements.</summary>
    public static bool IsView(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Arity: 1, Name: "Span" or "Memory" or "ArraySegment", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
}
