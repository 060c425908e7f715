using System.Collections.Generic;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.SdkCompiler;

/// <summary>
/// Transitions written with C# 13 and 14 features a net10.0 project has by default: extension blocks (methods,
/// properties and <c>ref</c> receivers), the <c>field</c> keyword, null-conditional assignment, <c>params</c> spans,
/// user-defined compound assignment operators, partial properties, lambda parameters with modifiers and no types,
/// and arrays converted to spans for an extension receiver. The Roslyn 4.8 the other tests run cannot parse them, so
/// only <see cref="SdkCompilerTests"/> runs them, with the SDK's compiler and every OptimGen analyzer: the expectations
/// are all the analyzers' diagnostics in each mode, OPT0006 included.
/// </summary>
internal static class ModernCSharpCases
{
    public const string Rule = "Modern C#";

    private const string Trivial = "update[0] = -gradient[0];";

    /// <summary>The seed bug: an <c>int</c> stored in an <c>Integer</c> slot, OPT0002 in Double mode and OPT0006 naming it in Single mode.</summary>
    private static AnalyzerCase Seed(string name, string body, string members = "", string outside = "", string slot = "NumLinesearchSteps") =>
        new(Rule, name, body, members)
        {
            Outside = outside,
            NullableProject = true,
            InDouble = [SlotValue(slot, IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", $"Slot '{slot}' is {IntegerDouble} but is assigned an Int32 value")],
        };

    private static AnalyzerCase Quiet(string name, string body, string members = "", string outside = "") =>
        new(Rule, name, body, members) { Outside = outside, NullableProject = true };

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return Seed("modern: an extension block with a ref receiver stores the count into the slot", $$"""
            int trials = 3;
            state.Count.Store(trials);
            {{Trivial}}
            """, outside: """
            public static class CountExtensions
            {
                extension(ref Integer slot)
                {
                    public void Store(int trials) => slot = {|#0:trials|};
                }
            }
            """, slot: "Count");
        yield return Quiet("modern: an extension block with a ref receiver stores an Integer", $$"""
            Integer trials = 3;
            state.Count.Store(trials);
            {{Trivial}}
            """, outside: """
            public static class CountExtensions
            {
                extension(ref Integer slot)
                {
                    public void Store(Integer trials) => slot = trials;
                }
            }
            """);
        yield return Seed("modern: an extension block method on the gradient returns the count", $$"""
            state.Count = {|#0:gradient.Trials()|};
            {{Trivial}}
            """, outside: """
            public static class SpanExtensions
            {
                extension(ReadOnlySpan<Real> g)
                {
                    public int Trials() => g.Length / 2;
                }
            }
            """, slot: "Count");
        yield return Seed("modern: an extension block property reads the count", $$"""
            var search = new Search();
            state.NumLinesearchSteps = {|#0:search.Trials|};
            {{Trivial}}
            """, outside: """
            public sealed class Search { public int Steps = 4; }

            public static class SearchExtensions
            {
                extension(Search search)
                {
                    public int Trials => search.Steps;
                }
            }
            """);
        yield return new(Rule, "modern: an extension block converts with T.CreateTruncating at T = int", $$"""
            state.Count = {|#0:state.Value.To<int>()|};
            {{Trivial}}
            """)
        {
            Outside = """
                public static class ConvertExtensions
                {
                    extension(Real r)
                    {
                        public T To<T>() where T : INumber<T> => {|#1:T.CreateTruncating(r)|};
                    }
                }
                """,
            NullableProject = true,
            InDouble = [SlotValue("Count", IntegerDouble, "an Int32"), Conversion("'T.CreateTruncating'", "Double", "Int32", IntegerDouble, 1)],
            InSingle =
            [
                OtherMode("OPT0002", "Double", $"Slot 'Count' is {IntegerDouble} but is assigned an Int32 value"),
                OtherMode("OPT0001", "Double", $"'T.CreateTruncating' converts Double to Int32, which is narrower than {IntegerDouble}", 1),
            ],
        };
        yield return Quiet("modern: an extension block converts with T.CreateTruncating at T = Integer", $$"""
            state.Count = state.Value.To<Integer>();
            {{Trivial}}
            """, outside: """
            public static class ConvertExtensions
            {
                extension(Real r)
                {
                    public T To<T>() where T : INumber<T> => T.CreateSaturating(r);
                }
            }
            """);
        yield return Seed("modern: a property with the field keyword counts the trials", $$"""
            var search = new Search();
            search.Run();
            state.NumLinesearchSteps = {|#0:search.Steps|};
            {{Trivial}}
            """, outside: """
            public sealed class Search
            {
                public int Steps { get => field; private set => field = value; }
                public void Run() => Steps++;
            }
            """);
        yield return Quiet("modern: a property with the field keyword counts in Integer", $$"""
            var search = new Search();
            search.Run();
            state.NumLinesearchSteps = search.Steps;
            {{Trivial}}
            """, outside: """
            public sealed class Search
            {
                public Integer Steps { get => field; private set => field = value; }
                public void Run() => Steps++;
            }
            """);
        yield return Seed("modern: a null-conditional assignment sets the count first", $$"""
            Holder? holder = new Holder();
            holder?.Steps = 4;
            state.NumLinesearchSteps = {|#0:holder!.Steps|};
            {{Trivial}}
            """, outside: """
            public sealed class Holder { public int Steps; }
            """);
        yield return Seed("modern: a params span counts its arguments", $$"""
            state.NumLinesearchSteps = {|#0:Count(1, 2, 3)|};
            {{Trivial}}
            """, members: """
            private static int Count(params ReadOnlySpan<int> trials) => trials.Length;
            """);
        yield return Seed("modern: a user-defined compound assignment operator counts", $$"""
            var counter = new Counter();
            counter += 1;
            state.NumLinesearchSteps = {|#0:counter.Value|};
            {{Trivial}}
            """, outside: """
            public struct Counter
            {
                public int Value;
                public void operator +=(int step) => Value += step;
            }
            """);
        yield return Quiet("modern: a user-defined compound assignment operator counts in Integer", $$"""
            var counter = new Counter();
            counter += 1;
            state.NumLinesearchSteps = counter.Value;
            {{Trivial}}
            """, outside: """
            public struct Counter
            {
                public Integer Value;
                public void operator +=(Integer step) => Value += step;
            }
            """);
        yield return Seed("modern: a partial property gives the count", $$"""
            state.NumLinesearchSteps = {|#0:Trials|};
            {{Trivial}}
            """, members: """
            private partial int Trials { get; }
            private partial int Trials { get => 3; }
            """);
        yield return Seed("modern: a lambda with ref and untyped parameters stores the count", $$"""
            Setter set = (ref s, v) => s.Count = {|#0:v|};
            set(ref state, 5);
            {{Trivial}}
            """, outside: """
            public delegate void Setter(ref Spec.State state, int value);
            """, slot: "Count");
        yield return new(Rule, "modern: an array slot converted to a span for an extension receiver is written in float", $$"""
            state.Velocity.Halve();
            {{Trivial}}
            """)
        {
            Outside = """
                public static class Helpers
                {
                    public static void Halve(this Span<Real> values)
                    {
                        for (int i = 0; i < values.Length; i++)
                            values[i] = {|#0:(float)(values[i] / 2)|};
                    }
                }
                """,
            NullableProject = true,
            InDouble = [Conversion("A cast", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("OPT0001", "Double", $"A cast converts Double to Single, which is narrower than {RealDouble}")],
        };
        yield return Quiet("modern: an array slot reversed in place through its span", $$"""
            state.Ring.Reverse();
            state.Velocity.AsSpan().Reverse();
            {{Trivial}}
            """);
    }
}
