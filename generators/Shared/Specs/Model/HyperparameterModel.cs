namespace OptimGen.Specs.Model;

/// <summary>A <c>[Hyperparameter]</c> property of a spec.</summary>
/// <param name="Name">The property name.</param>
/// <param name="TypeName">The property type as written, for messages.</param>
/// <param name="Element">The numeric type as written; null when it is not one of the recognised numeric types.</param>
/// <param name="IsNullable">Whether the property is a nullable value (optional hyperparameter; null skips its bounds).</param>
/// <param name="Bounds">The bounds the generated <c>Init</c> checks; null when none were given.</param>
internal sealed record HyperparameterModel(string Name, string TypeName, ElementKind? Element, bool IsNullable, HyperparameterBounds? Bounds)
{
    /// <summary>Whether the hyperparameter can size a slot (an <c>int</c>, <c>long</c> or <c>Integer</c>, not nullable).</summary>
    public bool IsDimension =>
        !IsNullable && Element is ElementKind.Integer or ElementKind.Int32 or ElementKind.Int64;
}

/// <summary>Bounds from <c>[Hyperparameter(Minimum = ..., Maximum = ...)]</c>; NaN means unbounded on that side.</summary>
internal sealed record HyperparameterBounds(double Minimum, bool ExclusiveMinimum, double Maximum, bool ExclusiveMaximum);
