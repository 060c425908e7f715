using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Follows a value up to the slot it is stored in, if any: through implicit conversions, conditional and
/// switch-expression arms, <c>??</c>, tuple elements of a deconstruction, compound assignments
/// (<c>state.Mu[i] += (float)x</c>), library stores (<c>Interlocked.Exchange(ref state.Scale, (float)x)</c>) and (when asked) arithmetic that keeps the value's type, as in
/// <c>state.Scale = (float)x * 2f</c> or <c>state.Scale = MathF.Max(state.Scale, (float)x)</c>.
/// </summary>
internal static class SlotDestination
{
    public static ImmutableArray<StateSlot> Find(IOperation value, SlotWrites writes, bool throughSameTypeArithmetic, bool throughCompoundAssignment = true)
    {
        Stack<int>? tupleIndices = null;
        IOperation current = value;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation { IsImplicit: true }:
                case IConditionalOperation conditional when conditional.Condition != current:
                case ISwitchExpressionArmOperation arm when arm.Value == current:
                case ISwitchExpressionOperation switchExpression when switchExpression.Value != current:
                case ICoalesceOperation:
                    break;
                case IBinaryOperation or IUnaryOperation when throughSameTypeArithmetic
                                                              && SymbolEqualityComparer.Default.Equals(parent.Type, value.Type):
                    break;
                case IArgumentOperation { Parent: IInvocationOperation call } mathArgument
                    when throughSameTypeArithmetic && mathArgument.Value == current && IsSameTypeMath(call, value.Type):
                    current = call;
                    continue;
                case ITupleOperation tuple:
                    (tupleIndices ??= new Stack<int>()).Push(tuple.Elements.IndexOf(current));
                    break;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return tupleIndices is null or { Count: 0 } ? writes.Targets(assignment.Target) : ImmutableArray<StateSlot>.Empty;
                case IArgumentOperation { Parent: IInvocationOperation invocation } argument when argument.Value == current:
                    return tupleIndices is null or { Count: 0 } && SlotWriteApi.Recognize(invocation) is { IsCopy: false } store && store.Value == current
                        ? (store.IsView ? writes.ViewedBy(store.Destination) : writes.Targets(store.Destination))
                        : ImmutableArray<StateSlot>.Empty;
                case ICompoundAssignmentOperation compound when compound.Value == current && throughCompoundAssignment:
                    return tupleIndices is null or { Count: 0 } ? writes.Targets(compound.Target) : ImmutableArray<StateSlot>.Empty;
                case IDeconstructionAssignmentOperation deconstruction when deconstruction.Value == current:
                    IOperation? target = deconstruction.Target;
                    while (tupleIndices is { Count: > 0 } && target is ITupleOperation targets)
                    {
                        int index = tupleIndices.Pop();
                        target = index >= 0 && index < targets.Elements.Length ? targets.Elements[index] : null;
                    }

                    return target is not null && tupleIndices is null or { Count: 0 } ? writes.Targets(target) : ImmutableArray<StateSlot>.Empty;
                default:
                    return ImmutableArray<StateSlot>.Empty;
            }

            current = parent;
        }

        return ImmutableArray<StateSlot>.Empty;
    }

    /// <summary><c>MathF.Max(a, b)</c>, <c>float.Lerp(a, b, t)</c>: a math function computing at its arguments' type is arithmetic too.</summary>
    private static bool IsSameTypeMath(IInvocationOperation call, ITypeSymbol? type) =>
        call.TargetMethod.IsStatic && IndexBounds.IsMathType(call.TargetMethod.ContainingType)
        && SymbolEqualityComparer.Default.Equals(call.Type, type);
}
