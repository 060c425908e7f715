using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using OptimGen.Specs.Reading;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The range of an integral hyperparameter that declares <c>Minimum</c>/<c>Maximum</c>
/// (<c>[Hyperparameter(Minimum = 1)] public int Window</c>): the generated <c>Init</c>, <c>Step</c> and <c>Scan</c> refuse a
/// value outside them, so a transition never sees one. <c>(int)(state.Steps &amp; (Window - 1))</c> then provably fits.
/// A hyperparameter that a slot's <c>Shape</c> names is a dimension: the generated code refuses a negative one (or one
/// above <c>int.MaxValue</c>) in the same places, so <c>for (long k = 0; k != MemorySize; k++)</c> stays within it.
/// </summary>
internal static class HyperparameterRanges
{
    public static ValueInterval? Of(IPropertySymbol property)
    {
        if (NumericType.From(property.Type) is not { IsIntegral: true } type
            || AttributeReading.Find(property, SpecConventions.HyperparameterAttribute) is not { } attribute)
            return null;

        decimal low = type.Range.Low, high = type.Range.High;
        bool dimension = IsDimension(property);
        if (dimension)
        {
            low = Math.Max(low, 0);
            high = Math.Min(high, int.MaxValue);
        }

        if (HyperparameterReader.ReadBounds(attribute) is not { } bounds)
            return dimension && low <= high ? new ValueInterval(low, high) : null;

        if (!double.IsNaN(bounds.Minimum) && !double.IsInfinity(bounds.Minimum) && Math.Abs(bounds.Minimum) < 1e20)
        {
            decimal minimum = (decimal)bounds.Minimum;
            decimal smallest = decimal.Ceiling(minimum);
            low = Math.Max(low, bounds.ExclusiveMinimum && smallest == minimum ? smallest + 1 : smallest);
        }

        if (!double.IsNaN(bounds.Maximum) && !double.IsInfinity(bounds.Maximum) && Math.Abs(bounds.Maximum) < 1e20)
        {
            decimal maximum = (decimal)bounds.Maximum;
            decimal largest = decimal.Floor(maximum);
            high = Math.Min(high, bounds.ExclusiveMaximum && largest == maximum ? largest - 1 : largest);
        }

        return low <= high ? new ValueInterval(low, high) : null;
    }

    /// <summary>Whether a <c>[State]</c> field of the property's spec names it in its <c>Shape</c>.</summary>
    private static bool IsDimension(IPropertySymbol property)
    {
        foreach (IFieldSymbol field in property.ContainingType.GetMembers().OfType<IFieldSymbol>())
        {
            if (AttributeReading.Find(field, SpecConventions.StateAttribute) is { } state
                && AttributeReading.NamedArgument<string>(state, "Shape") is { } shape
                && ShapeParser.EntryNames(shape).Contains(property.Name))
                return true;
        }

        return false;
    }
}
