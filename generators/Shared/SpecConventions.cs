using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Conventions;

/// <summary>
/// What the generator and the analyzer must agree on about a spec: the attributes' names, the public name a
/// <c>[State]</c> field gets in the generated <c>State</c>, how the <c>OptimGenPrecision</c> property is read,
/// and where the diagnostics' pages are. One source file, compiled into both assemblies (an analyzer does
/// not reference the generator), so that the two can never disagree.
/// </summary>
internal static class SpecConventions
{
    public const string OptimizerAttribute = "OptimGen.OptimizerAttribute";
    public const string HyperparameterAttribute = "OptimGen.HyperparameterAttribute";
    public const string StateAttribute = "OptimGen.StateAttribute";
    public const string TransitionAttribute = "OptimGen.TransitionAttribute";
    public const string InitAttribute = "OptimGen.InitAttribute";
    public const string CachedEvaluationAttribute = "OptimGen.CachedEvaluationAttribute";
    public const string ConvergenceMeasureAttribute = "OptimGen.ConvergenceMeasureAttribute";
    public const string OptimizerFailureAttribute = "OptimGen.OptimizerFailureAttribute";
    public const string ComponentAttribute = "OptimGen.ComponentAttribute";

    /// <summary>The name of the generated nested state type.</summary>
    public const string StateType = "State";

    /// <summary>The MSBuild property, as the compiler passes it to generators and analyzers.</summary>
    public const string PrecisionProperty = "build_property.OptimGenPrecision";

    /// <summary>Where every diagnostic's page lives: <c>docs/diagnostics/OPTxxxx.md</c> in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/OptimGen/OptimGen/blob/main/docs/diagnostics/";

    public static bool HasAttribute(ISymbol symbol, string metadataName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == metadataName)
                return true;
        }

        return false;
    }

    /// <summary>A <c>[State]</c> field of an <c>[Optimizer]</c> type.</summary>
    public static bool IsStateSlot(IFieldSymbol field) =>
        HasAttribute(field, StateAttribute) && field.ContainingType is { } spec && HasAttribute(spec, OptimizerAttribute);

    /// <summary><c>steps</c> becomes <c>Steps</c>, <c>_diffParams</c> becomes <c>DiffParams</c>; null when nothing is left.</summary>
    public static string? SlotName(string fieldName)
    {
        string trimmed = fieldName.TrimStart('_');
        return trimmed.Length == 0 ? null : char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
    }

    /// <summary>
    /// Reads <c>OptimGenPrecision</c>: <c>Double</c> (also when missing or empty) or <c>Single</c>, in any case.
    /// </summary>
    /// <param name="globalOptions">The compilation's global analyzer config options.</param>
    /// <param name="invalidValue">The value when it is neither, else null (the mode is then Double).</param>
    /// <returns>Whether the mode is Single.</returns>
    public static bool IsSinglePrecision(AnalyzerConfigOptions globalOptions, out string? invalidValue)
    {
        invalidValue = null;
        if (!globalOptions.TryGetValue(PrecisionProperty, out string? raw) || string.IsNullOrWhiteSpace(raw))
            return false;

        string value = raw!.Trim();
        if (string.Equals(value, "Single", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!string.Equals(value, "Double", StringComparison.OrdinalIgnoreCase))
            invalidValue = value;
        return false;
    }
}
