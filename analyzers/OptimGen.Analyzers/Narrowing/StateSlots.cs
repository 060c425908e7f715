using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Recognises state slots: a field of a type named <c>State</c> nested directly in an <c>[Optimizer]</c> spec
/// whose name is the PascalCase of one of the spec's <c>[State]</c> fields. How writes reach a slot is
/// <see cref="SlotWrites"/>'s concern. One instance per compilation.
/// </summary>
internal sealed class StateSlots
{
    private static readonly Func<IFieldSymbol, StateSlot?> ResolveSlot = Resolve;

    private readonly ConcurrentDictionary<IFieldSymbol, StateSlot?> slotByField = new(SymbolEqualityComparer.Default);

    /// <summary>The slot of a generated <c>State</c> field, or null when the field is not one.</summary>
    public StateSlot? Find(IFieldSymbol field) => field.IsStatic ? null : slotByField.GetOrAdd(field.OriginalDefinition, ResolveSlot);

    private static StateSlot? Resolve(IFieldSymbol field)
    {
        if (field.ContainingType is not { Name: "State", ContainingType: { } spec }
            || !SpecConventions.HasAttribute(spec, SpecConventions.OptimizerAttribute))
            return null;

        foreach (IFieldSymbol declaration in spec.GetMembers().OfType<IFieldSymbol>())
        {
            if (!SpecConventions.IsStateSlot(declaration) || SpecConventions.SlotName(declaration.Name) != field.Name)
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
}
