using Microsoft.CodeAnalysis;
using OptimGen.Conventions;

namespace OptimGen.Specs.Diagnostics;

/// <summary>
/// The diagnostics of a malformed spec (OPT1001 to OPT1019, OPT1022 to OPT1028, OPT1030 to OPT1032) and of the compilation's
/// settings (OPT1020, OPT1021, OPT1033). The analyzer (<c>SpecAnalyzer</c>) reports them at their locations; every one
/// is an error by default, and the generator skips a spec that has one, whatever its configured severity,
/// instead of emitting code that would not compile.
/// </summary>
internal static class SpecDiagnostics
{
    private const string SpecCategory = "OptimGen.Spec";
    private const string ConfigurationCategory = "OptimGen.Configuration";

    public static readonly DiagnosticDescriptor SpecNotPartial = Error(
        "OPT1001", "Optimizer spec must be partial",
        "Optimizer spec '{0}' must be declared partial so that OptimGen can add its State, Init, Step and Scan");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
        "OPT1002", "Type containing an optimizer spec must be partial",
        "Type '{0}' contains optimizer spec '{1}' and must be declared partial");

    public static readonly DiagnosticDescriptor MissingTransition = Error(
        "OPT1003", "Optimizer spec has no transition",
        "Optimizer spec '{0}' has no [Transition] method and no [Component] properties");

    public static readonly DiagnosticDescriptor MultipleTransitions = Error(
        "OPT1004", "Optimizer spec has more than one transition",
        "Optimizer spec '{0}' has more than one [Transition] method: '{1}' and '{2}'");

    public static readonly DiagnosticDescriptor InvalidTransitionSignature = Error(
        "OPT1005", "Transition signature is not in the recognised form",
        "Transition '{0}' of optimizer spec '{1}': {2}; the recognised form is 'void {0}(ref State state, [ReadOnlySpan<Real> parameters,] ReadOnlySpan<Real> gradient, [Real value,] Span<Real> update[, ref TObjective objective])', or the same returning bool (a gate)");

    public static readonly DiagnosticDescriptor SlotNotPrivateField = Error(
        "OPT1006", "State slot must be a private instance field",
        "State slot '{0}' of optimizer spec '{1}' must be a private instance field, not {2}");

    public static readonly DiagnosticDescriptor UnsupportedSlotType = Error(
        "OPT1007", "State slot has an unsupported type",
        "State slot '{0}' of optimizer spec '{1}' has type '{2}'; a slot is Real, Integer, double, float, long, int or bool, or a one-dimensional array of one of them");

    public static readonly DiagnosticDescriptor UnknownShapeName = Error(
        "OPT1008", "Shape names something unknown",
        "Shape of slot '{0}' in optimizer spec '{1}' names '{2}', which is neither 'n', an integer literal nor a hyperparameter of the spec");

    public static readonly DiagnosticDescriptor NonIntegerShapeHyperparameter = Error(
        "OPT1009", "Shape names a hyperparameter that is not an integer",
        "Shape of slot '{0}' in optimizer spec '{1}' names hyperparameter '{2}' of type '{3}'; a dimension needs an int, long or Integer hyperparameter");

    public static readonly DiagnosticDescriptor MalformedShape = Error(
        "OPT1010", "Shape is malformed",
        "Shape \"{2}\" of slot '{0}' in optimizer spec '{1}' is malformed: {3}");

    public static readonly DiagnosticDescriptor ShapeMismatch = Error(
        "OPT1011", "Shape does not match the slot's type",
        "State slot '{0}' of optimizer spec '{1}' {2}");

    public static readonly DiagnosticDescriptor InvalidHyperparameter = Error(
        "OPT1012", "Hyperparameter must be a public init-only property",
        "Hyperparameter '{0}' of optimizer spec '{1}' must be a public instance property with 'get; init;' accessors");

    public static readonly DiagnosticDescriptor GenericSpec = Error(
        "OPT1013", "Generic optimizer specs are not supported",
        "Optimizer spec '{0}' is generic or nested in generic type '{1}'; generic specs are not supported in OptimGen v1");

    public static readonly DiagnosticDescriptor DuplicateSlotName = Error(
        "OPT1014", "State slot name collides",
        "State slot '{0}' of optimizer spec '{1}' becomes State.{2}, which {3}");

    public static readonly DiagnosticDescriptor ReservedMemberName = Error(
        "OPT1015", "Spec declares a member the generator emits",
        "Optimizer spec '{0}' declares '{1}', a name OptimGen generates; rename it");

    public static readonly DiagnosticDescriptor InvalidInitHook = Error(
        "OPT1016", "Init method is not in the recognised form",
        "Init method '{0}' of optimizer spec '{1}': {2}; the recognised form is 'void {0}(ref State state, ReadOnlySpan<Real> parameters)'");

    public static readonly DiagnosticDescriptor StaticSpec = Error(
        "OPT1017", "Optimizer spec must not be static",
        "Optimizer spec '{0}' must not be static: its hyperparameters, Init, Step and Scan are instance members");

    public static readonly DiagnosticDescriptor SlotInitializer = Error(
        "OPT1018", "State slot has an initializer",
        "State slot '{0}' of optimizer spec '{1}' has an initializer, which the generated Init would ignore; set initial values in an [Init] method");

    public static readonly DiagnosticDescriptor NonNumericBounds = Error(
        "OPT1019", "Hyperparameter bounds need a numeric type",
        "Hyperparameter '{0}' of optimizer spec '{1}' has type '{2}', which cannot be checked against Minimum/Maximum; bounds need Real, Integer, double, float, long or int");

    public static readonly DiagnosticDescriptor InvalidCachedEvaluation = Error(
        "OPT1022", "Cached-evaluation method is not in the recognised form",
        "Cached-evaluation method '{0}' of optimizer spec '{1}': {2}; the recognised form is 'bool {0}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value)'");

    public static readonly DiagnosticDescriptor InvalidConvergenceMeasure = Error(
        "OPT1030", "Convergence-measure method is not in the recognised form",
        "Convergence-measure method '{0}' of optimizer spec '{1}': {2}; the recognised form is 'Real {0}(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient)'");

    public static readonly DiagnosticDescriptor InvalidOptimizerFailure = Error(
        "OPT1031", "Optimizer-failure method is not in the recognised form",
        "Optimizer-failure method '{0}' of optimizer spec '{1}': {2}; the recognised form is 'bool {0}(ref State state)'");

    public static readonly DiagnosticDescriptor InvalidComponent = Error(
        "OPT1023", "Component is not an optimizer spec property",
        "Component '{0}' of optimizer spec '{1}' {2}");

    public static readonly DiagnosticDescriptor ChainWithOwnState = Error(
        "OPT1024", "A chain cannot declare its own transition or state",
        "Optimizer spec '{0}' chains components and cannot also declare {1}; its state is the composition of its components' states");

    public static readonly DiagnosticDescriptor ChainCycle = Error(
        "OPT1025", "A chain contains itself",
        "Component '{0}' of optimizer spec '{1}' leads back to '{2}'; a chain cannot contain itself");

    public static readonly DiagnosticDescriptor UnknownPrecision = new(
        "OPT1020", "Unknown OptimGenPrecision",
        "The MSBuild property OptimGenPrecision is '{0}'; the allowed values are 'Double' (the default) and 'Single'",
        ConfigurationCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: SpecConventions.HelpLinkBase + "OPT1020.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        "OPT1021", "OptimGen needs C# 10 or later",
        "OptimGen needs C# 10 or later for its global Real/Integer aliases; this project uses C# {0}",
        ConfigurationCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: SpecConventions.HelpLinkBase + "OPT1021.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DuplicateOptimizerDeclaration = Error(
        "OPT1026", "Optimizer spec is marked on more than one declaration",
        "Optimizer spec '{0}' carries [Optimizer] on more than one of its partial declarations; keep it on one");

    public static readonly DiagnosticDescriptor AmbiguousMemberName = Error(
        "OPT1027", "A spec member the generated code uses is declared more than once",
        "Optimizer spec '{0}' declares more than one member named '{1}', which the generated code refers to as its {2}; give the others another name");

    public static readonly DiagnosticDescriptor FileLocalSpec = Error(
        "OPT1028", "Optimizer spec cannot be file-local",
        "Type '{0}' is declared 'file', so the generated part of optimizer spec '{1}' in another file cannot extend it; remove the 'file' modifier");

    public static readonly DiagnosticDescriptor ObsoleteHyperparameterRead = Error(
        "OPT1032", "Hyperparameter the generated code reads is obsolete as an error",
        "Hyperparameter '{0}' of optimizer spec '{1}' is marked [Obsolete] as an error, but the generated code reads it {2}, which would not compile");

    public static readonly DiagnosticDescriptor ProjectDeclaresPrecisionAlias = new(
        "OPT1033", "The project declares a global alias OptimGen declares",
        "The project declares its own global alias '{0}', which OptimGen declares for the precision mode (OptimGenPrecision); {1}",
        ConfigurationCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: SpecConventions.HelpLinkBase + "OPT1033.md");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, SpecCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: SpecConventions.HelpLinkBase + id + ".md");

    /// <summary>Every descriptor above, for the analyzer's <c>SupportedDiagnostics</c>.</summary>
    public static System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> All { get; } = System.Collections.Immutable.ImmutableArray.Create(
        SpecNotPartial, ContainingTypeNotPartial, MissingTransition, MultipleTransitions, InvalidTransitionSignature,
        SlotNotPrivateField, UnsupportedSlotType, UnknownShapeName, NonIntegerShapeHyperparameter, MalformedShape,
        ShapeMismatch, InvalidHyperparameter, GenericSpec, DuplicateSlotName, ReservedMemberName, InvalidInitHook,
        StaticSpec, SlotInitializer, NonNumericBounds, UnknownPrecision, LanguageVersionTooLow, InvalidCachedEvaluation,
        InvalidComponent, ChainWithOwnState, ChainCycle, InvalidConvergenceMeasure, InvalidOptimizerFailure,
        DuplicateOptimizerDeclaration, AmbiguousMemberName, FileLocalSpec, ObsoleteHyperparameterRead, ProjectDeclaresPrecisionAlias);
}
