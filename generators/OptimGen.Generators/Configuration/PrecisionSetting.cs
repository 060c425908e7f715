using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Conventions;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Configuration;

/// <summary>Reads the <c>OptimGenPrecision</c> MSBuild property, made visible by the package's build props.</summary>
internal static class PrecisionSetting
{
    /// <returns>The mode; Double when the value is neither Double nor Single (the analyzer reports OPT1020).</returns>
    public static PrecisionMode Read(AnalyzerConfigOptions globalOptions) =>
        SpecConventions.IsSinglePrecision(globalOptions, out _) ? PrecisionMode.Single : PrecisionMode.Double;
}
