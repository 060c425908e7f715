using System.Collections.Generic;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>OPT0004: a constant that collapses as Real in a mode, reported in both modes' builds.</summary>
internal static class CollapsingConstantCases
{
    private const string Rule = "OPT0004";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "a decay just below 1 becomes exactly 1 in Single mode", """
            state.Value = {|#0:(Real)0.99999999|} * state.Value;
            """)
        { InDouble = [Collapse("0.99999999", "exactly 1")], InSingle = [Collapse("0.99999999", "exactly 1")] };

        yield return new(Rule, "a tiny epsilon becomes 0 in Single mode", """
            update[0] = gradient[0] / (state.Value + {|#0:(Real)1e-50|});
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, "a huge bound becomes infinity in Single mode", """
            state.Value = Math.Min(state.Value, {|#0:(Real)1e39|});
            """)
        { InDouble = [Collapse("1e39", "infinity")], InSingle = [Collapse("1e39", "infinity")] };

        yield return new(Rule, "an integer above 2^24 does not round-trip in Single mode", """
            state.Value = {|#0:(Real)16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, "a value just above -1 becomes exactly -1", """
            state.Value = {|#0:(Real)(-0.999999999)|};
            """)
        { InDouble = [Collapse("(-0.999999999)", "exactly -1")], InSingle = [Collapse("(-0.999999999)", "exactly -1")] };

        yield return new(Rule, "below the smallest float subnormal becomes 0", """
            state.Value = state.Value + {|#0:(Real)1e-46|};
            """)
        { InDouble = [Collapse("1e-46", "0")], InSingle = [Collapse("1e-46", "0")] };

        yield return new(Rule, "a Real hyperparameter default just below 1", "state.Value = B2 * state.Value;", """
            [Hyperparameter] public Real B2 { get; init; } = {|#0:(Real)0.99999999|};
            """)
        { InDouble = [Collapse("0.99999999", "exactly 1")], InSingle = [Collapse("0.99999999", "exactly 1")] };

        yield return new(Rule, "an optional Real hyperparameter's default cast to Real?", "state.Value = Floor ?? state.Value;", """
            [Hyperparameter] public Real? Floor { get; init; } = {|#0:(Real?)1e-50|};
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, "a Real hyperparameter default that is an integer above 2^24", "state.Value = Limit;", """
            [Hyperparameter] public Real Limit { get; init; } = {|#0:16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, "a Real parameter's default value above 2^24", "state.Value = Clip(state.Value);", """
            private static Real Clip(Real value, Real limit = {|#0:16777217|}) => Real.Min(value, limit);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, "a Real parameter's default value that survives both modes", "state.Value = Clip(state.Value);", """
            private static Real Clip(Real value, Real limit = 1_000_000, double tolerance = 1e-50) => Real.Min(value, limit + (Real)0.5);
            """);

        yield return new(Rule, "a Real local and a Real constant initialized with collapsing values", """
            Real limit = {|#0:16777217|};
            state.Value = limit + Tiny;
            """, """
            private const Real Tiny = {|#1:(Real)1e-50|};
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("1e-50", "0", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("1e-50", "0", marker: 1)],
        };

        yield return new(Rule, "a cast anywhere, outside any transition", "state.Value = Tiny();", """
            internal static Real Tiny() => {|#0:(Real)1e-50|};
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, "an integer operand of Real arithmetic in a transition", """
            state.Value = state.Value * {|#0:16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, "an integer stored in a Real slot", """
            state.Value = {|#0:16777219|};
            """)
        { InDouble = [Collapse("16777219", "16777220")], InSingle = [Collapse("16777219", "16777220")] };

        yield return new(Rule, "an integer added to a Real slot by compound assignment", """
            state.Value += {|#0:33554433|};
            """)
        { InDouble = [Collapse("33554433", "33554432")], InSingle = [Collapse("33554433", "33554432")] };

        yield return new(Rule, "an integer above 2^53 collapses in Double mode too; Single is named first", """
            state.Value = {|#0:(Real)9007199254740993L|};
            """)
        { InDouble = [Collapse("9007199254740993L", "9007199254740992")], InSingle = [Collapse("9007199254740993L", "9007199254740992")] };

        // Negatives.
        yield return new(Rule, "ordinary rounding: 0.1 is not reported", """
            state.Value = (Real)0.1 * state.Value + (Real)1e-8;
            """);

        yield return new(Rule, "exact values: 1, 0, 2^24 and a float subnormal", """
            state.Value = (Real)1 + (Real)0 + (Real)16777216 + (Real)1e-40 + (Real)(-1);
            """);

        yield return new(Rule, "a cast to double is not a cast to Real", """
            state.Precise = (double)1e-50 + (double)16777217;
            """);

        yield return new(Rule, "an integer operand of double arithmetic is not Real arithmetic", """
            state.Precise = state.Precise * 16777217;
            """);

        yield return new(Rule, "an integer in Real arithmetic outside any transition is not checked", "state.Value = Scaled(state.Value);", """
            internal static Real Unreached(Real x) => x * 16777217;

            private static Real Scaled(Real x) => x * 2;
            """);

        yield return new(Rule, "a Real hyperparameter with an ordinary default", "state.Value = B2 * state.Value;", """
            [Hyperparameter] public Real B2 { get; init; } = (Real)0.999;
            [Hyperparameter] public Real Limit { get; init; } = 16777216;
            """);

        yield return new(Rule, "Real locals and fields with ordinary values, and a long local with a large one", """
            Real rate = 3;
            long big = 16777217;
            state.Value = rate * Half + big;
            state.Precise = Tiny;
            """, """
            private const Real Half = (Real)0.5;
            private static readonly double Tiny = 1e-50;
            """);

        yield return new(Rule, "a large integer that fits a float exactly", """
            state.Value = (Real)1e10 + state.Value * 33554432;
            """);
    }
}
