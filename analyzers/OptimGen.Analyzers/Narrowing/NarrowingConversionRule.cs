using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// OPT0001: a conversion to a type narrower than the active precision of its family, however it is
/// written: a cast (checked or not, built-in or user-defined such as <c>Half</c>'s), the hidden narrowing of a
/// compound assignment, or a conversion API. Allowed: widening, constants that keep their value, index
/// arithmetic that provably fits the target, and conversions to the type of the slot that stores the result.
/// </summary>
internal sealed class NarrowingConversionRule
{
    private readonly ActivePrecision precision;
    private readonly StateSlots slots;

    public NarrowingConversionRule(ActivePrecision precision, StateSlots slots)
    {
        this.precision = precision;
        this.slots = slots;
    }

    public void AnalyzeConversion(OperationAnalysisContext context)
    {
        var conversion = (IConversionOperation)context.Operation;
        // The compiler's own conversions are widening unless the language classifies them as explicit.
        if ((conversion.IsImplicit && conversion.Conversion.IsImplicit) || conversion.Operand is not { Type: not null } operand)
            return;
        Check(context, "A cast", operand, NumericType.From(operand.Type), NumericType.From(conversion.Type), conversion);
    }

    public void AnalyzeCompoundAssignment(OperationAnalysisContext context)
    {
        var compound = (ICompoundAssignmentOperation)context.Operation;
        CommonConversion narrowing = compound.OutConversion;
        // A slot's compound assignment narrows to the slot's own declared type, which is always allowed.
        if (!narrowing.Exists || narrowing.IsIdentity || narrowing.IsImplicit || slots.Written(compound.Target) is not null)
            return;
        NumericType? target = NumericType.From(compound.Target.Type);
        NumericType? value = NumericType.From(compound.Value.Type);
        if (target is null || value is null || ResultFitsTarget(compound, target))
            return;
        NumericType? computed = compound.OperatorMethod is { } method ? NumericType.From(method.ReturnType) : NumericPromotion.Of(target, value);
        Check(context, "The compound assignment", operand: null, computed, target, compound);
    }

    public void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (ConversionApi.Recognize(invocation) is { } api)
            Check(context, api.Name, api.Operand, api.Source, api.Target, invocation);
    }

    private void Check(OperationAnalysisContext context, string form, IOperation? operand, NumericType? source, NumericType? target, IOperation site)
    {
        if (source is null || target is null || !precision.IsNarrowerThanActive(target) || target.HoldsEveryValueOf(source))
            return;
        if (operand is not null && (ConstantValues.Survives(operand, target) || ProvablyFits(operand, target)))
            return;
        if (SlotDestination.Find(site, slots, throughSameTypeArithmetic: true) is { } slot && NumericType.From(slot.ElementType) == target)
            return;

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(NarrowingDiagnostics.TargetFamilyProperty, ActivePrecision.AliasFor(target));
        context.ReportDiagnostic(Diagnostic.Create(NarrowingDiagnostics.NarrowingConversion, site.Syntax.GetLocation(), properties,
            form, source.Name, target.Name, precision.Describe(target)));
    }

    private static bool ProvablyFits(IOperation operand, NumericType target) =>
        target.IsIntegral && IndexBounds.Infer(operand) is { } range && target.Range.Contains(range);

    /// <summary>
    /// <c>b &amp;= mask</c>, <c>b |= flag</c> and <c>b &gt;&gt;= k</c> cannot leave the target's range when the
    /// target is unsigned or the operand fits it: the hidden narrowing loses nothing.
    /// </summary>
    private static bool ResultFitsTarget(ICompoundAssignmentOperation compound, NumericType target)
    {
        if (!target.IsIntegral)
            return false;
        ValueInterval? value = IndexBounds.RangeOf(compound.Value);
        return compound.OperatorKind switch
        {
            BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift => true,
            BinaryOperatorKind.And => !target.Signed || value is { Low: >= 0 },
            BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr => value is { } range && target.Range.Contains(range),
            _ => false,
        };
    }
}
