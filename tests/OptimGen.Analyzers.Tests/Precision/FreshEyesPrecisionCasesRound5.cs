using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// A fifth round of OPT0004–OPT0006 cases, written from the contract, issue 13 and the docs before reading the analyzer,
/// where the four earlier rounds did not go: constants reached through chains of <c>const</c> fields of other types, enum
/// members, binary literals and digit separators, <c>long</c> constants given to <c>Real</c> parameters, the rounding edges
/// of 1 (0.99999998 becomes 1, 0.99999997 does not), multi-dimensional arrays and <c>List&lt;Real&gt;</c> initializers,
/// <c>with</c> expressions, constructors of specs and helper types; counters written through an <c>Interlocked</c>-like
/// helper that adds its argument, a ref-returning accessor, a switch arm binding the slot, <c>checked(...)</c>, an <c>out</c>
/// helper, a lambda given to a library method, <c>try/finally</c>; and code that breaks in the other mode through
/// <c>Math.Round</c>/<c>Math.Clamp</c>/<c>Real.Pow</c>/<c>Real.ScaleB</c> overloads, <c>out</c> arguments of
/// <c>double.TryParse</c>, extension methods on <c>double</c>, dictionaries keyed by <c>Integer</c>, <c>Random</c> seeded by
/// the count, iterators, indexers, conversion operators and collection-initializer <c>Add</c> methods the transition runs,
/// <c>var</c> locals typed by their first value, <c>??</c> with a <c>long?</c>, and the seed bug written in a Single-mode
/// project. The later sections (from <c>AfterReading</c> on) were written after reading the analyzer: forwarding and generic
/// helpers, lock-free increments, pattern copies, wrap-around counts, static constructors, struct enumerators, static abstract
/// and default interface members, LINQ, and quiet counterparts of each.
/// Their names start with "fresh eyes 5: ".
/// </summary>
internal static class FreshEyesPrecisionCasesRound5
{
    private const string Prefix = "fresh eyes 5: ";
    private const string DoubleToFloat = "Cannot implicitly convert type 'double' to 'float'. An explicit conversion exists (are you missing a cast?)";
    private const string LongToInt = "Cannot implicitly convert type 'long' to 'int'. An explicit conversion exists (are you missing a cast?)";
    private const string LiteralDouble = "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type";

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(QuietConstants()).Concat(Counters()).Concat(QuietCounters())
        .Concat(OtherModeCode()).Concat(SingleModeHabits()).Concat(QuietOtherModeCode()).Concat(CorrectOptimizers())
        .Concat(AfterReading());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, Prefix + "a const double folded from two other consts, cast to Real", """
            state.Value = Real.Max(state.Value, {|#0:(Real)Floor|});
            """, """
            private const double Base = 1e-25;
            private const double Floor = Base * Base;
            """)
        { InDouble = [Collapse("Floor", "0")], InSingle = [Collapse("Floor", "0")] };

        yield return new(Rule, Prefix + "an enum member above 2^24 cast to Real", """
            state.Value = Real.Min(state.Value, {|#0:(Real)Horizon.Far|}) + (Real)Horizon.Near;
            """, """
            private enum Horizon : long
            {
                Near = 1_000,
                Far = 16_777_217,
            }
            """)
        { InDouble = [Collapse("Horizon.Far", "16777216")], InSingle = [Collapse("Horizon.Far", "16777216")] };

        yield return new(Rule, Prefix + "a binary literal with digit separators just above 2^24 cast to Real", """
            state.Value += {|#0:(Real)0b1_0000_0000_0000_0000_0000_0001|};
            """)
        {
            InDouble = [Collapse("0b1_0000_0000_0000_0000_0000_0001", "16777216")],
            InSingle = [Collapse("0b1_0000_0000_0000_0000_0000_0001", "16777216")],
        };

        yield return new(Rule, Prefix + "an int with digit separators as a Real local's initializer", """
            Real horizon = {|#0:16_777_217|};
            state.Value = Real.Min(state.Value, horizon);
            """)
        { InDouble = [Collapse("16_777_217", "16777216")], InSingle = [Collapse("16_777_217", "16777216")] };

        // 4097 * 4097 = 16785409: odd, above 2^24, the float between 16785408 and 16785410 is the even one.
        yield return new(Rule, Prefix + "a product of two int consts above 2^24 stored in a Real slot", """
            state.Value = {|#0:Rows * Cols|};
            """, """
            private const int Rows = 4097;
            private const int Cols = 4097;
            """)
        { InDouble = [Collapse("Rows * Cols", "16785408")], InSingle = [Collapse("Rows * Cols", "16785408")] };

        yield return new(Rule, Prefix + "a const long budget given to Real.Min", """
            state.Value = Real.Min(state.Value, {|#0:Budget|});
            """, """
            private const long Budget = 20_000_001;
            """)
        { InDouble = [Collapse("Budget", "20000000")], InSingle = [Collapse("Budget", "20000000")] };

        // 1 - 2^-25 = 0.9999999702...: 0.99999998 lies above it and rounds to 1, 0.99999997 below it and rounds to 1 - 2^-24.
        yield return new(Rule, Prefix + "(Real)0.99999998 rounds to exactly 1, (Real)0.99999997 does not", """
            state.Value = state.Value * {|#0:(Real)0.99999998|} + gradient[0] * (Real)0.99999997;
            """)
        { InDouble = [Collapse("0.99999998", "exactly 1")], InSingle = [Collapse("0.99999998", "exactly 1")] };

        // 1 + 2^-24 = 1.0000000596...: 1.00000005 rounds down to 1, 1.0000001 up to 1 + 2^-23.
        yield return new(Rule, Prefix + "(Real)1.00000005 becomes exactly 1, (Real)1.0000001 does not", """
            state.Value *= gradient[0] > 0 ? {|#0:(Real)1.00000005|} : (Real)1.0000001;
            """)
        { InDouble = [Collapse("1.00000005", "exactly 1")], InSingle = [Collapse("1.00000005", "exactly 1")] };

        yield return new(Rule, Prefix + "(Real)1e-46 as Real.Clamp's lower bound", """
            state.Value = Real.Clamp(state.Value, {|#0:(Real)1e-46|}, 1);
            """)
        { InDouble = [Collapse("1e-46", "0")], InSingle = [Collapse("1e-46", "0")] };

        yield return new(Rule, Prefix + "a cast decay assigned to a hyperparameter in the spec's constructor", """
            state.Value *= Decay;
            """, """
            public Spec()
            {
                Decay = {|#0:(Real)0.99999999|};
            }

            [Hyperparameter] public Real Decay { get; init; } = (Real)0.9;
            """)
        { InDouble = [Collapse("0.99999999", "exactly 1")], InSingle = [Collapse("0.99999999", "exactly 1")] };

        yield return new(Rule, Prefix + "an element above 2^24 of a static readonly Real[,] grid", """
            state.Value = Real.Min(state.Value, Grid[1, 1]);
            """, """
            private static readonly Real[,] Grid = { { 1, 2 }, { 3, {|#0:16777217|} } };
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "an element above 2^24 of a List<Real> field's collection initializer", """
            state.Value = Real.Min(state.Value, Milestones[1]);
            """, """
            private static readonly System.Collections.Generic.List<Real> Milestones = new() { 1_000, {|#0:16777217|} };
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a with expression setting a record's Real member in a transition", """
            var limits = new Limits((Real)1);
            limits = limits with { Cap = {|#0:16777217|} };
            state.Value = Real.Min(state.Value, limits.Cap);
            """, """
            private sealed record Limits(Real Cap);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "Enumerable.Repeat<Real> given an integer above 2^24", """
            foreach (Real cap in System.Linq.Enumerable.Repeat<Real>({|#0:16777217|}, 2))
                state.Value = Real.Min(state.Value, cap);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a decay folded from a const double epsilon, cast to Real", """
            state.Value *= {|#0:(Real)(1 - Eps)|};
            """, """
            private const double Eps = 1e-9;
            """)
        { InDouble = [Collapse("(1 - Eps)", "exactly 1")], InSingle = [Collapse("(1 - Eps)", "exactly 1")] };

        yield return new(Rule, Prefix + "Real.Lerp given an integer above 2^24 as its end point", """
            state.Value = Real.Lerp(state.Value, {|#0:16777217|}, LearningRate);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a Real property default of a settings class the transition creates", """
            state.Value = Real.Min(state.Value, new Settings().Horizon);
            """)
        {
            Outside = """
                internal sealed class Settings
                {
                    public Real Horizon { get; init; } = {|#0:16777217|};
                }
                """,
            InDouble = [Collapse("16777217", "16777216")],
            InSingle = [Collapse("16777217", "16777216")],
        };

        yield return new(Rule, Prefix + "a Real default of a helper type's constructor parameter", """
            state.Value = new Clip().Apply(state.Value);
            """)
        {
            Outside = """
                internal sealed class Clip
                {
                    private readonly Real cap;

                    public Clip(Real cap = {|#0:33554433|}) => this.cap = cap;

                    public Real Apply(Real x) => Real.Min(x, cap);
                }
                """,
            InDouble = [Collapse("33554433", "33554432")],
            InSingle = [Collapse("33554433", "33554432")],
        };

        yield return new(Rule, Prefix + "a cast outside any spec, in user code configuring the optimizer", """
            state.Value *= LearningRate;
            """)
        {
            Outside = """
                internal static class Training
                {
                    public static Spec Configure() => new Spec { LearningRate = {|#0:(Real)1e-46|} };
                }
                """,
            InDouble = [Collapse("1e-46", "0")],
            InSingle = [Collapse("1e-46", "0")],
        };

        yield return new(Rule, Prefix + "a const Integer above 2^24 compared with a Real slot in a helper", """
            if (Exhausted(state.Value))
                state.Value = 0;
            """, """
            private const Integer Horizon = 100_000_001;

            private static bool Exhausted(Real x) => x >= {|#0:Horizon|};
            """)
        { InDouble = [Collapse("Horizon", "100000000")], InSingle = [Collapse("Horizon", "100000000")] };
    }

    private static IEnumerable<AnalyzerCase> QuietConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, Prefix + "an enum member that fits, a binary 2^24 and a hex value float holds exactly", """
            state.Value = Real.Min(state.Value, (Real)Horizon.Near) + (Real)0b1_0000_0000_0000_0000_0000_0000;
            Real top = 0x7FFF_FF00;
            state.Value = Real.Min(state.Value, top);
            """, """
            private enum Horizon : long
            {
                Near = 1_000,
            }
            """);

        // The float literal has rounded already, whatever the mode: the constant that becomes Real is 16777216.
        yield return new(Rule, Prefix + "a float constant above 2^24 has already rounded before it becomes Real", """
            state.Value = Real.Min(state.Value, Big) + (Real)16777217f;
            """, """
            private const float Big = 16777217f;
            """);

        yield return new(Rule, Prefix + "values near 1 and the smallest subnormal that only round", """
            state.Value = state.Value * (Real)0.99999997 + (Real)1.0000001 * gradient[0];
            state.Value = Real.Max(state.Value, (Real)1.5e-45);
            state.Value = Real.Max(state.Value, (Real)(1 - 1e-7));
            """);

        yield return new(Rule, Prefix + "constants given to int and double parameters of the aliases' math", """
            state.Value = Real.ScaleB(state.Value, -149) + Real.RootN(state.Value, 16777217);
            state.Value = Real.Round(state.Value, 15);
            state.Precise = Math.Max(state.Precise, 1e-50);
            """);

        yield return new(Rule, Prefix + "a large integer assigned to a Real property outside any transition is no cast", """
            state.Value *= LearningRate;
            """)
        {
            Outside = """
                internal static class Training
                {
                    public static Spec Configure() => new Spec { LearningRate = 16777217 };
                }
                """,
        };

        yield return new(Rule, Prefix + "integer constants above 2^24 kept in Integer, long and double", """
            Integer far = 16_777_217;
            state.Total = far * 3L;
            state.Precise = 16777217;
            state.Count = Integer.Min(state.Count, 33_554_433);
            """);

        yield return new(Rule, Prefix + "a const float subnormal and a doubled 2^24 as Real defaults", """
            state.Value = Real.Max(state.Value, (Real)Tiny) + Horizon;
            """, """
            private const float Tiny = 1e-40f;

            [Hyperparameter] public Real Horizon { get; init; } = 16777216 * 2;
            """);

        yield return new(Rule, Prefix + "an enum, a const long and a List<double> of large values not converted to Real", """
            state.Total = (long)Horizon.Far + Budget;
            state.Precise = Milestones[0];
            """, """
            private const long Budget = 20_000_001;
            private static readonly System.Collections.Generic.List<double> Milestones = new() { 16777217, 1e-50 };

            private enum Horizon : long
            {
                Far = 16_777_217,
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "nonzero gradient entries counted into a Real slot reset each step", """
            state.Value = 0;
            foreach (Real g in gradient)
            {
                if (g != 0)
                    {|#0:state.Value += 1|};
            }

            update[0] = -LearningRate * gradient[0] / Real.Max(state.Value, 1);
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "an Interlocked.Add-like helper with a ref Real parameter, given 1", """
            {|#0:Accumulate(ref state.Value, 1)|};
            """, """
            private static void Accumulate(ref Real target, Real amount) => target += amount;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "Interlocked.Exchange storing the slot plus one", """
            {|#0:System.Threading.Interlocked.Exchange(ref state.Value, state.Value + 1)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a ref-returning accessor of the slot incremented", """
            {|#0:Trials(state)++|};
            """, """
            private static ref Real Trials(State s) => ref s.Value;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a switch expression whose var arm adds one to the slot", """
            {|#0:state.Value = state.Value switch { >= 100 => 0, var v => v + 1 }|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "an increment written checked(x + 1)", """
            {|#0:state.Value = checked(state.Value + 1)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a lambda given to Array.ForEach counting into a State local", """
            State s = state;
            Array.ForEach(state.Velocity, v =>
            {
                if (v == 0)
                    {|#0:s.Value++|};
            });
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "an out helper writing its argument plus one back into the slot", """
            {|#0:Next(state.Value, out state.Value)|};
            """, """
            private static void Next(Real current, out Real next) => next = current + 1;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a float slot counted down with -= 1 in a retry loop", """
            while (state.Scale > 0 && gradient[0] > 0)
            {
                {|#0:state.Scale -= 1|};
                update[0] -= LearningRate * gradient[0];
            }
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a counter in a finally block", """
            try
            {
                update[0] = -LearningRate * gradient[0];
            }
            finally
            {
                {|#0:state.Value++|};
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x = x + One with a const Real One of another class", """
            {|#0:state.Value = state.Value + Steps.One|};
            """)
        {
            Outside = """
                internal static class Steps
                {
                    public const Real One = 1;
                }
                """,
            InDouble = [Counter("Value")],
            InSingle = [Counter("Value")],
        };

        yield return new(Rule, Prefix + "a Real slot incremented by a const int Step of 1", """
            {|#0:state.Value += Increment|};
            """, """
            private const int Increment = 1;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a counter in a switch statement's section", """
            switch (Real.Sign(gradient[0]))
            {
                case 0:
                    {|#0:state.Value = state.Value + 1|};
                    break;
                default:
                    update[0] = -LearningRate * gradient[0];
                    break;
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };
    }

    private static IEnumerable<AnalyzerCase> QuietCounters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "*= 1, += 0 and /= 1 change nothing and count nothing", """
            state.Value *= 1;
            state.Value += 0;
            state.Scale /= 1;
            """);

        yield return new(Rule, Prefix + "an increment followed by halving is a bounded series", """
            state.Value += 1;
            state.Value /= 2;
            """);

        yield return new(Rule, Prefix + "x = x + 1 - g adds a non-constant", """
            state.Value = state.Value + 1 - gradient[0];
            """);

        yield return new(Rule, Prefix + "a Real slot set to a loop index plus one", """
            for (int i = 0; i < gradient.Length; i++)
            {
                if (gradient[i] != 0)
                    state.Value = i + 1;
            }
            """);

        yield return new(Rule, Prefix + "a slot plus one compared, and kept in a local", """
            if (state.Value + 1 > MaxSteps)
                state.Value = 0;
            Real next = state.Value + 1;
            update[0] = -gradient[0] / next;
            """);

        yield return new(Rule, Prefix + "a Real slot decremented by Real.Epsilon and an Integer one by Interlocked", """
            state.Value -= Real.Epsilon;
            System.Threading.Interlocked.Increment(ref state.Count);
            System.Threading.Interlocked.Exchange(ref state.Value, gradient[0]);
            """);

        yield return new(Rule, Prefix + "an Interlocked.Add-like helper given the gradient and 2", """
            Accumulate(ref state.Value, gradient[0]);
            Accumulate(ref state.Value, 2);
            """, """
            private static void Accumulate(ref Real target, Real amount) => target += amount;
            """);

        // Hooks are no transition: the contract's scope is the [Transition] method and what it calls.
        yield return new(Rule, Prefix + "a Real slot counted in an [OptimizerFailure] hook", """
            state.Value = Real.Max(state.Value, gradient[0]);
            """, """
            [OptimizerFailure]
            private bool Failed(ref State state)
            {
                state.Scale++;
                return state.Scale > 10;
            }
            """);

        yield return new(Rule, Prefix + "an out helper writing the slot times a decay plus one", """
            Next(state.Value, out state.Value);
            """, """
            private static void Next(Real current, out Real next) => next = current * (Real)0.9 + 1;
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "Math.Round with digits stored in a Real slot", """
            state.Value = {|#0:Math.Round(state.Value, 3)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Math.Clamp with double literal bounds stored in a Real slot", """
            state.Value = {|#0:Math.Clamp(state.Value, 0.0, 1.0)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Math.Max of the Integer count and 0L", """
            state.Count = {|#0:Math.Max(state.Count, 0L)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Real.Pow with a double exponent", """
            state.Value = Real.Pow(state.Value, {|#0:0.5|});
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 2: cannot convert from 'double' to 'float'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "double.TryParse into a Real slot as its out argument", """
            if (!double.TryParse("0.5", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out {|#0:state.Value|}))
                state.Value = 0;
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 4: cannot convert from 'out float' to 'out double'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "an extension method on double called on a Real slot", """
            state.Value = {|#0:state.Value|}.Softplus();
            """)
        {
            Outside = """
                internal static class DoubleExtensions
                {
                    public static double Softplus(this double x) => Math.Log(1 + Math.Exp(x));
                }
                """,
            InDouble = [OtherMode("CS1929", "Single", "'float' does not contain a definition for 'Softplus' and the best extension method overload 'DoubleExtensions.Softplus(double)' requires a receiver of type 'double'")],
            InSingle = [CompilerError("CS1929")],
        };

        yield return new(Rule, Prefix + "a dictionary keyed by Integer looked up with the long slot", """
            if (Schedule.TryGetValue({|#0:state.Total|}, out Real rate))
                state.Value = rate;
            """, """
            private static readonly System.Collections.Generic.Dictionary<Integer, Real> Schedule = new() { [10] = (Real)0.5 };
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'long' to 'int'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "a Real[] hyperparameter default written new[] of doubles", """
            state.Value = Milestones[0];
            """, """
            [Hyperparameter] public Real[] Milestones { get; init; } = {|#0:new[] { 0.5, 0.25 }|};
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double[]' to 'float[]'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, Prefix + "an iterator the transition walks yields Math.Sqrt", """
            foreach (Real s in Schedule(3))
                state.Value += s * LearningRate;
            """, """
            private static System.Collections.Generic.IEnumerable<Real> Schedule(int n)
            {
                for (int k = 1; k <= n; k++)
                    yield return {|#0:Math.Sqrt(k)|};
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "an indexer getter the transition reads returns Math.Exp", """
            state.Value *= new Table()[gradient.Length];
            """, """
            private sealed class Table
            {
                public Real this[int i] => {|#0:Math.Exp(-i)|};
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "an implicit conversion operator the transition applies returns Math.Pow", """
            Real gain = new Decibels(state.Value);
            state.Value = gain;
            """, """
            private readonly struct Decibels
            {
                public readonly Real Level;

                public Decibels(Real level) => Level = level;

                public static implicit operator Real(Decibels d) => {|#0:Math.Pow(10, d.Level / 20)|};
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "var typed by a Real slot, then given a double literal", """
            var decay = state.Value;
            decay = {|#0:0.9|};
            state.Value *= decay;
            """)
        { InDouble = [OtherMode("CS0664", "Single", LiteralDouble)], InSingle = [CompilerError("CS0664")] };

        yield return new(Rule, Prefix + "a var switch of a Real arm and a double arm stored in a Real slot", """
            var rate = gradient.Length switch { 0 => state.Value, _ => 0.5 };
            state.Value = {|#0:rate|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "the Integer count behind ?? with a long? setting", """
            long? configured = gradient.Length > 2 ? 5 : null;
            state.Count = {|#0:configured ?? state.Count|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "an Integer constant product overflows int in Single mode", """
            state.Count = Integer.Max(state.Count, {|#0:(Integer)46341 * 46341|});
            """)
        {
            InDouble = [OtherMode("CS0220", "Single", "The operation overflows at compile time in checked mode")],
            InSingle = [CompilerError("CS0220")],
        };

        yield return new(Rule, Prefix + "a Func<Real, Real> hyperparameter default lambda with a double literal", """
            state.Value = Schedule(state.Value);
            """, """
            [Hyperparameter] public Func<Real, Real> Schedule { get; init; } = step => {|#0:step * 0.5|};
            """)
        {
            InDouble =
            [
                OtherMode("CS0266", "Single", DoubleToFloat),
                OtherMode("CS1662", "Single", "Cannot convert lambda expression to intended delegate type because some of the return types in the block are not implicitly convertible to the delegate return type"),
            ],
            InSingle = [CompilerError("CS0266"), CompilerError("CS1662")],
        };

        // A constant long converts implicitly to int only when it is an int constant: a long one never does.
        yield return new(Rule, Prefix + "an Integer hyperparameter default from a const long of another class", """
            state.Count = Integer.Min(state.Count, Horizon);
            """, """
            [Hyperparameter] public Integer Horizon { get; init; } = {|#0:Limits.Horizon|};
            """)
        {
            Outside = """
                internal static class Limits
                {
                    public const long Horizon = 1_000;
                }
                """,
            InDouble = [OtherMode("CS0266", "Single", LongToInt)],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "Random seeded with the Integer count", """
            var rng = new Random({|#0:state.Count|});
            state.Value += (Real)rng.NextDouble() * LearningRate;
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'long' to 'int'")],
        };

        yield return new(Rule, Prefix + "Real.ScaleB given the negated Integer count", """
            state.Value = Real.ScaleB(state.Value, {|#0:-state.Count|});
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 2: cannot convert from 'long' to 'int'")],
        };

        yield return new(Rule, Prefix + "Enumerable.Range over the Integer count", """
            foreach (int k in System.Linq.Enumerable.Range(0, {|#0:state.Count|}))
                update[k % update.Length] = 0;
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 2: cannot convert from 'long' to 'int'")],
        };
    }

    /// <summary>What a project that started in Single mode writes: fine there, wrong in Double mode.</summary>
    private static IEnumerable<AnalyzerCase> SingleModeHabits()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "the seed bug written in a Single-mode project: line-search trials counted in an int", """
            int trials = 0;
            Real step = LearningRate;
            while (trials < MemorySize && step * gradient[0] > (Real)1e-3)
            {
                step *= (Real)0.5;
                trials++;
            }

            state.NumLinesearchSteps = {|#0:trials|};
            update[0] = -step * gradient[0];
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'NumLinesearchSteps' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        yield return new(Rule, Prefix + "the seed bug through a tuple assignment in a Single-mode project", """
            int trials = gradient.Length / 2;
            (state.NumLinesearchSteps, state.Value) = ({|#0:trials|}, LearningRate);
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'NumLinesearchSteps' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        yield return new(Rule, Prefix + "a float[] slot's elements copied into a Real[] slot", """
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] = {|#0:state.Mu[i]|};
            """)
        {
            InDouble = [SlotValue("Velocity", RealDouble, "a Single")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Velocity' is Real (Double in Double mode) but is assigned a Single value")],
        };

        yield return new(Rule, Prefix + "a Real[] local taking the float[] slot", """
            Real[] copy = {|#0:state.Mu|};
            state.Value = copy[0];
            """)
        {
            InDouble = [CompilerError("CS0029")],
            InSingle = [OtherMode("CS0029", "Double", "Cannot implicitly convert type 'float[]' to 'double[]'")],
        };

        yield return new(Rule, Prefix + "a collection-initializer Add the transition calls stores a Real in a List<float>", """
            var peaks = new Peaks { state.Value, gradient[0] };
            foreach (float p in peaks)
                state.Scale = MathF.Max(state.Scale, p);
            """, """
            private sealed class Peaks : System.Collections.Generic.IEnumerable<float>
            {
                private readonly System.Collections.Generic.List<float> items = new();

                public void Add(Real x) => items.Add({|#0:x|});

                public System.Collections.Generic.IEnumerator<float> GetEnumerator() => items.GetEnumerator();

                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'")],
        };

        yield return new(Rule, Prefix + "MathF.Exp of a Real in a softmax written for Single mode", """
            Real sum = 0;
            for (int i = 0; i < gradient.Length; i++)
                sum += MathF.Exp({|#0:gradient[i]|});
            state.Value = sum;
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'")],
        };
    }

    private static IEnumerable<AnalyzerCase> QuietOtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "arrays indexed and sized by the Integer count", """
            var buffer = new Real[state.Count + 1];
            buffer[state.Count] = state.Value;
            state.Value = buffer[0] + state.Velocity[state.Count % gradient.Length];
            """);

        yield return new(Rule, Prefix + "long and double slots accumulating the aliases", """
            state.Total += state.Count;
            state.Precise += state.Value;
            state.Precise = Math.Max(state.Precise, state.Value);
            """);

        yield return new(Rule, Prefix + "casts to the slots' own concrete types", """
            state.Small = (int)state.Count;
            state.Scale = (float)state.Value;
            """);

        yield return new(Rule, Prefix + "double helpers whose results come back through (Real)", """
            state.Value = (Real)Math.Round(state.Value, 3) + (Real)Math.Clamp(state.Value, 0.0, 1.0);
            if (!double.IsFinite(state.Value))
                state.Value = 0;
            """);

        yield return new(Rule, Prefix + "a dictionary keyed by Integer looked up with the count", """
            if (Schedule.TryGetValue(state.Count, out Real rate))
                state.Value = rate;
            """, """
            private static readonly System.Collections.Generic.Dictionary<Integer, Real> Schedule = new() { [10] = (Real)0.5 };
            """);

        yield return new(Rule, Prefix + "extension methods and generic math written with the aliases", """
            state.Value = state.Value.Softplus() + Twice(state.Value);
            state.Count = Twice(state.Count);
            """, """
            private static T Twice<T>(T x) where T : INumber<T> => x + x;
            """)
        {
            Outside = """
                internal static class RealExtensions
                {
                    public static Real Softplus(this Real x) => Real.Log(1 + Real.Exp(x));
                }
                """,
        };

        yield return new(Rule, Prefix + "Real.CreateChecked and Integer.CreateSaturating of wider values", """
            state.Value = Real.CreateChecked(state.Precise);
            state.Count = Integer.CreateSaturating(state.Total);
            """);

        yield return new(Rule, Prefix + "iterators, indexers and conversion operators written with the aliases", """
            foreach (Real s in Schedule(3))
                state.Value += s * new Table()[gradient.Length];
            Real gain = new Decibels(state.Value);
            state.Value = gain;
            """, """
            private static System.Collections.Generic.IEnumerable<Real> Schedule(int n)
            {
                for (int k = 1; k <= n; k++)
                    yield return Real.Sqrt(k);
            }

            private sealed class Table
            {
                public Real this[int i] => Real.Exp(-i);
            }

            private readonly struct Decibels
            {
                public readonly Real Level;

                public Decibels(Real level) => Level = level;

                public static implicit operator Real(Decibels d) => Real.Pow(10, d.Level / 20);
            }
            """);

        yield return new(Rule, Prefix + "a var switch of Real arms and an Integer? behind ??", """
            var rate = gradient.Length switch { 0 => state.Value, _ => (Real)0.5 };
            Integer? configured = gradient.Length > 2 ? 5 : null;
            state.Count = configured ?? state.Count;
            state.Value = rate;
            """);

        yield return new(Rule, Prefix + "a Real[] default of Real elements and an Integer default from a const Integer", """
            state.Value = Milestones[0];
            state.Count = Integer.Min(state.Count, Horizon);
            """, """
            [Hyperparameter] public Real[] Milestones { get; init; } = new Real[] { (Real)0.5, 0.25f };
            [Hyperparameter] public Integer Horizon { get; init; } = Limits.Horizon;
            """)
        {
            Outside = """
                internal static class Limits
                {
                    public const Integer Horizon = 1_000;
                }
                """,
        };

        yield return new(Rule, Prefix + "Enumerable.Range and Random over the gradient's length", """
            var rng = new Random(gradient.Length);
            foreach (int k in System.Linq.Enumerable.Range(0, gradient.Length))
                update[k] = -LearningRate * gradient[k] + (Real)rng.NextDouble() * (Real)1e-3;
            """);

        // The int widens at the call: the slot receives an Integer, in both modes.
        yield return new(Rule, Prefix + "an int trial count stored through Integer.Max or cast to Integer", """
            int trials = gradient.Length / 2;
            state.NumLinesearchSteps = Integer.Max(trials, 1);
            state.Count = (Integer)trials;
            """);

        yield return new(Rule, Prefix + "a user helper overloaded for double and float", """
            state.Value = Soft(state.Value);
            state.Scale = Soft(state.Scale);
            """, """
            private static double Soft(double x) => Math.Log(1 + Math.Exp(x));

            private static float Soft(float x) => MathF.Log(1 + MathF.Exp(x));
            """);

        yield return new(Rule, Prefix + "Real.TryParse into a Real local, float and double defaults of Real hyperparameters", """
            if (Real.TryParse("0.5", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out Real parsed))
                state.Value = parsed * Decay + Eps;
            """, """
            [Hyperparameter] public Real Decay { get; init; } = 0.9f;
            [Hyperparameter] public Real Eps { get; init; } = (Real)Math.Pow(10, -8);
            """);

        yield return new(Rule, Prefix + "a float[] slot read into Real[] elements and a ReadOnlySpan<float>", """
            ReadOnlySpan<float> mu = state.Mu;
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] = (Real)mu[i] + state.Mu[i] * LearningRate;
            """);
    }

    /// <summary>Quiet counterparts of the shapes above, and whole optimizers written with the aliases: no rule reports them.</summary>
    private static IEnumerable<AnalyzerCase> CorrectOptimizers()
    {
        yield return new("OPT0004", Prefix + "a const long of 2^24, decimal constants and a cast Real fold that survive", """
            state.Value = Real.Min(state.Value, Budget) + (Real)0.1m + (Real)16777216m;
            state.Value *= Decay;
            """, """
            private const long Budget = 16_777_216;
            private const Real Base = (Real)0.999;
            private const Real Decay = 1 - Base * Base;
            """);

        yield return new("OPT0005", Prefix + "a ref-returning accessor of a Real[] element and a var arm that doubles", """
            First(state)++;
            state.Value = state.Value switch { 0 => 1, var v => v * 2 };
            System.Threading.Interlocked.Exchange(ref state.Value, state.Value + gradient[0]);
            """, """
            private static ref Real First(State s) => ref s.Velocity[0];
            """);

        yield return new("OPT0006", Prefix + "MathF over the float slot, Math over the double slot, checked Integer arithmetic", """
            state.Scale = MathF.Sqrt(state.Scale) + MathF.Exp(-state.Scale);
            state.Precise = Math.Sqrt(state.Precise) + Math.Round(state.Precise, 3);
            state.Count = checked(state.Count * 2 + 1);
            """);

        yield return new("OPT0006", Prefix + "a Func<Real, Real> default lambda with a cast constant and an Integer one", """
            state.Value = Schedule(state.Value);
            state.Count = Budget(state.Count);
            """, """
            [Hyperparameter] public Func<Real, Real> Schedule { get; init; } = step => step * (Real)0.5;
            [Hyperparameter] public Func<Integer, Integer> Budget { get; init; } = count => count + 1;
            """);

        yield return new("OPT0006", Prefix + "a correct Rprop: per-element step sizes clamped with Real.Clamp and Real.CopySign", """
            for (int i = 0; i < gradient.Length; i++)
            {
                Real product = state.Second[i] * gradient[i];
                Real step = state.Velocity[i] == 0 ? LearningRate : state.Velocity[i];
                if (product > 0)
                    step = Real.Min(step * EtaPlus, MaxStep);
                else if (product < 0)
                    step = Real.Max(step * EtaMinus, MinStep);
                state.Velocity[i] = step;
                state.Second[i] = product < 0 ? 0 : gradient[i];
                update[i] = product < 0 ? 0 : -Real.CopySign(step, gradient[i]);
            }
            """, """
            [Hyperparameter] public Real EtaPlus { get; init; } = (Real)1.2;
            [Hyperparameter] public Real EtaMinus { get; init; } = (Real)0.5;
            [Hyperparameter] public Real MinStep { get; init; } = (Real)1e-6;
            [Hyperparameter] public Real MaxStep { get; init; } = 50;
            """);

        yield return new("OPT0006", Prefix + "a correct Yogi: Integer count, Real.Pow bias corrections, Real.Sign", """
            state.Count++;
            Real t = state.Count;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                state.Velocity[i] = B1 * state.Velocity[i] + (1 - B1) * g;
                Real g2 = g * g;
                state.Second[i] -= (1 - B2) * Real.Sign(state.Second[i] - g2) * g2;
                Real mHat = state.Velocity[i] / (1 - Real.Pow(B1, t));
                Real vHat = state.Second[i] / (1 - Real.Pow(B2, t));
                update[i] = -LearningRate * mHat / (Real.Sqrt(vHat) + Eps);
            }
            """, """
            [Hyperparameter] public Real B1 { get; init; } = (Real)0.9;
            [Hyperparameter] public Real B2 { get; init; } = (Real)0.999;
            [Hyperparameter] public Real Eps { get; init; } = (Real)1e-3;
            """);

        yield return new("OPT0006", Prefix + "a correct noisy SGD: Random seeded from the length, noise scaled by Real.Pow of the count", """
            state.Count += 1;
            var rng = new Random(gradient.Length);
            Real variance = Eta / Real.Pow(1 + (Real)state.Count, Gamma);
            Real sigma = Real.Sqrt(variance);
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * (gradient[i] + sigma * (Real)(rng.NextDouble() - 0.5));
            """, """
            [Hyperparameter] public Real Eta { get; init; } = (Real)0.01;
            [Hyperparameter] public Real Gamma { get; init; } = (Real)0.55;
            """);

        yield return new("OPT0005", Prefix + "a correct patience schedule: the patience counted in an Integer, the best value in a Real", """
            Real norm = 0;
            foreach (Real g in gradient)
                norm += g * g;
            if (norm < state.Value || state.Count == 0)
            {
                state.Value = norm;
                state.NumLinesearchSteps = 0;
            }
            else
            {
                state.NumLinesearchSteps++;
            }

            state.Count++;
            Real scale = state.NumLinesearchSteps > MaxSteps ? (Real)0.1 : 1;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * scale * gradient[i];
            """);

        yield return new("OPT0004", Prefix + "a correct schedule table: Real[] steps and boundaries that float holds", """
            Real lr = LearningRate;
            for (int k = 0; k < Boundaries.Length; k++)
            {
                if (state.Count >= Boundaries[k])
                    lr = LearningRate * Factors[k];
            }

            lr *= Grid[0, 0];

            state.Count++;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -lr * gradient[i];
            """, """
            private static readonly Integer[] Boundaries = { 1_000, 100_000, 10_000_000 };
            private static readonly Real[] Factors = { (Real)0.5, (Real)0.1, (Real)1e-3 };
            private static readonly Real[,] Grid = { { 1, 2 }, { 3, 16_777_216 } };
            """);

        yield return new("OPT0006", Prefix + "Span<Real> over slots, a ReadOnlySpan<double> over the double slot and Vector<Real>", """
            Span<Real> velocity = state.Velocity;
            ReadOnlySpan<double> precise = new ReadOnlySpan<double>(ref state.Precise);
            var lanes = new Vector<Real>(LearningRate);
            velocity[0] = (Real)precise[0] * lanes[0];
            """);

        yield return new("OPT0006", Prefix + "a ref float local of the float slot and a ref Real of the Real slot", """
            ref float scale = ref state.Scale;
            ref Real value = ref state.Value;
            scale *= 0.5f;
            value *= (Real)0.5;
            """);

        yield return new("OPT0006", Prefix + "Volatile.Write of a double literal into the Real slot", """
            System.Threading.Volatile.Write(ref {|#0:state.Value|}, {|#1:0.5|});
            """)
        {
            // No Write(ref float, double): the compiler names the first candidate, Write(ref bool, bool), for both arguments.
            InDouble =
            [
                OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'ref float' to 'ref bool'"),
                OtherMode("CS1503", "Single", "Argument 2: cannot convert from 'double' to 'bool'", marker: 1),
            ],
            InSingle = [CompilerError("CS1503"), CompilerError("CS1503", marker: 1)],
        };
    }

    /// <summary>
    /// Written after reading the analyzer and fixing the first misses: forwarding helpers, the lock-free increment, an
    /// <c>is var</c> copy, collection initializers inside a transition (one report, not two), and patterns on the slots.
    /// </summary>
    private static IEnumerable<AnalyzerCase> AfterReading()
    {
        yield return new("OPT0005", Prefix + "an Add-like helper forwarding its ref and its amount to another", """
            {|#0:Accumulate(ref state.Value, 1)|};
            """, """
            private static void Accumulate(ref Real target, Real amount) => AddTo(ref target, amount);

            private static void AddTo(ref Real location, Real delta) => location += delta;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "the lock-free increment: Interlocked.CompareExchange of a copy plus one", """
            while (true)
            {
                Real seen = state.Value;
                Real next = seen + 1;
                if ({|#0:System.Threading.Interlocked.CompareExchange(ref state.Value, next, seen)|} == seen)
                    break;
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "an is var copy of the float slot stored back plus one", """
            if (state.Scale is var tries && tries < 100)
                {|#0:state.Scale = tries + 1|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new("OPT0005", Prefix + "an Add-like helper given a half and a local counter given 1", """
            Accumulate(ref state.Value, (Real)0.5);
            Real local = 0;
            Accumulate(ref local, 1);
            Next(gradient[0], out state.Value);
            update[0] = local * state.Value;
            """, """
            private static void Accumulate(ref Real target, Real amount) => target += amount;

            private static void Next(Real current, out Real next) => next = current + 1;
            """);

        yield return new("OPT0004", Prefix + "List<Real> and Real[,] initializers inside a transition are reported once", """
            var caps = new System.Collections.Generic.List<Real> { 1, {|#0:16777217|} };
            var grid = new Real[,] { { 1, {|#1:33554433|} } };
            state.Value = Real.Min(caps[1], grid[0, 1]);
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
        };

        yield return new("OPT0004", Prefix + "a HashSet<Real> field initialized with exact values", """
            state.Value = Marks.Contains(state.Value) ? 0 : state.Value;
            """, """
            private static readonly System.Collections.Generic.HashSet<Real> Marks = new() { 0, 1, 16_777_216, 1 << 30 };
            """);

        yield return new("OPT0006", Prefix + "a relational property pattern with a double constant on the Real slot", """
            if (state is { Value: > {|#0:0.5|} })
                state.Value = 0;
            """)
        {
            InDouble = [OtherMode("CS0664", "Single", LiteralDouble)],
            InSingle = [CompilerError("CS0664")],
        };
        yield return new("OPT0004", Prefix + "a const Real and a Real hyperparameter default folded from two int consts", """
            state.Value = Real.Min(state.Value, Horizon) + Cap;
            """, """
            private const int Rows = 4097;
            private const int Cols = 4097;
            private const Real Horizon = {|#0:Rows * Cols|};

            [Hyperparameter] public Real Cap { get; init; } = {|#1:Rows * Cols|};
            """)
        {
            InDouble = [Collapse("Rows * Cols", "16785408"), Collapse("Rows * Cols", "16785408", marker: 1)],
            InSingle = [Collapse("Rows * Cols", "16785408"), Collapse("Rows * Cols", "16785408", marker: 1)],
        };

        yield return new("OPT0004", Prefix + "an implicitly typed array of Real given to a Real[] field", """
            state.Value = Real.Min(state.Value, Caps[1]);
            """, """
            private static readonly Real[] Caps = new[] { (Real)1, {|#0:16777217|} };
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new("OPT0004", Prefix + "params Real[] and a generic Clamp<T> given integers above 2^24 in a transition", """
            state.Value = Smallest(state.Value, {|#0:16777217|}) + Clamp(state.Value, 0, {|#1:33554433|});
            """, """
            private static Real Smallest(params Real[] values) => values.Length == 0 ? 0 : Real.Min(values[0], values[^1]);

            private static T Clamp<T>(T x, T low, T high) where T : INumber<T> => T.Clamp(x, low, high);
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
        };

        yield return new("OPT0004", Prefix + "implicitly typed arrays of double and of exact Reals", """
            state.Precise = Wide[0];
            state.Value = Real.Min(state.Value, Caps[1]);
            """, """
            private static readonly double[] Wide = new[] { 16777217.0, 1e-50 };
            private static readonly Real[] Caps = new[] { (Real)1, 16_777_216 };
            """);

        yield return new("OPT0005", Prefix + "a property pattern's var copy of the slot stored back plus one", """
            if (state is { Value: var tries } && tries < 100)
                {|#0:state.Value = tries + 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0006", Prefix + "a static constructor filling a table the transition reads", """
            state.Value *= Tables.Roots[3];
            """, """
            private static class Tables
            {
                public static readonly Real[] Roots = new Real[16];

                static Tables()
                {
                    for (int i = 0; i < Roots.Length; i++)
                        Roots[i] = {|#0:Math.Sqrt(i)|};
                }
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "a struct enumerator's Current the transition's foreach reads", """
            foreach (Real root in new Roots(gradient.Length))
                state.Value += root;
            """, """
            private readonly struct Roots
            {
                private readonly int count;

                public Roots(int count) => this.count = count;

                public Enumerator GetEnumerator() => new Enumerator(count);

                public struct Enumerator
                {
                    private readonly int count;
                    private int index;

                    public Enumerator(int count)
                    {
                        this.count = count;
                        index = -1;
                    }

                    public Real Current => {|#0:Math.Sqrt(index)|};

                    public bool MoveNext() => ++index < count;
                }
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "a static abstract member the transition calls through a type parameter", """
            state.Value *= RateOf<ConstantRate>(state.Count);
            """, """
            private interface ISchedule
            {
                static abstract Real Rate(Integer step);
            }

            private sealed class ConstantRate : ISchedule
            {
                public static Real Rate(Integer step) => {|#0:1e-3|};
            }

            private static Real RateOf<T>(Integer step) where T : ISchedule => T.Rate(step);
            """)
        { InDouble = [OtherMode("CS0664", "Single", LiteralDouble)], InSingle = [CompilerError("CS0664")] };

        yield return new("OPT0006", Prefix + "a static constructor, a struct enumerator and a static abstract member written with the aliases", """
            foreach (Real root in new Roots(gradient.Length))
                state.Value += root * Tables.Roots[3] * RateOf<ConstantRate>(state.Count);
            """, """
            private static class Tables
            {
                public static readonly Real[] Roots = new Real[16];

                static Tables()
                {
                    for (int i = 0; i < Roots.Length; i++)
                        Roots[i] = Real.Sqrt(i);
                }
            }

            private readonly struct Roots
            {
                private readonly int count;

                public Roots(int count) => this.count = count;

                public Enumerator GetEnumerator() => new Enumerator(count);

                public struct Enumerator
                {
                    private readonly int count;
                    private int index;

                    public Enumerator(int count)
                    {
                        this.count = count;
                        index = -1;
                    }

                    public Real Current => Real.Sqrt(index);

                    public bool MoveNext() => ++index < count;
                }
            }

            private interface ISchedule
            {
                static abstract Real Rate(Integer step);
            }

            private sealed class ConstantRate : ISchedule
            {
                public static Real Rate(Integer step) => (Real)1e-3;
            }

            private static Real RateOf<T>(Integer step) where T : ISchedule => T.Rate(step);
            """);
        yield return new("OPT0005", Prefix + "a generic Add-like helper given the slot and (Real)1", """
            {|#0:Accumulate(ref state.Value, (Real)1)|};
            """, """
            private static void Accumulate<T>(ref T target, T amount) where T : INumber<T> => target += amount;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "ref extension methods on Real: one counting, one adding its argument", """
            state.Value.Tick();
            {|#1:state.Scale.AddTo(1)|};
            """)
        {
            Outside = """
                internal static class Counting
                {
                    public static void Tick(ref this Real count) => {|#0:count += 1|};

                    public static void AddTo(ref this float total, float amount) => total += amount;
                }
                """,
            InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)],
            InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)],
        };

        yield return new("OPT0005", Prefix + "a generic Add-like helper and a ref extension adding the gradient", """
            Accumulate(ref state.Value, gradient[0]);
            Accumulate(ref state.Value, (Real)1);
            state.Scale.AddTo(1);
            state.Scale.AddTo(state.Mu[0]);
            """, """
            private static void Accumulate<T>(ref T target, T amount) where T : INumber<T> => target += amount;
            """)
        {
            Outside = """
                internal static class Counting
                {
                    public static void AddTo(ref this float total, float amount) => total += amount;
                }
                """,
        };

        yield return new("OPT0006", Prefix + "a LINQ Select with a double literal summed into a Real slot", """
            state.Value = {|#0:System.Linq.Enumerable.Sum(System.Linq.Enumerable.Select(state.Velocity, v => v * 0.5))|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "a default interface method the transition calls returns Math.Sqrt", """
            IDamping damping = new PlainDamping();
            state.Value = damping.Damp(state.Value);
            """, """
            private interface IDamping
            {
                Real Damp(Real x) => {|#0:Math.Sqrt(x)|};
            }

            private sealed class PlainDamping : IDamping
            {
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "LINQ over the aliases and a default interface method written with Real.Sqrt", """
            state.Value = System.Linq.Enumerable.Sum(System.Linq.Enumerable.Select(state.Velocity, v => v * (Real)0.5));
            IDamping damping = new PlainDamping();
            state.Value = damping.Damp(state.Value) + (Real)System.Linq.Enumerable.Average(state.Mu);
            """, """
            private interface IDamping
            {
                Real Damp(Real x) => Real.Sqrt(x);
            }

            private sealed class PlainDamping : IDamping
            {
            }
            """);

        yield return new("OPT0006", Prefix + "the float[] slot's LINQ average stored in the Real slot, written in a Single-mode project", """
            state.Value = {|#0:System.Linq.Enumerable.Average(state.Mu)|};
            """)
        {
            InDouble = [SlotValue("Value", RealDouble, "a Single")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Value' is Real (Double in Double mode) but is assigned a Single value")],
        };
        // (Real)1e-9 survives float, 1e-9f - 1 is exactly -1 there: the fold collapses, not its operand.
        yield return new("OPT0004", Prefix + "constant Real arithmetic that folds to exactly -1 in float", """
            state.Value *= {|#0:(Real)1e-9 - 1|};
            """)
        { InDouble = [Collapse("(Real)1e-9 - 1", "exactly -1")], InSingle = [Collapse("(Real)1e-9 - 1", "exactly -1")] };

        yield return new("OPT0004", Prefix + "constant Real arithmetic whose folded value is 1 in both modes", """
            state.Value *= (Real)1 / 3 * 3;
            state.Value += (Real)0.5 + (Real)0.5;
            """);

        yield return new("OPT0005", Prefix + "helpers given 1 for a Real[] element, the Integer slot and the double slot", """
            Accumulate(ref state.Velocity[0], 1);
            Bump(ref state.Count, 1);
            Next(state.Precise, out state.Precise);
            """, """
            private static void Accumulate(ref Real target, Real amount) => target += amount;

            private static void Bump(ref Integer target, Integer amount) => target += amount;

            private static void Next(double current, out double next) => next = current + 1;
            """);

        yield return new("OPT0006", Prefix + "Math.Max of an int trial count into the Integer slot, written in a Single-mode project", """
            int trials = gradient.Length / 2;
            state.NumLinesearchSteps = {|#0:Math.Max(trials, 1)|};
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'NumLinesearchSteps' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        yield return new("OPT0006", Prefix + "an int local function's result into the Integer slot, written in a Single-mode project", """
            static int Trials(ReadOnlySpan<Real> g)
            {
                int k = 0;
                while (k < g.Length && g[k] != 0)
                    k++;
                return k;
            }

            state.Count = {|#0:Trials(gradient)|};
            """)
        {
            InDouble = [SlotValue("Count", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Count' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };
        // Lookahead's step = (step + 1) % sync_period: a count that wraps, as the conditional reset past a limit is one.
        yield return new("OPT0005", Prefix + "a wrap-around counter written (x + 1) % k", """
            {|#0:state.Value = (state.Value + 1) % MemorySize|};
            {|#1:state.Scale = (state.Scale + 1f) % 5|};
            """)
        { InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)], InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)] };

        yield return new("OPT0005", Prefix + "a countdown clamped by a nested Min of a Max", """
            {|#0:state.Value = Real.Min(Real.Max(state.Value - 1, 0), MaxSteps)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a phase wrapped with % that adds the gradient", """
            state.Value = (state.Value + gradient[0]) % 1;
            state.Scale = (state.Scale * 2 + 1) % 7;
            """);
        yield return new("OPT0006", Prefix + "a double default of a Real constructor parameter of a type the transition creates", """
            state.Value = new Clip().Apply(state.Value);
            """, """
            private sealed class Clip
            {
                private readonly Real cap;

                public Clip(Real {|#0:cap|} = 0.5) => this.cap = cap;

                public Real Apply(Real x) => Real.Min(x, cap);
            }
            """)
        {
            InDouble = [OtherMode("CS1750", "Single", "A value of type 'double' cannot be used as a default parameter because there are no standard conversions to type 'float'")],
            InSingle = [CompilerError("CS1750")],
        };

        yield return new("OPT0006", Prefix + "an out var of double.TryParse stored in a Real slot", """
            if (double.TryParse("0.5", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                state.Value = {|#0:parsed|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "a cast Real constructor default and an out var parsed as Real", """
            state.Value = new Clip().Apply(state.Value);
            if (Real.TryParse("0.5", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                state.Value = parsed;
            state.Count = (Integer)Math.Floor(state.Value);
            """, """
            private sealed class Clip
            {
                private readonly Real cap;

                public Clip(Real cap = (Real)0.5) => this.cap = cap;

                public Real Apply(Real x) => Real.Min(x, cap);
            }
            """);
        // Quiet counterparts of the later probes, and two more whole optimizers written with the aliases.
        yield return new("OPT0004", Prefix + "Real[,], List<Real> and implicitly typed Real arrays of values float holds", """
            Span<Real> marks = stackalloc[] { (Real)1, 16_777_216 };
            state.Value = Real.Min(marks[1], Grid[1, 1]) + Caps[0] + Steps[1];
            """, """
            private static readonly Real[,] Grid = { { 1, 2 }, { 3, 1 << 30 } };
            private static readonly System.Collections.Generic.List<Real> Caps = new() { (Real)0.1, 100_000_000 };
            private static readonly Real[] Steps = new[] { (Real)0.5, 33_554_432 };
            """);

        yield return new("OPT0004", Prefix + "a List<double> and a double[,] of values float cannot hold", """
            state.Precise = Wide[0] + Grid[0, 1];
            """, """
            private static readonly System.Collections.Generic.List<double> Wide = new() { 16777217, 1e-50 };
            private static readonly double[,] Grid = { { 1, 0.99999999 } };
            """);

        yield return new("OPT0005", Prefix + "a ref-returning accessor of the slot halved and reset, and a CompareExchange of a maximum", """
            Trials(state) *= (Real)0.5;
            if (gradient[0] > 0)
                Trials(state) = 0;
            Real seen = state.Value;
            Real next = Real.Max(seen, gradient[0]);
            System.Threading.Interlocked.CompareExchange(ref state.Value, next, seen);
            """, """
            private static ref Real Trials(State s) => ref s.Value;
            """);

        yield return new("OPT0005", Prefix + "a step counted in the Integer slot, its Real copy feeding a bias correction slot", """
            state.Count++;
            Real t = state.Count;
            state.Value = 1 - Real.Pow(LearningRate, t);
            state.Scale = (float)Real.Pow(LearningRate, t + 1);
            """);

        yield return new("OPT0006", Prefix + "a correct Lookahead: an Integer step wrapped by the sync period", """
            state.Count = (state.Count + 1) % SyncPeriod;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] -= LearningRate * gradient[i];
                if (state.Count == 0)
                {
                    state.Second[i] += Alpha * (state.Velocity[i] - state.Second[i]);
                    state.Velocity[i] = state.Second[i];
                }

                update[i] = -LearningRate * gradient[i];
            }
            """, """
            [Hyperparameter] public Real Alpha { get; init; } = (Real)0.5;
            [Hyperparameter] public Integer SyncPeriod { get; init; } = 6;
            """);

        yield return new("OPT0006", Prefix + "a correct Adadelta: decays and epsilon cast, Real.Sqrt throughout", """
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                state.Velocity[i] = Rho * state.Velocity[i] + (1 - Rho) * g * g;
                Real delta = Real.Sqrt(state.Second[i] + Eps) / Real.Sqrt(state.Velocity[i] + Eps) * g;
                state.Second[i] = Rho * state.Second[i] + (1 - Rho) * delta * delta;
                update[i] = -LearningRate * delta;
            }
            """, """
            [Hyperparameter] public Real Rho { get; init; } = (Real)0.9;
            [Hyperparameter] public Real Eps { get; init; } = (Real)1e-6;
            """);

        yield return new("OPT0006", Prefix + "a static constructor of a type the transition never reads is no scope", """
            state.Value *= LearningRate;
            """, """
            private static class Unused
            {
                public static readonly Real[] Table = new Real[4];

                static Unused()
                {
                    for (int i = 0; i < Table.Length; i++)
                        Table[i] = (Real)i;
                }
            }
            """);
        yield return new("OPT0004", Prefix + "constant Real arithmetic and a cast inside a List<Real> initializer in a transition, each reported once", """
            var decays = new System.Collections.Generic.List<Real> { {|#0:1 - (Real)1e-9|}, {|#1:(Real)1e-50|} };
            state.Value *= decays[0] + decays[1];
            """)
        {
            InDouble = [Collapse("1 - (Real)1e-9", "exactly 1"), Collapse("1e-50", "0", marker: 1)],
            InSingle = [Collapse("1 - (Real)1e-9", "exactly 1"), Collapse("1e-50", "0", marker: 1)],
        };
    }
}
