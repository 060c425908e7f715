using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers;

/// <summary>Recognises OptimGen's attributes on symbols.</summary>
internal static class SpecSymbols
{
    public const string OptimizerAttribute = "OptimGen.OptimizerAttribute";
    public const string StateAttribute = "OptimGen.StateAttribute";
    public const string TransitionAttribute = "OptimGen.TransitionAttribute";
    public const string HyperparameterAttribute = "OptimGen.HyperparameterAttribute";

    public static bool HasAttribute(ISymbol symbol, string metadataName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
            if (attribute.AttributeClass?.ToDisplayString() == metadataName)
                return true;
        return false;
    }

    /// <summary>A <c>[State]</c> field of an <c>[Optimizer]</c> type.</summary>
    public static bool IsStateSlot(IFieldSymbol field) =>
        HasAttribute(field, StateAttribute) && field.ContainingType is { } spec && HasAttribute(spec, OptimizerAttribute);

    /// <summary>
    /// The public name the generator gives a <c>[State]</c> field in <c>State</c>: <c>steps</c> becomes
    /// <c>Steps</c>, <c>_diffParams</c> becomes <c>DiffParams</c> (the generator's rule, repeated here because
    /// analyzers cannot reference the generator).
    /// </summary>
    public static string SlotName(string fieldName)
    {
        string trimmed = fieldName.TrimStart('_');
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
    }
}
