using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Specs;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// OPT0005: a scalar slot declared <c>Real</c> or <c>float</c> that a transition counts with: <c>state.Steps++</c>,
/// <c>--</c>, <c>+= 1</c>, <c>-= 1</c>, or <c>state.Steps = state.Steps + 1</c> (also under a cast to its own type,
/// through a local that holds <c>state.Steps + 1</c> as Adam's <c>count_inc</c> (also of a local copy of the slot), and clamped:
/// <c>Real.Max(state.Steps - 1, 0)</c>, in an arm of a conditional or <c>switch</c> expression, through a helper that returns
/// its argument plus one, and as an element of a tuple assignment), directly, through a <c>ref</c> local aliasing the slot, or through a
/// <c>ref</c> parameter that a call in scope binds to it (<c>Increment(ref state.Steps)</c>, at any depth), through a <c>ref</c>-returning
/// accessor (<c>Trials(state)++</c>), or through a local copy stored back (<c>Real t = state.Steps; t++; state.Steps = t;</c>); also
/// where the 1 is the call's: a helper that adds its argument to a <c>ref</c> parameter (<c>Add(ref state.Steps, 1)</c>, as
/// <c>Interlocked.Add</c> would), or sets an <c>out</c> parameter to its argument plus one (<c>Next(state.Steps, out state.Steps)</c>),
/// and the library's stores (<c>Interlocked.Exchange(ref state.Steps, state.Steps + 1)</c>). As a
/// float it stops counting at 2^24. A slot that also accumulates a non-constant value (<c>state.Sum += g</c>) is a
/// sum, and one that is also scaled (<c>state.Decayed *= b</c>, <c>state.Decayed = state.Decayed * b</c>) a geometric
/// series, not a counter. Fed every operation of the transition scope once (<see cref="Narrowing.ScopePieces"/>), then asked
/// once for its findings.
/// </summary>
internal sealed class CounterSlots
{
    private readonly SpecReadings specs;
    private readonly Dictionary<ISymbol, List<IOperation>> counts = new(SymbolEqualityComparer.Default);

    /// <summary>What also accumulates a non-constant value or is scaled: a sum or a geometric series, not a counter.</summary>
    private readonly HashSet<ISymbol> accumulating = new(SymbolEqualityComparer.Default);

    /// <summary>Which slot fields (or other <c>ref</c> parameters) each <c>ref</c> parameter is given by calls in scope.</summary>
    private readonly Dictionary<IParameterSymbol, HashSet<ISymbol>> boundTo = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Locals that copy a slot and are stored back into it (<c>Real t = state.Steps; t++; state.Steps = t;</c>): what
    /// they count, the slot counts.
    /// </summary>
    private readonly Dictionary<ILocalSymbol, HashSet<ISymbol>> storedBack = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Helpers that add a by-value parameter to a <c>ref</c> one (<c>static void Add(ref Real x, Real d) => x += d;</c>): whether
    /// that counts depends on what each call gives <c>d</c>, so they are judged per call at the end (<see cref="ResolveHelperCalls"/>).
    /// </summary>
    private readonly List<(IParameterSymbol Target, IParameterSymbol Amount)> helperAdds = new();

    /// <summary>Helpers that set a <c>ref</c> or <c>out</c> parameter to a by-value one plus an amount (<c>next = current + 1</c>), judged per call.</summary>
    private readonly List<(IParameterSymbol Target, IParameterSymbol Basis, IOperation Amount)> helperStores = new();

    /// <summary>Calls of source methods given a slot (or what may stand for one) by <c>ref</c> or <c>out</c>: where <see cref="helperAdds"/> and <see cref="helperStores"/> count.</summary>
    private readonly List<IInvocationOperation> helperCalls = new();

    /// <summary>How many ref locals and ref conditionals <see cref="Counted(IOperation, int)"/> follows in a row.</summary>
    private const int MaxRefDepth = 8;

    private readonly CancellationToken cancellationToken;

    /// <summary>What the delegates a transition invokes hold, asked only for a delegate whose result is stored back in a slot.</summary>
    private DelegateSources? delegates;

