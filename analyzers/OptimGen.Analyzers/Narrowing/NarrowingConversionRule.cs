using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// OPT0001: a conversion to a type narrower than the active precision of its family, however it is
/// written: a cast (checked or not, built-in or user-defined such as <c>Half</c>'s), an implicit conversion
/// that may lose precision (<c>int</c> or <c>long</c> to <c>float</c>), a <c>foreach</c> variable of a narrower
/// type, the hidden narrowing of a compound assignment, or a conversion API, called or handed over as a method group (in
/// generic code, at each type argument the scope instantiates it with). Allowed: widening, constants that keep their value, index
/// arithmetic that provably fits the target, and conversions to the type of the slot that stores the result.
/// </summary>
internal sealed class NarrowingConversionRule
{
    private const string ImplicitForm = "An implicit conversion";

    private readonly ActivePrecision precision;
    private readonly SlotWrites writes;
    private readonly Func<TypeInstantiations> instantiations;

    public NarrowingConversionRule(ActivePrecision precision, SlotWrites writes, Func<TypeInstantiations> instantiations)
    {
        this.precision = precision;
        this.writes = writes;
        this.instantiations = instantiations;
    }

    public void AnalyzeConversion(OperationAnalysisContext context)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.Operand is not { Type: not null } operand)
            return;
        // The language's implicit conversions only lose precision from an integer to a floating type.
        bool isImplicit = conversion.IsImplicit && conversion.Conversion.IsImplicit;
        if (isImplicit && !(conversion.Conversion.IsNumeric && NumericType.From(operand.Type) is { IsIntegral: true }))
            return;
        Check(context, isImplicit ? ImplicitForm : "A cast", operand, NumericType.From(operand.Type), NumericType.From(conversion.Type), conversion,
            isImplicit ? operand.Syntax.GetLocation() : conversion.Syntax.GetLocation());
    }

    public void AnalyzeCompoundAssignment(OperationAnalysisContext context)
    {
        var compound = (ICompoundAssignmentOperation)context.Operation;
        CommonConversion narrowing = compound.OutConversion;
        // A slot's compound assignment narrows to the slot's own declared type, which is always allowed.
        if (!narrowing.Exists || narrowing.IsIdentity || narrowing.IsImplicit || !writes.Targets(compound.Target).IsEmpty)
            return;
        NumericType? target = NumericType.From(compound.Target.Type);
        NumericType? value = NumericType.From(compound.Value.Type);
        if (target is null || value is null || ResultFitsTarget(compound, target))
            return;
        NumericType? computed = compound.OperatorMethod is { } method ? NumericType.From(method.ReturnType) : NumericPromotion.Of(target, value);
        Check(context, "The compound assignment", operand: null, computed, target, compound, compound.Syntax.GetLocation());
    }

    public void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (ConversionApi.Recognize(invocation) is not { } api)
            return;
        foreach (var (source, target) in instantiations().Pairs(api.Source, api.Target))
        {
            if (Check(context, api.Name, api.Operand, NumericType.From(source), NumericType.From(target), invocation, invocation.Syntax.GetLocation(), api.Destination))
                return;
        }
    }

    /// <summary>A conversion API handed over as a method group (<c>Array.ConvertAll(values, Convert.ToSingle)</c>): it converts every value it is given.</summary>
    public void AnalyzeMethodReference(OperationAnalysisContext context)
    {
        var reference = (IMethodReferenceOperation)context.Operation;
        if (ConversionApi.RecognizeGroup(reference) is not { } api)
            return;
        foreach (var (source, target) in instantiations().Pairs(api.Source, api.Target))
        {
            if (Check(context, api.Name, operand: null, NumericType.From(source), NumericType.From(target), reference, reference.Syntax.GetLocation()))
                return;
        }
    }

    /// <summary><c>foreach (float g in doubles)</c>: the loop converts every element to the variable's type.</summary>
    public void AnalyzeForEach(OperationAnalysisContext context)
    {
        if (context.Operation is not IForEachLoopOperation { Syntax: ForEachStatementSyntax syntax } loop
            || loop.SemanticModel?.GetForEachStatementInfo(syntax) is not { ElementType: { } element, ElementConversion: { Exists: true, IsIdentity: false } elementConversion }
            || (elementConversion.IsImplicit && !(elementConversion.IsNumeric && NumericType.From(element) is { IsIntegral: true }))
            || context.Operation.SemanticModel!.GetDeclaredSymbol(syntax) is not ILocalSymbol variable)
            return;
        Check(context, "The foreach loop", operand: null, NumericType.From(element), NumericType.From(variable.Type), loop, syntax.Type.GetLocation());
    }

    /// <summary>
    /// Whether OPT0001 reports <paramref name="value"/> as the narrowing conversion that produces it: an explicit numeric
    /// cast or a conversion API returning its result (<see cref="SlotValueRule"/> leaves such a value to OPT0001:
    /// <c>state.Value = (float)x</c> and <c>state.Count = Convert.ToInt32(x)</c> are one mistake each, reported once).
    /// </summary>
    public static bool ReportsConversionOf(ActivePrecision precision, SlotWrites writes, IOperation value) => value switch
    {
        IConversionOperation { IsImplicit: false, Operand: { Type: not null } operand } cast =>
            Narrows(precision, writes, operand, NumericType.From(operand.Type), NumericType.From(cast.Type), cast),
        IInvocationOperation invocation when ConversionApi.Recognize(invocation) is { Destination: null } api =>
            Narrows(precision, writes, api.Operand, NumericType.From(api.Source), NumericType.From(api.Target), invocation),
        _ => false,
    };

    /// <summary>
    /// Whether a conversion narrows below the active precision and nothing allows it. <paramref name="writtenView"/> is the
    /// span a conversion API stores its results in (a view of a slot declared with the target type is allowed).
    /// </summary>
    private static bool Narrows(ActivePrecision precision, SlotWrites writes, IOperation? operand, NumericType? source, NumericType? target, IOperation site,
        IOperation? writtenView = null)
    {
        if (source is null || target is null || !precision.IsNarrowerThanActive(target) || target.HoldsEveryValueOf(source))
            return false;
        if (operand is not null && (ConstantValues.Survives(operand, target) || ProvablyFits(operand, target)))
            return false;
        return !HoldsTargetType(SlotDestination.Find(site, writes, throughSameTypeArithmetic: true), target)
               && !(writtenView is not null && HoldsTargetType(writes.ViewedBy(writtenView), target));
    }

    /// <summary>A conversion to the type a receiving slot is declared with is the fix, not the bug.</summary>
    private static bool HoldsTargetType(ImmutableArray<StateSlot> slots, NumericType target)
    {
        foreach (StateSlot slot in slots)
        {
            if (NumericType.From(slot.ElementType) == target)
                return true;
        }

        return false;
    }

    /// <summary>Reports when the conversion narrows and nothing allows it; true when it reported.</summary>
    private bool Check(OperationAnalysisContext context, string form, IOperation? operand, NumericType? source, NumericType? target, IOperation site, Location location,
        IOperation? writtenView = null)
    {
        if (!Narrows(precision, writes, operand, source, target, site, writtenView))
            return false;

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(NarrowingDiagnostics.TargetFamilyProperty, ActivePrecision.AliasFor(target!));
        context.ReportDiagnostic(Diagnostic.Create(NarrowingDiagnostics.NarrowingConversion, location, properties,
            form, source!.Name, target!.Name, precision.Describe(target!)));
        return true;
    }

    /// <summary>An integral value range the target holds exactly: within its range, or within 2^24 for a <c>float</c>.</summary>
    private static bool ProvablyFits(IOperation operand, NumericType target)
    {
        if (IndexBounds.Infer(operand) is not { } range)
            return false;
        if (target.IsIntegral)
            return target.Range.Contains(range);
        decimal exact = (decimal)Math.Pow(2, target.SignificandBits);
        return target.IsFloating && new ValueInterval(-exact, exact).Contains(range);
    }

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
