using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// A fourth round of OPT0004–OPT0006 cases written from the contract and the docs before reading the analyzer, in the
/// places users put constants and counters that the earlier rounds do not hold: constants declared in another class
/// (a <c>const double</c>, a <c>static readonly Real</c> built with <c>Real.CreateChecked</c>), <c>double.MinValue</c>,
/// <c>long.MaxValue</c>, hex and <c>uint</c> literals, an <c>int</c>-typed conditional, tuple and switch expression whose
/// value becomes <c>Real</c>, named arguments, a <c>Real[]</c> hyperparameter's default, a <c>Func</c> hyperparameter's
/// default lambda, the rounding edge of half the smallest subnormal; counters through a <c>ref State</c> alias, a generic
/// <c>ref T</c> helper, postfix increments in expressions, a budget countdown reset from a hyperparameter and a second spec;
/// and the other mode's errors from <c>Vector128.Create</c>, type patterns, <c>ref double</c> locals, <c>double.Parse</c>,
/// <c>nint</c>, <c>(long)</c> casts, <c>List&lt;double&gt;</c>, conditionals and <c>??</c> mixing a <c>Real</c> and a
/// <c>double</c>, explicit type arguments, <c>Func&lt;float, float&gt;</c>, <c>float</c> compound assignments and
/// <c>Convert.ToSingle</c>. Later sections, written after reading the rules, aim at what they might not follow: collection
/// expressions, generic <c>T.CreateChecked</c>, optax's <c>count</c>/<c>count_inc</c> locals, constant overflow and method
/// groups in defaults, interface implementations of types the transition creates, code reached through dispatch, and code
/// wrong in both modes.
/// Their names start with "fresh eyes 4: ".
/// </summary>
internal static class FreshEyesPrecisionCasesRound4
{
    private const string Prefix = "fresh eyes 4: ";
    private const string DoubleToFloat = "Cannot implicitly convert type 'double' to 'float'. An explicit conversion exists (are you missing a cast?)";
    private const string LongToInt = "Cannot implicitly convert type 'long' to 'int'. An explicit conversion exists (are you missing a cast?)";
    private const string LiteralDouble = "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type";

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(MoreCollapsingConstants()).Concat(Counters()).Concat(MoreCounters())
        .Concat(OtherModeCode()).Concat(MoreOtherModeCode()).Concat(EdgeCases()).Concat(SuspectedGaps()).Concat(Dispatch()).Concat(Initializers()).Concat(SingleModeHabits()).Concat(LastProbes());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, Prefix + "a const double of another class cast to Real", """
            state.Value = Real.Max(state.Value, {|#0:(Real)Tolerances.Floor|});
            """)
        {
            Outside = """
                internal static class Tolerances
                {
                    public const double Floor = 1e-50;
                }
                """,
            InDouble = [Collapse("Tolerances.Floor", "0")],
            InSingle = [Collapse("Tolerances.Floor", "0")],
        };

        yield return new(Rule, Prefix + "a static readonly Real of a helper class built with Real.CreateChecked", """
            state.Value = Real.Max(state.Value, Defaults.Floor) * Defaults.Decay;
            """)
        {
            Outside = """
                internal static class Defaults
                {
                    public static readonly Real Floor = {|#0:Real.CreateChecked(1e-50)|};
                    public static readonly Real Decay = {|#1:Real.CreateChecked(0.99999999)|};
                }
                """,
            InDouble = [Collapse("1e-50", "0"), Collapse("0.99999999", "exactly 1", marker: 1)],
            InSingle = [Collapse("1e-50", "0"), Collapse("0.99999999", "exactly 1", marker: 1)],
        };

        yield return new(Rule, Prefix + "a const Real of another class is reported once, at its declaration", """
            state.Value += Defaults.Tiny;
            update[0] = -LearningRate * gradient[0] / (Real.Sqrt(state.Value) + Defaults.Tiny);
            """)
        {
            Outside = """
                internal static class Defaults
                {
                    public const Real Tiny = {|#0:(Real)1e-50|};
                }
                """,
            InDouble = [Collapse("1e-50", "0")],
            InSingle = [Collapse("1e-50", "0")],
        };

        yield return new(Rule, Prefix + "(Real)double.MinValue and (Real)-double.MaxValue as the initial best become -infinity", """
            Real best = {|#0:(Real)double.MinValue|};
            Real worst = {|#1:(Real)(-double.MaxValue)|};
            state.Value = Real.Max(best, worst);
            """)
        {
            InDouble = [Collapse("double.MinValue", "-infinity"), Collapse("(-double.MaxValue)", "-infinity", marker: 1)],
            InSingle = [Collapse("double.MinValue", "-infinity"), Collapse("(-double.MaxValue)", "-infinity", marker: 1)],
        };

        // long.MaxValue is 2^63 in both float and double: it does not round-trip in either mode, Single is named.
        yield return new(Rule, Prefix + "(Real)long.MaxValue and (Real)uint.MaxValue as sentinels do not round-trip", """
            Real never = {|#0:(Real)long.MaxValue|};
            Real cap = {|#1:(Real)uint.MaxValue|};
            state.Value = Real.Min(state.Value, Real.Min(never, cap));
            """)
        {
            InDouble = [Collapse("long.MaxValue", "9223372036854775808"), Collapse("uint.MaxValue", "4294967296", marker: 1)],
            InSingle = [Collapse("long.MaxValue", "9223372036854775808"), Collapse("uint.MaxValue", "4294967296", marker: 1)],
        };

        yield return new(Rule, Prefix + "a hex literal 0x1000001 cast to Real", """
            state.Value += {|#0:(Real)0x1000001|};
            """)
        { InDouble = [Collapse("0x1000001", "16777216")], InSingle = [Collapse("0x1000001", "16777216")] };

        yield return new(Rule, Prefix + "a hex literal as the initializer of a Real local in a transition", """
            Real mask = {|#0:0x1000001|};
            state.Value = Real.Min(state.Value, mask);
            """)
        { InDouble = [Collapse("0x1000001", "16777216")], InSingle = [Collapse("0x1000001", "16777216")] };

        yield return new(Rule, Prefix + "a uint literal added to a Real slot", """
            state.Value += {|#0:16777217u|};
            """)
        { InDouble = [Collapse("16777217u", "16777216")], InSingle = [Collapse("16777217u", "16777216")] };

        yield return new(Rule, Prefix + "Real.CreateTruncating of -1e39 as a hyperparameter default becomes -infinity", """
            state.Value = Real.Max(state.Value, Floor);
            """, """
            [Hyperparameter] public Real Floor { get; init; } = {|#0:Real.CreateTruncating(-1e39)|};
            """)
        { InDouble = [Collapse("-1e39", "-infinity")], InSingle = [Collapse("-1e39", "-infinity")] };

        yield return new(Rule, Prefix + "Real.CreateChecked of a hex integer above 2^24 in a transition", """
            state.Value = Real.Min(state.Value, {|#0:Real.CreateChecked(0x1000001)|});
            """)
        { InDouble = [Collapse("0x1000001", "16777216")], InSingle = [Collapse("0x1000001", "16777216")] };

        // 7e-46 is just below half of float.Epsilon (about 7.006e-46): it rounds to 0; 7.1e-46 rounds up to float.Epsilon.
        yield return new(Rule, Prefix + "7e-46 rounds to 0, 7.1e-46 rounds up to the smallest subnormal", """
            state.Value = Real.Max(state.Value, {|#0:(Real)7e-46|}) + (Real)7.1e-46;
            """)
        { InDouble = [Collapse("7e-46", "0")], InSingle = [Collapse("7e-46", "0")] };

        // The conditional's type is int (both arms are int): its value becomes Real, and its arm 16777217 with it.
        yield return new(Rule, Prefix + "an int conditional whose arm above 2^24 becomes a Real local", """
            Real cap = gradient.Length > 1 ? {|#0:16777217|} : 1;
            state.Value = Real.Min(state.Value, cap);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "int switch-expression, nested conditional and ?? arms above 2^24 that become Real as a whole", """
            Real cap = gradient.Length switch { 0 => 1, _ => {|#0:33554433|} };
            int? configured = gradient.Length > 3 ? gradient.Length : null;
            state.Value = gradient[0] > 0 ? (gradient[0] > 1 ? {|#1:16777217|} : 2) : 3;
            state.Value += configured ?? {|#2:16777219|};
            state.Value = Real.Min(state.Value, cap);
            """)
        {
            InDouble = [Collapse("33554433", "33554432"), Collapse("16777217", "16777216", marker: 1), Collapse("16777219", "16777220", marker: 2)],
            InSingle = [Collapse("33554433", "33554432"), Collapse("16777217", "16777216", marker: 1), Collapse("16777219", "16777220", marker: 2)],
        };

        yield return new(Rule, Prefix + "an int conditional of constants into a double slot and a long local is no Real", """
            state.Precise = gradient.Length > 1 ? 16777217 : 1;
            long wide = gradient.Length > 1 ? 16777217 : 1;
            state.Total = wide;
            """);

        yield return new(Rule, Prefix + "a Real[] local, a Real[] field and a stackalloc Real[] of large integers, outside and inside a transition", """
            Span<Real> marks = stackalloc Real[] { {|#0:16777217|}, 2 };
            state.Value = marks[0] + Caps[0];
            """, """
            private static readonly Real[] Caps = { 1, {|#1:33554433|} };
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
        };

        yield return new(Rule, Prefix + "an arm of a switch expression above 2^24 stored in a Real slot", """
            state.Value = gradient.Length switch
            {
                0 => state.Value,
                1 => {|#0:16777217|},
                _ => LearningRate,
            };
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a tuple element above 2^24 converted to a (Real, Integer) local", """
            (Real Cap, Integer Budget) limits = ({|#0:33554433|}, 5);
            state.Value = Real.Min(state.Value, limits.Cap);
            state.Count = limits.Budget;
            """)
        { InDouble = [Collapse("33554433", "33554432")], InSingle = [Collapse("33554433", "33554432")] };

        yield return new(Rule, Prefix + "a named argument above 2^24 given to a helper's Real parameter", """
            state.Value = Clip(state.Value, limit: {|#0:16777217|});
            """, """
            private static Real Clip(Real x, Real limit) => Real.Min(x, limit);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a helper's Real parameter default cast from a tiny constant", """
            state.Value = Guard(state.Value);
            """, """
            private static Real Guard(Real x, Real eps = {|#0:(Real)1e-50|}) => Real.Max(x, eps);
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, Prefix + "both bounds of Real.Clamp beyond 2^24 in a transition", """
            state.Value = Real.Clamp(state.Value, {|#0:-16777217|}, {|#1:16777217|});
            """)
        {
            InDouble = [Collapse("-16777217", "-16777216"), Collapse("16777217", "16777216", marker: 1)],
            InSingle = [Collapse("-16777217", "-16777216"), Collapse("16777217", "16777216", marker: 1)],
        };

        yield return new(Rule, Prefix + "a comparison of a Real slot with an integer above 2^24", """
            if (state.Value >= {|#0:16777217|})
                state.Value = 0;
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        // A Real[] hyperparameter's default holds Real constants as a Real hyperparameter's default does.
        yield return new(Rule, Prefix + "an element above 2^24 of a Real[] hyperparameter's default", """
            state.Value = Milestones is { Length: > 0 } m ? m[0] : state.Value;
            """, """
            [Hyperparameter] public Real[]? Milestones { get; init; } = new Real[] { 1000, {|#0:16777217|} };
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        // The transition calls the hyperparameter's delegate: its default lambda is the code that runs.
        yield return new(Rule, Prefix + "an integer operand of Real arithmetic in a Func hyperparameter's default lambda", """
            state.Value = Schedule(state.Value);
            """, """
            [Hyperparameter] public Func<Real, Real> Schedule { get; init; } = t => t / {|#0:16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a cast tiny constant in a chain component's initializer", """
            state.Value += gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class Chained
                {
                    [Component] public Spec First { get; init; } = new() { LearningRate = {|#0:(Real)1e-50|} };
                }
                """,
            InDouble = [Collapse("1e-50", "0")],
            InSingle = [Collapse("1e-50", "0")],
        };

        yield return new(Rule, Prefix + "a decay of nine nines cast in an expression-bodied Real property", """
            state.Value *= Decay;
            """, """
            private static Real Decay => {|#0:(Real)0.999999999|};
            """)
        { InDouble = [Collapse("0.999999999", "exactly 1")], InSingle = [Collapse("0.999999999", "exactly 1")] };

        yield return new(Rule, Prefix + "a constant Real product in a ternary arm folds to 0", """
            state.Value = gradient[0] > 0 ? {|#0:(Real)1e-25 * (Real)1e-25|} : state.Value;
            """)
        { InDouble = [Collapse("(Real)1e-25 * (Real)1e-25", "0")], InSingle = [Collapse("(Real)1e-25 * (Real)1e-25", "0")] };

        yield return new(Rule, Prefix + "an integer operand above 2^24 in Real arithmetic of a method in another class", """
            state.Value = Scaling.Normalize(state.Value);
            """)
        {
            Outside = """
                internal static class Scaling
                {
                    public static Real Normalize(Real x) => x / {|#0:67108865|};
                }
                """,
            InDouble = [Collapse("67108865", "67108864")],
            InSingle = [Collapse("67108865", "67108864")],
        };

        // Negatives.
        yield return new(Rule, Prefix + "values that are already infinite or NaN, exact powers of two and float's own extremes", """
            state.Value = Real.Min(state.Value, (Real)double.NegativeInfinity) + (Real)double.NaN + Real.PositiveInfinity - Real.NegativeInfinity;
            state.Value += (Real)(1L << 40) + (Real)0x1000000 + (Real)float.MaxValue + (Real)float.MinValue + (Real)(-float.Epsilon);
            state.Value += (Real)(1.0 / 0.0);
            """);

        yield return new(Rule, Prefix + "values that are no compile-time constants: Math.Pow, Real.Parse, CreateChecked of a computed value", """
            state.Value = Real.Max(state.Value, (Real)Math.Pow(10, -50)) + Real.Parse("1e-50", System.Globalization.CultureInfo.InvariantCulture);
            state.Value += Real.CreateChecked(Math.Pow(2, 24) + 1);
            """);

        yield return new(Rule, Prefix + "constants that survive: 1e-30, 16777216 in a conditional, 0.1 as a named argument, a const double in double arithmetic", """
            Real cap = gradient.Length > 1 ? 16777216 : 1;
            state.Value = Clip(state.Value, limit: (Real)0.1) + cap + (Real)1e-30;
            state.Precise += Tolerances.Floor * 16777217;
            """, """
            private static Real Clip(Real x, Real limit) => Real.Min(x, limit);
            """)
        {
            Outside = """
                internal static class Tolerances
                {
                    public const double Floor = 1e-50;
                }
                """,
        };

        yield return new(Rule, Prefix + "arithmetic on the alias's own constants: 1 - Real.Epsilon and Real.MaxValue * 2", """
            state.Value = Real.Min(state.Value, 1 - Real.Epsilon) + Real.Max(state.Value, Real.MaxValue * 2);
            """);

        yield return new(Rule, Prefix + "double and float hyperparameters with tiny defaults are no Real", """
            state.Precise = Math.Max(state.Precise, Floor);
            state.Scale = MathF.Max(state.Scale, Tiny);
            """, """
            [Hyperparameter] public double Floor { get; init; } = 1e-50;
            [Hyperparameter] public float Tiny { get; init; } = 1e-45f;
            """);
    }

    private static IEnumerable<AnalyzerCase> MoreCollapsingConstants()
    {
        const string Rule = "OPT0004";

        // C# 12 collection expressions fill a Real[] as an array initializer does.
        yield return new(Rule, Prefix + "collection expressions of Real: a Real[] hyperparameter default and a Span<Real> local", """
            Span<Real> marks = [1, {|#0:16777217|}];
            state.Value = marks[1] + (Milestones is { Length: > 0 } m ? m[0] : 0);
            """, """
            [Hyperparameter] public Real[]? Milestones { get; init; } = [{|#1:33554433|}, 2];
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
        };

        yield return new(Rule, Prefix + "a long literal and int.MaxValue as Real hyperparameter defaults", """
            state.Value = Real.Min(state.Value, Horizon) + Real.Min(state.Value, Ceiling);
            """, """
            [Hyperparameter] public Real Horizon { get; init; } = {|#0:16777217L|};
            [Hyperparameter] public Real Ceiling { get; init; } = {|#1:int.MaxValue|};
            """)
        {
            InDouble = [Collapse("16777217L", "16777216"), Collapse("int.MaxValue", "2147483648", marker: 1)],
            InSingle = [Collapse("16777217L", "16777216"), Collapse("int.MaxValue", "2147483648", marker: 1)],
        };

        yield return new(Rule, Prefix + "a const Real decay in one class folded from a const Real epsilon of another", """
            state.Value *= Schedule.Decay;
            """)
        {
            Outside = """
                internal static class Tolerances
                {
                    public const Real Eps = (Real)1e-9;
                }

                internal static class Schedule
                {
                    public const Real Decay = {|#0:1 - Tolerances.Eps|};
                }
                """,
            InDouble = [Collapse("1 - Tolerances.Eps", "exactly 1")],
            InSingle = [Collapse("1 - Tolerances.Eps", "exactly 1")],
        };

        yield return new(Rule, Prefix + "an expression-bodied Real property of another class returning a large integer", """
            state.Value /= Settings.Horizon;
            """)
        {
            Outside = """
                internal static class Settings
                {
                    public static Real Horizon => {|#0:16777217|};
                }
                """,
            InDouble = [Collapse("16777217", "16777216")],
            InSingle = [Collapse("16777217", "16777216")],
        };

        yield return new(Rule, Prefix + "Real.CreateChecked with an explicit type argument and a named argument", """
            state.Value = Real.Max(state.Value, {|#0:Real.CreateChecked<double>(1e-50)|}) + {|#1:Real.CreateSaturating(value: 1e39)|};
            """)
        {
            InDouble = [Collapse("1e-50", "0"), Collapse("1e39", "infinity", marker: 1)],
            InSingle = [Collapse("1e-50", "0"), Collapse("1e39", "infinity", marker: 1)],
        };

        yield return new(Rule, Prefix + "an object initializer of a settings class setting a Real member in a transition", """
            var settings = new Settings { Limit = {|#0:16777217|} };
            state.Value = Real.Min(state.Value, settings.Limit);
            """, """
            private sealed class Settings
            {
                public Real Limit { get; set; }
            }
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a Func<Real> lambda returning a large integer and a Real local function's return", """
            Func<Real> cap = () => {|#0:16777217|};
            Real Floor() => {|#1:(Real)1e-50|};
            state.Value = Real.Clamp(state.Value, Floor(), cap());
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("1e-50", "0", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("1e-50", "0", marker: 1)],
        };

        // The known gap of round 3: T is Real where the transition instantiates the helper.
        yield return new(Rule, Prefix + "T.CreateChecked of a tiny constant in a generic helper the transition instantiates with Real", """
            state.Value = Guard(state.Value);
            """, """
            private static T Guard<T>(T x) where T : IFloatingPoint<T> => T.Max(x, {|#0:T.CreateChecked(1e-50)|});
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        // Negatives.
        yield return new(Rule, Prefix + "T.CreateChecked in a generic helper instantiated with double, and unchecked Integer casts", """
            state.Precise = Guard(state.Precise);
            state.Count = unchecked((Integer)3_000_000_000L) + Real.CreateChecked(16777216) > 0 ? 1 : 0;
            """, """
            private static T Guard<T>(T x) where T : IFloatingPoint<T> => T.Max(x, T.CreateChecked(1e-50));
            """);

        yield return new(Rule, Prefix + "collection expressions of Real with values that survive and of double with values that do not", """
            Span<Real> marks = [1, 16777216, (Real)0.5];
            double[] wide = [16777217, 1e-50];
            state.Value = marks[1] + (Real)wide.Length;
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "a postfix increment as a divisor inside an expression", """
            update[0] = -gradient[0] / {|#0:state.Value++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "counting through a ref State alias of the whole state", """
            ref State s = ref state;
            {|#0:s.Value += 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "counting through a generic ref T helper with ++", """
            Bump(ref state.Value);
            """, """
            private static void Bump<T>(ref T x) where T : INumber<T> => {|#0:x++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        // Reset from a budget (a set, not an accumulation), then counted down by 1: still a counter.
        yield return new(Rule, Prefix + "a budget countdown reset from an Integer hyperparameter", """
            if (state.Value <= 0)
                state.Value = MaxSteps;
            {|#0:state.Value--|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a counter in the transition of a second spec in the project", """
            state.Value += gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class Ticker
                {
                    [State] private Real ticks;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        {|#0:state.Ticks += 1|};
                        for (int i = 0; i < gradient.Length; i++)
                            update[i] = -gradient[i] / state.Ticks;
                    }
                }
                """,
            InDouble = [Counter("Ticks")],
            InSingle = [Counter("Ticks")],
        };

        yield return new(Rule, Prefix + "a float slot counted with ++ inside a checked block and a loop", """
            checked
            {
                for (int i = 0; i < gradient.Length; i++)
                {
                    if (gradient[i] == 0)
                        {|#0:state.Scale++|};
                }
            }
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a Real slot counted up to an Integer hyperparameter with Real.Min", """
            {|#0:state.Value = Real.Min(state.Value + 1, MaxSteps)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a counter in an instance helper method taking the state by ref", """
            Advance(ref state);
            """, """
            private void Advance(ref State s)
            {
                if (LearningRate > 0)
                    {|#0:s.Value = s.Value + (Real)1|};
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a counter in a static helper class given the slot by ref", """
            Counting.Next(ref state.Scale);
            """)
        {
            Outside = """
                internal static class Counting
                {
                    public static void Next(ref float tally) => {|#0:tally += 1|};
                }
                """,
            InDouble = [Counter("Scale", "float")],
            InSingle = [Counter("Scale", "float")],
        };

        // Negatives.
        yield return new(Rule, Prefix + "a slot incremented by a hyperparameter or by a cast half is no counter", """
            state.Value += LearningRate;
            state.Scale += (float)0.5;
            """);

        yield return new(Rule, Prefix + "a toggle x = 1 - x and a negation x = -x + 1 are no counts", """
            state.Value = 1 - state.Value;
            state.Scale = -state.Scale + 1;
            """);

        yield return new(Rule, Prefix + "a Real slot only reset to constants is no counter", """
            state.Value = 0;
            if (gradient[0] > 0)
                state.Value = 1;
            """);

        yield return new(Rule, Prefix + "another slot's value plus one stored in a Real slot", """
            state.Value = (Real)state.Scale + 1;
            state.Value = state.Precise > 0 ? (Real)state.Precise + 1 : 0;
            """);

        yield return new(Rule, Prefix + "Integer, long and int slots and a double slot counted every way", """
            state.Count++;
            ++state.Total;
            state.Small += 1;
            state.Precise = state.Precise + 1;
            state.NumLinesearchSteps = Integer.Max(state.NumLinesearchSteps - 1, 0);
            """);

        yield return new(Rule, Prefix + "elements of a Real[] slot counted through a ref local and a ref helper", """
            ref Real first = ref state.Velocity[0];
            first++;
            Bump(ref state.Weights[0]);
            """, """
            private static void Bump(ref Real x) => x += 1;
            """);
    }

    private static IEnumerable<AnalyzerCase> MoreCounters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "a patience countdown clamped with Math.Max", """
            {|#0:state.Value = Math.Max(state.Value - 1, 0)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a wrap-around counter reset to 0 past a limit", """
            {|#0:state.Value = state.Value + 1 >= MemorySize ? 0 : state.Value + 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a counter in a spec nested in a partial class, its state parameter named st", """
            state.Value += gradient[0];
            """)
        {
            Outside = """
                public partial class Outer
                {
                    [Optimizer]
                    public partial class Inner
                    {
                        [State] private float tries;

                        [Transition]
                        private void Update(ref State st, ReadOnlySpan<Real> gradient, Span<Real> update)
                        {
                            {|#0:st.Tries++|};
                            update[0] = -gradient[0] / st.Tries;
                        }
                    }
                }
                """,
            InDouble = [Counter("Tries", "float")],
            InSingle = [Counter("Tries", "float")],
        };

        yield return new(Rule, Prefix + "a counter under Real.Clamp and one under a cast to float", """
            {|#0:state.Value = Real.Clamp(state.Value + 1, 0, 100)|};
            {|#1:state.Scale = (float)(state.Scale + 1f)|};
            """)
        { InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)], InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)] };

        // Negatives.
        yield return new(Rule, Prefix + "a floor Real.Max(x, 1) and a float flag toggled between 0 and 1 are no counts", """
            state.Value = Real.Max(state.Value, 1);
            state.Scale = state.Scale == 0 ? 1 : 0;
            """);

        yield return new(Rule, Prefix + "a Real slot set to the Integer count plus one each step is a copy, not a count", """
            state.Count++;
            state.Value = state.Count + 1;
            update[0] = -gradient[0] / state.Value;
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "Vector128.Create of a Real into a Vector128<float>", """
            Vector128<float> v = {|#0:Vector128.Create(state.Value)|};
            state.Scale = v.ToScalar();
            """)
        {
            InDouble = [CompilerError("CS0029")],
            InSingle = [OtherMode("CS0029", "Double", "Cannot implicitly convert type 'System.Runtime.Intrinsics.Vector128<double>' to 'System.Runtime.Intrinsics.Vector128<float>'")],
        };

        yield return new(Rule, Prefix + "a float type pattern on a Real slot", """
            if (state.Value is {|#0:float|} f && f > 1)
                state.Value = 1;
            """)
        {
            InDouble = [CompilerError("CS8121")],
            InSingle = [OtherMode("CS8121", "Double", "An expression of type 'double' cannot be handled by a pattern of type 'float'.")],
        };

        yield return new(Rule, Prefix + "a ref double local aliasing a Real slot", """
            ref double p = ref {|#0:state.Value|};
            p *= 2;
            """)
        {
            InDouble = [OtherMode("CS8173", "Single", "The expression must be of type 'double' because it is being assigned by reference")],
            InSingle = [CompilerError("CS8173")],
        };

        yield return new(Rule, Prefix + "double.Parse of a setting stored in a Real slot", """
            state.Value = {|#0:double.Parse("0.5", System.Globalization.CultureInfo.InvariantCulture)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a count cast to long instead of Integer", """
            state.Count = {|#0:(long)gradient.Length|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "an nint length stored in the Integer slot", """
            nint length = gradient.Length;
            state.Count = {|#0:length|};
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", "Cannot implicitly convert type 'nint' to 'int'. An explicit conversion exists (are you missing a cast?)")],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "a List<Real> given to a List<double> local", """
            System.Collections.Generic.List<double> history = {|#0:new System.Collections.Generic.List<Real> { state.Value }|};
            state.Precise = history[0];
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'System.Collections.Generic.List<float>' to 'System.Collections.Generic.List<double>'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, Prefix + "a conditional and a ?? mixing a Real with a double", """
            Real pick = {|#0:gradient[0] > 0 ? state.Value : state.Precise|};
            Real cap = {|#1:Cap ?? state.Precise|};
            state.Value = pick + cap;
            """, """
            [Hyperparameter] public Real? Cap { get; init; } = null;
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", DoubleToFloat), OtherMode("CS0266", "Single", DoubleToFloat, marker: 1)],
            InSingle = [CompilerError("CS0266"), CompilerError("CS0266", marker: 1)],
        };

        yield return new(Rule, Prefix + "an explicit double type argument for a generic helper on a Real", """
            state.Value = {|#0:Clip<double>(state.Value)|};
            """, """
            private static T Clip<T>(T x) where T : INumber<T> => T.Min(x, T.One);
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a Func<float, float> applied to a Real slot", """
            Func<float, float> halve = x => x / 2;
            state.Value = {|#1:halve({|#0:state.Value|})|};
            """)
        {
            InDouble = [CompilerError("CS1503"), SlotValue("Value", RealDouble, "a Single", marker: 1)],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'")],
        };

        // float += double does not compile (a compound assignment converts back only a value implicitly convertible to its target).
        yield return new(Rule, Prefix + "a float accumulator summing Real values by compound assignment does not compile in Double mode", """
            float sum = 0;
            foreach (Real g in gradient)
                {|#0:sum += g|};
            state.Scale = sum;
            """)
        {
            InDouble = [CompilerError("CS0266"), Conversion("The compound assignment", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("CS0266", "Double", DoubleToFloat)],
        };

        yield return new(Rule, Prefix + "Convert.ToSingle of a Real narrows in Double mode", """
            float f = {|#0:Convert.ToSingle(state.Value)|};
            update[0] = f;
            """)
        {
            InDouble = [Conversion("'Convert.ToSingle'", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "'Convert.ToSingle' converts Double to Single, which is narrower than Real (Double in Double mode)")],
        };

        yield return new(Rule, Prefix + "a float slot stored into a Real slot is the seed bug of Double mode", """
            state.Value = {|#0:state.Scale * 2|};
            """)
        {
            InDouble = [SlotValue("Value", RealDouble, "a Single")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Value' is Real (Double in Double mode) but is assigned a Single value")],
        };

        yield return new(Rule, Prefix + "a span-of-float helper given a Real[] slot", """
            Normalize({|#0:state.Velocity|});
            """, """
            private static void Normalize(Span<float> values)
            {
                for (int i = 0; i < values.Length; i++)
                    values[i] /= 2;
            }
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double[]' to 'System.Span<float>'")],
        };

        yield return new(Rule, Prefix + "Math.PI as a Real hyperparameter's default", """
            state.Value = Real.Sin(Angle * state.Value);
            """, """
            [Hyperparameter] public Real Angle { get; init; } = {|#0:Math.PI|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        // The double literal does not compile in Single mode; the fixed form (Real)1e-50 is OPT0004's, not this one's.
        yield return new(Rule, Prefix + "a Real hyperparameter's double literal default of 1e-50", """
            state.Value = Real.Max(state.Value, Floor);
            """, """
            [Hyperparameter] public Real Floor { get; init; } = {|#0:1e-50|};
            """)
        {
            InDouble = [OtherMode("CS0664", "Single", LiteralDouble), Collapse("1e-50", "0")],
            InSingle = [CompilerError("CS0664"), Collapse("1e-50", "0")],
        };

        yield return new(Rule, Prefix + "TensorPrimitives.Add of a Real[] slot and a float[] slot", """
            System.Numerics.Tensors.TensorPrimitives.Add<float>({|#0:state.Velocity|}, state.Mu, state.Mu);
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double[]' to 'System.ReadOnlySpan<float>'")],
        };

        yield return new(Rule, Prefix + "a long.MaxValue sentinel compared with and stored into the Integer slot", """
            if (state.Count < MaxSteps)
                state.Count = {|#0:long.MaxValue|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a Real[] slot copied into a float[] local", """
            float[] copy = {|#0:state.Second|};
            state.Scale = copy[0];
            """)
        {
            InDouble = [CompilerError("CS0029")],
            InSingle = [OtherMode("CS0029", "Double", "Cannot implicitly convert type 'double[]' to 'float[]'")],
        };

        // Negatives.
        yield return new(Rule, Prefix + "float views of the float[] slot, Math.Abs of the slots and Interlocked on the Integer slot compile in both modes", """
            Span<float> s = state.Mu;
            float[] a = state.Mu;
            s[0] = a[0];
            state.Count = Math.Abs(state.Count);
            state.Value = Math.Abs(state.Value);
            System.Threading.Interlocked.Increment(ref state.Count);
            """);

        yield return new(Rule, Prefix + "Vector128<Real>, Real type patterns, ref Real locals and Real.Parse compile in both modes", """
            Vector128<Real> v = Vector128.Create(state.Value);
            ref Real p = ref state.Value;
            p = v.ToScalar();
            if (state.Value is Real r && r > 1)
                state.Value = Real.Parse("0.5", System.Globalization.CultureInfo.InvariantCulture);
            state.Count = Integer.Parse("3");
            """);

        yield return new(Rule, Prefix + "an Integer index into a Real[] slot, Integer.MaxValue comparisons and a long sum", """
            if (state.Count < Integer.MaxValue)
                state.Count++;
            state.Value = state.Weights[state.Count % MemorySize];
            state.Total += state.Count * 2L;
            if (state.Count == Integer.MaxValue)
                state.Count = 0;
            """);

        yield return new(Rule, Prefix + "a float hyperparameter in Real arithmetic is OPT0003 in Double mode only, not OPT0006 in Single mode", """
            state.Value *= {|#0:Beta|};
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, Prefix + "string formatting, sizeof(Real) in a constant and Real.Pi defaults compile in both modes", """
            const int Width = sizeof(Real);
            string text = state.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + Width;
            state.Value = Real.Sin(Angle) * text.Length;
            """, """
            [Hyperparameter] public Real Angle { get; init; } = Real.Pi / 4;
            """);

        yield return new(Rule, Prefix + "a Real widened into double and long parameters of params and Action delegates", """
            Action<double> log = d => _ = d;
            log(state.Value);
            state.Precise = Sum(state.Value, state.Precise);
            state.Total = Longest(state.Count, gradient.Length);
            """, """
            private static double Sum(params double[] xs)
            {
                double s = 0;
                foreach (double x in xs)
                    s += x;
                return s;
            }

            private static long Longest(long a, long b) => Math.Max(a, b);
            """);

        yield return new(Rule, Prefix + "TensorPrimitives over Real spans and float spans separately compile in both modes", """
            System.Numerics.Tensors.TensorPrimitives.Add<Real>(state.Velocity, state.Second, state.Velocity);
            System.Numerics.Tensors.TensorPrimitives.Multiply<float>(state.Mu, 2f, state.Mu);
            state.Value = System.Numerics.Tensors.TensorPrimitives.Sum<Real>(state.Velocity);
            """);
    }

    private static IEnumerable<AnalyzerCase> MoreOtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "overloads (long, int) and (int, long) are ambiguous for two Integers in Single mode", """
            state.Total = {|#0:Combine|}(state.Count, state.Small);
            """, """
            private static long Combine(long a, int b) => a + b;

            private static long Combine(int a, long b) => a + b;
            """)
        {
            InDouble = [OtherMode("CS0121", "Single", "The call is ambiguous between the following methods or properties: 'Spec.Combine(long, int)' and 'Spec.Combine(int, long)'")],
            InSingle = [CompilerError("CS0121")],
        };

        yield return new(Rule, Prefix + "a shift by the Integer count has no long shift count in Double mode", """
            state.Small = {|#0:1 << state.Count|};
            """)
        {
            InDouble = [CompilerError("CS0019")],
            InSingle = [OtherMode("CS0019", "Double", "Operator '<<' cannot be applied to operands of type 'int' and 'long'")],
        };

        // With an out int, Math.DivRem(int, int, out int) is the overload chosen: the Integer count is what fails in Double mode.
        yield return new(Rule, Prefix + "Math.DivRem of the Integer count with an out int remainder", """
            Integer quotient = Math.DivRem({|#0:state.Count|}, 3, out int remainder);
            state.Count = quotient + remainder;
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'long' to 'int'")],
        };

        yield return new(Rule, Prefix + "a checked cast of a constant above int's range to Integer", """
            state.Count = {|#0:(Integer)3_000_000_000|};
            """)
        {
            InDouble = [OtherMode("CS0221", "Single", "Constant value '3000000000' cannot be converted to a 'int' (use 'unchecked' syntax to override)")],
            InSingle = [CompilerError("CS0221")],
        };

        // Into a local: stored in the int slot directly, the conversion would be to the slot's own declared type (allowed).
        yield return new(Rule, Prefix + "Convert.ToInt32 of the Integer count narrows in Double mode", """
            int steps = {|#0:Convert.ToInt32(state.Count)|};
            update[0] = steps;
            """)
        {
            InDouble = [Conversion("'Convert.ToInt32'", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "'Convert.ToInt32' converts Int64 to Int32, which is narrower than Integer (Int64 in Double mode)")],
        };

        yield return new(Rule, Prefix + "int.Max of the Integer count compiles only in Single mode", """
            state.Small = int.Max({|#0:state.Count|}, 0);
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'long' to 'int'")],
        };

        yield return new(Rule, Prefix + "a collection expression of double literals into a Real[] local", """
            Real[] steps = [{|#0:0.5|}, 0.25f];
            state.Value = steps[0];
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double' to 'float'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, Prefix + "a helper class in another class's static method reads a double constant into a Real", """
            state.Value = Clipping.Clip(state.Value);
            """)
        {
            Outside = """
                internal static class Clipping
                {
                    private const double Limit = 10;

                    public static Real Clip(Real x) => Real.Min(x, {|#0:Limit|});
                }
                """,
            InDouble = [OtherMode("CS1503", "Single", "Argument 2: cannot convert from 'double' to 'float'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "the other mode's error in a nested spec's transition", """
            state.Value += gradient[0];
            """)
        {
            Outside = """
                public partial class Outer
                {
                    [Optimizer]
                    public partial class Inner
                    {
                        [State] private Integer steps;

                        [Transition]
                        private void Update(ref State st, ReadOnlySpan<Real> gradient, Span<Real> update)
                        {
                            st.Steps = {|#0:st.Steps + 1L|};
                            update[0] = -gradient[0];
                        }
                    }
                }
                """,
            InDouble = [OtherMode("CS0266", "Single", LongToInt)],
            InSingle = [CompilerError("CS0266")],
        };

        // Negatives.
        yield return new(Rule, Prefix + "unchecked Integer casts, decimal conversions and Math.DivRem with an Integer remainder compile in both modes", """
            state.Count = unchecked((Integer)3_000_000_000L);
            decimal money = state.Count + (decimal)state.Value;
            Integer quotient = Math.DivRem(state.Count, 3, out Integer remainder);
            state.Count = quotient + remainder + (Integer)money;
            state.Small = 1 << (int)state.Count;
            """);
    }

    /// <summary>Edges of the three rules: decimal and integral-valued double constants, patterns, C# 12 lambda defaults, non-constant steps, LINQ.</summary>
    private static IEnumerable<AnalyzerCase> EdgeCases()
    {
        yield return new("OPT0004", Prefix + "decimal constants and an integral-valued double literal cast to Real", """
            state.Value = {|#0:(Real)0.99999999m|} * state.Value + {|#1:(Real)16777217.0|} + {|#2:(Real)123456789.0|};
            """)
        {
            InDouble = [Collapse("0.99999999m", "exactly 1"), Collapse("16777217.0", "16777216", marker: 1), Collapse("123456789.0", "123456792", marker: 2)],
            InSingle = [Collapse("0.99999999m", "exactly 1"), Collapse("16777217.0", "16777216", marker: 1), Collapse("123456789.0", "123456792", marker: 2)],
        };

        yield return new("OPT0004", Prefix + "just above 1, just below -1 and a double subnormal", """
            state.Value = {|#0:(Real)(1 + 1e-8)|} * state.Value + {|#1:(Real)(-1 - 1e-9)|} + {|#2:(Real)1e-320|};
            """)
        {
            InDouble = [Collapse("(1 + 1e-8)", "exactly 1"), Collapse("(-1 - 1e-9)", "exactly -1", marker: 1), Collapse("1e-320", "0", marker: 2)],
            InSingle = [Collapse("(1 + 1e-8)", "exactly 1"), Collapse("(-1 - 1e-9)", "exactly -1", marker: 1), Collapse("1e-320", "0", marker: 2)],
        };

        yield return new("OPT0004", Prefix + "an int case label and a relational pattern on a Real slot", """
            switch (state.Value)
            {
                case {|#0:16777217|}:
                    state.Value = 0;
                    break;
            }

            if (state.Value is > {|#1:33554433|})
                state.Value = 1;
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
        };

        yield return new("OPT0004", Prefix + "a C# 12 lambda parameter default and a primary constructor default of Real", """
            var clip = (Real x, Real limit = {|#0:16777217|}) => Real.Min(x, limit);
            state.Value = clip(state.Value) + new Settings().Eps;
            """, """
            private sealed class Settings(Real eps = {|#1:(Real)1e-50|})
            {
                public Real Eps => eps;
            }
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("1e-50", "0", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("1e-50", "0", marker: 1)],
        };

        yield return new("OPT0004", Prefix + "integral-valued doubles and decimals that fit float: 1.5e8, 16777216.0, 0.5m", """
            state.Value = (Real)1.5e8 + (Real)16777216.0 + (Real)0.5m + (Real)(1 + 1e-7);
            """);

        yield return new("OPT0005", Prefix + "a countdown clamped with zero first and a count capped with the cap first", """
            {|#0:state.Value = Real.Max(0, state.Value - 1)|};
            {|#1:state.Scale = MathF.Min(100, state.Scale + 1)|};
            """)
        { InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)], InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)] };

        yield return new("OPT0005", Prefix + "counting through a State local holding the same object", """
            State current = state;
            {|#0:current.Value += 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a Real slot incremented by the gradient's length or by the Integer count is a sum", """
            state.Value += gradient.Length;
            state.Scale += state.Small;
            """);

        yield return new("OPT0006", Prefix + "LINQ Select with Math.Sqrt summed into a Real slot", """
            state.Value = {|#0:System.Linq.Enumerable.Sum(System.Linq.Enumerable.Select(gradient.ToArray(), g => Math.Sqrt(g)))|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "a params Real[] helper given a double literal", """
            state.Value = Sum({|#0:0.5|}, state.Value);
            """, """
            private static Real Sum(params Real[] values)
            {
                Real s = 0;
                foreach (Real v in values)
                    s += v;
                return s;
            }
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'double' to 'float'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new("OPT0006", Prefix + "the gradient's length into an Integer[] slot element in a Single-mode project", """
            state.Ring[0] = {|#0:gradient.Length|};
            """)
        {
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Ring' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        yield return new("OPT0006", Prefix + "a var copy of the Integer count into a long slot is the seed bug of Single mode", """
            var steps = state.Count;
            state.Total = {|#0:steps|};
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Total' is Int64 (declared long, Single mode) but is assigned an Int32 value")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new("OPT0006", Prefix + "a Vector<Real> multiplied by a double literal", """
            var v = {|#0:new Vector<Real>(state.Velocity) * 2.0|};
            v.CopyTo(state.Velocity);
            """)
        {
            InDouble = [OtherMode("CS0019", "Single", "Operator '*' cannot be applied to operands of type 'Vector<float>' and 'double'")],
            InSingle = [CompilerError("CS0019")],
        };

        // The [Init] hook is no transition's scope (the contract's "inside a state transition"): its code is not checked for the other mode.
        yield return new("OPT0006", Prefix + "the [Init] hook storing a long in the Integer slot is outside the transition's scope", """
            state.Value += gradient[0];
            """, """
            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Count = {|#0:state.Total|};
            """)
        { InSingle = [CompilerError("CS0266")] };
    }

    /// <summary>Shapes aimed, after reading the rules, at what they might not follow.</summary>
    private static IEnumerable<AnalyzerCase> SuspectedGaps()
    {
        yield return new("OPT0004", Prefix + "(Real)ulong.MaxValue does not round-trip in either mode", """
            state.Value = Real.Min(state.Value, {|#0:(Real)ulong.MaxValue|});
            """)
        { InDouble = [Collapse("ulong.MaxValue", "18446744073709551616")], InSingle = [Collapse("ulong.MaxValue", "18446744073709551616")] };

        // optax's scale_by_adam: count = state.count; count_inc = count + 1; ... state.count = count_inc.
        yield return new("OPT0005", Prefix + "a count read into a local, incremented through another local and stored back", """
            Real count = state.Value;
            Real countInc = count + 1;
            update[0] = -gradient[0] / (1 - Real.Pow(LearningRate, countInc));
            {|#0:state.Value = countInc|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a count read into a local and stored back plus one", """
            Real t = state.Value;
            update[0] = -gradient[0] / (t + 1);
            {|#0:state.Scale = (float)t + 1|};
            {|#1:state.Value = t + 1|};
            """)
        { InDouble = [Counter("Value", marker: 1)], InSingle = [Counter("Value", marker: 1)] };

        yield return new("OPT0005", Prefix + "an extension method returning its receiver plus one", """
            {|#0:state.Value = state.Value.Next()|};
            """)
        {
            Outside = """
                internal static class Counting
                {
                    public static Real Next(this Real count) => count + 1;
                }
                """,
            InDouble = [Counter("Value")],
            InSingle = [Counter("Value")],
        };

        yield return new("OPT0005", Prefix + "a local copy of the slot incremented and stored back", """
            Real t = state.Value;
            {|#0:t++|};
            update[0] = -gradient[0] / t;
            state.Value = t;
            var s = state.Scale;
            {|#1:s = s + 1|};
            state.Scale = s;
            """)
        { InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)], InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)] };

        yield return new("OPT0005", Prefix + "local copies incremented but not stored back, or stored back with a sum, are no counts", """
            Real t = state.Value;
            t++;
            update[0] = -gradient[0] / t;
            Real u = state.Scale;
            u += 1;
            u += gradient[0];
            state.Scale = (float)u;
            """);

        yield return new("OPT0005", Prefix + "a local copy of the slot that is changed before it is stored back is no count of the slot", """
            Real t = state.Value;
            t = t * LearningRate;
            state.Value = t + 1;
            """);

        // Integer arithmetic of constants that overflows int: the initializer of a hyperparameter and of a const the transition reads.
        yield return new("OPT0006", Prefix + "Integer constant arithmetic beyond int in a hyperparameter default and a const field", """
            state.Count = Budget + Window;
            """, """
            [Hyperparameter] public Integer Budget { get; init; } = {|#0:(Integer)int.MaxValue + 1|};
            private const Integer Window = {|#1:(Integer)1_000_000 * 10_000|};
            """)
        {
            InDouble =
            [
                OtherMode("CS0220", "Single", "The operation overflows at compile time in checked mode"),
                OtherMode("CS0220", "Single", "The operation overflows at compile time in checked mode", marker: 1),
            ],
            InSingle = [CompilerError("CS0220"), CompilerError("CS0220", marker: 1)],
        };

        yield return new("OPT0006", Prefix + "a comparer of Real written with double parameters, used by Array.Sort in a transition", """
            Array.Sort(state.Velocity, new ByMagnitude());
            """, """
            private sealed class ByMagnitude : {|#0:System.Collections.Generic.IComparer<Real>|}
            {
                public int Compare(double a, double b) => Math.Abs(a).CompareTo(Math.Abs(b));
            }
            """)
        {
            InDouble = [OtherMode("CS0535", "Single", "'Spec.ByMagnitude' does not implement interface member 'IComparer<float>.Compare(float, float)'")],
            InSingle = [CompilerError("CS0535")],
        };

        yield return new("OPT0006", Prefix + "a line search evaluating the objective into a Span<double> probe", """
            state.Value += gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class Searcher
                {
                    [State] private Integer trials;

                    [Transition]
                    private void Update<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update,
                        ref TObjective objective)
                        where TObjective : IObjective<Real>
                    {
                        Span<double> probe = stackalloc double[gradient.Length];
                        Real value = objective.Evaluate(parameters, {|#0:probe|});
                        state.Trials++;
                        for (int i = 0; i < gradient.Length; i++)
                            update[i] = -gradient[i] * value;
                    }
                }
                """,
            InDouble = [OtherMode("CS1503", "Single", "Argument 2: cannot convert from 'System.Span<double>' to 'System.Span<float>'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new("OPT0006", Prefix + "a comparer of Real written with Real, Integer constants that fit int and a generic CreateChecked that survives", """
            Array.Sort(state.Velocity, new ByMagnitude());
            state.Count = Budget;
            state.Value = Guard(state.Value);
            """, """
            [Hyperparameter] public Integer Budget { get; init; } = (Integer)int.MaxValue - 1;

            private static T Guard<T>(T x) where T : IFloatingPoint<T> => T.Max(x, T.CreateChecked(1e-8));

            private sealed class ByMagnitude : System.Collections.Generic.IComparer<Real>
            {
                public int Compare(Real a, Real b) => Real.Abs(a).CompareTo(Real.Abs(b));
            }
            """);

        yield return new("OPT0006", Prefix + "a chain's component given a long Integer hyperparameter", """
            state.Value += gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class Chained
                {
                    [Component] public Spec First { get; init; } = new() { MaxSteps = {|#0:5_000_000_000|} };
                }
                """,
            InDouble = [OtherMode("CS0266", "Single", LongToInt)],
            InSingle = [CompilerError("CS0266")],
        };
    }

    /// <summary>Code the transition reaches through an interface, an override, a user-defined operator and a property setter.</summary>
    private static IEnumerable<AnalyzerCase> Dispatch()
    {
        yield return new("OPT0006", Prefix + "an interface implementation the transition calls through the interface", """
            IClip clip = new MathClip();
            state.Value = clip.Apply(state.Value);
            """, """
            private interface IClip
            {
                Real Apply(Real x);
            }

            private sealed class MathClip : IClip
            {
                public Real Apply(Real x) => {|#0:Math.Min(x, 1e10)|};
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "an override the transition calls through its abstract base", """
            Damping damping = new SqrtDamping();
            state.Value = damping.Damp(state.Value);
            """, """
            private abstract class Damping
            {
                public abstract Real Damp(Real x);
            }

            private sealed class SqrtDamping : Damping
            {
                public override Real Damp(Real x) => {|#0:Math.Sqrt(x)|};
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "a user-defined operator of a struct the transition adds with", """
            var total = new Moment(state.Value) + gradient[0];
            state.Value = total.Value;
            """, """
            private readonly struct Moment
            {
                public readonly Real Value;

                public Moment(Real value) => Value = value;

                public static Moment operator +(Moment m, Real x) => new Moment({|#0:Math.Sqrt(m.Value * m.Value + x * x)|});
            }
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'double' to 'float'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new("OPT0006", Prefix + "a property setter the transition assigns stores a long in an Integer", """
            var tracker = new Tracker();
            tracker.Total = state.Total;
            state.Count = tracker.Steps;
            """, """
            private sealed class Tracker
            {
                public Integer Steps;

                public long Total
                {
                    set => Steps = {|#0:value|};
                }
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0004", Prefix + "an integer above 2^24 in Real arithmetic of an interface implementation the transition calls", """
            IClip clip = new Horizon();
            state.Value = clip.Apply(state.Value);
            """, """
            private interface IClip
            {
                Real Apply(Real x);
            }

            private sealed class Horizon : IClip
            {
                public Real Apply(Real x) => x / {|#0:16777217|};
            }
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new("OPT0005", Prefix + "a counter in an interface implementation given the state", """
            IStep step = new Tick();
            step.Apply(state);
            """, """
            private interface IStep
            {
                void Apply(State state);
            }

            private sealed class Tick : IStep
            {
                public void Apply(State state) => {|#0:state.Value += 1|};
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };
    }

    /// <summary>Hyperparameter defaults and constants the transition reads, in forms whose other-mode error is no invalid conversion.</summary>
    private static IEnumerable<AnalyzerCase> Initializers()
    {
        yield return new("OPT0006", Prefix + "Math.Sqrt as a Func<Real, Real> hyperparameter's default method group", """
            state.Value = Shape(state.Value);
            """, """
            [Hyperparameter] public Func<Real, Real> Shape { get; init; } = {|#0:Math.Sqrt|};
            """)
        {
            InDouble = [OtherMode("CS0407", "Single", "'double Math.Sqrt(double)' has the wrong return type")],
            InSingle = [CompilerError("CS0407")],
        };

        yield return new("OPT0006", Prefix + "a collection expression of double literals as a Real[] hyperparameter's default", """
            state.Value = Weights is { Length: > 0 } w ? w[0] : state.Value;
            """, """
            [Hyperparameter] public Real[]? Weights { get; init; } = [{|#0:0.5|}, {|#1:0.25|}];
            """)
        {
            InDouble =
            [
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double' to 'float'"),
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double' to 'float'", marker: 1),
            ],
            InSingle = [CompilerError("CS0029"), CompilerError("CS0029", marker: 1)],
        };

        yield return new("OPT0006", Prefix + "a const double of another class as a Real hyperparameter's default", """
            state.Value = Real.Max(state.Value, Eps);
            """, """
            [Hyperparameter] public Real Eps { get; init; } = {|#0:Tolerances.Eps|};
            """)
        {
            Outside = """
                internal static class Tolerances
                {
                    public const double Eps = 1e-8;
                }
                """,
            InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new("OPT0006", Prefix + "a static readonly Integer from Environment.TickCount64 as a seed default", """
            state.Count = Seed;
            """, """
            [Hyperparameter] public Integer Seed { get; init; } = {|#0:Environment.TickCount64|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "a default built by a switch expression of double arms", """
            state.Value *= Rate;
            """, """
            private const int Level = 2;

            [Hyperparameter] public Real Rate { get; init; } = Level switch { 1 => {|#0:0.1|}, _ => {|#1:0.01|} };
            """)
        {
            InDouble =
            [
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double' to 'float'"),
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double' to 'float'", marker: 1),
            ],
            InSingle = [CompilerError("CS0029"), CompilerError("CS0029", marker: 1)],
        };

        // Negatives.
        yield return new("OPT0006", Prefix + "defaults written with the aliases in the same forms compile in both modes", """
            state.Value = Shape(state.Value) * Rate + (Weights is { Length: > 0 } w ? w[0] : 0);
            state.Count = Seed;
            """, """
            private const int Level = 2;

            [Hyperparameter] public Func<Real, Real> Shape { get; init; } = Real.Sqrt;
            [Hyperparameter] public Real[]? Weights { get; init; } = [(Real)0.5, 0.25f];
            [Hyperparameter] public Real Rate { get; init; } = Level switch { 1 => (Real)0.1, _ => (Real)0.01 };
            [Hyperparameter] public Integer Seed { get; init; } = (Integer)Environment.TickCount64;
            """);
    }

    /// <summary>
    /// Casts a Single-mode project writes where it means the aliases: in Double mode the cast narrows (OPT0001, which the
    /// narrowing rules report alone at that place, not also OPT0002 for the value it makes), and OPT0006 says so.
    /// </summary>
    private static IEnumerable<AnalyzerCase> SingleModeHabits()
    {
        // Wrong in both modes for two reasons (Double: the cast narrows; Single: an int into the long slot): reported once, by the active rule.
        yield return new("OPT0006", Prefix + "an Integer cast to int into the long slot is wrong in both modes, reported once by each", """
            state.Total = {|#0:(int)state.Count|};
            """)
        {
            InDouble = [Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new("OPT0006", Prefix + "a long slot cast to int into the Integer slot, written in a Single-mode project", """
            state.Count = {|#0:(int)state.Total|};
            """)
        {
            InDouble = [Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "A cast converts Int64 to Int32, which is narrower than Integer (Int64 in Double mode)")],
        };

        yield return new("OPT0006", Prefix + "a double slot cast to float into the Real slot, written in a Single-mode project", """
            state.Value = {|#0:(float)state.Precise|};
            """)
        {
            InDouble = [Conversion("A cast", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "A cast converts Double to Single, which is narrower than Real (Double in Double mode)")],
        };
    }

    /// <summary>Last probes: a counter in a loop condition, a Span over the Integer count, a Real switch statement's int label reached through a helper.</summary>
    private static IEnumerable<AnalyzerCase> LastProbes()
    {
        yield return new("OPT0005", Prefix + "a postfix increment in a while condition", """
            while ({|#0:state.Value++|} < 10 && gradient[0] > 0)
                update[0] -= gradient[0];
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0006", Prefix + "a Span over a Real[] slot sized by the Integer count", """
            var window = new Span<Real>(state.Velocity, 0, {|#0:state.Count|});
            window.Clear();
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 3: cannot convert from 'long' to 'int'")],
        };

        yield return new("OPT0004", Prefix + "an int label of a switch statement on a Real in a helper the transition calls", """
            state.Value = Snap(state.Value);
            """, """
            private static Real Snap(Real x)
            {
                switch (x)
                {
                    case {|#0:33554433|}:
                        return 0;
                    default:
                        return x;
                }
            }
            """)
        { InDouble = [Collapse("33554433", "33554432")], InSingle = [Collapse("33554433", "33554432")] };
    }
}
