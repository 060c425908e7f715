using System.Linq;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// A spec with one slot of every kind, in which a test case writes the transition's body and extra members.
/// Slots: <c>NumLinesearchSteps</c>, <c>Count</c> (Integer), <c>Value</c> (Real), <c>Total</c> (long),
/// <c>Small</c> (int), <c>Scale</c> (float), <c>Precise</c> (double), <c>Velocity</c> (Real[n]),
/// <c>Weights</c> (Real[MemorySize]), <c>Ring</c> (Integer[MemorySize]), <c>Second</c> (Real[n]), <c>History</c>
/// (Real[MemorySize, n]), <c>Mu</c> (float[n]). Hyperparameters: <c>LearningRate</c>
/// (Real), <c>MemorySize</c> (int), <c>Beta</c> (float), <c>MaxSteps</c> (Integer). <c>outside</c> is code after
/// the spec (top-level types such as extension classes).
/// </summary>
internal static class SpecTemplate
{
    /// <summary>A catalogue case's source, in its namespace and outer type when it has them.</summary>
    public static string Wrap(Cases.AnalyzerCase testCase)
    {
        string source = Wrap(testCase.Body, testCase.Members, testCase.Outside);
        if (testCase.OuterType is { } outer)
        {
            int spec = source.IndexOf("[Optimizer]", System.StringComparison.Ordinal);
            int end = source.IndexOf("\n}\n", spec, System.StringComparison.Ordinal) + 3;
            string nested = Indent(source.Substring(spec, end - spec), 4);
            string alias = $"using Spec = {(testCase.Namespace is null ? "" : testCase.Namespace + ".")}{outer}.Spec;\n";
            source = alias + source.Substring(0, spec) + $"public static partial class {outer}\n{{\n{nested}\n}}\n" + source.Substring(end);
        }

        if (testCase.Namespace is { } name)
        {
            int spec = source.IndexOf(testCase.OuterType is null ? "[Optimizer]" : "public static partial class", System.StringComparison.Ordinal);
            // A block, not a file-scoped namespace: the code after the spec may declare namespaces of its own.
            source = source.Substring(0, spec) + $"namespace {name}\n{{\n{Indent(source.Substring(spec), 4)}\n}}\n";
        }

        return source;
    }

    /// <summary>
    /// A catalogue case's source as two files of one partial spec, as users split a long spec: the slots and
    /// hyperparameters in the first, the transition, the extra members and the code after the spec in the second.
    /// </summary>
    public static (string Declarations, string Transition) Split(Cases.AnalyzerCase testCase)
    {
        string source = Wrap(testCase.Body, testCase.Members, testCase.Outside);
        int spec = source.IndexOf("[Optimizer]", System.StringComparison.Ordinal);
        int transition = source.LastIndexOf('\n', source.IndexOf("[Transition]", System.StringComparison.Ordinal)) + 1;
        string usings = source.Substring(0, spec);
        return (source.Substring(0, transition) + "}\n", usings + "public partial class Spec\n{\n" + source.Substring(transition));
    }

    public static string Wrap(string body, string members = "", string outside = "") => $$"""
        using System;
        using System.Numerics;
        using System.Runtime.Intrinsics;
        using OptimGen;

        [Optimizer]
        public partial class Spec
        {
            [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.1;
            [Hyperparameter] public int MemorySize { get; init; } = 10;
            [Hyperparameter] public float Beta { get; init; } = 0.9f;
            [Hyperparameter] public Integer MaxSteps { get; init; } = 20;

            [State] private Integer numLinesearchSteps;
            [State] private Integer count;
            [State] private Real value;
            [State] private long total;
            [State] private int small;
            [State] private float scale;
            [State] private double precise;
            [State(Shape = "n")] private Real[] velocity;
            [State(Shape = "MemorySize")] private Real[] weights;
            [State(Shape = "MemorySize")] private Integer[] ring;
            [State(Shape = "n")] private Real[] second;
            [State(Shape = "MemorySize, n")] private Real[] history;
            [State(Shape = "n")] private float[] mu;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
        {{Indent(body, 8)}}
            }
        {{Indent(members, 4)}}
        }
        {{outside}}
        """;

    private static string Indent(string text, int spaces)
    {
        string pad = new(' ', spaces);
        return string.Join("\n", text.Replace("\r\n", "\n").Trim('\n').Split('\n').Select(line => line.Length == 0 ? line : pad + line));
    }
}
