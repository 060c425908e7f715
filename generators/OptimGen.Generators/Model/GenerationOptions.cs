using OptimGen.Specs.Model;

namespace OptimGen.Generators.Model;

/// <summary>The compilation-wide settings the emitters depend on.</summary>
/// <param name="Precision">The mode to emit for (Double when the property's value was not understood; the analyzer reports OPT1020).</param>
/// <param name="SupportsGlobalUsings">Whether the language version has global using aliases (C# 10).</param>
internal sealed record GenerationOptions(PrecisionMode Precision, bool SupportsGlobalUsings);
