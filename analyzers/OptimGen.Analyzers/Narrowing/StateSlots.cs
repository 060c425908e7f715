using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Recognises writes to state slots: a field of a type named <c>State</c> nested directly in an
/// <c>[Optimizer]</c> spec whose name is the PascalCase of one of the spec's <c>[State]</c> fields, an element
/// of such a field when it is an array, or a <c>ref</c> local that aliases either. One instance per compilation.
/// </summary>
internal sealed class StateSlots
{
    private readonly ConcurrentDictionary<IFieldSymbol, StateSlot?> slotByField = new(SymbolEqualityComparer.Default);

    /// <summary>The slot that <paramref name="target"/> (an assignment's left side) writes, or null.</summary>
    public StateSlot? Written(IOperation target) => target switch
    {
        IFieldReferenceOperation field => Find(field.Field) is { } slot && field.Type is not IArrayTypeSymbol ? slot : null,
        IArrayElementReferenceOperation { ArrayReference: IFieldReferenceOperation array } => Find(array.Field),
        ILocalReferenceOperation { Local.IsRef: true } local => Aliased(local),
        _ => null,
    };

    /// <summary>The slot of a generated <c>State</c> field, or null when the field is not one.</summary>
    public StateSlot? Find(IFieldSymbol field) => field.IsStatic ? null : slotByField.GetOrAdd(field.OriginalDefinition, Resolve);

    private static StateSlot? Resolve(IFieldSymbol field)
    {
        if (field.ContainingType is not { Name: "State", ContainingType: { } spec }
            || !SpecSymbols.HasAttribute(spec, SpecSymbols.OptimizerAttribute))
            return null;

        foreach (IFieldSymbol declaration in spec.GetMembers().OfType<IFieldSymbol>())
        {
            if (!SpecSymbols.IsStateSlot(declaration) || SpecSymbols.SlotName(declaration.Name) != field.Name)
                continue;
            ITypeSymbol element = field.Type is IArrayTypeSymbol array ? array.ElementType : field.Type;
            return new StateSlot(field.Name, DeclaredElementType(declaration) ?? element.ToDisplayString(), element);
        }

        return null;
    }

    /// <summary>The element type as written on the <c>[State]</c> field: <c>Real</c> stays <c>Real</c>.</summary>
    private static string? DeclaredElementType(IFieldSymbol declaration)
    {
        if (declaration.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables })
            return null;
        TypeSyntax type = variables.Type is ArrayTypeSyntax array ? array.ElementType : variables.Type;
        return type.ToString();
    }

    /// <summary><c>ref long steps = ref state.Steps;</c>: writes to <c>steps</c> are writes to the slot.</summary>
    private StateSlot? Aliased(ILocalReferenceOperation reference)
    {
        if (reference.SemanticModel is not { } model
            || reference.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax
            {
                Initializer.Value: RefExpressionSyntax aliased,
            }
            || aliased.SyntaxTree != model.SyntaxTree
            || model.GetOperation(aliased.Expression) is not { } initializer)
            return null;
        return initializer is ILocalReferenceOperation ? null : Written(initializer);
    }
}
