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
}
