using System.Globalization;
using Microsoft.CodeAnalysis;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// How the emitters spell types in one precision mode: <c>Real</c> and <c>Integer</c> become the mode's
/// primitives, so the generated state shows its concrete types.
/// </summary>
internal sealed class PrecisionTypes
{
    public static readonly PrecisionTypes Double = new(PrecisionMode.Double);
    public static readonly PrecisionTypes Single = new(PrecisionMode.Single);

    private PrecisionTypes(PrecisionMode mode) => Mode = mode;

    public PrecisionMode Mode { get; }

    /// <summary>The C# keyword of <c>Real</c>: <c>double</c> or <c>float</c>.</summary>
    public string Real => KeywordOf(PrecisionModeTypes.Real(Mode));

    /// <summary>The C# keyword of <c>Integer</c>: <c>long</c> or <c>int</c>.</summary>
    public string Integer => KeywordOf(PrecisionModeTypes.Integer(Mode));

    public static PrecisionTypes For(PrecisionMode mode) => mode == PrecisionMode.Double ? Double : Single;

    /// <summary>The C# keyword for an element kind in this mode.</summary>
    public string Keyword(ElementKind kind) => kind switch
    {
        ElementKind.Real => Real,
        ElementKind.Integer => Integer,
        ElementKind.Double => "double",
        ElementKind.Single => "float",
        ElementKind.Int64 => "long",
        ElementKind.Int32 => "int",
        _ => "bool",
    };

    /// <summary>The CLR name of an element kind in this mode (<c>Double</c>, <c>Int64</c>, ...), as reader methods spell it.</summary>
    public string Clr(ElementKind kind) => Keyword(kind) switch
    {
        "double" => "Double",
        "float" => "Single",
        "long" => "Int64",
        "int" => "Int32",
        _ => "Boolean",
    };

    /// <summary>The C# keyword of one of the types <c>Real</c> and <c>Integer</c> can stand for.</summary>
    private static string KeywordOf(SpecialType type) => type switch
    {
        SpecialType.System_Double => "double",
        SpecialType.System_Single => "float",
        SpecialType.System_Int64 => "long",
        _ => "int",
    };

    /// <summary>The element kind as the spec writes it, for layouts and messages.</summary>
    public static string Declared(ElementKind kind) => ElementKindNames.Declared(kind);

    /// <summary>A <c>double</c> as a C# literal that reads back to the same value.</summary>
    public static string DoubleLiteral(double value) =>
        double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";

    /// <summary>A string as a C# string literal.</summary>
    public static string StringLiteral(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
