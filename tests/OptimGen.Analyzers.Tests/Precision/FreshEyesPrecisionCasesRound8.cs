using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// An eighth round of OPT0004–OPT0006 cases, written from the contract, issue 13 and the docs before reading the analyzer,
/// where the seven earlier rounds did not go: constants reaching <c>Real</c> through generic math (<c>T.CreateChecked</c> and
/// <c>T.CreateSaturating</c> in helpers instantiated with <c>Real</c>, with <c>double</c> or with <c>float</c>), <c>Math.PI</c>,
/// <c>float.MaxValue</c> at the edge of overflow, decimal literals and <c>decimal.MaxValue</c>, <c>unchecked</c> int folds,
/// <c>const</c>s of another class and of another partial part, interpolation holes, <c>List</c> and nested collection
/// expressions, constant and relational patterns, switch arms of a helper's return, defaults of local functions and record
/// constructors, <c>Real.FusedMultiplyAdd</c> next to <c>Real.ScaleB</c>'s int parameter; counters through a property
/// setter, a ref-returning property, a closure over the state object, loops, <c>switch</c> sections, <c>finally</c>, a helper
/// two calls deep, a generic <c>T.CreateChecked(1)</c>, a helper's default parameter of 1, <c>Interlocked.Exchange</c> on the
/// <c>float</c> slot (<c>Interlocked.Increment</c> has no floating-point overload: a <c>Real</c> slot cannot be written so);
/// and code that breaks in the other mode through <c>Math.Abs</c> overloads, <c>ReadOnlySpan&lt;double&gt;</c> parameters,
/// <c>List&lt;Real&gt;</c> and <c>Func&lt;Real, Real&gt;</c> given to their <c>double</c> types, explicit generic arguments,
/// <c>is double d</c> and <c>case float f</c> patterns, <c>BitConverter</c>, <c>Vector&lt;Real&gt;</c>,
/// <c>MemoryMarshal.Cast</c>, <c>stackalloc</c>, pointers and <c>fixed</c>, default interface members, a default parameter
/// value, <c>Span</c> slicing and indexing by <c>Integer</c>, and <c>TryFormat</c>'s <c>out</c> count; each shape with a
/// quiet counterpart. Their names start with "fresh eyes 8: ".
/// </summary>
internal static class FreshEyesPrecisionCasesRound8
{
    private const string Prefix = "fresh eyes 8: ";
    private static readonly string DoubleToFloat = CannotConvert("double", "float");
    private static readonly string LongToInt = CannotConvert("long", "int");

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(QuietConstants()).Concat(Counters()).Concat(QuietCounters())
        .Concat(OtherModeCode()).Concat(QuietOtherModeCode()).Concat(AfterReading());

    /// <summary>A class over the state object with one member, as users wrap the state to name a slot (<c>Tracker</c> or <c>View</c>).</summary>
    private static string TrackerOver(string member) => Wrapper("Tracker", member);

    private static string ViewOver(string member) => Wrapper("View", member);

