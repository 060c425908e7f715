using System;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Generators.Model;

namespace OptimGen.Generators.Configuration;

/// <summary>Reads the <c>OptimGenPrecision</c> MSBuild property, made visible by the package's build props.</summary>
internal static class PrecisionSetting
{
    public const string BuildProperty = "build_property.OptimGenPrecision";

    /// <returns>The mode, and the raw value when it is neither Double nor Single (then the mode is Double).</returns>
    public static (PrecisionMode Mode, string? InvalidValue) Read(AnalyzerConfigOptions globalOptions)
    {
        if (!globalOptions.TryGetValue(BuildProperty, out string? raw) || string.IsNullOrWhiteSpace(raw))
            return (PrecisionMode.Double, null);

        string value = raw.Trim();
        if (string.Equals(value, nameof(PrecisionMode.Double), StringComparison.OrdinalIgnoreCase))
            return (PrecisionMode.Double, null);
        if (string.Equals(value, nameof(PrecisionMode.Single), StringComparison.OrdinalIgnoreCase))
            return (PrecisionMode.Single, null);
        return (PrecisionMode.Double, value);
    }
}
