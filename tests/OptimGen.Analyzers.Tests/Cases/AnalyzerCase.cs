using System.Collections.Immutable;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>A diagnostic a case expects: its id, the markup location <c>{|#n:...|}</c> and its message arguments.</summary>
public sealed record Expected(string Id, int Marker, params object[] Arguments);

/// <summary>
/// One analyzer test case: a transition body (and extra spec members) written into <see cref="Infrastructure.SpecTemplate"/>,
/// with the diagnostics expected in each precision mode. An empty expectation means the rules must stay quiet.
/// </summary>
/// <param name="Rule">The rule the case is about, for the catalogue's counts.</param>
public sealed record AnalyzerCase(string Rule, string Name, string Body, string Members = "")
{
    public ImmutableArray<Expected> InDouble { get; init; } = ImmutableArray<Expected>.Empty;

    public ImmutableArray<Expected> InSingle { get; init; } = ImmutableArray<Expected>.Empty;

    /// <summary>Code after the spec: top-level types such as a static class of extension methods.</summary>
    public string Outside { get; init; } = "";

    /// <summary>An <c>.editorconfig</c> for the case, when it tests an option.</summary>
    public string? EditorConfig { get; init; }

    /// <summary>Whether the project turns nullable reference types on (<c>&lt;Nullable&gt;enable&lt;/Nullable&gt;</c>), as most do.</summary>
    public bool NullableProject { get; init; }

    /// <summary>A namespace for the spec and the code after it; none by default.</summary>
    public string? Namespace { get; init; }

    /// <summary>A partial type the spec is nested in (the code after the spec then names it through a using alias); none by default.</summary>
    public string? OuterType { get; init; }

    /// <summary>Whether the spec is written as two partial files (<see cref="Infrastructure.SpecTemplate.Split"/>); one file by default.</summary>
    public bool SplitFiles { get; init; }

    public ImmutableArray<Expected> For(Infrastructure.Mode mode) => mode == Infrastructure.Mode.Double ? InDouble : InSingle;
}

/// <summary>The message arguments the rules produce, named once.</summary>
internal static class Messages
{
    public const string IntegerDouble = "Integer (Int64 in Double mode)";
    public const string IntegerSingle = "Integer (Int32 in Single mode)";
    public const string RealDouble = "Real (Double in Double mode)";
    public const string RealSingle = "Real (Single in Single mode)";

    public static Expected SlotValue(string slot, string slotType, string value, int marker = 0) =>
        new("OPT0002", marker, slot, slotType, value);

    public static Expected Conversion(string form, string source, string target, string active, int marker = 0) =>
        new("OPT0001", marker, form, source, target, active);

    public static Expected MixedPrecision(string expression, int marker = 0) =>
        new("OPT0003", marker, expression, "Double");
}
