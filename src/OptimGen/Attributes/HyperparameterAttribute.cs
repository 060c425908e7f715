using System;

namespace OptimGen;

/// <summary>
/// Marks a public init-only property of an optimizer spec as a hyperparameter. Integer
/// hyperparameters may size state slots through <see cref="StateAttribute.Shape"/>.
/// </summary>
/// <remarks>
/// The optional bounds are checked by the generated <c>Init</c>, which throws
/// <see cref="ArgumentOutOfRangeException"/> naming the property when a value lies outside them
/// (NaN always does). Leave a bound at NaN to not check it.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class HyperparameterAttribute : Attribute
{
    /// <summary>Smallest allowed value (inclusive). NaN: no lower bound.</summary>
    public double Minimum { get; set; } = double.NaN;

    /// <summary>Largest allowed value (inclusive). NaN: no upper bound.</summary>
    public double Maximum { get; set; } = double.NaN;

    /// <summary>Whether <see cref="Minimum"/> itself is excluded.</summary>
    public bool ExclusiveMinimum { get; set; }

    /// <summary>Whether <see cref="Maximum"/> itself is excluded.</summary>
    public bool ExclusiveMaximum { get; set; }
}
