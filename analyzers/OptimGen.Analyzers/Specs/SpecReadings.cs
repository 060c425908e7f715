using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Conventions;
using OptimGen.Specs.Model;
using OptimGen.Specs.Reading;

namespace OptimGen.Analyzers.Specs;

/// <summary>
/// The specs of one compilation as the shared <see cref="SpecReader"/> reads them (the generator reads them the
/// same way), each read once: the narrowing rules ask it what a field of a generated <c>State</c> is.
/// </summary>
internal sealed class SpecReadings
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, SpecModel?> models = new(SymbolEqualityComparer.Default);

    /// <summary>The model of a valid spec declared in source; null for anything else.</summary>
    public SpecModel? Read(INamedTypeSymbol spec) => models.GetOrAdd(spec.OriginalDefinition, static type => ReadNow(type));

    /// <summary>
    /// The slot a public field of a generated <c>State</c> holds: <paramref name="stateField"/> is a field of the type
    /// <c>State</c> nested in a valid spec, named as one of its slots. Null for any other field.
    /// </summary>
    public SlotModel? SlotOf(IFieldSymbol stateField)
    {
        if (stateField.IsStatic
            || stateField.ContainingType is not { Name: SpecConventions.StateType, ContainingType: { } spec }
            || !SpecConventions.HasAttribute(spec, SpecConventions.OptimizerAttribute)
            || Read(spec) is not { } model)
            return null;
        foreach (SlotModel slot in model.Slots)
            if (slot.Name == stateField.Name)
                return slot;
        return null;
    }

    private static SpecModel? ReadNow(INamedTypeSymbol spec) =>
        SpecReader.OptimizerDeclaration(spec, CancellationToken.None) is TypeDeclarationSyntax declaration
            ? SpecReader.Read(spec, declaration, DiagnosticCollector.Discarding(), CancellationToken.None)
            : null;
}
