using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Specs;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// OPT0005: a scalar slot declared <c>Real</c> or <c>float</c> that a transition counts with: <c>state.Steps++</c>,
/// <c>--</c>, <c>+= 1</c>, <c>-= 1</c>, or <c>state.Steps = state.Steps + 1</c>, also through a <c>ref</c> local
/// aliasing the slot. As a float it stops counting at
/// 2^24. A slot that also accumulates a non-constant value (<c>state.Sum += g</c>) is a sum, not a counter.
/// Fed every operation of the transition scope, then asked once for its findings.
/// </summary>
internal sealed class CounterSlots
{
    private readonly SpecReadings specs;
    private readonly Dictionary<IFieldSymbol, List<(IOperation Site, SlotModel Slot)>> counts = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IFieldSymbol> accumulating = new(SymbolEqualityComparer.Default);

    public CounterSlots(SpecReadings specs) => this.specs = specs;

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
            case ISimpleAssignmentOperation { IsRef: false } assignment
                when assignment.Value.WithoutImplicitConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum
                     && Field(assignment.Target) is { } field:
                IOperation left = sum.LeftOperand.WithoutImplicitConversions();
                IOperation right = sum.RightOperand.WithoutImplicitConversions();
                if (IsSameField(left, field))
                    Record(assignment.Target, assignment, right);
                else if (IsSameField(right, field) && sum.OperatorKind == BinaryOperatorKind.Add)
                    Record(assignment.Target, assignment, left);
                break;
        }
    }

    /// <summary>The counting sites of every slot that never accumulates anything else.</summary>
    public IEnumerable<Diagnostic> Findings()
    {
        foreach (KeyValuePair<IFieldSymbol, List<(IOperation Site, SlotModel Slot)>> entry in counts)
        {
            if (accumulating.Contains(entry.Key))
                continue;
            foreach ((IOperation site, SlotModel slot) in entry.Value)
            {
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                    .Add(PrecisionDiagnostics.SlotFieldProperty, slot.FieldName)
                    .Add(PrecisionDiagnostics.SpecProperty, entry.Key.ContainingType.ContainingType?.GetDocumentationCommentId());
                yield return Diagnostic.Create(PrecisionDiagnostics.RealCounter, site.Syntax.GetLocation(), properties,
                    slot.Name, ElementKindNames.Declared(slot.Element));
            }
        }
    }

    /// <param name="amount">What is added or subtracted; null for <c>++</c> and <c>--</c>.</param>
    private void Record(IOperation target, IOperation site, IOperation? amount)
    {
        if (Field(target) is not { } field || specs.SlotOf(field) is not { IsArray: false } slot
            || slot.Element is not (ElementKind.Real or ElementKind.Single))
            return;
        if (amount is not null && !IsOne(amount))
        {
            // A step other than 1 is no count; a non-constant one makes the slot a sum.
            if (!amount.ConstantValue.HasValue)
                accumulating.Add(field);
            return;
        }

        if (!counts.TryGetValue(field, out List<(IOperation, SlotModel)>? sites))
            counts[field] = sites = new List<(IOperation, SlotModel)>();
        sites.Add((site, slot));
    }

    /// <summary>The field <paramref name="target"/> writes: a field reference, or a <c>ref</c> local aliasing one (<c>ref Real t = ref state.T;</c>).</summary>
    private static IFieldSymbol? Field(IOperation target) => target switch
    {
        IFieldReferenceOperation { Field.IsStatic: false } reference => reference.Field.OriginalDefinition,
        ILocalReferenceOperation { Local.IsRef: true, SemanticModel: { } model } local
            when local.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: RefExpressionSyntax aliased }
                 && aliased.SyntaxTree == model.SyntaxTree
                 && model.GetOperation(aliased.Expression) is IFieldReferenceOperation { Field.IsStatic: false } field => field.Field.OriginalDefinition,
        _ => null,
    };

    private static bool IsSameField(IOperation operand, IFieldSymbol field) =>
        Field(operand) is { } other && SymbolEqualityComparer.Default.Equals(other, field);

    /// <summary>A constant 1, however it is typed or cast: <c>1</c>, <c>1f</c>, <c>(Real)1</c>, <c>1.0</c>.</summary>
    private static bool IsOne(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: { } constant } && constant switch
        {
            double d => d == 1,
            float f => f == 1,
            decimal m => m == 1,
            _ => ConstantValueOf(constant) == 1,
        };

    private static decimal? ConstantValueOf(object constant) => ConstantValues.IntegerValue(constant) is { } integer && constant is not bool ? integer : null;
}
