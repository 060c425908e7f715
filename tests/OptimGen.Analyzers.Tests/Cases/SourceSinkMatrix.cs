using System;
using System.Collections.Immutable;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// The seed bug taken apart: where a value comes from (a <see cref="Source"/>) and how it reaches a slot (a
/// <see cref="Sink"/>), every source with every sink, for both kinds of slot (<see cref="Kind"/>): a line search's count
/// typed <c>int</c> into an <c>Integer</c> slot, and a <c>float</c> into a <c>Real</c> slot. Each pair is written with the
/// narrow type (OPT0002 at the value in Double mode, quiet in Single mode) and with the slot's alias (quiet in both).
/// The catalogues hold hand-written cases; this is the cross product that finds what only one combination breaks.
/// </summary>
/// <remarks>
/// Templates name the value's type <c>{T}</c>, the slots' alias <c>{S}</c>, two non-constant values of type <c>{T}</c>
/// (<c>{X}</c>, <c>{K}</c>), two scalar slots (<c>{A}</c>, <c>{B}</c>) and an array slot (<c>{R}</c>) of that alias.
/// </remarks>
internal static class SourceSinkMatrix
{
    /// <summary>A kind of slot, the narrow type that is the seed bug there, and the values and slots templates name.</summary>
    public sealed record Kind(string Name, string Alias, string Narrow, string NarrowValue, string AliasInDouble,
        string A, string B, string R, Func<string, string> X, Func<string, string> K);

    public static readonly Kind[] Kinds =
    [
        new("count", "Integer", "int", "an Int32", IntegerDouble, "NumLinesearchSteps", "Count", "Ring",
            type => $"({type})gradient.Length", type => $"({type})MemorySize"),
        new("real", "Real", "float", "a Single", RealDouble, "Value", "Value", "Velocity",
            type => type == "float" ? "state.Scale" : "state.Value", type => type == "float" ? "Beta" : "LearningRate"),
    ];

    /// <summary>
    /// A value of type <c>{T}</c>: statements that make it, the expression that reads it, and the code they need. The
    /// diagnostic is expected on the whole expression, or on each part marked <c>[[...]]</c> (the arms of a conditional).
    /// </summary>
    /// <param name="Quiet">Whether the narrow form stored directly is allowed too: constants that keep their value are not the seed bug.</param>
    public sealed record Source(string Name, string Setup, string Expression, string Members = "", string Outside = "", bool Quiet = false);

    /// <summary>
    /// A way a value <c>{V}</c> reaches the slot <see cref="Slot"/> (a template letter). The diagnostic is expected where
    /// the source says, unless the sink marks the place itself (<c>{|#0:...|}</c>: the store inside a helper the value is
    /// passed to, or a copy of the value).
    /// </summary>
    public sealed record Sink(string Name, string Statement, string Slot, string Members = "", string Outside = "");

    public static readonly Source[] Sources =
    [
        new("a local", "{T} found = {X};", "found"),
        new("a method's return", "", "Found(ref state, gradient)", Members: "private static {T} Found(ref State state, ReadOnlySpan<Real> gradient) => {X};"),
        new("a helper object's property", "var search = new Search();", "search.Found",
            Outside: "public sealed class Search { public {T} Found { get; private set; } = 3; }"),
        new("a named tuple element", "({T} Found, Real Size) result = ({X}, (Real)0.5);", "result.Found"),
        new("an out parameter", "TryRun(ref state, gradient, out {T} found);", "found",
            Members: "private bool TryRun(ref State state, ReadOnlySpan<Real> gradient, out {T} found) { found = {X}; return true; }"),
        new("an array element", "{T}[] values = [1, 2, {X}];", "values[2]"),
        new("Math.Min of two values", "", "Math.Min({X}, {K})"),
        new("a conditional", "", "(gradient.Length > 2 ? [[{X}]] : [[{K}]])"),
        new("a switch expression", "", "(gradient.Length switch { 0 => [[{K}]], _ => [[{X}]] })"),
        new("a conditional of constants", "", "(gradient.Length > 2 ? ({T})1 : ({T})2)", Quiet: true),
        new("a record struct's property", "var outcome = new Outcome({X}, (Real)0.5);", "outcome.Found",
            Outside: "public readonly record struct Outcome({T} Found, Real Size);"),
        new("a record struct deconstructed", "var (found, _) = new Outcome({X}, (Real)0.5);", "found",
            Outside: "public readonly record struct Outcome({T} Found, Real Size);"),
        new("a delegate", "Func<{T}> find = () => 3;", "find()"),
        new("an interface call", "ISearch search = new Armijo();", "search.Run()",
            Outside: "public interface ISearch { {T} Run(); }\npublic sealed class Armijo : ISearch { public {T} Run() => 4; }"),
        new("a generic struct strategy", "", "RunSearch(new Armijo())",
            Members: "private static {T} RunSearch<TSearch>(TSearch search) where TSearch : struct, ISearch => search.Run();",
            Outside: "public interface ISearch { {T} Run(); }\npublic struct Armijo : ISearch { public {T} Run() => 4; }"),
        new("a local function", "{T} Local(ref State state, ReadOnlySpan<Real> gradient) => {X};", "Local(ref state, gradient)"),
        new("a static field of a defaults class", "", "Defaults.Found",
            Outside: "public static class Defaults { public static {T} Found = 3; }"),
        new("a Lazy value", "var lazy = new Lazy<{T}>(() => 3);", "lazy.Value"),
        new("a checked sum", "", "checked({X} + {K})"),
    ];