    public CounterSlots(SpecReadings specs, CancellationToken cancellationToken)
    {
        this.specs = specs;
        this.cancellationToken = cancellationToken;
    }

    public void Visit(IOperation operation)
    {
        switch (operation)
        {
            case IIncrementOrDecrementOperation step:
                Record(step.Target, step, amount: null);
                break;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound:
                Record(compound.Target, compound, compound.Value);
                break;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } scaling
                when Counted(scaling.Target) is { } scaled:
                accumulating.Add(scaled);
                break;
            case ISimpleAssignmentOperation { IsRef: false } assignment when Counted(assignment.Target) is { } counted:
                RecordStored(assignment.Target, counted, assignment.Value, assignment);
                break;
            case IDeconstructionAssignmentOperation { Target: ITupleOperation targets } deconstruction
                when deconstruction.Value.WithoutImplicitConversions() is ITupleOperation values && values.Elements.Length == targets.Elements.Length:
                // (state.Steps, state.Sum) = (state.Steps + 1, state.Sum + g): each element as its own assignment.
                for (int i = 0; i < targets.Elements.Length; i++)
                {
                    if (Counted(targets.Elements[i]) is { } element)
                        RecordStored(targets.Elements[i], element, values.Elements[i], deconstruction);
                }

                break;
            case IInvocationOperation invocation:
                VisitCall(invocation);
                break;
            case IArgumentOperation { Parameter: { RefKind: RefKind.Ref or RefKind.Out } parameter } argument when Counted(argument.Value) is { } given:
                if (!boundTo.TryGetValue(parameter.OriginalDefinition, out HashSet<ISymbol>? bound))
                    boundTo[parameter.OriginalDefinition] = bound = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                bound.Add(given);
                break;
        }
    }

    /// <summary>
    /// A library store into a location (<c>Interlocked.Exchange(ref state.Steps, state.Steps + 1)</c>, <see cref="SlotWriteApi"/>) is an
    /// assignment; a call of a source method that is given a counted location by <c>ref</c> or <c>out</c> is kept for <see cref="ResolveHelperCalls"/>.
    /// </summary>
    private void VisitCall(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Name is "Exchange" or "CompareExchange" or "Write"
            && SlotWriteApi.Recognize(invocation) is { IsView: false, IsCopy: false } write && Counted(write.Destination) is { } stored)
        {
            RecordStored(write.Destination, stored, write.Value, invocation);
            return;
        }

        if (invocation.TargetMethod.DeclaringSyntaxReferences.Length > 0
            && invocation.Arguments.Any(argument => argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out } && Counted(argument.Value) is not null))
            helperCalls.Add(invocation);
    }

    /// <summary>
    /// Judges the helpers that add or store what their caller gives (<see cref="helperAdds"/>, <see cref="helperStores"/>) at each call:
    /// <c>Add(ref state.Steps, 1)</c> counts there, <c>Add(ref state.Sum, g)</c> makes the slot a sum. A helper forwarding both to
    /// another (<c>Add(ref x, d)</c> inside one) adds its own pair, judged in turn.
    /// </summary>
    private void ResolveHelperCalls()
    {
        for (int i = 0; i < helperAdds.Count; i++)
        {
            (IParameterSymbol target, IParameterSymbol amount) = helperAdds[i];
            foreach (IInvocationOperation call in helperCalls)
            {
                if (SymbolEqualityComparer.Default.Equals(target.ContainingSymbol, call.TargetMethod.OriginalDefinition)
                    && ArgumentFor(call, target) is { } location && ArgumentFor(call, amount) is { } given)
                    Record(location, call, given);
            }
        }

        foreach ((IParameterSymbol target, IParameterSymbol basis, IOperation amount) in helperStores)
        {
            foreach (IInvocationOperation call in helperCalls)
            {
                if (SymbolEqualityComparer.Default.Equals(target.ContainingSymbol, call.TargetMethod.OriginalDefinition)
                    && ArgumentFor(call, target) is { } location && Counted(location) is { } counted
                    && ArgumentFor(call, basis) is { } given && IsSame(given.WithoutImplicitConversions(), counted))
                    Record(location, call, amount);
            }
        }
    }

    private static IOperation? ArgumentFor(IInvocationOperation call, IParameterSymbol parameter) =>
        call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == parameter.Ordinal)?.Value;

    /// <summary>A by-value parameter of the method that declares the <c>ref</c> or <c>out</c> parameter <paramref name="counted"/>; null otherwise.</summary>
    private static IParameterSymbol? ParameterBesides(ISymbol counted, IOperation operand) =>
        counted is IParameterSymbol target
        && operand.WithoutImplicitConversions() is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } given }
        && SymbolEqualityComparer.Default.Equals(given.ContainingSymbol.OriginalDefinition, target.ContainingSymbol)
            ? given.OriginalDefinition
            : null;

    /// <summary>The counting sites of every slot that never accumulates anything else.</summary>
    public IEnumerable<Diagnostic> Findings()
    {
        ResolveHelperCalls();
        var slotSites = new Dictionary<IFieldSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        var slotSums = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        foreach (KeyValuePair<ISymbol, List<IOperation>> entry in counts)
        {
            foreach (IFieldSymbol field in SlotsOf(entry.Key))
            {
                if (!slotSites.TryGetValue(field, out List<IOperation>? list))
                    slotSites[field] = list = new List<IOperation>();
                list.AddRange(entry.Value);
            }
        }

        foreach (ISymbol sum in accumulating)
            slotSums.UnionWith(SlotsOf(sum));

        foreach (KeyValuePair<IFieldSymbol, List<IOperation>> entry in slotSites)
        {
            if (slotSums.Contains(entry.Key) || specs.SlotOf(entry.Key) is not { IsArray: false, Element: ElementKind.Real or ElementKind.Single } slot)
                continue;
            foreach (IOperation site in entry.Value)
            {
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                    .Add(PrecisionDiagnostics.SlotFieldProperty, slot.FieldName)
                    .Add(PrecisionDiagnostics.SpecProperty, entry.Key.ContainingType.ContainingType?.GetDocumentationCommentId());
                yield return Diagnostic.Create(PrecisionDiagnostics.RealCounter, site.Syntax.GetLocation(), properties,
                    slot.Name, ElementKindNames.Declared(slot.Element));
            }
        }
    }

    /// <summary><c>state.Steps = state.Steps + 1</c> (and the forms <see cref="Sums"/> knows) counts; <c>state.Decayed = state.Decayed * b</c> scales.</summary>
    private void RecordStored(IOperation target, ISymbol counted, IOperation value, IOperation site)
    {
        foreach (IOperation arm in Arms(value))
            RecordStoredArm(target, counted, arm, site);
    }

    /// <summary>
    /// The values an assignment can store: each arm of a conditional, <c>switch</c> or <c>??</c> expression (a patience
    /// counter, <c>state.Patience = better ? 0 : state.Patience + 1</c>), at any depth, seen through casts to the same type.
    /// </summary>
    private static IEnumerable<IOperation> Arms(IOperation value) => ValueShapes.Arms(value, WithoutIdentityCasts);

    private void RecordStoredArm(IOperation target, ISymbol counted, IOperation value, IOperation site)
    {
        if (WithoutIdentityCasts(value) is ILocalReferenceOperation copy && Counted(copy) is ILocalSymbol local
            && CopiedSlot(copy) is { } source && SymbolEqualityComparer.Default.Equals(source, counted))
        {
            if (!storedBack.TryGetValue(local, out HashSet<ISymbol>? slots))
                storedBack[local] = slots = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            slots.Add(counted);
            return;
        }

        if (Scales(value, counted))
        {
            accumulating.Add(counted);
            return;
        }

        if (WithoutIdentityCasts(value) is IInvocationOperation call && CanCount(counted) && AmountsAddedBy(call, counted).ToList() is { Count: > 0 } added)
        {
            foreach (IOperation amount in added)
                Record(target, site, amount);
            return;
        }

        foreach (IBinaryOperation sum in Sums(value))
        {
            IOperation left = sum.LeftOperand.WithoutImplicitConversions();
            IOperation right = sum.RightOperand.WithoutImplicitConversions();
            if (IsSame(left, counted))
            {
                Record(target, site, right);
                return;
            }

            if (IsSame(right, counted) && sum.OperatorKind == BinaryOperatorKind.Add)
            {
                Record(target, site, left);
                return;
            }

            // next = current + 1 in a helper: a count where a call gives current and next the same slot.
            if (ParameterBesides(counted, left) is { } basis)
            {
                helperStores.Add(((IParameterSymbol)counted, basis, right));
                return;
            }

            if (sum.OperatorKind == BinaryOperatorKind.Add && ParameterBesides(counted, right) is { } basisOnRight)
            {
                helperStores.Add(((IParameterSymbol)counted, basisOnRight, left));
                return;
            }
        }
    }

    /// <param name="amount">What is added or subtracted; null for <c>++</c> and <c>--</c>.</param>
    private void Record(IOperation target, IOperation site, IOperation? amount)
    {
        if (Counted(target) is not { } counted)
            return;
        if (!CanCount(counted))
            return;
        if (amount is not null && !IsPlusOrMinusOne(amount) && !IsOneOrNothing(amount))
        {
            // x += d with d a parameter of the same helper: each call's d decides (ResolveHelperCalls).
            if (ParameterBesides(counted, amount) is { } given)
            {
                if (!helperAdds.Exists(add => SymbolEqualityComparer.Default.Equals(add.Target, counted) && SymbolEqualityComparer.Default.Equals(add.Amount, given)))
                    helperAdds.Add(((IParameterSymbol)counted, given));
                return;
            }

            // A step other than 1 is no count; a non-constant one makes the slot a sum.
            if (!ConstantAmount(amount).HasValue)
                accumulating.Add(counted);
            return;
        }

        if (!counts.TryGetValue(counted, out List<IOperation>? list))
            counts[counted] = list = new List<IOperation>();
        // A site counted in two arms (ok ? state.Steps + 1 : state.Steps - 1) is one counting place.
        if (!list.Contains(site))
            list.Add(site);
    }

    /// <summary>The slot fields a counted location stands for: itself, or whatever calls bind a <c>ref</c> parameter to (followed through forwarding calls).</summary>
    private IEnumerable<IFieldSymbol> SlotsOf(ISymbol counted)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<ISymbol>();
        pending.Push(counted);
        while (pending.Count > 0)
        {
            ISymbol current = pending.Pop();
            if (!seen.Add(current))
                continue;
            if (current is IFieldSymbol field)
            {
                yield return field;
                continue;
            }

            if (current is IParameterSymbol parameter && boundTo.TryGetValue(parameter, out HashSet<ISymbol>? bound))
            {
                foreach (ISymbol each in bound)
                    pending.Push(each);
            }

            if (current is ILocalSymbol local && storedBack.TryGetValue(local, out HashSet<ISymbol>? slots))
            {
                foreach (ISymbol each in slots)
                    pending.Push(each);
            }
        }
    }

    /// <summary>
    /// What <paramref name="target"/> writes: a field, a <c>ref</c> local aliasing one (<c>ref Real t = ref state.T;</c>, or re-pointed
    /// at it, <c>t = ref state.T;</c>: <see cref="LocalViews.ReferentsOf"/>, as the narrowing rules read it), the field
    /// a <c>ref</c>-returning accessor returns (<c>Trials(state)++</c> with <c>ref Real Trials(State s) => ref s.Value;</c>),
    /// or a <c>ref</c> or <c>out</c> parameter (resolved through <see cref="boundTo"/> at the end).
    /// </summary>
    private static ISymbol? Counted(IOperation target) => Counted(target, depth: 0);

    /// <summary><see cref="Counted(IOperation)"/>, following <c>ref</c> locals and ref conditionals to a bounded depth (a ref local may be re-pointed at itself).</summary>
    private static ISymbol? Counted(IOperation target, int depth) => target.WithoutImplicitConversions() switch
    {
        IFieldReferenceOperation { Field.IsStatic: false } reference => reference.Field.OriginalDefinition,
        _ when depth > MaxRefDepth => null,
        ILocalReferenceOperation { Local.IsRef: true } local => LocalViews.ReferentsOf(local)
            .Select(referent => Counted(referent, depth + 1))
            .FirstOrDefault(referent => referent is not null),
        // ref (c ? ref state.Steps : ref scratch): either side may be the slot.
        IConditionalOperation { IsRef: true, WhenFalse: { } whenFalse } conditional =>
            Counted(conditional.WhenTrue, depth + 1) ?? Counted(whenFalse, depth + 1),
        IParameterReferenceOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } parameter => parameter.Parameter.OriginalDefinition,
        ILocalReferenceOperation { Local.IsRef: false } copy when CopiedSlot(copy) is not null => copy.Local,
        IInvocationOperation { TargetMethod.ReturnsByRef: true } accessor => ReturnedField(accessor, accessor.TargetMethod, depth),
        IPropertyReferenceOperation { Property: { ReturnsByRef: true, GetMethod: { } getter } } byRef => ReturnedField(byRef, getter, depth),
        // A property over a slot (Steps { get => s.Value; set => s.Value = value; }): tracker.Steps++ counts the slot.
        IPropertyReferenceOperation { Property: { ReturnsByRef: false, Type.SpecialType: SpecialType.System_Single or SpecialType.System_Double } property } wrapper
            when property is { GetMethod: { } getter, SetMethod: { } setter } => WrappedField(wrapper, getter, setter, depth),
        _ => null,
    };

    /// <summary>
    /// What a <c>ref</c>-returning source method returns, in the terms of <see cref="Counted(IOperation, int)"/>: from any of its
    /// returns (<c>=> ref s.Value</c>, or <c>if (c) return ref s.Steps; return ref s.Trials;</c>), the first that is a
    /// counted location. The same reading of returns as the narrowing rules' (<see cref="SourceBodies"/>).
    /// </summary>
    private static ISymbol? ReturnedField(IOperation accessor, IMethodSymbol method, int depth) =>
        accessor.SemanticModel?.Compilation is { } compilation
            ? SourceBodies.ReturnedValues(compilation, method)
                .Select(returned => Counted(returned, depth + 1))
                .FirstOrDefault(returned => returned is not null)
            : null;

    /// <summary>
    /// The slot field a property reads and writes: its getter returns the field (as <see cref="ReturnedField"/> reads a return)
    /// and its setter stores <c>value</c> into that same field. Null when the setter stores anything else, or elsewhere.
    /// </summary>
    private static ISymbol? WrappedField(IOperation property, IMethodSymbol getter, IMethodSymbol setter, int depth)
    {
        if (property.SemanticModel?.Compilation is not { } compilation || setter.Parameters.Length == 0
            || ReturnedField(property, getter, depth) is not IFieldSymbol read)
            return null;
        IParameterSymbol value = setter.Parameters[setter.Parameters.Length - 1];
        return SourceBodies.Of(compilation, setter)
            .SelectMany(body => body.Descendants().OfType<ISimpleAssignmentOperation>())
            .Any(store => store.Value.WithoutImplicitConversions() is IParameterReferenceOperation given
                && SymbolEqualityComparer.Default.Equals(given.Parameter.OriginalDefinition, value.OriginalDefinition)
                && SymbolEqualityComparer.Default.Equals(Counted(store.Target, depth + 1), read))
            ? read
            : null;
    }

    /// <summary>The slot field a local copies in its declaration (<c>Real t = state.Steps;</c>), whatever it is set to later; null for another local.</summary>
    private static ISymbol? CopiedSlot(ILocalReferenceOperation local) =>
        local is { SemanticModel: { } model }
        && local.Local.DeclaringSyntaxReferences.Length == 1
        && local.Local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator
        && declarator.SyntaxTree == model.SyntaxTree
        && model.GetOperation(initial) is { } initialValue
        && WithoutIdentityCasts(initialValue) is IFieldReferenceOperation { Field.IsStatic: false } field
            ? field.Field.OriginalDefinition
            : null;

    /// <summary>
    /// Whether <paramref name="operand"/> reads the counted slot: directly, or through a local that holds a copy of it
    /// and nothing else (optax's <c>count = state.count; count_inc = count + 1</c>).
    /// </summary>
    private static bool IsSame(IOperation operand, ISymbol counted) =>
        (Counted(operand) is { } other && SymbolEqualityComparer.Default.Equals(other, counted))
        || ((SingleValueOf(operand) ?? PatternInput(operand)) is { } copied && Counted(WithoutIdentityCasts(copied)) is { } original
            && SymbolEqualityComparer.Default.Equals(original, counted));

    /// <summary>
    /// What a pattern's local holds when the pattern is the whole of a switch-expression arm, of an <c>is</c> test or of a
    /// property subpattern: <c>state.Steps switch { var t => t + 1 }</c> and <c>state is { Steps: var t }</c> read the slot as
    /// <c>t</c>. Null for any other local.
    /// </summary>
    private static IOperation? PatternInput(IOperation operand) =>
        operand is ILocalReferenceOperation { SemanticModel: { } model } local
        && local.Local.DeclaringSyntaxReferences.Length == 1
        && local.Local.DeclaringSyntaxReferences[0].GetSyntax() is SingleVariableDesignationSyntax { Parent: PatternSyntax { Parent: { } owner } and (VarPatternSyntax or DeclarationPatternSyntax) } designation
        && designation.SyntaxTree == model.SyntaxTree
        && owner switch
        {
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax whole } => whole.GoverningExpression,
            IsPatternExpressionSyntax test => test.Expression,
            SubpatternSyntax subpattern => (SyntaxNode)subpattern,
            _ => null,
        } is { } input
            ? model.GetOperation(input) is IPropertySubpatternOperation { Member: { } member } ? member : model.GetOperation(input)
            : null;

    /// <summary>The initializer of a local that only its declaration sets (<c>Real step = state.Steps + 1;</c>); null for anything else.</summary>
    private static IOperation? SingleValueOf(IOperation value) =>
        value is ILocalReferenceOperation { Local.IsRef: false, SemanticModel: { } model } local
        && local.Local.DeclaringSyntaxReferences.Length == 1
        && local.Local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator
        && declarator.SyntaxTree == model.SyntaxTree
        && declarator.Parent?.Parent is LocalDeclarationStatementSyntax { Parent: { } scope }
        && !LocalBounds.IsWrittenIn(scope, local.Local.Name, declarator)
            ? model.GetOperation(initial)
            : null;

    /// <summary>
    /// The sums or differences a value stored back into the slot can be: written in place (also under a cast to its
    /// own type, <c>(Real)(state.Steps + 1)</c>), held by a local that only its initializer sets
    /// (<c>Real step = state.Steps + 1; ... state.Steps = step;</c>), clamped by a minimum or maximum, at any depth
    /// (<c>state.Patience = Real.Max(state.Patience - 1, 0)</c>), or wrapped by a remainder (<c>(state.Step + 1) % period</c>).
    /// </summary>
    private static IEnumerable<IBinaryOperation> Sums(IOperation value)
    {
        value = WithoutIdentityCasts(value);
        if (SingleValueOf(value) is { } initialValue)
            value = WithoutIdentityCasts(initialValue);
        switch (value)
        {
            // Clamped, at any depth: Real.Min(Real.Max(state.Patience - 1, 0), cap), also NaN-aware (Real.MaxNumber).
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Min" or "Max" or "Clamp" or "MinNumber" or "MaxNumber" } } clamp:
                foreach (IArgumentOperation argument in clamp.Arguments)
                {
                    foreach (IBinaryOperation clamped in Sums(argument.Value))
                        yield return clamped;
                }

                break;
            // A count that wraps: (state.Step + 1) % period, as Lookahead's step.
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } wrapped:
                foreach (IBinaryOperation sum in Sums(wrapped.LeftOperand))
                    yield return sum;
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum:
                yield return sum;
                break;
        }
    }

    /// <summary>A <c>Real</c> or <c>float</c> scalar slot, or a <c>ref</c> local or parameter that may stand for one: what can be a counter.</summary>
    private bool CanCount(ISymbol counted) =>
        counted is not IFieldSymbol field || specs.SlotOf(field) is { IsArray: false, Element: ElementKind.Real or ElementKind.Single };

    /// <summary>
    /// What a helper adds to the slot it is given and returns (optax's <c>safe_increment</c>:
    /// <c>state.Steps = Increment(state.Steps)</c> with <c>static Real Increment(Real count) => count + 1;</c>): a method
    /// of the compilation (or a lambda or method group a delegate holds: <c>Func&lt;Real, Real&gt; next = c =&gt; c + 1;</c>, see
    /// <see cref="Callees"/>) one of whose returns (any of them, each arm of a conditional one, read as <see cref="SourceBodies.ReturnedValues"/>
    /// reads them) is a sum of a parameter that the call binds to the slot, in the forms <see cref="Sums"/> knows (also through a local:
    /// <c>Real next = count + 1; return next;</c>). None for a helper that returns no such sum.
    /// </summary>
    private IEnumerable<IOperation> AmountsAddedBy(IInvocationOperation call, ISymbol counted)
    {
        if (call.SemanticModel?.Compilation is not { } compilation)
            yield break;
        foreach (IMethodSymbol callee in Callees(call, compilation))
        {
            foreach (IOperation returned in SourceBodies.ReturnedValues(compilation, callee))
            {
                foreach (IOperation arm in Arms(returned))
                {
                    foreach (IBinaryOperation sum in Sums(arm))
                    {
                        IOperation left = sum.LeftOperand.WithoutImplicitConversions();
                        IOperation right = sum.RightOperand.WithoutImplicitConversions();
                        if (IsGivenSlot(left, call, callee, counted))
                            yield return right;
                        else if (IsGivenSlot(right, call, callee, counted) && sum.OperatorKind == BinaryOperatorKind.Add)
                            yield return left;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The methods a call runs: its target, or for a delegate's <c>Invoke</c> the lambdas and method groups the delegate holds, as
    /// the narrowing rules bind a delegate's arguments (<see cref="InvokedFunctions"/>).
    /// </summary>
    private IEnumerable<IMethodSymbol> Callees(IInvocationOperation call, Compilation compilation) =>
        call.TargetMethod.MethodKind == MethodKind.DelegateInvoke && call.Instance is { } invoked
            ? InvokedFunctions.Of(invoked, delegates ??= new DelegateSources(compilation, cancellationToken), compilation)
            : new[] { call.TargetMethod };

    /// <summary>
    /// Whether <paramref name="operand"/> reads a by-value parameter of <paramref name="callee"/> (not one a local function captures)
    /// that <paramref name="call"/> binds to the counted slot; by position, as <see cref="ArgumentFor"/> does, since a delegate's
    /// arguments bind the parameters of the lambda it holds.
    /// </summary>
    private static bool IsGivenSlot(IOperation operand, IInvocationOperation call, IMethodSymbol callee, ISymbol counted) =>
        operand is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol owner } parameter }
        && IsDeclaredAt(owner, MethodIdentity.Normalize(callee))
        && call.Arguments.Any(argument => argument.Parameter?.Ordinal == parameter.Ordinal
                                          && IsSame(argument.Value.WithoutImplicitConversions(), counted));

    /// <summary>Whether two symbols of a method are declared at the same place (a lambda's symbol is not one instance in every semantic model).</summary>
    private static bool IsDeclaredAt(IMethodSymbol method, IMethodSymbol other) =>
        method.DeclaringSyntaxReferences.Any(reference => other.DeclaringSyntaxReferences.Any(
            each => each.SyntaxTree == reference.SyntaxTree && each.Span == reference.Span));

    /// <summary>Whether <paramref name="value"/> multiplies or divides the slot itself: <c>state.Decayed * b</c>, also under a cast to its own type.</summary>
    private static bool Scales(IOperation value, ISymbol counted) =>
        WithoutIdentityCasts(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product
        && (IsSame(product.LeftOperand.WithoutImplicitConversions(), counted) || IsSame(product.RightOperand.WithoutImplicitConversions(), counted));

    /// <summary>
    /// The value under casts that keep it a count: to its own type, and between <c>float</c> and <c>double</c>
    /// (<c>(Real)(state.Steps + 1.0)</c> is an identity cast in Double mode and a cast from <c>double</c> in Single mode: both count).
    /// </summary>
    private static IOperation WithoutIdentityCasts(IOperation value)
    {
        value = value.WithoutImplicitConversions();
        while (value is IConversionOperation { Operand: { } operand } conversion
               && (SymbolEqualityComparer.Default.Equals(conversion.Type, operand.Type) || (IsFloating(conversion.Type) && IsFloating(operand.Type))))
            value = operand.WithoutImplicitConversions();
        return value;
    }

    private static bool IsFloating(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Single or SpecialType.System_Double;

    /// <summary>
    /// A constant 1 or -1, however it is typed or cast: <c>1</c>, <c>1f</c>, <c>(Real)1</c>, <c>1.0</c>; <c>x -= -1</c>
    /// and <c>x += -1</c> count as well.
    /// </summary>
    private static bool IsPlusOrMinusOne(IOperation value) => HasMagnitude(value, 1);

    /// <summary>
    /// <c>x += flag ? 1 : 0</c>: every arm a constant 0 or ±1, one of them ±1. It counts where the flag holds, as
    /// <c>if (flag) x += 1;</c> does.
    /// </summary>
    private static bool IsOneOrNothing(IOperation value)
    {
        List<IOperation> arms = Arms(value).ToList();
        return arms.Count > 1 && arms.Exists(IsPlusOrMinusOne) && arms.TrueForAll(arm => IsPlusOrMinusOne(arm) || HasMagnitude(arm, 0));
    }

    /// <summary>Whether a constant amount (<see cref="ConstantAmount"/>) is <paramref name="magnitude"/> or its negation.</summary>
    private static bool HasMagnitude(IOperation value, int magnitude) =>
        ConstantAmount(value) is { HasValue: true, Value: { } constant } && constant switch
        {
            double d => Math.Abs(d) == magnitude,
            float f => Math.Abs(f) == magnitude,
            decimal m => Math.Abs(m) == magnitude,
            _ => ConstantValueOf(constant) is { } integer && Math.Abs(integer) == magnitude,
        };

    /// <summary>
    /// A constant, also written as a generic-math conversion of one (<c>Real.CreateChecked(1)</c>, the spelling of
    /// <c>(Real)1</c> that <see cref="CollapsingConstantRule"/> reads as a cast as well) or as generic math's unit (<c>T.One</c>,
    /// <c>T.MultiplicativeIdentity</c>, <c>T.NegativeOne</c>, also negated: <c>x += -T.One</c>).
    /// </summary>
    private static Optional<object?> ConstantAmount(IOperation value) => value.WithoutImplicitConversions() switch
    {
        IInvocationOperation invocation when ConversionApi.Recognize(invocation) is { Destination: null } conversion => conversion.Operand.ConstantValue,
        IPropertyReferenceOperation { Property: { IsStatic: true } unit } when GenericMathUnit(unit) is { } sign => new Optional<object?>(sign),
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus, ConstantValue.HasValue: false } signed
            when signed.Operand.WithoutImplicitConversions() is IPropertyReferenceOperation { Property: { IsStatic: true } unit } && GenericMathUnit(unit) is { } sign =>
            new Optional<object?>(signed.OperatorKind == UnaryOperatorKind.Minus ? -sign : sign),
        _ => value.ConstantValue,
    };

    /// <summary>
    /// 1 for <c>T.One</c> and <c>T.MultiplicativeIdentity</c>, -1 for <c>T.NegativeOne</c> in generic code (static members of
    /// generic math's interfaces: the unit of whatever <c>T</c> is); null for any other property.
    /// </summary>
    private static int? GenericMathUnit(IPropertySymbol property) =>
        property.ContainingType is { TypeKind: TypeKind.Interface, Name: "INumberBase" or "ISignedNumber" or "IMultiplicativeIdentity" } type
        && type.ContainingNamespace?.ToDisplayString() == "System.Numerics"
            ? property.Name switch
            {
                "One" or "MultiplicativeIdentity" => 1,
                "NegativeOne" => -1,
                _ => null,
            }
            : null;

    private static decimal? ConstantValueOf(object constant) => ConstantValues.IntegerValue(constant) is { } integer && constant is not bool ? integer : null;
}
