namespace OptimGen.Generators.Model;

/// <summary>The precision mode of the compilation, read from the <c>OptimGenPrecision</c> MSBuild property.</summary>
internal enum PrecisionMode
{
    Double,
    Single,
}

/// <summary>
/// The compilation-wide settings the emitters depend on.
/// </summary>
/// <param name="Precision">The mode to emit for (Double when the property's value was not understood).</param>
/// <param name="InvalidPrecisionValue">The property's value when it is neither Double nor Single; null otherwise.</param>
/// <param name="SupportsGlobalUsings">Whether the language version has global using aliases (C# 10).</param>
/// <param name="LanguageVersion">The language version's display text, for the diagnostic.</param>
internal sealed record GenerationOptions(
    PrecisionMode Precision,
    string? InvalidPrecisionValue,
    bool SupportsGlobalUsings,
    string LanguageVersion);
