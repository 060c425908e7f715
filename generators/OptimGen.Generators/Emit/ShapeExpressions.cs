using System.Collections.Generic;
using System.Linq;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// The C# expressions for slot lengths, shared by <c>Init</c> (which allocates) and the state check
/// (which compares). Both read <c>n</c> and one <c>dim&lt;Hyperparameter&gt;</c> local per dimension.
/// </summary>
internal static class ShapeExpressions
{
    /// <summary>Declares <c>int dimX = StateGuard.Dimension(this.X, "X");</c> for every hyperparameter a shape uses.</summary>
    public static void WriteDimensionLocals(SourceWriter writer, SpecModel spec)
    {
        foreach (string hyperparameter in DimensionHyperparameters(spec))
            writer.WriteLine($"int {Local(hyperparameter)} = global::OptimGen.StateGuard.Dimension({Identifiers.Member(hyperparameter)}, {PrecisionTypes.StringLiteral(hyperparameter)});");
    }

    public static bool UsesParameterCount(SpecModel spec) => spec.Slots.Any(s => s.UsesParameterCount);

    /// <summary>The element count of an array slot as a <c>long</c> expression (an <c>int</c> one for a single dimension).</summary>
    public static string Length(SlotModel slot)
    {
        IEnumerable<string> terms = slot.Shape.Select(Term);
        return slot.Shape.Count == 1 ? Term(slot.Shape[0]) : "(long)" + string.Join(" * ", terms);
    }

    /// <summary>The element count of an array slot as an <c>int</c> expression, checked to fit an array.</summary>
    public static string AllocationLength(SlotModel slot) =>
        slot.Shape.Count == 1
            ? Term(slot.Shape[0])
            : $"global::OptimGen.StateGuard.Size({Length(slot)}, {PrecisionTypes.StringLiteral(slot.Name)})";

    private static string Term(ShapeDimension dimension) => dimension.Kind switch
    {
        ShapeDimensionKind.ParameterCount => "n",
        ShapeDimensionKind.Hyperparameter => Local(dimension.Text),
        _ => dimension.Text,
    };

    private static string Local(string hyperparameter) => "dim" + hyperparameter;

    private static IEnumerable<string> DimensionHyperparameters(SpecModel spec) =>
        spec.Slots.SelectMany(s => s.SizingHyperparameters).Distinct();
}
