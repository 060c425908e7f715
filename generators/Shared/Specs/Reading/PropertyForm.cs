using Microsoft.CodeAnalysis;

namespace OptimGen.Specs.Reading;

/// <summary>
/// What a <c>[Hyperparameter]</c> or <c>[Component]</c> property must be: set once, in an object initializer,
/// by whoever configures the optimizer, and read by the generated code.
/// </summary>
internal static class PropertyForm
{
    /// <summary>
    /// A public instance property (not an indexer) with a public <c>get</c> and a public <c>init</c>: an accessor
    /// that narrows the property's accessibility (<c>private init</c>, <c>protected get</c>) keeps the object
    /// initializer from setting it.
    /// </summary>
    public static bool IsPublicInitOnly(IPropertySymbol property) =>
        property.DeclaredAccessibility == Accessibility.Public && !property.IsStatic && !property.IsIndexer
        && property.GetMethod is { DeclaredAccessibility: Accessibility.Public }
        && property.SetMethod is { IsInitOnly: true, DeclaredAccessibility: Accessibility.Public };
}
