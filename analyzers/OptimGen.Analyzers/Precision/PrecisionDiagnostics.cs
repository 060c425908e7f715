using Microsoft.CodeAnalysis;
using OptimGen.Conventions;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// The rules checked for both precision modes in every build, OPT0004 to OPT0006; their documentation is
/// <c>docs/diagnostics/OPT000N.md</c>.
/// </summary>
internal static class PrecisionDiagnostics
{
    public const string Category = "OptimGen.Precision";

    public const string CollapsingConstantId = "OPT0004";
    public const string RealCounterId = "OPT0005";
    public const string OtherModeId = "OPT0006";

    /// <summary>{0} the constant as written, {1} what it becomes ("exactly 1", "0", "16777216"), {2} the mode.</summary>
    public static readonly DiagnosticDescriptor CollapsingConstant = new(
        CollapsingConstantId,
        "Constant collapses when converted to Real in a precision mode",
        "Constant '{0}' becomes {1} as Real in {2} mode",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A constant converted to Real that becomes exactly 0, infinity, exactly 1 or -1, or a different integer in one of the two precision modes: (Real)0.99999999 is exactly 1 in Single mode, so 1 - B2 is 0. Checked for both modes in every build. Ordinary rounding (0.1) is not reported.",
        helpLinkUri: SpecConventions.HelpLinkBase + CollapsingConstantId + ".md");

    /// <summary>{0} the slot, {1} its declared type (<c>Real</c> or <c>float</c>).</summary>
    public static readonly DiagnosticDescriptor RealCounter = new(
        RealCounterId,
        "Floating-point state slot used as a counter",
        "Slot '{0}' is {1} and counts by 1: in Single mode it stops counting at 2^24 (16777216); declare it Integer",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A Real or float scalar slot incremented or decremented by a constant 1 inside a state transition is a counter; as a float, x + 1 == x from 16777216 on, so the count silently stops. Declare the slot Integer.",
        helpLinkUri: SpecConventions.HelpLinkBase + RealCounterId + ".md");

    /// <summary>{0} the diagnostic id the other mode would report (<c>CS0266</c>, <c>OPT0002</c>), {1} the other mode, {2} its message there.</summary>
    public static readonly DiagnosticDescriptor OtherMode = new(
        OtherModeId,
        "Code correct in this precision mode is wrong in the other",
        "{0} in {1} mode: {2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Inside a state transition, code that compiles and passes the narrowing rules in the active precision mode but would not compile, or would be OPT0001/OPT0002, if OptimGenPrecision were flipped. Reported in the build of the mode where the code is still fine, with the other mode's diagnostic.",
        helpLinkUri: SpecConventions.HelpLinkBase + OtherModeId + ".md");

    /// <summary>OPT0005's property: the spec's private <c>[State]</c> field, which the code fix declares <c>Integer</c>.</summary>
    public const string SlotFieldProperty = "SlotField";

    /// <summary>OPT0005's property: the spec declaring the slot, as a documentation comment id (<c>T:MyApp.Counting</c>).</summary>
    public const string SpecProperty = "Spec";

    /// <summary>OPT0006's property: the slot's declared type when the finding is a value stored in a slot (the fix casts to it).</summary>
    public const string SlotTypeProperty = "SlotType";
}
