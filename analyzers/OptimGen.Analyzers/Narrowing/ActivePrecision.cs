using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Conventions;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The precision a compilation is built in: what <c>Real</c> and <c>Integer</c> stand for, and so which
/// types are narrower than the active precision of their family.
/// </summary>
internal sealed class ActivePrecision
{
    public static readonly ActivePrecision Double = For(PrecisionMode.Double);
    public static readonly ActivePrecision Single = For(PrecisionMode.Single);

    private ActivePrecision(PrecisionMode mode, NumericType real, NumericType integer)
    {
        Mode = mode;
        Real = real;
        Integer = integer;
    }

    public PrecisionMode Mode { get; }

    /// <summary>The precision of <paramref name="mode"/>.</summary>
    public static ActivePrecision Of(PrecisionMode mode) => mode == PrecisionMode.Single ? Single : Double;

    /// <summary>The mode's types as <see cref="PrecisionModeTypes"/> gives them.</summary>
    private static ActivePrecision For(PrecisionMode mode) =>
        new(mode, NumericType.From(PrecisionModeTypes.Real(mode))!, NumericType.From(PrecisionModeTypes.Integer(mode))!);

    /// <summary>What <c>Real</c> is in this mode.</summary>
    public NumericType Real { get; }

    /// <summary>What <c>Integer</c> is in this mode.</summary>
    public NumericType Integer { get; }

    /// <summary>
    /// Reads <c>OptimGenPrecision</c> (case-insensitive; missing or empty means Double). An unknown value
    /// also means Double here: the generator reports it as OPT1020.
    /// </summary>
    public static ActivePrecision Read(AnalyzerConfigOptions globalOptions) =>
        SpecConventions.IsSinglePrecision(globalOptions, out _) ? Single : Double;

    /// <summary><c>Real</c> for a floating type, <c>Integer</c> for an integral one, null for decimal.</summary>
    public NumericType? ActiveFor(NumericType type) => type.Kind switch
    {
        NumericKind.Floating => Real,
        NumericKind.Integral => Integer,
        _ => null,
    };

    /// <summary>The alias that stands for the active type of <paramref name="type"/>'s family.</summary>
    public static string AliasFor(NumericType type) => type.IsFloating ? "Real" : "Integer";

    /// <summary>Whether <paramref name="type"/> is narrower than the active precision of its family (<c>Half</c> always is).</summary>
    public bool IsNarrowerThanActive(NumericType type) => ActiveFor(type) is { } active && type.Bits < active.Bits;

    /// <summary>"Real (Double in Double mode)": how messages name the active precision of a family.</summary>
    public string Describe(NumericType type) => $"{AliasFor(type)} ({ActiveFor(type)} in {Mode} mode)";
}
