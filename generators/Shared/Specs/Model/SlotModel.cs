namespace OptimGen.Specs.Model;

/// <summary>A <c>[State]</c> field: becomes the public field <see cref="Name"/> of the generated <c>State</c>.</summary>
/// <param name="FieldName">The private field in the spec, as declared.</param>
/// <param name="Name">The PascalCase public name in <c>State</c>.</param>
/// <param name="Element">The element type as written.</param>
/// <param name="Shape">The dimensions of an array slot; empty for a scalar.</param>
internal sealed record SlotModel(string FieldName, string Name, ElementKind Element, EquatableArray<ShapeDimension> Shape)
{
    public bool IsArray => !Shape.IsEmpty;

    public bool UsesParameterCount
    {
        get
        {
            foreach (ShapeDimension dimension in Shape)
                if (dimension.Kind == ShapeDimensionKind.ParameterCount)
                    return true;
            return false;
        }
    }

    /// <summary>
    /// The hyperparameters this slot's shape names (<c>MemorySize</c> in <c>MemorySize, n</c>): what <c>Init</c> reads to size it,
    /// and what a hyperparameter obsolete as an error therefore cannot be (OPT1032).
    /// </summary>
    public System.Collections.Generic.IEnumerable<string> SizingHyperparameters =>
        System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(Shape, d => d.Kind == ShapeDimensionKind.Hyperparameter), d => d.Text);

    /// <summary>The shape as the user wrote it, normalised: <c>MemorySize, n</c>.</summary>
    public string ShapeText => string.Join(", ", System.Linq.Enumerable.Select(Shape, d => d.Text));
}
