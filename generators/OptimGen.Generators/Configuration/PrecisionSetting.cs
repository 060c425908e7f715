using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Conventions;
using OptimGen.Generators.Model;

namespace OptimGen.Generators.Configuration;

/// <summary>Reads the <c>OptimGenPrecision</c> MSBuild property, made visible by the package's build props.</summary>
internal static class PrecisionSetting
{
    /// <returns>The mode, and the raw value when it is neither Double nor Single (then the mode is Double).</returns>
    public static (PrecisionMode Mode, string? InvalidValue) Read(AnalyzerConfigOptions globalOptions) =>
        SpecConventions.IsSinglePrecision(globalOptions, out string? invalid)
            ? (PrecisionMode.Single, null)
            : (PrecisionMode.Double, invalid);
}
