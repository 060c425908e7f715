using OptimGen.Analyzers.Narrowing;
using OptimGen.Specs.Model;
using PrecisionMode = OptimGen.Specs.Model.PrecisionMode;

namespace OptimGen.Analyzers.Precision;

/// <summary>The narrowing rules' view of a precision mode (<see cref="ActivePrecision"/>) for the spec model's <see cref="PrecisionMode"/>.</summary>
internal static class Precisions
{
    public static ActivePrecision Of(PrecisionMode mode) => mode == PrecisionMode.Single ? ActivePrecision.Single : ActivePrecision.Double;

    public static PrecisionMode Other(PrecisionMode mode) => mode == PrecisionMode.Single ? PrecisionMode.Double : PrecisionMode.Single;
}
