using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// A seventh round of OPT0004–OPT0006 cases, written from the contract, issue 13 and the docs before reading the analyzer,
/// where the six earlier rounds did not go: hyperparameter defaults and constants written as hex and binary literals with
/// digit separators, <c>double.Epsilon</c> and <c>-double.MaxValue</c>, a float constant's half-subnormal, constants of
/// another class, <c>const</c> locals folded in a chain, attribute arguments, target-typed <c>new</c>, collection
/// expressions, switch arms and helper parameter defaults; counters written as <c>x -= -1f</c>, <c>++x</c> and <c>x++</c>
/// inside expressions and loop headers, <c>checked</c>/<c>unchecked</c>, hex and binary ones, a constant of another class,
/// a constant conditional, ref locals and ref returns, <c>Real.Clamp</c>; near-misses that are not counters (halves, a
/// local never stored, the <c>Integer</c> slot, the <c>[Init]</c> hook, division); and code that breaks in the other mode
/// through <c>Math</c> overloads that change with the width, <c>MathF</c>, generic constraints and inference, spans,
/// <c>List.Count</c> and <c>LongLength</c>, parsing, P/Invoke and <c>Marshal</c>, <c>BitConverter</c>, target-typed
/// <c>new</c>, collection expressions and switch arms, with a quiet counterpart for most shapes. The last section
/// (<c>AfterReading</c>) holds the counterparts of the fixes: a collection expression's elements given to a parameter of
/// <c>double</c> or held by an <c>int</c> conditional, helpers whose several returns add the gradient or one to a parameter, and
/// lambdas invoked through a delegate local that do the same.
/// Their names start with "fresh eyes 7: ".
/// </summary>
internal static class FreshEyesPrecisionCasesRound7
{
    private const string Prefix = "fresh eyes 7: ";
    private const string DoubleToFloat = "Cannot implicitly convert type 'double' to 'float'. An explicit conversion exists (are you missing a cast?)";
    private const string LongToInt = "Cannot implicitly convert type 'long' to 'int'. An explicit conversion exists (are you missing a cast?)";
    private const string DoubleArgument = "Argument 1: cannot convert from 'double' to 'float'";

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(QuietConstants()).Concat(Counters()).Concat(QuietCounters())
        .Concat(OtherModeCode()).Concat(QuietOtherModeCode()).Concat(AfterReading());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, Prefix + "a hyperparameter default written as a binary literal just above 2^24", """
            state.Value = Real.Min(state.Value, Horizon);
            """, """
            [Hyperparameter] public Real Horizon { get; init; } = {|#0:0b1_0000_0000_0000_0000_0000_0001|};
            """)
        {
            InDouble = [Collapse("0b1_0000_0000_0000_0000_0000_0001", "16777216")],
            InSingle = [Collapse("0b1_0000_0000_0000_0000_0000_0001", "16777216")],
        };

        // int.MaxValue: 2^31 - 1 is 2^31 as a float.
        yield return new(Rule, Prefix + "int.MaxValue written in hex as a Real local's initializer", """
            Real cap = {|#0:0x7FFF_FFFF|};
            state.Value = Real.Min(state.Value, cap);
            """)
        { InDouble = [Collapse("0x7FFF_FFFF", "2147483648")], InSingle = [Collapse("0x7FFF_FFFF", "2147483648")] };

        yield return new(Rule, Prefix + "a uint hex mask as a const Real", """
            state.Value = Real.Min(state.Value, Mask);
            """, """
            private const Real Mask = {|#0:0xFFFF_FFFF|};
            """)
        { InDouble = [Collapse("0xFFFF_FFFF", "4294967296")], InSingle = [Collapse("0xFFFF_FFFF", "4294967296")] };

        yield return new(Rule, Prefix + "a ulong hex of all ones cast to Real collapses in both modes, Single named", """
            state.Value = Real.Min(state.Value, {|#0:(Real)0xFFFF_FFFF_FFFF_FFFF|});
            """)
        {
            InDouble = [Collapse("0xFFFF_FFFF_FFFF_FFFF", "18446744073709551616")],
            InSingle = [Collapse("0xFFFF_FFFF_FFFF_FFFF", "18446744073709551616")],
        };

        // 16777219 lies halfway between 16777218 and 16777220: ties go to the even significand, 16777220.
        yield return new(Rule, Prefix + "a negated binary literal just above 2^24 given to Real.Max", """
            state.Value = Real.Max(state.Value, {|#0:-0b1_0000_0000_0000_0000_0000_0011|});
            """)
        {
            InDouble = [Collapse("-0b1_0000_0000_0000_0000_0000_0011", "-16777220")],
            InSingle = [Collapse("-0b1_0000_0000_0000_0000_0000_0011", "-16777220")],
        };

        yield return new(Rule, Prefix + "double.Epsilon cast to Real", """
            state.Value = Real.Max(state.Value, {|#0:(Real)double.Epsilon|});
            """)
        { InDouble = [Collapse("double.Epsilon", "0")], InSingle = [Collapse("double.Epsilon", "0")] };

        yield return new(Rule, Prefix + "a parenthesised -double.MaxValue cast to Real", """
            state.Value = Real.Max(state.Value, {|#0:(Real)(-double.MaxValue)|});
            """)
        { InDouble = [Collapse("(-double.MaxValue)", "-infinity")], InSingle = [Collapse("(-double.MaxValue)", "-infinity")] };

        yield return new(Rule, Prefix + "a hyperparameter default casting a const double of another class", """
            state.Value = Real.Min(state.Value, Ceiling);
            """, """
            [Hyperparameter] public Real Ceiling { get; init; } = {|#0:(Real)Limits.Huge|};
            """)
        {
            Outside = """
                internal static class Limits
                {
                    public const double Huge = 1e39;
                }
                """,
            InDouble = [Collapse("Limits.Huge", "infinity")],
            InSingle = [Collapse("Limits.Huge", "infinity")],
        };

        // 1e-35 * 1e-10 / 10 = 1e-46: below half of float.Epsilon.
        yield return new(Rule, Prefix + "a double constant folded through three const locals and cast to Real", """
            const double Base = 1e-35;
            const double Scaled = Base * 1e-10;
            const double Tiny = Scaled / 10;
            state.Value = Real.Max(state.Value, {|#0:(Real)Tiny|});
            """)
        { InDouble = [Collapse("Tiny", "0")], InSingle = [Collapse("Tiny", "0")] };

        yield return new(Rule, Prefix + "an int constant folded through const locals as an operand of Real arithmetic", """
            const int Side = 1 << 12;
            const int Cells = Side * Side;
            const int Padded = Cells + 1;
            state.Value = state.Value * {|#0:Padded|};
            """)
        { InDouble = [Collapse("Padded", "16777216")], InSingle = [Collapse("Padded", "16777216")] };

        // Each float operand survives (1e-38f is subnormal); their product, about 1e-48, does not.
        yield return new(Rule, Prefix + "a product of two float constants cast to Real folds to 0 in float", """
            state.Value += {|#0:(Real)1e-38f * (Real)1e-10f|};
            """)
        { InDouble = [Collapse("(Real)1e-38f * (Real)1e-10f", "0")], InSingle = [Collapse("(Real)1e-38f * (Real)1e-10f", "0")] };

        // 1 / 3e38 is a float subnormal (3.3e-39); divided by 1e10 it is 0 in float.
        yield return new(Rule, Prefix + "a hyperparameter default of (Real)1 / (Real)3e38 / 1e10f", """
            state.Value = Real.Max(state.Value, Floor);
            """, """
            [Hyperparameter] public Real Floor { get; init; } = {|#0:(Real)1 / (Real)3e38 / 1e10f|};
            """)
        { InDouble = [Collapse("(Real)1 / (Real)3e38 / 1e10f", "0")], InSingle = [Collapse("(Real)1 / (Real)3e38 / 1e10f", "0")] };

        yield return new(Rule, Prefix + "a cast to Real in a DefaultValue attribute argument", """
            state.Value = Real.Max(state.Value, Tolerance);
            """, """
            [System.ComponentModel.DefaultValue({|#0:(Real)1e-50|})]
            public static Real Tolerance => (Real)1e-6;
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, Prefix + "a cast to Real as a hyperparameter's Minimum", """
            state.Value = Real.Max(state.Value, Eps);
            """, """
            [Hyperparameter(Minimum = {|#0:(Real)1e39|})] public Real Eps { get; init; } = (Real)1e-8;
            """)
        { InDouble = [Collapse("1e39", "infinity")], InSingle = [Collapse("1e39", "infinity")] };

        yield return new(Rule, Prefix + "a target-typed new of a record struct given an integer above 2^24", """
            Cap cap = new({|#0:16777217|});
            state.Value = Real.Min(state.Value, cap.Limit);
            """, """
            private readonly record struct Cap(Real Limit);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a collection expression given to a ReadOnlySpan<Real> parameter", """
            state.Value = Real.Min(state.Value, Smallest([4_096, {|#0:33_554_433|}]));
            """, """
            private static Real Smallest(ReadOnlySpan<Real> xs)
            {
                Real m = xs[0];
                foreach (Real x in xs)
                    m = Real.Min(m, x);
                return m;
            }
            """)
        { InDouble = [Collapse("33_554_433", "33554432")], InSingle = [Collapse("33_554_433", "33554432")] };

        yield return new(Rule, Prefix + "a switch expression arm casting a tiny constant to Real", """
            Real floor = gradient.Length switch { 0 => 0, 1 => {|#0:(Real)1e-46|}, _ => (Real)1e-30 };
            state.Value = Real.Max(state.Value, floor);
            """)
        { InDouble = [Collapse("1e-46", "0")], InSingle = [Collapse("1e-46", "0")] };

        yield return new(Rule, Prefix + "a helper's default parameter value of nine nines", """
            state.Value = Decay(state.Value);
            """, """
            private static Real Decay(Real x, Real rate = {|#0:(Real)0.99999999|}) => x * rate;
            """)
        { InDouble = [Collapse("0.99999999", "exactly 1")], InSingle = [Collapse("0.99999999", "exactly 1")] };

        yield return new(Rule, Prefix + "a helper's default parameter value of a negative integer above 2^24", """
            state.Value = Floor(state.Value);
            """, """
            private static Real Floor(Real x, Real floor = {|#0:-16777217|}) => Real.Max(x, floor);
            """)
        { InDouble = [Collapse("-16777217", "-16777216")], InSingle = [Collapse("-16777217", "-16777216")] };

        // Half of the smallest float subnormal is a tie, and ties go to the even significand: 0.
        yield return new(Rule, Prefix + "float.Epsilon cast to Real and halved", """
            state.Value = Real.Max(state.Value, {|#0:(Real)float.Epsilon / 2|});
            """)
        { InDouble = [Collapse("(Real)float.Epsilon / 2", "0")], InSingle = [Collapse("(Real)float.Epsilon / 2", "0")] };

        yield return new(Rule, Prefix + "a hyperparameter default reading a const Real of another class with digit separators", """
            state.Value = Real.Min(state.Value, Horizon);
            """, """
            [Hyperparameter] public Real Horizon { get; init; } = Budgets.Horizon;
            """)
        {
            Outside = """
                internal static class Budgets
                {
                    public const Real Horizon = {|#0:100_000_001|};
                }
                """,
            InDouble = [Collapse("100_000_001", "100000000")],
            InSingle = [Collapse("100_000_001", "100000000")],
        };
    }

    private static IEnumerable<AnalyzerCase> QuietConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, Prefix + "hex and binary hyperparameter defaults float holds exactly", """
            state.Value = Real.Min(state.Value, Horizon) + Window;
            """, """
            [Hyperparameter] public Real Horizon { get; init; } = 0x0100_0000;
            [Hyperparameter] public Real Window { get; init; } = 0b1_0000_0000_0000_0000_0000_0010;
            """);

        yield return new(Rule, Prefix + "1e-8f as a Real hyperparameter default only rounds", """
            state.Value = Real.Max(state.Value, Eps);
            """, """
            [Hyperparameter] public Real Eps { get; init; } = 1e-8f;
            """);

        yield return new(Rule, Prefix + "(Real)1 / (Real)3e38 is a float subnormal", """
            Real tiny = (Real)1 / (Real)3e38;
            state.Value = Real.Max(state.Value, tiny);
            """);

        yield return new(Rule, Prefix + "Real.Epsilon halved and -Real.MaxValue quartered are the alias's own constants", """
            state.Value = Real.Max(state.Value, Real.Epsilon / 2);
            state.Value = Real.Max(state.Value, -Real.MaxValue / 4);
            """);

        yield return new(Rule, Prefix + "a double constant folded through const locals that float holds", """
            const double Base = 1e-20;
            const double Scaled = Base * 1e-10;
            const int Side = 1 << 12;
            const int Cells = Side * Side;
            state.Value = Real.Max(state.Value, (Real)Scaled) * Cells;
            """);

        yield return new(Rule, Prefix + "a tiny double constant of another class kept double", """
            state.Precise = Math.Max(state.Precise, (double)Limits.Tiny) + Limits.Tiny;
            """)
        {
            Outside = """
                internal static class Limits
                {
                    public const double Tiny = 1e-300;
                }
                """,
        };

        yield return new(Rule, Prefix + "attribute arguments of a double and of a Real that survives", """
            state.Value = Real.Max(state.Value, Tolerance + Eps);
            """, """
            [System.ComponentModel.DefaultValue(1e-50)]
            public static Real Tolerance => (Real)1e-6;

            [Hyperparameter(Minimum = (Real)1e-30, Maximum = 1e300)] public Real Eps { get; init; } = (Real)1e-8;
            """);

        yield return new(Rule, Prefix + "a target-typed new and a collection expression of exact values", """
            Cap cap = new(16777216);
            ReadOnlySpan<Real> xs = [1, 33_554_432, 0x0200_0000];
            state.Value = Real.Min(state.Value, cap.Limit) + xs[1];
            """, """
            private readonly record struct Cap(Real Limit);
            """);

        yield return new(Rule, Prefix + "a switch arm and a helper default with values float holds", """
            Real floor = gradient.Length switch { 0 => 0, _ => (Real)1e-30 };
            state.Value = Floor(Real.Max(state.Value, floor));
            """, """
            private static Real Floor(Real x, Real floor = -16777216) => Real.Max(x, floor);
            """);

        yield return new(Rule, Prefix + "integer constants above 2^24 kept in the Integer and long slots", """
            state.Count = 16777217;
            long big = 0x1_0000_0001L;
            state.Total = big + 0b1_0000_0000_0000_0000_0000_0001;
            """);

        yield return new(Rule, Prefix + "a static readonly Real of Real.Epsilon arithmetic", """
            state.Value = Real.Max(state.Value, Floor);
            """, """
            private static readonly Real Floor = Real.Epsilon * 4;
            """);

        yield return new(Rule, Prefix + "a hyperparameter default reading an exact const Real of another class", """
            state.Value = Real.Min(state.Value, Horizon);
            """, """
            [Hyperparameter] public Real Horizon { get; init; } = Budgets.Horizon;
            """)
        {
            Outside = """
                internal static class Budgets
                {
                    public const Real Horizon = 100_000_000;
                }
                """,
        };

        yield return new(Rule, Prefix + "double.Epsilon kept double and float.Epsilon cast to Real and doubled", """
            state.Precise = Math.Max(state.Precise, double.Epsilon);
            state.Value = Real.Max(state.Value, (Real)float.Epsilon * 2);
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "x -= -1f on the float slot", """
            {|#0:state.Scale -= -1f|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a prefix increment inside an update expression", """
            update[0] = {|#0:++state.Value|} * LearningRate;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a postfix increment given to Math.Max", """
            state.Precise = Math.Max(state.Precise, {|#0:state.Value++|});
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a prefix decrement as a do-while condition", """
            do
            {
                update[0] -= LearningRate * gradient[0];
            }
            while ({|#0:--state.Value|} > 0);
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x = x + 0x1", """
            {|#0:state.Value = state.Value + 0x1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x += 0b1 on the float slot", """
            {|#0:state.Scale += 0b1|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "x += a const int of 1 from another class", """
            {|#0:state.Value += Units.One|};
            """)
        {
            Outside = """
                internal static class Units
                {
                    public const int One = 1;
                }
                """,
            InDouble = [Counter("Value")],
            InSingle = [Counter("Value")],
        };

        yield return new(Rule, Prefix + "x -= a const double of 1.0 cast to Real", """
            {|#0:state.Value -= (Real)UnitStep|};
            """, """
            private const double UnitStep = 1.0;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x = checked(x + 1)", """
            {|#0:state.Value = checked(state.Value + 1)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x = unchecked(1 + x) on the float slot", """
            {|#0:state.Scale = unchecked(1 + state.Scale)|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a ref float local of the slot counted by s = s + 1", """
            ref float s = ref state.Scale;
            {|#0:s = s + 1|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a prefix increment of a ref-returning accessor", """
            {|#0:++Slot(state)|};
            """, """
            private static ref Real Slot(State s) => ref s.Value;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a static local function adding 1 to a ref Real", """
            static void Tick(ref Real x) => {|#0:x += 1|};
            Tick(ref state.Value);
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a block-bodied helper returning 1 + its argument through a local", """
            {|#0:state.Value = Next(state.Value)|};
            """, """
            private static Real Next(Real x)
            {
                Real y = 1 + x;
                return y;
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a count clamped with Real.Clamp", """
            {|#0:state.Value = Real.Clamp(state.Value + 1, 0, MaxSteps)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a postfix increment in a for loop's iterator", """
            for (; state.Value < 10; {|#0:state.Value++|})
                update[0] += gradient[0];
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };
    }

    private static IEnumerable<AnalyzerCase> QuietCounters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "steps of 1 times the learning rate and of 1.0 times the gradient", """
            state.Value += 1 * LearningRate;
            state.Scale += 1.0f * (float)state.Mu[0];
            """);

        yield return new(Rule, Prefix + "half steps on the Real and the float slot", """
            state.Value += (Real)0.5;
            state.Scale -= 0.5f;
            """);

        yield return new(Rule, Prefix + "a Real local counted and never stored to a slot", """
            Real k = state.Value;
            k++;
            k += 1;
            update[0] = k * LearningRate;
            """);

        yield return new(Rule, Prefix + "the Integer slot counted every way", """
            state.Count += 1;
            state.Count = state.Count + 1;
            ++state.Count;
            state.Count -= -1;
            System.Threading.Interlocked.Increment(ref state.Count);
            """);

        yield return new(Rule, Prefix + "Real and float slots incremented in the [Init] hook", """
            update[0] = state.Value + state.Scale;
            """, """
            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters)
            {
                state.Value += 1;
                state.Scale++;
            }
            """);

        yield return new(Rule, Prefix + "a ref local given 1 and the gradient is a sum", """
            ref Real acc = ref state.Value;
            acc += 1;
            acc += gradient[0];
            """);

        yield return new(Rule, Prefix + "steps of 0x2 and 0b10", """
            state.Value += 0x2;
            state.Scale -= 0b10;
            """);

        yield return new(Rule, Prefix + "the Integer slot plus one stored in the Real slot", """
            state.Value = state.Count + 1;
            """);

        yield return new(Rule, Prefix + "prefix increments of the double slot and a Real[] element", """
            ++state.Precise;
            state.Velocity[0] += 1;
            ++state.Second[0];
            """);

        yield return new(Rule, Prefix + "x += 1 then halved is a geometric series", """
            state.Value += 1;
            state.Value /= 2;
            """);

        yield return new(Rule, Prefix + "Interlocked.Exchange of the slot plus the gradient", """
            System.Threading.Interlocked.Exchange(ref state.Scale, state.Scale + (float)state.Mu[0]);
            """);

        yield return new(Rule, Prefix + "an increment in a helper the transition never calls", """
            state.Value = Real.Max(state.Value, gradient[0]);
            """, """
            private static void Unused(State s) => s.Value += 1;
            """);

        yield return new(Rule, Prefix + "a float copy of the slot counted and stored in the double slot", """
            float f = state.Scale;
            f++;
            state.Precise = (double)f;
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "Math.Max of a Real and a double literal", """
            state.Value = {|#0:Math.Max(state.Value, 0.5)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "MathF.Pow of a Real", """
            state.Scale = MathF.Pow({|#0:state.Value|}, 2);
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [OtherMode("CS1503", "Double", DoubleArgument)] };

        yield return new(Rule, Prefix + "MathF.Sqrt of the double slot is wrong in both modes: each build reports its own error once", """
            state.Scale = MathF.Sqrt({|#0:state.Precise|});
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [CompilerError("CS1503")] };

        yield return new(Rule, Prefix + "a generic helper constrained to IComparable<double> given a Real", """
            state.Value = {|#0:AtLeastZero|}(state.Value);
            """, """
            private static T AtLeastZero<T>(T x) where T : IComparable<double> => x;
            """)
        {
            InDouble = [OtherMode("CS0315", "Single", "The type 'float' cannot be used as type parameter 'T' in the generic type or method 'Spec.AtLeastZero<T>(T)'. There is no boxing conversion from 'float' to 'System.IComparable<double>'.")],
            InSingle = [CompilerError("CS0315")],
        };

        yield return new(Rule, Prefix + "an IFloatingPoint helper infers double from a Real and the double slot", """
            state.Value = {|#0:Mid(state.Value, state.Precise)|};
            """, """
            private static T Mid<T>(T a, T b) where T : IFloatingPoint<T> => (a + b) / (T.One + T.One);
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a slice of a Real[] slot as Span<double>", """
            Span<double> tail = {|#0:state.Velocity.AsSpan(1)|};
            state.Precise = tail[0];
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'System.Span<float>' to 'System.Span<double>'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, Prefix + "a List's Count into the Integer slot is the seed bug of Double mode", """
            var seen = new System.Collections.Generic.List<Real> { state.Value };
            state.Count = {|#0:seen.Count|};
            """)
        {
            InDouble = [SlotValue("Count", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Count' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        yield return new(Rule, Prefix + "an Integer local from a slot's LongLength", """
            Integer n = {|#0:state.Weights.LongLength|};
            state.Count = n;
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Math.Min of the Integer count and the long slot", """
            state.Count = {|#0:Math.Min(state.Count, state.Total)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "double.Parse into the Real slot", """
            state.Value = {|#0:double.Parse("0.5", System.Globalization.CultureInfo.InvariantCulture)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "float.Parse into the Real slot is the seed bug of Double mode", """
            state.Value = {|#0:float.Parse("0.5", System.Globalization.CultureInfo.InvariantCulture)|};
            """)
        {
            InDouble = [SlotValue("Value", RealDouble, "a Single")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Value' is Real (Double in Double mode) but is assigned a Single value")],
        };

        yield return new(Rule, Prefix + "a P/Invoke returning double stored in the Real slot", """
            state.Value = {|#0:Cbrt(state.Value)|};
            """, """
            [System.Runtime.InteropServices.DllImport("libm", EntryPoint = "cbrt")]
            private static extern double Cbrt(double x);
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a P/Invoke taking float given a Real", """
            state.Scale = Cbrtf({|#0:state.Value|});
            """, """
            [System.Runtime.InteropServices.DllImport("libm", EntryPoint = "cbrtf")]
            private static extern float Cbrtf(float x);
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [OtherMode("CS1503", "Double", DoubleArgument)] };

        yield return new(Rule, Prefix + "BitConverter.SingleToInt32Bits of a Real", """
            state.Small = BitConverter.SingleToInt32Bits({|#0:state.Value|});
            """)
        { InDouble = [CompilerError("CS1503")], InSingle = [OtherMode("CS1503", "Double", DoubleArgument)] };

        yield return new(Rule, Prefix + "Math.Round with digits has no float overload", """
            state.Value = {|#0:Math.Round(state.Value, 3)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Math.Clamp with double bounds", """
            state.Value = {|#0:Math.Clamp(state.Value, 0.0, 1.0)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a target-typed new of a Real record struct given the double slot", """
            Cap cap = new({|#0:state.Precise|});
            state.Value = cap.Limit;
            """, """
            private readonly record struct Cap(Real Limit);
            """)
        { InDouble = [OtherMode("CS1503", "Single", DoubleArgument)], InSingle = [CompilerError("CS1503")] };

        // A collection expression's element conversion is CS0029, as a tuple element's is, where an assignment's is CS0266.
        yield return new(Rule, Prefix + "a collection expression of Real holding the double slot", """
            Real[] xs = [state.Value, {|#0:state.Precise|}];
            state.Value = xs[1];
            """)
        { InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double' to 'float'")], InSingle = [CompilerError("CS0029")] };

        yield return new(Rule, Prefix + "a switch arm of the long slot in an Integer local", """
            Integer budget = gradient.Length switch { 0 => {|#0:state.Total|}, _ => state.Count };
            state.Count = budget;
            """)
        { InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'long' to 'int'")], InSingle = [CompilerError("CS0029")] };

        yield return new(Rule, Prefix + "a cast of the count to int in a collection expression narrows in Double mode", """
            int[] picks = [{|#0:(int)state.Count|}, 0];
            state.Small = picks[0];
            """)
        {
            InDouble = [Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "A cast converts Int64 to Int32, which is narrower than Integer (Int64 in Double mode)")],
        };

        yield return new(Rule, Prefix + "a hyperparameter default from a static readonly double of another class", """
            state.Value *= Rate;
            """, """
            [Hyperparameter] public Real Rate { get; init; } = {|#0:Defaults.Rate|};
            """)
        {
            Outside = """
                internal static class Defaults
                {
                    public static readonly double Rate = 3e-4;
                }
                """,
            InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "a hyperparameter default of a const double times 3", """
            state.Value *= Rate;
            """, """
            private const double BaseRate = 1e-3;

            [Hyperparameter] public Real Rate { get; init; } = {|#0:BaseRate * 3|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "an Integer hyperparameter default written as a long hex literal", """
            state.Count = Integer.Min(state.Count, Horizon);
            """, """
            [Hyperparameter] public Integer Horizon { get; init; } = {|#0:0x1_0000_0000|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a const Integer of a uint hex mask", """
            state.Count &= Mask;
            """, """
            private const Integer Mask = {|#0:0xFFFF_FFFF|};
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", "Cannot implicitly convert type 'uint' to 'int'. An explicit conversion exists (are you missing a cast?)")],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "a const Real of a double literal with digit separators", """
            state.Value *= Decay;
            """, """
            private const Real Decay = {|#0:0.999_9|};
            """)
        {
            InDouble = [OtherMode("CS0664", "Single", "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type")],
            InSingle = [CompilerError("CS0664")],
        };

        yield return new(Rule, Prefix + "a Real span copied into a stackalloc'd Span<double>", """
            Span<double> buffer = stackalloc double[2];
            state.Velocity.AsSpan(0, 2).CopyTo({|#0:buffer|});
            state.Precise = buffer[0];
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'System.Span<double>' to 'System.Span<float>'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "Math.Round as a Func<Real, Real>", """
            Func<Real, Real> round = {|#0:Math.Round|};
            state.Value = round(state.Value);
            """)
        {
            // Math.Round(double) is found for the float parameter, and its return type is the mismatch: CS0407, not CS0123.
            InDouble = [OtherMode("CS0407", "Single", "'double Math.Round(double)' has the wrong return type")],
            InSingle = [CompilerError("CS0407")],
        };
    }

    private static IEnumerable<AnalyzerCase> QuietOtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "Math.Clamp, Math.Max and rounding written with the aliases", """
            state.Value = Math.Clamp(state.Value, 0, 1);
            state.Value = Math.Max(state.Value, (Real)0.5);
            state.Value = Real.Round(state.Value, 3) + Real.BitIncrement(state.Value);
            """);

        yield return new(Rule, Prefix + "Real.Parse, Real.TryParse and Integer.TryParse into slots", """
            state.Value = Real.Parse("0.5", System.Globalization.CultureInfo.InvariantCulture);
            Real.TryParse("0.25", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out state.Value);
            Integer.TryParse("3", out state.Count);
            """);

        yield return new(Rule, Prefix + "formatting a Real and the count", """
            string text = state.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + $"{state.Count:D4}";
            Span<char> buffer = stackalloc char[32];
            state.Value.TryFormat(buffer, out int written, "F3", System.Globalization.CultureInfo.InvariantCulture);
            state.Small = written + text.Length;
            """);

        yield return new(Rule, Prefix + "a double P/Invoke given a Real and cast back, and Marshal.SizeOf<Real>", """
            state.Precise = Cbrt(state.Value);
            state.Value = (Real)Cbrt(state.Value);
            state.Small = System.Runtime.InteropServices.Marshal.SizeOf<Real>();
            """, """
            [System.Runtime.InteropServices.DllImport("libm", EntryPoint = "cbrt")]
            private static extern double Cbrt(double x);
            """);

        yield return new(Rule, Prefix + "Marshal.Copy between Real[] slots and native memory has both widths", """
            System.Runtime.InteropServices.Marshal.Copy(state.Velocity, 0, IntPtr.Zero, 0);
            System.Runtime.InteropServices.Marshal.Copy(IntPtr.Zero, state.Weights, 0, 0);
            """);

        yield return new(Rule, Prefix + "an IFloatingPoint helper given Reals, and the double slot with a double", """
            state.Value = Mid(state.Value, LearningRate);
            state.Precise = Mid(state.Precise, 1.0);
            """, """
            private static T Mid<T>(T a, T b) where T : IFloatingPoint<T> => (a + b) / (T.One + T.One);
            """);

        yield return new(Rule, Prefix + "a List's Count and a LongLength cast to Integer", """
            var seen = new System.Collections.Generic.List<Real> { state.Value };
            state.Count = (Integer)seen.Count;
            Integer n = (Integer)state.Weights.LongLength;
            state.Count += n;
            """);

        yield return new(Rule, Prefix + "a target-typed new and a collection expression of Reals", """
            Cap cap = new(state.Value);
            Real[] xs = [state.Value, LearningRate, (Real)state.Precise];
            state.Value = cap.Limit + xs[2];
            """, """
            private readonly record struct Cap(Real Limit);
            """);

        yield return new(Rule, Prefix + "a switch expression of Integers with the long slot cast", """
            Integer budget = gradient.Length switch { 0 => (Integer)state.Total, _ => state.Count };
            state.Count = budget;
            """);

        yield return new(Rule, Prefix + "BitConverter and Math.BitIncrement into the double slot", """
            state.Precise = BitConverter.Int64BitsToDouble(state.Total);
            state.Precise = Math.BitIncrement(state.Value);
            state.Small = BitConverter.SingleToInt32Bits(state.Scale);
            """);

        yield return new(Rule, Prefix + "a Real span copied into a stackalloc'd Span<Real>", """
            Span<Real> buffer = stackalloc Real[2];
            state.Velocity.AsSpan(0, 2).CopyTo(buffer);
            state.Value = buffer[0];
            """);

        yield return new(Rule, Prefix + "method groups Real.Round and Math.Sign as delegates of the aliases", """
            Func<Real, Real> round = Real.Round;
            Func<Real, int> sign = Math.Sign;
            state.Value = round(state.Value) * sign(state.Value);
            """);

        yield return new(Rule, Prefix + "hyperparameter defaults from a static readonly Real and a const Integer of another class", """
            state.Value *= Rate;
            state.Count = Integer.Min(state.Count, Horizon);
            """, """
            [Hyperparameter] public Real Rate { get; init; } = Defaults.Rate;
            [Hyperparameter] public Integer Horizon { get; init; } = Defaults.Horizon;
            """)
        {
            Outside = """
                internal static class Defaults
                {
                    public static readonly Real Rate = (Real)3e-4;
                    public const Integer Horizon = 1 << 20;
                }
                """,
        };

        yield return new(Rule, Prefix + "an int hex Integer default and a cast const Integer mask", """
            state.Count = Integer.Min(state.Count & Mask, Horizon);
            """, """
            private const Integer Mask = (Integer)0x7FFF_FFFF;

            [Hyperparameter] public Integer Horizon { get; init; } = 0x7FFF_FFFF;
            """);

        yield return new(Rule, Prefix + "a cast of the small slot and an index remainder in a collection expression", """
            int[] picks = [(int)state.Small, (int)(state.Count % MemorySize)];
            state.Small = picks[0] + picks[1];
            """);

        yield return new(Rule, Prefix + "Math.Max of the count and an int, Math.Abs of the count", """
            state.Count = Math.Max(state.Count, 1);
            state.Count = Math.Abs(state.Count);
            """);

        yield return new(Rule, Prefix + "Environment.TickCount64 into the long slot and cast to Integer", """
            state.Total = Environment.TickCount64;
            state.Count = (Integer)Environment.TickCount64;
            """);
    }

    /// <summary>Written after reading the analyzer: the quiet twins of the two fixes, and a helper counting in one of two returns.</summary>
    private static IEnumerable<AnalyzerCase> AfterReading()
    {
        yield return new("OPT0004", Prefix + "a collection expression given to a ReadOnlySpan<double> parameter is double in both modes", """
            state.Precise = Smallest([4_096, 33_554_433]);
            """, """
            private static double Smallest(ReadOnlySpan<double> xs) => xs[0];
            """);

        // The fix's other path: an int conditional converted to Real as a whole, as an element of a collection expression.
        yield return new("OPT0004", Prefix + "an arm above 2^24 of an int conditional as an element of a ReadOnlySpan<Real>", """
            ReadOnlySpan<Real> xs = [gradient.Length > 0 ? {|#0:16777217|} : 1];
            state.Value = xs[0];
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new("OPT0005", Prefix + "a helper returning its argument plus one from one of two returns", """
            {|#0:state.Value = Patience(state.Value, gradient[0] > 0)|};
            """, """
            private static Real Patience(Real waited, bool better)
            {
                if (better)
                    return 0;
                return waited + 1;
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        // Found by probing after the first fix: a lambda a delegate local holds is a helper as a method is.
        yield return new("OPT0005", Prefix + "a Func<Real, Real> lambda returning its argument plus one", """
            Func<Real, Real> next = c => c + 1;
            {|#0:state.Value = next(state.Value)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a Func<Real, Real, Real> lambda adding the gradient, and one adding 2", """
            Func<Real, Real, Real> add = (c, g) => c + g;
            Func<Real, Real> twice = c => c + 2;
            state.Value = add(state.Value, gradient[0]);
            state.Scale = (float)twice(state.Scale);
            """);

        yield return new("OPT0005", Prefix + "a block-bodied helper returning its argument plus the gradient through a local", """
            state.Value = Next(state.Value, gradient[0]);
            """, """
            private static Real Next(Real x, Real g)
            {
                Real y = x + g;
                return y;
            }
            """);
    }
}
