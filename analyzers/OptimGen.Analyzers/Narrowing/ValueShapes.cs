using System.Collections.Generic;
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
    /// The expressions that can end up as the value: both arms of <c>c ? a : b</c>, every arm of a switch
    /// expression, both sides of <c>??</c>, recursively; otherwise the value itself.
    /// </summary>
    public static IEnumerable<IOperation> Arms(IOperation value)
    {
        value = value.WithoutImplicitConversions();
        switch (value)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                foreach (IOperation arm in Arms(conditional.WhenTrue))
                    yield return arm;
                foreach (IOperation arm in Arms(whenFalse))
                    yield return arm;
                break;
            case ISwitchExpressionOperation switchExpression:
                foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
                    foreach (IOperation armValue in Arms(arm.Value))
                        yield return armValue;
                break;
            case ICoalesceOperation coalesce:
                foreach (IOperation arm in Arms(coalesce.Value))
                    yield return arm;
                foreach (IOperation arm in Arms(coalesce.WhenNull))
                    yield return arm;
                break;
            default:
                yield return value;
                break;
        }
    }
}
