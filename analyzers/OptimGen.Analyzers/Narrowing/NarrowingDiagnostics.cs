using Microsoft.CodeAnalysis;
using OptimGen.Conventions;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>The narrowing rules OPT0001 to OPT0003; their documentation is <c>docs/diagnostics/OPT000N.md</c>.</summary>
internal static class NarrowingDiagnostics
{
    public const string Category = "OptimGen.Precision";

    public const string NarrowingConversionId = "OPT0001";
    public const string NarrowSlotValueId = "OPT0002";
    public const string MixedPrecisionId = "OPT0003";

    /// <summary>{0} how it is written ("A cast", "'Convert.ToInt32'"), {1} source, {2} target, {3} the active precision.</summary>
    public static readonly DiagnosticDescriptor NarrowingConversion = new(
        NarrowingConversionId,
        "Conversion narrows below the active precision inside a state transition",
        "{0} converts {1} to {2}, which is narrower than {3}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Inside a state transition, a value converted to a type narrower than Real or Integer loses precision that the state's types promise. Convert to Real/Integer (or to the slot's declared type) instead.",
        helpLinkUri: SpecConventions.HelpLinkBase + NarrowingConversionId + ".md");

    /// <summary>{0} slot, {1} the slot's type ("Integer (Int64 in Double mode)"), {2} the value's type with its article ("an Int32").</summary>
    public static readonly DiagnosticDescriptor NarrowSlotValue = new(
        NarrowSlotValueId,
        "State slot is assigned a value narrower than its type",
        "Slot '{0}' is {1} but is assigned {2} value",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A state slot receives a value computed at a lower precision than the slot's type: the mismatch of optax#1210, where an int32 line-search counter was stored in an int64 slot. Cast the value to the slot's type or declare its source with that type.",
        helpLinkUri: SpecConventions.HelpLinkBase + NarrowSlotValueId + ".md");

    /// <summary>{0} the expression, {1} the mode's name.</summary>
    public static readonly DiagnosticDescriptor MixedPrecision = new(
        MixedPrecisionId,
        "Single-precision value enters Double-mode transition arithmetic",
        "Single value '{0}' is widened to Double without a cast; Real is Double in {1} mode",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A float literal, field or hyperparameter carries single precision into Double-mode arithmetic: 0.1f is 0.100000001490116... Write (Real)0.1, or cast the value explicitly.",
        helpLinkUri: SpecConventions.HelpLinkBase + MixedPrecisionId + ".md");

    /// <summary>Properties a code fix reads from an OPT0001 diagnostic.</summary>
    public const string TargetFamilyProperty = "TargetFamily";

    /// <summary>Properties a code fix reads from an OPT0002 diagnostic.</summary>
    public const string SlotTypeProperty = "SlotType";

    /// <summary>"an Int32", "a Single": the value's type as the message reads it.</summary>
    public static string WithArticle(string typeName) =>
        // UInt16 and its kin read "you-int": "a UInt16", as "an Int32".
        ("AEIOUaeiou".IndexOf(typeName[0]) >= 0 && !typeName.StartsWith("UInt", System.StringComparison.Ordinal) ? "an " : "a ") + typeName;
}
