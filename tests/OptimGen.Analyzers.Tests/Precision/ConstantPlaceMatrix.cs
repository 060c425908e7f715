using System.Collections.Immutable;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// OPT0004 taken apart: constants that collapse in Single mode and their neighbours that only round (a
/// <see cref="Constant"/>), converted to <c>Real</c> in each way OPT0004.md names (a <see cref="Form"/>: a cast, a cast of
/// a parenthesized constant, <c>Real.CreateChecked</c>, a <c>const double</c> cast), each written in every place it names
/// (a <see cref="Place"/>): a cast in the
/// transition's arithmetic, a hyperparameter's default, a <c>const</c> local, a static field, an argument, a helper's or
/// a lambda's return, an array element, a comparison, a parameter's default, a conditional or switch arm, and a method
/// no transition calls. A collapsing constant is reported in both builds, naming Single mode; a neighbour never is.
/// </summary>
internal static class ConstantPlaceMatrix
{
    /// <summary>A constant as written, and what it becomes as a <c>float</c> when it collapses (null: it only rounds).</summary>
    public sealed record Constant(string Text, string? Becomes);

    /// <summary>Where the constant <c>{C}</c> (written as its form says, marked) stands: the transition's body and extra members.</summary>
    /// <param name="NeedsConstant">Whether C# allows only a compile-time constant there (a <c>const</c>, a parameter's default).</param>
    public sealed record Place(string Name, string Body, string Members = "", bool NeedsConstant = false);

    /// <summary>How the constant <c>{c}</c> becomes a <c>Real</c>, the code that form needs, and how the message names the constant.</summary>
    public sealed record Form(string Name, string Written, string Reported, string Outside = "", bool IsConstant = true);

    /// <summary>Whether C# accepts the form in the place (a call is not a constant).</summary>
    public static bool Fits(Form form, Place place) => form.IsConstant || !place.NeedsConstant;

    public static readonly Form[] Forms =
    [
        new("(Real)c", "(Real){c}", "{c}"),
        new("(Real)(c)", "(Real)({c})", "({c})"),
        new("Real.CreateChecked(c)", "Real.CreateChecked({c})", "{c}", IsConstant: false),
        new("a cast of a const double", "(Real)Limits.Knob", "Limits.Knob", Outside: "public static class Limits { public const double Knob = {c}; }"),
    ];

    public static readonly Constant[] Constants =
    [
        new("1e-50", "0"),
        new("1e39", "infinity"),
        new("0.99999999", "exactly 1"),
        new("1.00000001", "exactly 1"),
        new("16777217", "16777216"),
        new("1e-45", null),
        new("1e38", null),
        new("0.9999999", null),
        new("16777216", null),
        new("0.1", null),
    ];

    public static readonly Place[] Places =
    [
        new("a cast in the transition's arithmetic", "state.Value = state.Value * {C};"),
        new("a hyperparameter's default", "state.Value = Knob * state.Value;", "[Hyperparameter] public Real Knob { get; init; } = {C};"),
        new("a const local", "const Real knob = {C};\nstate.Value = knob * state.Value;", NeedsConstant: true),
        new("a static readonly field", "state.Value = Knob * state.Value;", "private static readonly Real Knob = {C};"),
        new("an argument of Real.Max", "state.Value = Real.Max(state.Value, {C});"),
        new("a helper's return", "state.Value = Knob();", "private static Real Knob() => {C};"),
        new("a lambda's return", "Func<Real> knob = () => {C};\nstate.Value = knob();"),
        new("a local function's return", "Real Knob() => {C};\nstate.Value = Knob();"),
        new("an array element", "Real[] knobs = [{C}, 1];\nstate.Value = knobs[gradient.Length % 2];"),
        new("a comparison", "if (state.Value < {C})\n    state.Value = 0;"),
        new("a parameter's default", "state.Value = Scale(state.Value);", "private static Real Scale(Real x, Real knob = {C}) => x * knob;", NeedsConstant: true),
        new("a conditional arm", "state.Value = gradient.Length > 2 ? {C} : state.Value;"),
        new("a switch arm", "state.Value = gradient.Length switch { 0 => {C}, _ => state.Value };"),
        new("a method no transition calls", "update[0] = -gradient[0];", "internal static Real Unused() => {C};"),
    ];

    public static AnalyzerCase Case(Constant constant, Form form, Place place)
    {
        string written = "{|#0:" + form.Written.Replace("{c}", constant.Text) + "|}";
        ImmutableArray<Expected> expected = constant.Becomes is { } becomes ? [Collapse(form.Reported.Replace("{c}", constant.Text), becomes)] : [];
        return new AnalyzerCase("OPT0004", $"{constant.Text} by {form.Name} as {place.Name}", place.Body.Replace("{C}", written) + "\nupdate[0] = -gradient[0];",
            place.Members.Replace("{C}", written))
        {
            Outside = form.Outside.Replace("{c}", constant.Text),
            InDouble = expected,
            InSingle = expected,
        };
    }
}
