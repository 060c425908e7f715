using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// A ninth round of OPT0004–OPT0006 cases, written from the contract, issue 13 and the docs before reading the analyzer,
/// in the settings of real projects the earlier rounds left at their defaults (a spec in a namespace, nested in a
/// partial type, a nullable project) and at places they did not try: training schedules (a warmup horizon of
/// 123456789 steps, <c>(Real)2e9 + 1</c>, a cosine floor of 1e-10), an attribute argument, a <c>const</c> chain of two
/// classes, <c>params Real[]</c> arguments, a spread collection expression,
/// <c>with</c> expressions and object initializers; counters in a <c>for</c> header, under a guard, clamped with the
/// bound first, added as <c>flag ? 1 : 0</c>, incremented as a value; and code that breaks in the other mode through
/// <c>float.IsFinite</c>, <c>Vector2</c>, <c>Interlocked.Read</c>, <c>Random.Shared</c>, <c>Math.BigMul</c>, a
/// <c>ref double</c> helper, <c>(int)Integer.MaxValue</c> and an <c>Integer</c> switch label beyond <c>int</c>; each shape
/// with a quiet counterpart; after reading the analyzer, a <c>using Real = ...;</c> of a namespace, which hides OptimGen's alias there.
/// Their names start with "fresh eyes 9: ".
/// </summary>
internal static class FreshEyesPrecisionCasesRound9
{
    private const string Prefix = "fresh eyes 9: ";
    private static readonly string DoubleToFloat = CannotConvert("double", "float");
    private static readonly string LongToInt = CannotConvert("long", "int");

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(QuietConstants()).Concat(Counters()).Concat(QuietCounters())
        .Concat(OtherModeCode()).Concat(QuietOtherModeCode()).Concat(AfterReading());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        // 123456789 lies between 123456784 and 123456792 (the float spacing is 8 there), nearer the latter.
        yield return new(Rule, Prefix + "a warmup horizon of 123456789 steps as a Real hyperparameter of a spec in a namespace", """
            state.Value = Real.Min(1, state.Count / WarmupSteps);
            """, """
            [Hyperparameter] public Real WarmupSteps { get; init; } = {|#0:123_456_789|};
            """)
        { Namespace = "Training.Schedules", InDouble = [Collapse("123_456_789", "123456792")], InSingle = [Collapse("123_456_789", "123456792")] };

        // 2e9 is exact in float (2^10 * 5^9); the spacing there is 128, so 2e9 + 1 folds back to 2e9.
        yield return new(Rule, Prefix + "a total-steps horizon (Real)2e9 + 1 as a Real local's initializer", """
            Real horizon = {|#0:(Real)2e9 + 1|};
            state.Value = Real.Min(1, state.Count / horizon);
            """)
        { InDouble = [Collapse("(Real)2e9 + 1", "2000000000")], InSingle = [Collapse("(Real)2e9 + 1", "2000000000")] };

        yield return new(Rule, Prefix + "B2 of eight nines in a spec nested in a partial type", """
            state.Value = B2 * state.Value + (1 - B2) * gradient[0] * gradient[0];
            """, """
            [Hyperparameter] public Real B2 { get; init; } = {|#0:(Real)0.99999999|};
            """)
        { OuterType = "Optimizers", InDouble = [Collapse("0.99999999", "exactly 1")], InSingle = [Collapse("0.99999999", "exactly 1")] };

        yield return new(Rule, Prefix + "a Real? clip threshold of 1e39 in a nullable project", """
            if (Clip is Real clip)
                state.Value = Real.Min(state.Value, clip);
            """, """
            [Hyperparameter] public Real? Clip { get; init; } = {|#0:(Real)1e39|};
            """)
        { NullableProject = true, InDouble = [Collapse("1e39", "infinity")], InSingle = [Collapse("1e39", "infinity")] };

