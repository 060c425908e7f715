using System.Collections.Immutable;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// OPT0005 taken apart: ways of writing a step (<see cref="Step"/>: counting by a constant 1, or not counting) on each
/// kind of slot (<see cref="SlotKind"/>: a <c>Real</c> or <c>float</c> scalar, which a count by 1 makes a counter; an
/// <c>Integer</c>, <c>double</c> or <c>long</c> scalar or a <c>Real[]</c> element, which it does not), in several places
/// (<see cref="Place"/>: the transition, a loop, a branch, a helper given the state by <c>ref</c>, a static local
/// function, a <c>ref</c> local aliasing the slot). A counter is reported in both builds at the step; nothing else is.
/// </summary>
internal static class CounterMatrix
{
    /// <summary>A step on the slot <c>{S}</c>, and whether it counts by 1.</summary>
    public sealed record Step(string Written, bool Counts);

    /// <summary>A slot as <c>state</c> reads it (<c>{s}</c> stands for the state), its declared type, and the message's type when it can count.</summary>
    public sealed record SlotKind(string Access, string Declared, string Name, string? Reported);

    /// <summary>Where the step <c>{F}</c> is written, on the slot as <c>{S}</c> names it there; members the place needs.</summary>
    public sealed record Place(string Name, string Body, string Slot, string Members = "");

    public static readonly Step[] Steps =
    [
        new("{S}++", true), new("++{S}", true), new("{S}--", true), new("--{S}", true),
        new("{S} += 1", true), new("{S} -= 1", true), new("{S} -= -1", true),
        new("{S} = {S} + 1", true), new("{S} = 1 + {S}", true), new("{S} = {S} - 1", true),
        new("{S} += 2", false), new("{S} *= 1", false), new("{S} = 1", false), new("{S} += {S}", false),
        new("{S} = {S} * 2 + 1", false), new("{S} = {S} + gradient.Length", false),
    ];

    public static readonly SlotKind[] Slots =
    [
        new("{s}.Value", "Real", "Value", "Real"),
        new("{s}.Scale", "float", "Scale", "float"),
        new("{s}.Count", "Integer", "Count", null),
        new("{s}.Precise", "double", "Precise", null),
        new("{s}.Total", "long", "Total", null),
        new("{s}.Velocity[0]", "Real", "Velocity", null),
    ];

    public static readonly Place[] Places =
    [
        new("in the transition", "{F};", "state"),
        new("in a loop", "for (int i = 0; i < gradient.Length; i++)\n    {F};", "state"),
        new("in a branch", "if (gradient[0] > 0)\n{\n    {F};\n}", "state"),
        new("in a helper given the state by ref", "Tick(ref state, gradient);", "s",
            "private static void Tick(ref State s, ReadOnlySpan<Real> gradient) => {F};"),
        new("in a static local function", "static void Tick(ref State s, ReadOnlySpan<Real> gradient) => {F};\nTick(ref state, gradient);", "s"),
        new("through a ref local", "ref {T} slot = ref {A};\n{F};", "slot"),
    ];

    public static AnalyzerCase Case(Step step, SlotKind slot, Place place)
    {
        // A ref local names the slot by itself; elsewhere the slot is read from the state the place has.
        string access = place.Slot == "slot" ? "slot" : slot.Access.Replace("{s}", place.Slot);
        string written = "{|#0:" + step.Written.Replace("{S}", access) + "|}";
        string Placed(string code) => code.Replace("{F}", written).Replace("{T}", slot.Declared).Replace("{A}", slot.Access.Replace("{s}", "state"));
        ImmutableArray<Expected> expected = step.Counts && slot.Reported is { } declared ? [Counter(slot.Name, declared)] : [];
        return new AnalyzerCase("OPT0005", $"{step.Written} on {slot.Access} {place.Name}", Placed(place.Body) + "\nupdate[0] = -gradient[0];", Placed(place.Members))
        {
            InDouble = expected,
            InSingle = expected,
        };
    }
}
