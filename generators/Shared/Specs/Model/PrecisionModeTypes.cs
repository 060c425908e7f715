using Microsoft.CodeAnalysis;

namespace OptimGen.Specs.Model;

/// <summary>
/// What <c>Real</c> and <c>Integer</c> stand for in each precision mode: the one table that the generator's emitters,
/// the narrowing and precision rules and the check of a project's own aliases all read.
/// </summary>
internal static class PrecisionModeTypes
{
    /// <summary><c>Real</c>: <c>double</c> in Double mode, <c>float</c> in Single mode.</summary>
    public static SpecialType Real(PrecisionMode mode) => mode == PrecisionMode.Single ? SpecialType.System_Single : SpecialType.System_Double;

    /// <summary><c>Integer</c>: <c>long</c> in Double mode, <c>int</c> in Single mode.</summary>
    public static SpecialType Integer(PrecisionMode mode) => mode == PrecisionMode.Single ? SpecialType.System_Int32 : SpecialType.System_Int64;

    /// <summary>The mode a build is not in, whose code the precision rules check too.</summary>
    public static PrecisionMode Other(PrecisionMode mode) => mode == PrecisionMode.Single ? PrecisionMode.Double : PrecisionMode.Single;
}