        yield return new(Rule, Prefix + "a cast to Real in an attribute argument documenting a default", """
            state.Value = Real.Max(state.Value, Floor);
            """, """
            [Hyperparameter, System.ComponentModel.DefaultValue({|#0:(Real)1e-50|})] public Real Floor { get; init; } = (Real)1e-30;
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        // Each double is fine; their product, 1e-60, is 0 as a float.
        yield return new(Rule, Prefix + "a const double chain of two classes cast to Real as a hyperparameter default", """
            state.Value = Real.Max(state.Value, Eps);
            """, """
            [Hyperparameter] public Real Eps { get; init; } = {|#0:(Real)Defaults.Floor|};
            """)
        {
            Outside = """
                internal static class Base
                {
                    public const double Eps = 1e-30;
                }

                internal static class Defaults
                {
                    public const double Floor = Base.Eps * Base.Eps;
                }
                """,
            InDouble = [Collapse("Defaults.Floor", "0")],
            InSingle = [Collapse("Defaults.Floor", "0")],
        };

        yield return new(Rule, Prefix + "integers above 2^24 given to params Real[] helpers, alone and after a first parameter", """
            state.Value = Smallest(state.Value, 1, {|#0:16777217|}) + Largest(state.Value, {|#1:-33554433|});
            """, """
            private static Real Smallest(params Real[] xs) => System.Linq.Enumerable.Min(xs);

            private static Real Largest(Real first, params Real[] rest)
            {
                Real best = first;
                foreach (Real x in rest)
                    best = Real.Max(best, x);
                return best;
            }
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("-33554433", "-33554432", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("-33554433", "-33554432", marker: 1)],
        };

        yield return new(Rule, Prefix + "an integer above 2^24 after a spread in a Real[] collection expression", """
            Real[] caps = [.. state.Weights, {|#0:16777217|}];
            state.Value = Real.Min(state.Value, caps[^1]);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a with expression and an object initializer setting Real properties above 2^24", """
            var cap = new Cap { Limit = {|#0:33554433|} };
            cap = cap with { Limit = {|#1:16777217|} };
            state.Value = Real.Min(state.Value, cap.Limit);
            """, """
            private sealed record Cap
            {
                public Real Limit { get; init; }
            }
            """)
        {
            InDouble = [Collapse("33554433", "33554432"), Collapse("16777217", "16777216", marker: 1)],
            InSingle = [Collapse("33554433", "33554432"), Collapse("16777217", "16777216", marker: 1)],
        };

        // float.Epsilon / 2 is 7.006e-46 in double and, a tie, rounds to even (0) in float.
        yield return new(Rule, Prefix + "half of (Real)float.Epsilon as a cosine schedule's floor", """
            Real floor = {|#0:(Real)float.Epsilon / 2|};
            state.Value = Real.Max(floor, LearningRate * (1 + Real.Cos(Real.Pi * state.Count / MaxSteps)) / 2);
            """)
        { InDouble = [Collapse("(Real)float.Epsilon / 2", "0")], InSingle = [Collapse("(Real)float.Epsilon / 2", "0")] };
    }

    private static IEnumerable<AnalyzerCase> QuietConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, Prefix + "a warmup-cosine schedule with a 1e-10 floor and horizons of 1e7 and 1e9 steps", """
            Real t = state.Count;
            Real warm = Real.Min(1, t / WarmupSteps);
            Real cosine = (1 + Real.Cos(Real.Pi * Real.Min(t, TotalSteps) / TotalSteps)) / 2;
            state.Value = Real.Max((Real)1e-10, LearningRate * warm * cosine);
            """, """
            [Hyperparameter] public Real WarmupSteps { get; init; } = (Real)1e7;
            [Hyperparameter] public Real TotalSteps { get; init; } = (Real)1e9;
            """)
        { Namespace = "Training.Schedules" };

        yield return new(Rule, Prefix + "an attribute argument of a double beyond float and a Real default float holds", """
            state.Value = Real.Max(state.Value, Floor);
            """, """
            [Hyperparameter, System.ComponentModel.DefaultValue(1e-50)] public Real Floor { get; init; } = (Real)1e-30;
            """);

        yield return new(Rule, Prefix + "a const double chain of two classes kept in double, and one float holds cast to Real", """
            state.Precise = Math.Max(state.Precise, Defaults.Floor);
            state.Value = Real.Max(state.Value, (Real)Defaults.Small);
            """)
        {
            Outside = """
                internal static class Base
                {
                    public const double Eps = 1e-30;
                }

                internal static class Defaults
                {
                    public const double Floor = Base.Eps * Base.Eps;
                    public const double Small = Base.Eps * 1e6;
                }
                """,
        };

        yield return new(Rule, Prefix + "params Real[], a spread and a with expression given exact values", """
            Real[] caps = [.. state.Weights, 16777216, 1 << 30];
            var cap = new Cap { Limit = 33554432 };
            cap = cap with { Limit = 0x4000_0000 };
            state.Value = Smallest(state.Value, caps[^1], cap.Limit, (Real)1e-8);
            """, """
            private static Real Smallest(params Real[] xs) => System.Linq.Enumerable.Min(xs);

            private sealed record Cap
            {
                public Real Limit { get; init; }
            }
            """);

        yield return new(Rule, Prefix + "B2 of three nines and the alias's own epsilon in a nested spec", """
            state.Value = B2 * state.Value + (1 - B2) * gradient[0] * gradient[0] + Real.Epsilon;
            """, """
            [Hyperparameter] public Real B2 { get; init; } = (Real)0.999;
            [Hyperparameter] public Real Tiny { get; init; } = Real.Epsilon;
            """)
        { OuterType = "Optimizers" };

        yield return new(Rule, Prefix + "(Real)float.Epsilon and float.MaxValue as schedule bounds", """
            state.Value = Real.Clamp(state.Value, (Real)float.Epsilon, (Real)float.MaxValue);
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "a slot counted in a for loop's iterator", """
            for (int i = 0; i < gradient.Length; {|#0:state.Value++|})
                i++;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a count guarded by the step limit in a spec in a namespace", """
            if (state.Value < MaxSteps)
                {|#0:state.Value += 1|};
            """)
        { Namespace = "Training", InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a patience countdown clamped with the bound written first", """
            {|#0:state.Value = Real.Max(0, state.Value - 1)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "zero gradients counted by adding flag ? 1 : 0", """
            foreach (Real g in gradient)
                {|#0:state.Value += g == 0 ? 1 : 0|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a prefix increment of the float slot used as a value", """
            update[0] = gradient[0] / {|#0:++state.Scale|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "an Adam step count in a Real slot of a spec nested in a partial type", """
            {|#0:state.Value++|};
            Real correction = 1 - Real.Pow(LearningRate, state.Value);
            update[0] = -gradient[0] / correction;
            """)
        { OuterType = "Optimizers", InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a countdown in a while loop", """
            while (state.Value > 0 && gradient[0] > 0)
                {|#0:state.Value--|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };
    }

    private static IEnumerable<AnalyzerCase> QuietCounters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "the Integer slot counted in a for loop's iterator and under a guard", """
            for (int i = 0; i < gradient.Length; state.Count++)
                i++;
            if (state.Count < MaxSteps)
                state.Count += 1;
            """)
        { Namespace = "Training" };

        yield return new(Rule, Prefix + "a slot clamped with the bound first but stepped by the gradient", """
            state.Value = Real.Max(0, state.Value - gradient[0]);
            """);

        yield return new(Rule, Prefix + "adding flag ? 1 : g is a sum", """
            foreach (Real g in gradient)
                state.Value += g > 0 ? 1 : g;
            """);

        yield return new(Rule, Prefix + "the [Init] hook bumping the slot is no transition's scope", """
            update[0] = gradient[0] / (1 + state.Value);
            """, """
            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters)
            {
                state.Value += 1;
                state.Scale++;
            }
            """);

        yield return new(Rule, Prefix + "a Real local counting steps in a while loop, stored as a fraction", """
            Real tries = 0;
            while (tries < 10 && gradient[0] * tries < 1)
                tries++;
            state.Value = tries / 10;
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "float.IsFinite of the Real slot in a Single-mode project", """
            if (!float.IsFinite({|#0:state.Value|}))
                state.Value = 0;
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'")] };

        yield return new(Rule, Prefix + "a Vector2 built from the Real slot", """
            var point = new Vector2({|#0:state.Value|}, state.Scale);
            state.Scale = point.Length();
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'")] };

        // Interlocked.Read takes a ref readonly long since .NET 10.
        yield return new(Rule, Prefix + "Interlocked.Read of the Integer slot", """
            Integer seen = System.Threading.Interlocked.Read(ref {|#0:state.Count|});
            state.Count = seen + 1;
            """)
        { InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'ref int' to 'ref readonly long'")], InSingle = [CompilerError("CS1503")] };

        yield return new(Rule, Prefix + "Random.Shared's NextSingle and NextDouble stored in the Real slot", """
            state.Value = {|#0:Random.Shared.NextSingle()|};
            state.Second[0] = {|#1:Random.Shared.NextDouble()|};
            """)
        {
            InDouble =
            [
                SlotValue("Value", RealDouble, "a Single"),
                OtherMode("CS0266", "Single", DoubleToFloat, marker: 1),
            ],
            InSingle =
            [
                OtherMode("OPT0002", "Double", "Slot 'Value' is Real (Double in Double mode) but is assigned a Single value"),
                CompilerError("CS0266", marker: 1),
            ],
        };

        yield return new(Rule, Prefix + "Random.Shared.NextInt64 stored in the Integer slot", """
            state.Count = {|#0:Random.Shared.NextInt64(MaxSteps)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        // Math.BigMul(long, long) returns Int128; Math.BigMul(int, int) returns long.
        yield return new(Rule, Prefix + "Math.BigMul of the Integer slot stored in the long slot", """
            state.Total = {|#0:Math.BigMul(state.Count, state.Count)|};
            """)
        {
            InDouble = [CompilerError("CS0266")],
            InSingle = [OtherMode("CS0266", "Double", CannotConvert("System.Int128", "long"))],
        };

        yield return new(Rule, Prefix + "the Real slot given to a ref double helper", """
            Nudge(ref {|#0:state.Value|});
            """, """
            private static void Nudge(ref double x) => x = Math.BitIncrement(x);
            """)
        { InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'ref float' to 'ref double'")], InSingle = [CompilerError("CS1503")] };

        yield return new(Rule, Prefix + "(int)Integer.MaxValue as a cap in a Single-mode project", """
            int cap = {|#0:(int)Integer.MaxValue|};
            state.Small = Math.Min(state.Small + 1, cap);
            """)
        {
            // The narrowing rule reports the cast next to the compiler in Double mode: both are that mode's own findings.
            InDouble = [CompilerError("CS0221"), Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("CS0221", "Double", "Constant value '9223372036854775807' cannot be converted to a 'int' (use 'unchecked' syntax to override)")],
        };

        yield return new(Rule, Prefix + "a switch label on the Integer slot beyond int", """
            switch (state.Count)
            {
                case {|#0:3_000_000_000|}:
                    state.Count = 0;
                    break;
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", CannotConvert("uint", "int"))], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a Real hyperparameter defaulting to a double literal in a nested spec in a namespace", """
            state.Value = Real.Max(state.Value, Eps);
            """, """
            [Hyperparameter] public Real Eps { get; init; } = {|#0:1e-8|};
            """)
        {
            Namespace = "Training",
            OuterType = "Optimizers",
            InDouble = [OtherMode("CS0664", "Single", "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type")],
            InSingle = [CompilerError("CS0664")],
        };
    }

    private static IEnumerable<AnalyzerCase> QuietOtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "double.IsFinite, Real.IsFinite, Volatile.Read and TimeSpan of the Real slot", """
            if (!double.IsFinite(state.Value) || !Real.IsFinite(System.Threading.Volatile.Read(ref state.Value)))
                state.Value = 0;
            state.Precise = TimeSpan.FromSeconds(state.Value).TotalSeconds;
            """);

        yield return new(Rule, Prefix + "a Vector2 built from the float slot and a Complex from the Real slot", """
            var point = new Vector2(state.Scale, 0);
            var z = new Complex(state.Value, 0);
            state.Scale = point.Length();
            state.Value = (Real)Complex.Abs(z);
            """);

        yield return new(Rule, Prefix + "Interlocked.Read of the long slot and Interlocked.Add of the Integer slot", """
            long seen = System.Threading.Interlocked.Read(ref state.Total);
            System.Threading.Interlocked.Add(ref state.Count, gradient.Length);
            state.Total = seen + state.Count;
            """);

        yield return new(Rule, Prefix + "Random.Shared's values cast to the aliases", """
            state.Value = (Real)Random.Shared.NextDouble() + Real.CreateTruncating(Random.Shared.NextSingle());
            state.Count = (Integer)Random.Shared.NextInt64(MaxSteps);
            """);

        yield return new(Rule, Prefix + "Math.BigMul of the int slot and a ref Real helper", """
            state.Total = Math.BigMul(state.Small, state.Small);
            Nudge(ref state.Value);
            """, """
            private static void Nudge(ref Real x) => x = Real.BitIncrement(x);
            """);

        yield return new(Rule, Prefix + "a cap of Integer.MaxValue kept in an Integer and a switch label within int", """
            Integer cap = Integer.MaxValue;
            switch (state.Count)
            {
                case 2_000_000_000:
                    state.Count = 0;
                    break;
            }
            state.Count = Math.Min(state.Count + 1, cap);
            """);

        yield return new(Rule, Prefix + "a generic helper constrained to IFloatingPoint<T> used with Real and with double", """
            state.Value = Lerp(state.Value, gradient[0], LearningRate);
            state.Precise = Lerp(state.Precise, 1.0, 0.5);
            """, """
            private static T Lerp<T>(T a, T b, T t) where T : IFloatingPoint<T> => a + (b - a) * t;
            """)
        { Namespace = "Training" };

        yield return new(Rule, Prefix + "user overloads for float and double picked per mode", """
            state.Value = Soften(state.Value);
            """, """
            private static float Soften(float x) => MathF.Tanh(x);

            private static double Soften(double x) => Math.Tanh(x);
            """);
    }

    /// <summary>A namespace whose own <c>using Real = System.Double;</c> hides OptimGen's alias: <c>Real</c> there is <c>double</c> in both modes.</summary>
    private const string LegacyDoubles = """
        namespace Legacy
        {
            using Real = System.Double;

            internal static class Floors
            {
                public const Real Tiny = 1e-30;

                public static Real Clip(Real x)
                {
                    Real cap = 16777217;
                    return Math.Min(Math.Max(x, (Real)1e-50), cap) + Real.MaxValue / 2 * 0;
                }
            }
        }
        """;

    /// <summary>Written after reading the analyzer: namespace-local aliases of the name <c>Real</c>, and near misses of the fixes.</summary>
    private static IEnumerable<AnalyzerCase> AfterReading()
    {
        yield return new("OPT0004", Prefix + "a namespace's own using Real = System.Double: its casts, initializers and constants are double's", """
            state.Precise = Legacy.Floors.Clip(state.Precise) + Legacy.Floors.Tiny * Legacy.Floors.Tiny;
            """)
        { Outside = LegacyDoubles };

        // The alias hides OptimGen's only inside its namespace: the spec's own cast is still Real.
        yield return new("OPT0004", Prefix + "a cast to Real in the spec beside a namespace that hides the alias", """
            state.Value = Real.Max(state.Value, {|#0:(Real)1e-50|});
            state.Precise = Legacy.Floors.Clip(state.Precise);
            """)
        { Outside = LegacyDoubles, InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new("OPT0004", Prefix + "const Reals of a hiding namespace and of OptimGen's alias, each squared in the transition", """
            state.Precise = Legacy.Floors.Tiny * Legacy.Floors.Tiny;
            state.Value = {|#0:Rates.Tiny * Rates.Tiny|};
            """)
        {
            Outside = LegacyDoubles + """

                internal static class Rates
                {
                    public const Real Tiny = (Real)1e-30;
                }
                """,
            InDouble = [Collapse("Rates.Tiny * Rates.Tiny", "0")],
            InSingle = [Collapse("Rates.Tiny * Rates.Tiny", "0")],
        };

        // Outside the transition's scope: there the narrowing rule would see float conversions narrower than Double mode's Real.
        yield return new("OPT0004", Prefix + "a namespace's own using Real = System.Single: its casts are float's in both modes", """
            state.Scale *= 0.5f;
            """)
        {
            Outside = """
                namespace Legacy
                {
                    using Real = System.Single;

                    internal static class Halves
                    {
                        public static Real Shrink(Real x)
                        {
                            Real tiny = (Real)1e-50;
                            Real[] caps = { 16777217, (Real)1e39 };
                            return MathF.Min(x * 0.5f + tiny, caps[0]);
                        }
                    }
                }
                """,
        };

        // Integer here is int in both modes: int.MaxValue, 2147483648 as a float, collapses in each build, not only in Single mode's.
        yield return new("OPT0004", Prefix + "Integer.MaxValue of a namespace's own using Integer = System.Int32 cast to Real", """
            state.Value = Legacy.Caps.Largest(state.Value);
            """)
        {
            Outside = """
                namespace Legacy
                {
                    using Integer = System.Int32;

                    internal static class Caps
                    {
                        public static Real Largest(Real x) => Real.Min(x, {|#0:(Real)Integer.MaxValue|});
                    }
                }
                """,
            InDouble = [Collapse("Integer.MaxValue", "2147483648")],
            InSingle = [Collapse("Integer.MaxValue", "2147483648")],
        };

        // Probes at places a transition converts a constant to Real that the docs name in general terms.
        yield return new("OPT0004", Prefix + "integers above 2^24 returned by a lambda, yielded by an iterator and stored in an out Real", """
            Func<Real> cap = () => {|#0:16777217|};
            state.Value = Real.Min(state.Value, cap());
            foreach (Real bound in Bounds())
                state.Value = Real.Max(state.Value, bound);
            Floor(out Real floor);
            state.Value = Real.Max(state.Value, floor);
            """, """
            private static System.Collections.Generic.IEnumerable<Real> Bounds()
            {
                yield return 1;
                yield return {|#1:-33554433|};
            }

            private static void Floor(out Real floor) => floor = {|#2:-16777217|};
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("-33554433", "-33554432", marker: 1), Collapse("-16777217", "-16777216", marker: 2)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("-33554433", "-33554432", marker: 1), Collapse("-16777217", "-16777216", marker: 2)],
        };

        yield return new("OPT0004", Prefix + "integers above 2^24 added to a Real local and given by name to a constructor's Real parameter", """
            Real limit = 0;
            limit += {|#0:16777217|};
            var cap = new Cap(Hi: {|#1:33554433|}, Lo: 1);
            state.Value = Real.Clamp(state.Value, cap.Lo, Real.Min(cap.Hi, limit));
            """, """
            private sealed record Cap(Real Lo, Real Hi);
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
        };

        yield return new("OPT0004", Prefix + "exact values returned by a lambda, yielded, stored in an out Real and given by name", """
            Func<Real> cap = () => 16777216;
            Real limit = 0;
            limit += 33554432;
            foreach (Real bound in Bounds())
                limit = Real.Max(limit, bound);
            Floor(out Real floor);
            var pair = new Cap(Hi: 1 << 30, Lo: floor);
            state.Value = Real.Clamp(state.Value, pair.Lo, Real.Min(cap(), Real.Min(pair.Hi, limit)));
            """, """
            private static System.Collections.Generic.IEnumerable<Real> Bounds()
            {
                yield return -33554432;
            }

            private static void Floor(out Real floor) => floor = -16777216;

            private sealed record Cap(Real Lo, Real Hi);
            """);

        yield return new("OPT0005", Prefix + "a countdown subtracting a switch of 1 or 0", """
            {|#0:state.Value -= gradient[0] switch { > 0 => 1, _ => 0 }|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a random walk adding flag ? 1 : -1", """
            {|#0:state.Value += gradient[0] > 0 ? 1 : -1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "adding flag ? 2 : 0 steps by two", """
            state.Value += gradient[0] > 0 ? 2 : 0;
            """);

        yield return new("OPT0005", Prefix + "adding flag ? 1 : 0 to a slot that also sums the gradient", """
            state.Value += gradient[0] > 0 ? 1 : 0;
            state.Value += gradient[1];
            """);
    }
}