    private static string Wrapper(string name, string member) => $$"""
        private sealed class {{name}}
        {
            private readonly State s;

            public {{name}}(State s) => this.s = s;

            {{member}}
        }
        """;

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, Prefix + "T.CreateChecked of 1e-50 in a generic helper instantiated with Real", """
            state.Value = Floor(state.Value);
            """, """
            private static T Floor<T>(T x) where T : INumber<T> => T.Max(x, {|#0:T.CreateChecked(1e-50)|});
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, Prefix + "T.CreateSaturating of an integer above 2^24 in a generic helper instantiated with Real", """
            state.Value = Cap(state.Value);
            """, """
            private static T Cap<T>(T x) where T : INumber<T> => T.Min(x, {|#0:T.CreateSaturating(16777217)|});
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "Math.PI times 2e38 cast to Real overflows float", """
            state.Value = Real.Min(state.Value, {|#0:(Real)(Math.PI * 2e38)|});
            """)
        { InDouble = [Collapse("(Math.PI * 2e38)", "infinity")], InSingle = [Collapse("(Math.PI * 2e38)", "infinity")] };

        yield return new(Rule, Prefix + "(Real)float.MaxValue doubled folds to infinity in float", """
            state.Value = Real.Min(state.Value, {|#0:(Real)float.MaxValue * 2|});
            """)
        { InDouble = [Collapse("(Real)float.MaxValue * 2", "infinity")], InSingle = [Collapse("(Real)float.MaxValue * 2", "infinity")] };

        // float.MaxValue + 2e31 lies above the midpoint between float.MaxValue and 2^128 (float.MaxValue + 2^103, about 1.01e31).
        yield return new(Rule, Prefix + "float.MaxValue plus 2e31 in double cast to Real rounds to infinity", """
            state.Value = Real.Min(state.Value, {|#0:(Real)((double)float.MaxValue + 2e31)|});
            """)
        {
            InDouble = [Collapse("((double)float.MaxValue + 2e31)", "infinity")],
            InSingle = [Collapse("((double)float.MaxValue + 2e31)", "infinity")],
        };

        yield return new(Rule, Prefix + "a decimal literal above 2^24 cast to Real", """
            state.Value = Real.Min(state.Value, {|#0:(Real)16777217m|});
            """)
        { InDouble = [Collapse("16777217m", "16777216")], InSingle = [Collapse("16777217m", "16777216")] };

        // decimal.MaxValue is 2^96 - 1: 2^96 as a float and as a double.
        yield return new(Rule, Prefix + "decimal.MaxValue cast to Real collapses in both modes, Single named", """
            state.Value = Real.Min(state.Value, {|#0:(Real)decimal.MaxValue|});
            """)
        {
            InDouble = [Collapse("decimal.MaxValue", "79228162514264337593543950336")],
            InSingle = [Collapse("decimal.MaxValue", "79228162514264337593543950336")],
        };

        // int.MaxValue + 2 wraps to -2147483647: -2^31 as a float.
        yield return new(Rule, Prefix + "an unchecked int fold that wraps, cast to Real", """
            state.Value = Real.Max(state.Value, {|#0:(Real)unchecked(int.MaxValue + 2)|});
            """)
        { InDouble = [Collapse("unchecked(int.MaxValue + 2)", "-2147483648")], InSingle = [Collapse("unchecked(int.MaxValue + 2)", "-2147483648")] };

        yield return new(Rule, Prefix + "a const int declared in another partial part given to Real.Min", """
            state.Value = Real.Min(state.Value, {|#0:Budget|});
            """)
        {
            Outside = """
                public partial class Spec
                {
                    private const int Budget = 33_554_433;
                }
                """,
            InDouble = [Collapse("Budget", "33554432")],
            InSingle = [Collapse("Budget", "33554432")],
        };

        yield return new(Rule, Prefix + "a const Real local folding two const Reals of another class to exactly 1", """
            const Real Decay = {|#0:Rates.One - Rates.Tiny|};
            state.Value *= Decay;
            """)
        {
            Outside = """
                internal static class Rates
                {
                    public const Real One = 1;
                    public const Real Tiny = (Real)1e-9;
                }
                """,
            InDouble = [Collapse("Rates.One - Rates.Tiny", "exactly 1")],
            InSingle = [Collapse("Rates.One - Rates.Tiny", "exactly 1")],
        };

        yield return new(Rule, Prefix + "a cast to Real in an interpolation hole", """
            string note = $"floor {{|#0:(Real)1e-50|}}";
            update[0] = note.Length;
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, Prefix + "a collection expression of a List<Real> holding an integer above 2^24", """
            System.Collections.Generic.List<Real> caps = [1, {|#0:16777217|}];
            state.Value = Real.Min(state.Value, caps[1]);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a nested collection expression of Real[][]", """
            Real[][] rows = [[1, 2], [{|#0:33554433|}]];
            state.Value = Real.Min(state.Value, rows[1][0]);
            """)
        { InDouble = [Collapse("33554433", "33554432")], InSingle = [Collapse("33554433", "33554432")] };

        yield return new(Rule, Prefix + "an int switch arm returned by a Real helper", """
            state.Value = Real.Min(state.Value, Cap(gradient.Length));
            """, """
            private static Real Cap(int k) => k switch { 0 => 1, _ => {|#0:16777217|} };
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a local function's default parameter value above 2^24", """
            static Real Clip(Real x, Real hi = {|#0:16777217|}) => Real.Min(x, hi);
            state.Value = Clip(state.Value);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        // 33554435 lies between 33554432 and 33554436 (the float spacing is 4 there), nearer the latter.
        yield return new(Rule, Prefix + "a record's primary constructor default value", """
            state.Value = Real.Max(state.Value, new Cap().Limit);
            """, """
            private sealed record Cap(Real Limit = {|#0:-33_554_435|});
            """)
        { InDouble = [Collapse("-33_554_435", "-33554436")], InSingle = [Collapse("-33_554_435", "-33554436")] };

        yield return new(Rule, Prefix + "a constant pattern above 2^24 on the Real slot", """
            if (state.Value is {|#0:16777217|})
                state.Value = 0;
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a relational pattern in a switch expression on the Real slot", """
            Real scale = state.Value switch { > {|#0:100_000_001|} => 0, _ => 1 };
            state.Value *= scale;
            """)
        { InDouble = [Collapse("100_000_001", "100000000")], InSingle = [Collapse("100_000_001", "100000000")] };

        yield return new(Rule, Prefix + "an integer above 2^24 given to Real.FusedMultiplyAdd", """
            state.Value = Real.FusedMultiplyAdd(state.Value, {|#0:16777217|}, 1);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a ulong shift-or above 2^53 cast to Real collapses in both modes", """
            state.Value = Real.Min(state.Value, {|#0:(Real)(1UL << 60 | 1)|});
            """)
        { InDouble = [Collapse("(1UL << 60 | 1)", "1152921504606846976")], InSingle = [Collapse("(1UL << 60 | 1)", "1152921504606846976")] };

        yield return new(Rule, Prefix + "a checked fold of Real arithmetic at 2^24 given to Real.Min", """
            state.Value = Real.Min(state.Value, {|#0:checked((Real)16777216 + 1)|});
            """)
        { InDouble = [Collapse("checked((Real)16777216 + 1)", "16777216")], InSingle = [Collapse("checked((Real)16777216 + 1)", "16777216")] };

        yield return new(Rule, Prefix + "Real.CreateTruncating of nine nines", """
            state.Value *= {|#0:Real.CreateTruncating(0.99999999)|};
            """)
        { InDouble = [Collapse("0.99999999", "exactly 1")], InSingle = [Collapse("0.99999999", "exactly 1")] };
    }

    private static IEnumerable<AnalyzerCase> QuietConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, Prefix + "T.CreateChecked of 1e-50 in a generic helper instantiated with double only", """
            state.Precise = Floor(state.Precise);
            """, """
            private static T Floor<T>(T x) where T : INumber<T> => T.Max(x, T.CreateChecked(1e-50));
            """);

        yield return new(Rule, Prefix + "T.CreateSaturating above 2^24 in a generic helper instantiated with the Integer slot", """
            state.Count = Cap(state.Count);
            """, """
            private static T Cap<T>(T x) where T : INumber<T> => T.Min(x, T.CreateSaturating(16777217));
            """);

        // float.MaxValue + 1e31 lies below the midpoint to 2^128: it rounds to float.MaxValue.
        yield return new(Rule, Prefix + "float.MaxValue and float.MaxValue plus 1e31 cast to Real stay finite", """
            state.Value = Real.Min(state.Value, (Real)((double)float.MaxValue + 1e31));
            state.Value = Real.Max(state.Value, -(Real)float.MaxValue);
            """);

        yield return new(Rule, Prefix + "decimal literals float holds or only rounds", """
            state.Value = Real.Min(state.Value, (Real)16777216m) + (Real)0.1m + (Real)1e-8m + (Real)decimal.One;
            """);

        yield return new(Rule, Prefix + "integers above 2^24 given to the int parameters of Real.ScaleB and Real.RootN", """
            state.Value = Real.ScaleB(state.Value, 16777217) + Real.RootN(state.Value, 33554433);
            """);

        yield return new(Rule, Prefix + "Half's extremes converted to Real are no constants", """
            state.Value = Real.Min(state.Value, (Real)Half.MaxValue) + (Real)Half.Epsilon;
            """);

        // Math.E * 1e-40 is a float subnormal; Math.PI * 1e38 is below float.MaxValue.
        yield return new(Rule, Prefix + "Math and MathF constants that float holds", """
            state.Value = (Real)Math.PI * state.Value + (Real)(Math.E * 1e-40) + (Real)MathF.Tau;
            state.Value = Real.Min(state.Value, (Real)(Math.PI * 1e38));
            """);

        yield return new(Rule, Prefix + "unchecked int folds that float holds exactly", """
            state.Value = Real.Max(state.Value, (Real)unchecked(int.MinValue - 256)) + (Real)unchecked(int.MaxValue + 1);
            """);

        yield return new(Rule, Prefix + "integers above 2^24 formatted, not converted to Real", """
            string note = $"{16777217:N0} {state.Value,12} {(Real)1e-8}" + string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", 33554433);
            update[0] = note.Length;
            """);

        yield return new(Rule, Prefix + "a List<Real> and a nested collection expression of exact values", """
            System.Collections.Generic.List<Real> caps = [1, 16777216, 1 << 30];
            Real[][] rows = [[33554432], [0x4000_0000]];
            state.Value = Real.Min(state.Value, caps[1] + rows[1][0]);
            """);

        yield return new(Rule, Prefix + "constant and relational patterns of values float holds and of the alias's constants", """
            if (state.Value is 16777216 or > Real.MaxValue / 2)
                state.Value = 0;
            Real scale = state.Value switch { > 100_000_000 => 0, < -Real.Epsilon => -1, _ => 1 };
            state.Value *= scale;
            """);

        yield return new(Rule, Prefix + "a const Real local folding two const Reals of another class that float keeps apart", """
            const Real Decay = Rates.One - Rates.Small;
            state.Value *= Decay;
            """)
        {
            Outside = """
                internal static class Rates
                {
                    public const Real One = 1;
                    public const Real Small = (Real)1e-6;
                }
                """,
        };

        yield return new(Rule, Prefix + "a local function's defaults of double type and of values float holds", """
            static Real Clip(Real x, double hi = 16777217, Real lo = -16777216) => Real.Max((Real)Math.Min(x, hi), lo);
            state.Value = Clip(state.Value);
            """);

        yield return new(Rule, Prefix + "a hyperparameter's bounds written as doubles beyond float", """
            state.Value = Real.Max(state.Value, Eps);
            """, """
            [Hyperparameter(Minimum = 1e-50, Maximum = 16777217)] public Real Eps { get; init; } = (Real)1e-8;
            """);

        yield return new(Rule, Prefix + "Real.FusedMultiplyAdd of exact values and a checked fold float holds", """
            state.Value = Real.FusedMultiplyAdd(state.Value, 16777216, (Real)1e-30);
            state.Value = Real.Min(state.Value, checked((Real)16777216 + 2));
            """);

        yield return new(Rule, Prefix + "ulong and long shift-ors float holds exactly", """
            state.Value = Real.Min(state.Value, (Real)(1UL << 60)) + (Real)(1L << 40 | 1 << 20);
            """);

        yield return new(Rule, Prefix + "a const int of another partial part float holds", """
            state.Value = Real.Min(state.Value, Budget * 2);
            """)
        {
            Outside = """
                public partial class Spec
                {
                    private const int Budget = 33_554_432;
                }
                """,
        };

        yield return new(Rule, Prefix + "a record's default and Real.CreateTruncating of four nines", """
            state.Value = Real.Max(state.Value, new Cap().Limit) * Real.CreateTruncating(0.9999);
            """, """
            private sealed record Cap(Real Limit = -33_554_436);
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "a property whose setter writes the slot, incremented", """
            var tracker = new Tracker(state);
            {|#0:tracker.Steps++|};
            """, TrackerOver("public Real Steps { get => s.Value; set => s.Value = value; }"))
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a ref-returning property of the slot, incremented", """
            var view = new View(state);
            {|#0:view.Steps++|};
            """, ViewOver("public ref Real Steps => ref s.Value;"))
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "zero gradients counted in a for loop", """
            for (int i = 0; i < gradient.Length; i++)
                if (gradient[i] == 0)
                    {|#0:state.Value += 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "nonzero gradients counted in a foreach loop on the float slot", """
            foreach (Real g in gradient)
                if (g != 0)
                    {|#0:state.Scale++|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a countdown in a helper two calls deep, given the state object", """
            Observe(state, gradient);
            """, """
            private static void Observe(State s, ReadOnlySpan<Real> g)
            {
                if (g[0] > 0)
                    Down(s);
            }

            private static void Down(State s) => {|#0:s.Scale -= 1|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "x -= 1.0f on the Real slot", """
            {|#0:state.Value -= 1.0f|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x = (x + 1.0f) in parentheses and x = x - 1e0f on the float slot", """
            {|#0:state.Value = (state.Value + 1.0f)|};
            {|#1:state.Scale = state.Scale - 1e0f|};
            """)
        {
            InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)],
            InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)],
        };

        yield return new(Rule, Prefix + "a generic helper adding T.CreateChecked(1)", """
            {|#0:state.Value = Next(state.Value)|};
            """, """
            private static T Next<T>(T x) where T : INumber<T> => x + T.CreateChecked(1);
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a ref helper whose step defaults to 1, called without it", """
            {|#0:Advance(ref state.Value)|};
            """, """
            private static void Advance(ref Real x, Real by = 1) => x += by;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "Interlocked.Exchange of the float slot plus one", """
            {|#0:System.Threading.Interlocked.Exchange(ref state.Scale, state.Scale + 1)|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a ref local of the slot incremented in a loop", """
            ref Real steps = ref state.Value;
            for (int i = 0; i < gradient.Length; i++)
                {|#0:steps++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x += (Real)1.0 in an unchecked block", """
            unchecked
            {
                {|#0:state.Value += (Real)1.0|};
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "an increment in a switch statement's default section", """
            switch (gradient.Length)
            {
                case 0:
                    break;
                default:
                    {|#0:state.Value++|};
                    break;
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "an increment in a finally block", """
            try
            {
                update[0] = gradient[0];
            }
            finally
            {
                {|#0:state.Value += 1|};
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a patience counter reset in one branch and x = 1 + x in the other", """
            if (gradient[0] < 0)
                state.Value = 0;
            else
                {|#0:state.Value = 1 + state.Value|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "an Action closing over a copy of the state object", """
            State s = state;
            Action tick = () => {|#0:s.Value++|};
            tick();
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };
    }

    private static IEnumerable<AnalyzerCase> QuietCounters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "a ref helper whose step defaults to 1, always given 2", """
            Advance(ref state.Value, 2);
            """, """
            private static void Advance(ref Real x, Real by = 1) => x += by;
            """);

        yield return new(Rule, Prefix + "a ref helper whose step defaults to 1, also given the gradient, is a sum", """
            Advance(ref state.Value);
            Advance(ref state.Value, gradient[0]);
            """, """
            private static void Advance(ref Real x, Real by = 1) => x += by;
            """);

        yield return new(Rule, Prefix + "a for loop summing the gradient into the slot with an int index", """
            for (int i = 0; i < gradient.Length; i++)
                state.Value += gradient[i];
            """);

        yield return new(Rule, Prefix + "Interlocked increments of the int and long slots", """
            System.Threading.Interlocked.Increment(ref state.Small);
            System.Threading.Interlocked.Increment(ref state.Total);
            System.Threading.Interlocked.Add(ref state.Small, 1);
            """);

        yield return new(Rule, Prefix + "another slot plus one stored in the slot", """
            state.Value = (Real)state.Scale + 1;
            state.Scale = (float)(state.Precise + 1);
            """);

        yield return new(Rule, Prefix + "a Real local counting nonzero gradients stored as a ratio", """
            Real nonzero = 0;
            foreach (Real g in gradient)
                if (g != 0)
                    nonzero++;
            state.Value = nonzero / gradient.Length;
            """);

        yield return new(Rule, Prefix + "a public helper counting the slot that no transition calls", """
            update[0] = state.Value;
            """, """
            public static void Bump(State s) => s.Value++;
            """);

        yield return new(Rule, Prefix + "a property over the Integer slot, incremented", """
            var tracker = new Tracker(state);
            tracker.Steps++;
            """, TrackerOver("public Integer Steps { get => s.Count; set => s.Count = value; }"));

        yield return new(Rule, Prefix + "a generic ref helper adding T.One given the double slot only", """
            Tick(ref state.Precise);
            """, """
            private static void Tick<T>(ref T x) where T : INumber<T> => x += T.One;
            """);

        yield return new(Rule, Prefix + "x = x + 1 - g is not a constant step", """
            state.Value = state.Value + 1 - gradient[0];
            """);

        yield return new(Rule, Prefix + "an Action closing over the state object counting the Integer slot", """
            State s = state;
            Action tick = () => s.Count++;
            tick();
            """);

        yield return new(Rule, Prefix + "the slot plus one written to the update, not back", """
            update[0] = state.Value + 1;
            update[1] = checked(state.Scale + 1);
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "Math.Abs of the count into an int local", """
            int k = {|#0:Math.Abs(state.Count)|};
            state.Small = k;
            """)
        {
            // As elsewhere in the catalogue, the narrowing rule also sees the conversion the compiler rejects.
            InDouble = [CompilerError("CS0266"), Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("CS0266", "Double", LongToInt)],
        };

        yield return new(Rule, Prefix + "the gradient given to a ReadOnlySpan<double> parameter", """
            state.Precise = Norm({|#0:gradient|});
            """, """
            private static double Norm(ReadOnlySpan<double> xs)
            {
                double sum = 0;
                foreach (double x in xs)
                    sum += x * x;
                return Math.Sqrt(sum);
            }
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'System.ReadOnlySpan<float>' to 'System.ReadOnlySpan<double>'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "a new List<Real> held as a List<double>", """
            System.Collections.Generic.List<double> history = {|#0:new System.Collections.Generic.List<Real>()|};
            history.Add(state.Precise);
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'System.Collections.Generic.List<float>' to 'System.Collections.Generic.List<double>'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, Prefix + "an explicit Real type argument given the double slot", """
            state.Value = Mid<Real>(state.Value, {|#0:state.Precise|});
            """, """
            private static T Mid<T>(T a, T b) where T : INumber<T> => (a + b) / (T.One + T.One);
            """)
        { InDouble = [OtherMode("CS1503", "Single", "Argument 2: cannot convert from 'double' to 'float'")], InSingle = [CompilerError("CS1503")] };

        yield return new(Rule, Prefix + "an is double d pattern on the Real slot", """
            if (state.Value is {|#0:double|} d)
                state.Precise = d;
            """)
        {
            InDouble = [OtherMode("CS8121", "Single", "An expression of type 'float' cannot be handled by a pattern of type 'double'.")],
            InSingle = [CompilerError("CS8121")],
        };

        yield return new(Rule, Prefix + "a case float f label in a switch on the Real slot", """
            switch (state.Value)
            {
                case {|#0:float|} f:
                    state.Scale = f;
                    break;
            }
            """)
        {
            InDouble = [CompilerError("CS8121")],
            InSingle = [OtherMode("CS8121", "Double", "An expression of type 'double' cannot be handled by a pattern of type 'float'.")],
        };

        yield return new(Rule, Prefix + "BitConverter.DoubleToInt64Bits of a Real into the Integer slot", """
            state.Count = {|#0:BitConverter.DoubleToInt64Bits(state.Value)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a Vector<Real> held as a Vector<double>", """
            Vector<double> v = {|#0:new Vector<Real>(state.Velocity)|};
            state.Precise = Vector.Sum(v);
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", CannotConvert("System.Numerics.Vector<float>", "System.Numerics.Vector<double>"))],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "Vector.ConvertToInt64 of a Vector<Real>", """
            var v = new Vector<Real>(state.Velocity);
            state.Total = Vector.ConvertToInt64({|#0:v|})[0];
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'System.Numerics.Vector<float>' to 'System.Numerics.Vector<double>'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "Vector.Dot of a Vector<Real> into the float slot", """
            var v = new Vector<Real>(state.Velocity);
            state.Scale = {|#0:Vector.Dot(v, v)|};
            """)
        { InDouble = [CompilerError("CS0266")], InSingle = [OtherMode("CS0266", "Double", DoubleToFloat)] };

        yield return new(Rule, Prefix + "MemoryMarshal.Cast<Real, Integer> held as a Span<long>", """
            Span<long> bits = {|#0:System.Runtime.InteropServices.MemoryMarshal.Cast<Real, Integer>(state.Velocity.AsSpan())|};
            state.Total = bits[0];
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'System.Span<int>' to 'System.Span<long>'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, Prefix + "a stackalloc of doubles held as a Span<Real>", """
            Span<Real> scratch = {|#0:stackalloc double[4]|};
            state.Value = scratch[0];
            """)
        {
            InDouble = [OtherMode("CS8346", "Single", "Conversion of a stackalloc expression of type 'double' to type 'Span<float>' is not possible.")],
            InSingle = [CompilerError("CS8346")],
        };

        yield return new(Rule, Prefix + "a fixed double pointer to a Real[] slot", """
            unsafe
            {
                fixed (double* p = {|#0:state.Velocity|})
                    state.Precise = p[0];
            }
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", CannotConvert("float*", "double*"))],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "a Real pointer to a double local", """
            double local = state.Precise;
            unsafe
            {
                Real* p = {|#0:&local|};
                state.Value = *p;
            }
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", CannotConvert("double*", "float*"))],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "a default interface member returning its double parameter as Real", """
            IShrink shrink = new Halver();
            state.Value = shrink.Shrink(state.Precise);
            """, """
            private interface IShrink
            {
                Real Shrink(double x) => {|#0:x|};
            }

            private sealed class Halver : IShrink
            {
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a helper's Real parameter defaulting to a double literal", """
            state.Value = Shrink(state.Value);
            """, """
            private static Real Shrink(Real x, Real {|#0:factor|} = 0.5) => x * factor;
            """)
        {
            InDouble = [OtherMode("CS1750", "Single", "A value of type 'double' cannot be used as a default parameter because there are no standard conversions to type 'float'")],
            InSingle = [CompilerError("CS1750")],
        };

        yield return new(Rule, Prefix + "a span sliced by the count", """
            Span<Real> head = update.Slice(0, {|#0:state.Count|});
            head.Clear();
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [OtherMode("CS1503", "Double", "Argument 2: cannot convert from 'long' to 'int'")] };

        yield return new(Rule, Prefix + "a span indexed by the count's remainder", """
            update[{|#0:state.Count % update.Length|}] = 0;
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'long' to 'int'")] };

        yield return new(Rule, Prefix + "Integer.CreateChecked of the long slot into an int local", """
            int n = {|#0:Integer.CreateChecked(state.Total)|};
            state.Small = n;
            """)
        {
            InDouble = [CompilerError("CS0266"), Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("CS0266", "Double", LongToInt)],
        };

        yield return new(Rule, Prefix + "BitConverter.ToDouble into the Real slot", """
            byte[] bytes = BitConverter.GetBytes(state.Precise);
            state.Value = {|#0:BitConverter.ToDouble(bytes, 0)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "TryFormat's written count into an Integer", """
            Span<char> buffer = stackalloc char[32];
            state.Value.TryFormat(buffer, out {|#0:Integer written|});
            state.Count = written;
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [OtherMode("CS1503", "Double", "Argument 2: cannot convert from 'out long' to 'out int'")] };

        yield return new(Rule, Prefix + "a Func<Real, Real> held as a Func<double, double>", """
            Func<Real, Real> root = Real.Sqrt;
            Func<double, double> wide = {|#0:root|};
            state.Precise = wide(state.Precise);
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'System.Func<float, float>' to 'System.Func<double, double>'")],
            InSingle = [CompilerError("CS0029")],
        };
        // float is not Real: no OPT0004 for a constant a generic helper converts to float, only the narrowing of Double mode.
        yield return new(Rule, Prefix + "T.CreateSaturating above 2^24 in a generic helper instantiated with the float slot narrows in Double mode", """
            state.Scale = Cap(state.Scale);
            """, """
            private static T Cap<T>(T x) where T : INumber<T> => T.Min(x, {|#0:T.CreateSaturating(16777217)|});
            """)
        {
            InDouble = [Conversion("'T.CreateSaturating'", "Int32", "Single", RealDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "'T.CreateSaturating' converts Int32 to Single, which is narrower than Real (Double in Double mode)")],
        };
    }

    private static IEnumerable<AnalyzerCase> QuietOtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "Math.Abs of the count into an Integer and the long slot", """
            Integer k = Math.Abs(state.Count);
            state.Count = Math.Abs(state.Count) + k;
            """);

        yield return new(Rule, Prefix + "the gradient given to a ReadOnlySpan<Real> parameter", """
            state.Precise = Norm(gradient);
            """, """
            private static double Norm(ReadOnlySpan<Real> xs)
            {
                double sum = 0;
                foreach (Real x in xs)
                    sum += x * x;
                return Math.Sqrt(sum);
            }
            """);

        yield return new(Rule, Prefix + "nameof, typeof and sizeof of the aliases", """
            string name = nameof(Real);
            int bytes = sizeof(Real) + sizeof(Integer);
            bool wide = typeof(Real) == typeof(double);
            state.Small = bytes + name.Length + (wide ? 1 : 0);
            """);

        yield return new(Rule, Prefix + "patterns written with the alias and type tests on a boxed Real", """
            if (state.Value is Real r and > 0 and < 1)
                state.Value = r;
            object boxed = state.Value;
            switch (boxed)
            {
                case double d:
                    state.Precise = d;
                    break;
                case float f:
                    state.Scale = f;
                    break;
            }
            """);

        yield return new(Rule, Prefix + "a Real formatted by interpolation, string.Format and TryFormat with an int count", """
            string text = $"{state.Value:E3}" + string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:F2}", state.Value);
            Span<char> buffer = stackalloc char[32];
            state.Value.TryFormat(buffer, out int written);
            state.Small = written + text.Length;
            """);

        yield return new(Rule, Prefix + "BitConverter.DoubleToInt64Bits of a Real into the long slot and cast to Integer", """
            state.Total = BitConverter.DoubleToInt64Bits(state.Value);
            state.Count = (Integer)BitConverter.DoubleToInt64Bits(state.Value);
            """);

        yield return new(Rule, Prefix + "a Vector<Real> dotted into the Real slot", """
            var v = new Vector<Real>(state.Velocity);
            state.Value = Vector.Dot(v, v) + Vector.Sum(v);
            state.Small = Vector<Real>.Count;
            """);

        yield return new(Rule, Prefix + "MemoryMarshal.Cast of a Real span to bytes and to Integers", """
            Span<byte> raw = System.Runtime.InteropServices.MemoryMarshal.Cast<Real, byte>(state.Velocity.AsSpan());
            Span<Integer> bits = System.Runtime.InteropServices.MemoryMarshal.Cast<Real, Integer>(state.Velocity.AsSpan());
            state.Count = bits[0] + raw[0];
            """);

        yield return new(Rule, Prefix + "stackalloc, fixed and pointers written with Real", """
            Span<Real> scratch = stackalloc Real[4];
            Real local = state.Value;
            unsafe
            {
                fixed (Real* p = state.Velocity)
                    scratch[0] = p[0];
                Real* q = &local;
                state.Value = *q + scratch[0];
            }
            """);

        yield return new(Rule, Prefix + "a default interface member written with Real", """
            IShrink shrink = new Halver();
            state.Value = shrink.Shrink(state.Value);
            """, """
            private interface IShrink
            {
                Real Shrink(Real x) => x / 2;
            }

            private sealed class Halver : IShrink
            {
            }
            """);

        yield return new(Rule, Prefix + "a helper's defaults written for both modes", """
            state.Value = Shrink(state.Value);
            """, """
            private static Real Shrink(Real x, Real factor = (Real)0.5, Real floor = 1e-3f, double eps = 1e-8) => Real.Max(x * factor, floor) + (Real)eps;
            """);

        yield return new(Rule, Prefix + "a span sliced by an int and indexed by a cast remainder", """
            Span<Real> head = update.Slice(0, gradient.Length);
            head[(int)(state.Count % head.Length)] = 0;
            """);

        yield return new(Rule, Prefix + "Integer.CreateChecked of the long slot into an Integer and a long", """
            Integer n = Integer.CreateChecked(state.Total);
            long m = Integer.CreateChecked(state.Total);
            state.Total = n + m;
            """);

        yield return new(Rule, Prefix + "BitConverter.ToDouble cast to Real and GetBytes of a Real", """
            byte[] bytes = BitConverter.GetBytes(state.Value);
            state.Value = (Real)BitConverter.ToDouble(bytes, 0);
            """);

        yield return new(Rule, Prefix + "method groups held by delegates of their own types", """
            Func<Real, Real> root = Real.Sqrt;
            Func<double, double> wide = Math.Sqrt;
            state.Precise = wide(root(state.Value));
            """);

        yield return new(Rule, Prefix + "explicit double and Real type arguments given values of their type", """
            state.Precise = Mid<double>(state.Value, state.Precise);
            state.Value = Mid<Real>(state.Value, LearningRate);
            """, """
            private static T Mid<T>(T a, T b) where T : INumber<T> => (a + b) / (T.One + T.One);
            """);
    }

    /// <summary>Written after reading the analyzer: near misses of the fixes (decimals judged on their own digits, a fold quoted
    /// with what is written around it, counters through properties, no narrowing of what the compiler rejects).</summary>
    private static IEnumerable<AnalyzerCase> AfterReading()
    {
        // Through a double, twenty nines look like the 1 they become.
        yield return new("OPT0004", Prefix + "a decimal of twenty nines cast to Real becomes 1 in both modes", """
            state.Value *= {|#0:(Real)0.99999999999999999999m|};
            """)
        { InDouble = [Collapse("0.99999999999999999999m", "exactly 1")], InSingle = [Collapse("0.99999999999999999999m", "exactly 1")] };

        yield return new("OPT0004", Prefix + "a decimal far above 2^53 that is no integer only rounds, and 2^53 as a decimal is exact", """
            state.Value = Real.Min(state.Value, (Real)(decimal.MaxValue / 4294967296m)) + (Real)9007199254740992m;
            """);

        yield return new("OPT0004", Prefix + "a parenthesised fold of Real arithmetic at 2^24 is quoted with its parentheses", """
            state.Value = Real.Min(state.Value, {|#0:((Real)16777216 + 1)|});
            """)
        { InDouble = [Collapse("((Real)16777216 + 1)", "16777216")], InSingle = [Collapse("((Real)16777216 + 1)", "16777216")] };

        yield return new("OPT0005", Prefix + "a property whose setter doubles the value it is given is no counter", """
            var tracker = new Tracker(state);
            tracker.Steps++;
            """, TrackerOver("public Real Steps { get => s.Value; set => s.Value = value * 2; }"));

        yield return new("OPT0005", Prefix + "a ref-returning property incremented and given the gradient is a sum", """
            var view = new View(state);
            view.Steps++;
            view.Steps += gradient[0];
            """, ViewOver("public ref Real Steps => ref s.Value;"));

        yield return new("OPT0005", Prefix + "a property over the float slot counted by x = x + 1", """
            var tracker = new Tracker(state);
            {|#0:tracker.Steps = tracker.Steps + 1|};
            """, TrackerOver("public float Steps { get => s.Scale; set => s.Scale = value; }"))
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new("OPT0005", Prefix + "an indexer over the slot, incremented", """
            var tracker = new Tracker(state);
            {|#0:tracker[0]++|};
            """, TrackerOver("public Real this[int which] { get => s.Value; set => s.Value = value; }"))
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a property reading one slot and writing another counts neither", """
            var tracker = new Tracker(state);
            tracker.Steps++;
            """, TrackerOver("public Real Steps { get => s.Value; set => s.Second[0] = value; }"));

        // The cast written to fix the CS0266 above is what OPT0001 reports alone.
        yield return new("OPT0006", Prefix + "Math.Abs of the count cast to int narrows in Double mode", """
            int k = {|#0:(int)Math.Abs(state.Count)|};
            state.Small = k;
            """)
        {
            InDouble = [Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "A cast converts Int64 to Int32, which is narrower than Integer (Int64 in Double mode)")],
        };

        // Probes written after reading the analyzer, at places it collects constants from.
        yield return new("OPT0004", Prefix + "T.CreateChecked above 2^24 in a generic class's property initializer, constructed with Real", """
            state.Value = new Clipper<Real>().Clip(state.Value);
            """, """
            private sealed class Clipper<T> where T : INumber<T>
            {
                public T Limit { get; } = {|#0:T.CreateChecked(16777217)|};

                public T Clip(T x) => T.Min(x, Limit);
            }
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new("OPT0004", Prefix + "a lambda's default parameter value above 2^24", """
            var clip = (Real x, Real hi = {|#0:16777217|}) => Real.Min(x, hi);
            state.Value = clip(state.Value);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new("OPT0004", Prefix + "a class primary constructor's default value above 2^24", """
            state.Value = new Cap().Clip(state.Value);
            """, """
            private sealed class Cap(Real limit = {|#0:33554433|})
            {
                public Real Clip(Real x) => Real.Min(x, limit);
            }
            """)
        { InDouble = [Collapse("33554433", "33554432")], InSingle = [Collapse("33554433", "33554432")] };

        yield return new("OPT0004", Prefix + "an integer above 2^24 given to Math.Max with the Real slot, and to a generic helper inferring Real", """
            state.Value = Math.Max(state.Value, {|#0:16777217|});
            state.Value = Mid(state.Value, {|#1:-16777217|});
            """, """
            private static T Mid<T>(T a, T b) where T : INumber<T> => (a + b) / (T.One + T.One);
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("-16777217", "-16777216", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("-16777217", "-16777216", marker: 1)],
        };

        yield return new("OPT0004", Prefix + "a long enum member above 2^24 cast to Real", """
            state.Value = Real.Min(state.Value, {|#0:(Real)Horizon.Far|});
            """, """
            private enum Horizon : long
            {
                Near = 16777216,
                Far = 16777217,
            }
            """)
        { InDouble = [Collapse("Horizon.Far", "16777216")], InSingle = [Collapse("Horizon.Far", "16777216")] };

        yield return new("OPT0006", Prefix + "a record's Real parameter defaulting to a double literal", """
            state.Value = Real.Min(state.Value, new Cap().Limit);
            """, """
            private sealed record Cap(Real {|#0:Limit|} = 0.5);
            """)
        {
            InDouble = [OtherMode("CS1750", "Single", "A value of type 'double' cannot be used as a default parameter because there are no standard conversions to type 'float'")],
            InSingle = [CompilerError("CS1750")],
        };

        yield return new("OPT0006", Prefix + "a lambda's Real parameter defaulting to a double literal", """
            var shrink = (Real x, Real {|#0:factor|} = 0.5) => x * factor;
            state.Value = shrink(state.Value);
            """)
        {
            InDouble = [OtherMode("CS1750", "Single", "A value of type 'double' cannot be used as a default parameter because there are no standard conversions to type 'float'")],
            InSingle = [CompilerError("CS1750")],
        };
    }
}