    public static readonly Sink[] Sinks =
    [
        new("assigned", "state.{A} = {V};", "A"),
        new("deconstructed into", "(state.{B}, state.Small) = ({V}, state.Small);", "B"),
        new("exchanged into", "System.Threading.Interlocked.Exchange(ref state.{A}, {V});", "A"),
        new("written through a ref local to", "ref {S} slot = ref state.{B};\nslot = {V};", "B"),
        new("stored in an element of", "state.{R}[0] = {V};", "R"),
        new("stored through a span over", "Span<{S}> view = state.{R};\nview[1] = {V};", "R"),
        new("filled into", "Array.Fill(state.{R}, {V});", "R"),
        new("filled through a span into", "state.{R}.AsSpan().Fill({V});", "R"),
        new("written volatile to", "System.Threading.Volatile.Write(ref state.{B}, {V});", "B"),
        new("assigned through a returned ref to", "SlotOf(ref state) = {V};", "B",
            Members: "private static ref {S} SlotOf(ref State s) => ref s.{B};"),
        new("passed with the slot by ref to a helper that stores it in", "Put(ref state.{B}, {V});", "B",
            Members: "private static void Put(ref {S} slot, {T} value) => slot = {|#0:value|};"),
        new("passed with the slot as out argument to a helper that stores it in", "Produce(out state.{A}, {V});", "A",
            Members: "private static void Produce(out {S} slot, {T} value) => slot = {|#0:value|};"),
        new("copied to a local and assigned to", "var copy = {V};\nstate.{B} = {|#0:copy|};", "B"),
        new("kept in a helper object's field and assigned to", "var box = new Box { Found = {V} };\nstate.{B} = {|#0:box.Found|};", "B",
            Outside: "public sealed class Box { public {T} Found; }"),
        new("passed through an identity helper and assigned to", "state.{B} = {|#0:Pass({V})|};", "B",
            Members: "private static {T} Pass({T} value) => value;"),
        new("deconstructed from a conditional of tuples into", "(state.{B}, state.Small) = gradient.Length > 0 ? ({V}, state.Small) : (state.{B}, state.Small);", "B"),
    ];

    /// <summary>The case for a kind, a source, a sink and the value's type (the kind's narrow type: the seed bug; its alias: correct).</summary>
    public static AnalyzerCase Case(Kind kind, Source source, Sink sink, string type)
    {
        string slot = sink.Slot switch { "A" => kind.A, "B" => kind.B, _ => kind.R };
        string Typed(string code) => code
            .Replace("{X}", kind.X(type)).Replace("{K}", kind.K(type))
            .Replace("{T}", type).Replace("{S}", kind.Alias)
            .Replace("{A}", kind.A).Replace("{B}", kind.B).Replace("{R}", kind.R);
        bool sinkMarks = (sink.Statement + sink.Members).Contains("{|#0:");
        (string value, int markers) = sinkMarks
            ? (Typed(source.Expression).Replace("[[", "").Replace("]]", ""), 1)
            : Marked(Typed(source.Expression));
        string body = string.Join("\n", new[] { Typed(source.Setup), Typed(sink.Statement).Replace("{V}", value), "update[0] = -gradient[0];" }
            .Where(line => line.Length > 0));
        string members = string.Join("\n", new[] { Typed(source.Members), Typed(sink.Members) }.Where(m => m.Length > 0));
        // A constant arm keeps its value only where it is stored directly; copied to a local or parameter first, it is a narrow value.
        bool seedBug = type == kind.Narrow && (!source.Quiet || sinkMarks);
        return new AnalyzerCase("Matrix", $"the {kind.Name} from {source.Name} {sink.Name} {slot}, typed {type}", body, members)
        {
            Outside = string.Join("\n", new[] { Typed(source.Outside), Typed(sink.Outside) }.Where(code => code.Length > 0)),
            InDouble = seedBug ? Enumerable.Range(0, markers).Select(marker => SlotValue(slot, kind.AliasInDouble, kind.NarrowValue, marker)).ToImmutableArray() : [],
        };
    }

    /// <summary>The expression with its <c>[[...]]</c> parts as numbered markup, or all of it as marker 0.</summary>
    private static (string Value, int Markers) Marked(string expression)
    {
        if (!expression.Contains("[["))
            return ("{|#0:" + expression + "|}", 1);
        int markers = 0;
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < expression.Length; i++)
        {
            if (string.CompareOrdinal(expression, i, "[[", 0, 2) == 0)
            {
                text.Append("{|#").Append(markers++).Append(':');
                i++;
            }
            else if (string.CompareOrdinal(expression, i, "]]", 0, 2) == 0)
            {
                text.Append("|}");
                i++;
            }
            else
            {
                text.Append(expression[i]);
            }
        }

        return (text.ToString(), markers);
    }
}
