using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// OPT0002: a slot receives a value whose type is narrower than the slot's, in the same family (an <c>int</c>
/// into an <c>Integer</c> slot in Double mode, a <c>float</c> into a <c>Real</c> or <c>double</c> slot), by any
/// way a value reaches a slot (<see cref="SlotWrites"/>): assignment (also of an array written out in place to an array slot), a <c>ref</c>/<c>out</c> parameter or view
/// bound to it, a <c>ref</c> local or return, deconstruction of tuples and of types with <c>Deconstruct</c>
/// (element by element, through conditional and switch arms), library stores (<see cref="SlotWriteApi"/>) and the
/// generic store helpers of the compilation (<see cref="GenericStores"/>).
/// Allowed: constants that keep their value. A 32-bit index or count is a 32-bit value, however well bounded.
/// A value that a narrowing cast or conversion call produces is OPT0001's, where the conversion is (reported once, not twice).
/// </summary>
internal sealed class SlotValueRule
{
    private readonly ActivePrecision precision;
    private readonly SlotWrites writes;

    public SlotValueRule(ActivePrecision precision, SlotWrites writes)
    {
        this.precision = precision;
        this.writes = writes;
    }

    public void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.IsRef)
            return;
        foreach (StateSlot slot in writes.Targets(assignment.Target))
            CheckArms(context, slot, assignment.Value);

        // An array slot replaced by an array written out in place (`state.Ring = [steps, .. state.Ring[..^1]]`) holds its elements.
        if (assignment.Target is IFieldReferenceOperation { Type: IArrayTypeSymbol })
        {
            ImmutableArray<StateSlot> replaced = ImmutableArray<StateSlot>.Empty;
            foreach ((IOperation element, bool isSpread) in ValueShapes.WrittenElements(assignment.Value))
            {
                if (replaced.IsEmpty && (replaced = writes.ViewedBy(assignment.Target)).IsEmpty)
                    return;
                foreach (StateSlot slot in replaced)
                {
                    if (!isSpread)
                        CheckArms(context, slot, element);
                    else if (SlotWriteApi.ElementOf(element) is { } elementType)
                        Check(context, slot, element, elementType);
                }
            }
        }
    }

    public void AnalyzeDeconstruction(OperationAnalysisContext context)
    {
        var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
        DeconstructionInfo? info = deconstruction.Syntax is AssignmentExpressionSyntax syntax ? deconstruction.SemanticModel?.GetDeconstructionInfo(syntax) : null;
        CheckPair(context, deconstruction.Target, deconstruction.Value, info);
    }

    public void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (SlotWriteApi.Recognize(invocation) is not { } store)
        {
            foreach ((IOperation destination, IOperation value, bool isView) in GenericStores.Of(invocation, context.Compilation))
            {
                foreach (StateSlot slot in isView ? writes.ViewedBy(destination) : writes.Targets(destination))
                    CheckArms(context, slot, value);
            }

            return;
        }

        ImmutableArray<StateSlot> slots = store.IsView ? writes.ViewedBy(store.Destination) : writes.Targets(store.Destination);
        foreach (StateSlot slot in slots)
        {
            if (!store.IsCopy)
                CheckArms(context, slot, store.Value);
            else if (SlotWriteApi.ElementOf(store.Value) is { } element)
                Check(context, slot, store.Value, element);
        }
    }

    private void CheckPair(OperationAnalysisContext context, IOperation target, IOperation value, DeconstructionInfo? info)
    {
        if (target is not ITupleOperation targets)
        {
            foreach (StateSlot slot in writes.Targets(target))
                CheckArms(context, slot, value);
            return;
        }

        foreach (IOperation arm in ValueShapes.Arms(value))
        {
            if (arm is ITupleOperation values && values.Elements.Length == targets.Elements.Length)
            {
                for (int i = 0; i < targets.Elements.Length; i++)
                    CheckPair(context, targets.Elements[i], values.Elements[i], Nested(info, i));
                continue;
            }

            // A value not written as a tuple: a call returning (int, long), or a record with a Deconstruct method.
            ImmutableArray<ITypeSymbol> parts = Parts(arm.Type, info, targets.Elements.Length);
            for (int i = 0; i < parts.Length; i++)
            {
                foreach (StateSlot slot in writes.Targets(targets.Elements[i]))
                    Check(context, slot, arm, parts[i]);
            }
        }
    }

    /// <summary>The element types a deconstruction takes out of a value: tuple elements, or <c>Deconstruct</c>'s out parameters.</summary>
    private static ImmutableArray<ITypeSymbol> Parts(ITypeSymbol? type, DeconstructionInfo? info, int count)
    {
        if (type is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.Length == count)
            return ImmutableArray.CreateRange(tuple.TupleElements, element => element.Type);
        if (info?.Method is { } deconstruct && deconstruct.Parameters.Length >= count)
            return ImmutableArray.CreateRange(deconstruct.Parameters.RemoveRange(0, deconstruct.Parameters.Length - count), parameter => parameter.Type);
        return ImmutableArray<ITypeSymbol>.Empty;
    }

    private static DeconstructionInfo? Nested(DeconstructionInfo? info, int index) =>
        info is { } known && index < known.Nested.Length ? known.Nested[index] : null;

    private void CheckArms(OperationAnalysisContext context, StateSlot slot, IOperation value)
    {
        foreach (IOperation arm in ValueShapes.Arms(value))
        {
            // A narrowing cast or conversion call is OPT0001's: `state.Value = (float)x` is one mistake, reported once, where the cast does it.
            if (!IsExactConstant(arm) && !NarrowingConversionRule.ReportsConversionOf(precision, writes, arm))
                Check(context, slot, arm, ValueShapes.TypeOf(arm));
        }
    }

    private void Check(OperationAnalysisContext context, StateSlot slot, IOperation value, ITypeSymbol? valueType)
    {
        NumericType? source = NumericType.From(valueType);
        NumericType? destination = NumericType.From(slot.ElementType);
        if (source is null || destination is null || source.Kind != destination.Kind || source.Bits >= destination.Bits)
            return;

        string slotType = slot.IsDeclaredAsAlias
            ? $"{slot.DeclaredType} ({destination.Name} in {precision.Mode} mode)"
            : $"{destination.Name} (declared {slot.DeclaredType}, {precision.Mode} mode)";
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(NarrowingDiagnostics.SlotTypeProperty, slot.DeclaredType);
        context.ReportDiagnostic(Diagnostic.Create(NarrowingDiagnostics.NarrowSlotValue, WrittenValue(value.Syntax).GetLocation(), properties,
            slot.Name, slotType, NarrowingDiagnostics.WithArticle(source.Name)));
    }

    /// <summary>
    /// The value as written: <c>checked(steps + 1)</c> has no operation of its own (its addition is the checked one), but
    /// it is what the slot is given, and what a cast to the slot's type wraps. A cast inside it
    /// (<c>checked((int)Math.Min(total, m))</c>) stays the place, as OPT0001 reports casts inside <c>checked</c>.
    /// </summary>
    private static SyntaxNode WrittenValue(SyntaxNode value)
    {
        while (value is not CastExpressionSyntax && value.Parent is CheckedExpressionSyntax @checked)
            value = @checked;
        return value;
    }

    /// <summary>Constants that are the number they read as (<c>0</c>, <c>0.5f</c>; not <c>0.1f</c>).</summary>
    private static bool IsExactConstant(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: { } constant } && (constant is not float single || ConstantValues.FloatIsExactDecimal(single));
}
