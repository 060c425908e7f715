using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// OPT0002: a slot receives a value whose type is narrower than the slot's, in the same family (an <c>int</c>
/// into an <c>Integer</c> slot in Double mode, a <c>float</c> into a <c>Real</c> or <c>double</c> slot). Looks
/// through conditional and switch-expression arms, tuple deconstruction and <c>ref</c> locals aliasing a slot.
/// Allowed: constants that keep their value and recognised index expressions (lengths, loop indices, remainders).
/// </summary>
internal sealed class SlotValueRule
{
    private readonly ActivePrecision precision;
    private readonly StateSlots slots;

    public SlotValueRule(ActivePrecision precision, StateSlots slots)
    {
        this.precision = precision;
        this.slots = slots;
    }

    public void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (!assignment.IsRef && slots.Written(assignment.Target) is { } slot)
            CheckArms(context, slot, assignment.Value);
    }

    public void AnalyzeDeconstruction(OperationAnalysisContext context)
    {
        var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
        CheckPair(context, deconstruction.Target, deconstruction.Value);
    }

    private void CheckPair(OperationAnalysisContext context, IOperation target, IOperation value)
    {
        value = value.WithoutImplicitConversions();
        if (target is not ITupleOperation targets)
        {
            if (slots.Written(target) is { } slot)
                CheckArms(context, slot, value);
            return;
        }

        if (value is ITupleOperation values && values.Elements.Length == targets.Elements.Length)
        {
            for (int i = 0; i < targets.Elements.Length; i++)
                CheckPair(context, targets.Elements[i], values.Elements[i]);
            return;
        }

        // A tuple-typed value that is not written as a tuple, such as a call returning (int, long).
        if (value.Type is not INamedTypeSymbol { IsTupleType: true } tuple || tuple.TupleElements.Length != targets.Elements.Length)
            return;
        for (int i = 0; i < targets.Elements.Length; i++)
        {
            if (slots.Written(targets.Elements[i]) is { } slot)
                Check(context, slot, value, tuple.TupleElements[i].Type);
        }
    }

    private void CheckArms(OperationAnalysisContext context, StateSlot slot, IOperation value)
    {
        foreach (IOperation arm in ValueShapes.Arms(value))
        {
            if (!IsExempt(arm))
                Check(context, slot, arm, arm.Type);
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
        context.ReportDiagnostic(Diagnostic.Create(NarrowingDiagnostics.NarrowSlotValue, value.Syntax.GetLocation(), properties,
            slot.Name, slotType, NarrowingDiagnostics.WithArticle(source.Name)));
    }

    /// <summary>Constants that are the number they read as, and index arithmetic (lengths, loop indices, remainders).</summary>
    private static bool IsExempt(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: { } constant })
            return constant is not float single || ConstantValues.FloatIsExactDecimal(single);
        return IndexBounds.Infer(value) is not null;
    }
}
