using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>How a value reaches its destination: through implicit conversions and the arms of conditionals.</summary>
internal static class ValueShapes
{
    /// <summary>The value as written, before the compiler's implicit conversions.</summary>
    public static IOperation WithoutImplicitConversions(this IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true, Operand: { } operand })
            operation = operand;
        return operation;
    }

    /// <summary>
    /// The value before the compiler's implicit conversions, except a user-defined one whose operator returns a number:
    /// that number is what is stored (<c>state.Value = moment</c> through <c>implicit operator float(Moment m)</c> stores a
    /// <c>float</c>), so the arm is the conversion and <see cref="TypeOf"/> its operator's result.
    /// </summary>
    private static IOperation AsStored(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true, Operand: { } operand } conversion && NumberOperator(conversion) is null)
            operation = operand;
        return operation;
    }

    /// <summary>The type of the value an arm of <see cref="Arms"/> produces.</summary>
    public static ITypeSymbol? TypeOf(IOperation arm) => arm is IConversionOperation conversion && NumberOperator(conversion) is { } result ? result : arm.Type;

    private static ITypeSymbol? NumberOperator(IConversionOperation conversion) =>
        conversion.Conversion.IsUserDefined && conversion.OperatorMethod?.ReturnType is { } result && NumericType.From(result) is not null ? result : null;

    /// <summary>
    /// The elements of an array written out where it is stored: an array creation's initializer
    /// (<c>new Integer[] { steps, 0 }</c>) or a collection expression (<c>[steps, .. state.Ring[..^1]]</c>), each with
    /// whether it is spread (<c>.. recent</c>, whose elements are what is stored). Nothing for any other value.
    /// </summary>
    public static IEnumerable<(IOperation Element, bool IsSpread)> WrittenElements(IOperation value)
    {
        value = value.WithoutImplicitConversions();
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (IOperation element in initializer.ElementValues)
                yield return (element, false);
            yield break;
        }

        // Collection expressions are read from their syntax: Microsoft.CodeAnalysis 4.8 has no operation interface for them.
        if (value.Syntax is not CollectionExpressionSyntax collection || value.SemanticModel is not { } model)
            yield break;
        foreach (CollectionElementSyntax element in collection.Elements)
        {
            ExpressionSyntax? expression = element switch
            {
                ExpressionElementSyntax single => single.Expression,
                SpreadElementSyntax spread => spread.Expression,
                _ => null,
            };
            if (expression is not null && model.GetOperation(expression) is { } operation)
                yield return (operation, element is SpreadElementSyntax);
        }
    }

    /// <summary>
    /// The expressions that can end up as the value: both arms of <c>c ? a : b</c>, every arm of a switch
    /// expression, both sides of <c>??</c>, recursively; otherwise the value itself. Each level is first unwrapped by
    /// <paramref name="unwrap"/> (by default the compiler's implicit conversions, as <see cref="AsStored"/> says).
    /// </summary>
    public static IEnumerable<IOperation> Arms(IOperation value, Func<IOperation, IOperation>? unwrap = null)
    {
        value = (unwrap ?? AsStored)(value);
        switch (value)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                foreach (IOperation arm in Arms(conditional.WhenTrue, unwrap))
                    yield return arm;
                foreach (IOperation arm in Arms(whenFalse, unwrap))
                    yield return arm;
                break;
            case ISwitchExpressionOperation switchExpression:
                foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
                    foreach (IOperation armValue in Arms(arm.Value, unwrap))
                        yield return armValue;
                break;
            case ICoalesceOperation coalesce:
                foreach (IOperation arm in Arms(coalesce.Value, unwrap))
                    yield return arm;
                foreach (IOperation arm in Arms(coalesce.WhenNull, unwrap))
                    yield return arm;
                break;
            default:
                yield return value;
                break;
        }
    }
}
