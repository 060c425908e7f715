using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// OPT0003, Double mode only: a <c>float</c> literal, field or property (a hyperparameter declared
/// <c>float</c>) is widened to <c>double</c> by the compiler, so single precision enters the computation
/// unnoticed: <c>x * 0.1f</c> multiplies by 0.100000001490116. A float conditional or switch expression carries its
/// arms' precision. A float constant that is exactly the number it reads as (<c>0.5f</c>) and a written cast
/// (<c>(Real)Beta</c>) are fine. A float stored straight into a slot is OPT0002's; one added to a slot
/// (<c>state.Value += Beta</c>) is reported here.
/// </summary>
internal sealed class MixedPrecisionRule
{
    private readonly ActivePrecision precision;
    private readonly SlotWrites writes;

    public MixedPrecisionRule(ActivePrecision precision, SlotWrites writes)
    {
        this.precision = precision;
        this.writes = writes;
    }

    public void AnalyzeConversion(OperationAnalysisContext context)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (precision.Mode != PrecisionMode.Double || !conversion.IsImplicit
            || conversion.Type?.SpecialType != SpecialType.System_Double
            || conversion.Operand is not { Type.SpecialType: SpecialType.System_Single } operand
            || !CarriesSinglePrecision(operand, writes)
            || !SlotDestination.Find(conversion, writes, throughSameTypeArithmetic: false, throughCompoundAssignment: false).IsEmpty)
            return;

        context.ReportDiagnostic(Diagnostic.Create(NarrowingDiagnostics.MixedPrecision, operand.Syntax.GetLocation(),
            operand.Syntax.ToString(), precision.Mode));
    }

    /// <summary>
    /// A float literal that is not exact, or a float field or property, possibly inside float arithmetic. A slot declared
    /// <c>float</c> is not one: its declaration says single precision is intended (optax's float32 <c>scale</c> of
    /// <c>reduce_on_plateau</c>), as for the elements of a <c>float[]</c> slot.
    /// </summary>
    private static bool CarriesSinglePrecision(IOperation operation, SlotWrites writes)
    {
        if (operation.ConstantValue is { HasValue: true, Value: var constant })
            return constant is float single && !ConstantValues.FloatIsExactDecimal(single);
        return operation switch
        {
            // A tuple's element is part of a local (or of a value in flight), not a declared field.
            IFieldReferenceOperation { Field.ContainingType.IsTupleType: true } => false,
            IFieldReferenceOperation slot when !writes.Targets(slot).IsEmpty => false,
            IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } => operation.Type?.SpecialType == SpecialType.System_Single,
            IUnaryOperation unary => CarriesSinglePrecision(unary.Operand, writes),
            IBinaryOperation binary => CarriesSinglePrecision(binary.LeftOperand.WithoutImplicitConversions(), writes)
                || CarriesSinglePrecision(binary.RightOperand.WithoutImplicitConversions(), writes),
            // `c ? 0.1f : 0.5f` and `count switch { < 10 => 0.1f, _ => 1f }` are float values widened as a whole.
            IConditionalOperation or ISwitchExpressionOperation => ValueShapes.Arms(operation, ValueShapes.WithoutImplicitConversions)
                .Any(arm => CarriesSinglePrecision(arm, writes)),
            _ => false,
        };
    }
}
