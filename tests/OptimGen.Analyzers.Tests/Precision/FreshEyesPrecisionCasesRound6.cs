using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// A sixth round of OPT0004–OPT0006 cases, written from the contract, issue 13 and the docs before reading the analyzer,
/// where the five earlier rounds did not go: parenthesised constant chains of <c>double</c>, <c>decimal</c> and
/// <c>checked</c> integer arithmetic, casts of casts, constants given to <c>Real</c> through an explicit type argument, a
/// delegate's <c>Invoke</c>, a <c>yield return</c>, an index from the end, a <c>ref</c> local, a <c>Real?</c> local, a
/// relational pattern, a delegate type's parameter default and a block-bodied getter; counters written with
/// <c>Real.One</c>, <c>Real.MultiplicativeIdentity</c>, <c>Real.NegativeOne</c>, <c>1UL</c>, <c>(byte)1</c>, folded
/// constants such as <c>3 / 2</c> and <c>0.5f + 0.5f</c>, capped by a conditional, in a nested type's helper; and code that
/// breaks in the other mode through <c>Math</c> members with only a <c>double</c> overload (<c>Log(x, b)</c>,
/// <c>ReciprocalEstimate</c>, <c>FusedMultiplyAdd</c>, <c>CopySign</c>), fixed-width APIs (<c>BinaryPrimitives</c>,
/// <c>Vector2</c>, <c>Complex</c>, <c>Vector256&lt;double&gt;</c>, <c>Span&lt;double&gt;</c>), overloads and generic inference
/// per width, conditional type unification, lambda natural types, extension receivers, nullable aliases and constant
/// products that overflow <c>int</c>; with a quiet counterpart for most shapes. The last section (<c>AfterReading</c>) was
/// written after reading the analyzer: partial methods, <c>Deconstruct</c>, constructors' lambdas, base classes, list patterns,
/// generic units (<c>T.MultiplicativeIdentity</c>, <c>-T.One</c>), NaN-aware clamps, casts between <c>double</c> and
/// <c>float</c> around a count, and constant <c>Real</c> arithmetic under <c>checked(...)</c>, a cast or <c>Real.CreateChecked</c>.
/// Their names start with "fresh eyes 6: ".
/// </summary>
internal static class FreshEyesPrecisionCasesRound6
{
    private const string Prefix = "fresh eyes 6: ";
    private const string DoubleToFloat = "Cannot implicitly convert type 'double' to 'float'. An explicit conversion exists (are you missing a cast?)";
    private const string LongToInt = "Cannot implicitly convert type 'long' to 'int'. An explicit conversion exists (are you missing a cast?)";

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(QuietConstants()).Concat(Counters()).Concat(QuietCounters())
        .Concat(OtherModeCode()).Concat(QuietOtherModeCode()).Concat(AfterReading());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        // 1e-45 / 4 = 2.5e-46: below half of float.Epsilon (about 7e-46).
        yield return new(Rule, Prefix + "a parenthesised double quotient below half the smallest subnormal", """
            state.Value = Real.Max(state.Value, {|#0:(Real)(1e-45 / 4)|});
            """)
        { InDouble = [Collapse("(1e-45 / 4)", "0")], InSingle = [Collapse("(1e-45 / 4)", "0")] };

        yield return new(Rule, Prefix + "a parenthesised double sum of nine nines", """
            state.Value *= {|#0:(Real)(0.5 + 0.49999999)|};
            """)
        { InDouble = [Collapse("(0.5 + 0.49999999)", "exactly 1")], InSingle = [Collapse("(0.5 + 0.49999999)", "exactly 1")] };

        yield return new(Rule, Prefix + "a decimal decay of nine nines cast to Real", """
            state.Value *= {|#0:(Real)0.99999999m|};
            """)
        { InDouble = [Collapse("0.99999999m", "exactly 1")], InSingle = [Collapse("0.99999999m", "exactly 1")] };

        yield return new(Rule, Prefix + "an integer divisor above 2^24 of a Real hyperparameter", """
            state.Value = LearningRate / {|#0:16777217|} + state.Value;
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "Real.CreateSaturating of a tiny double and CreateTruncating of a hex integer with separators", """
            state.Value = Real.Max(state.Value, {|#0:Real.CreateSaturating(1e-50)|});
            state.Value = Real.Min(state.Value, {|#1:Real.CreateTruncating(0x0100_0001)|});
            """)
        {
            InDouble = [Collapse("1e-50", "0"), Collapse("0x0100_0001", "16777216", marker: 1)],
            InSingle = [Collapse("1e-50", "0"), Collapse("0x0100_0001", "16777216", marker: 1)],
        };

        yield return new(Rule, Prefix + "Real.CreateChecked of a shifted and or-ed integer constant", """
            state.Value = Real.Min(state.Value, {|#0:Real.CreateChecked(1 << 25 | 1)|});
            """)
        { InDouble = [Collapse("1 << 25 | 1", "33554432")], InSingle = [Collapse("1 << 25 | 1", "33554432")] };

        yield return new(Rule, Prefix + "a Real loop variable compared with an integer above 2^24", """
            for (Real t = 0; t < {|#0:16777217|}; t += 4096)
                state.Value += t * LearningRate;
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a yield return above 2^24 in a Real iterator the transition walks", """
            foreach (Real cap in Caps())
                state.Value = Real.Min(state.Value, cap);
            """, """
            private static System.Collections.Generic.IEnumerable<Real> Caps()
            {
                yield return 1_000;
                yield return {|#0:16777217|};
            }
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "an integer above 2^24 stored in a Real[] slot's last element by an index from the end", """
            state.Velocity[^1] = {|#0:16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "an integer above 2^24 stored through a ref Real local", """
            ref Real best = ref state.Value;
            best = {|#0:33554433|};
            """)
        { InDouble = [Collapse("33554433", "33554432")], InSingle = [Collapse("33554433", "33554432")] };

        yield return new(Rule, Prefix + "a Real? local initialized above 2^24", """
            Real? cap = {|#0:16777217|};
            state.Value = Real.Min(state.Value, cap ?? 0);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "an integer above 2^24 given to a generic helper instantiated with Real explicitly", """
            state.Value = Real.Min(state.Value, Same<Real>({|#0:16777217|}));
            """, """
            private static T Same<T>(T x) => x;
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "an integer above 2^24 given to a Func<Real, Real, Real>", """
            Func<Real, Real, Real> min = Real.Min;
            state.Value = min(state.Value, {|#0:16777217|});
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a block-bodied Real getter returning an integer above 2^24", """
            state.Value = Real.Min(state.Value, Cap);
            """, """
            private static Real Cap
            {
                get { return {|#0:16777217|}; }
            }
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a relational pattern above 2^24 on a Real slot", """
            if (state.Value is > {|#0:16777217|})
                state.Value = 0;
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a delegate type's Real parameter default above 2^24", """
            Shaper shape = (x, cap) => Real.Min(x, cap);
            state.Value = shape(state.Value);
            """)
        {
            Outside = """
                internal delegate Real Shaper(Real x, Real cap = {|#0:16777217|});
                """,
            InDouble = [Collapse("16777217", "16777216")],
            InSingle = [Collapse("16777217", "16777216")],
        };

        yield return new(Rule, Prefix + "a cast of a double cast of a tiny constant", """
            state.Value = Real.Max(state.Value, {|#0:(Real)(double)1e-50|});
            """)
        { InDouble = [Collapse("(double)1e-50", "0")], InSingle = [Collapse("(double)1e-50", "0")] };

        yield return new(Rule, Prefix + "a hyperparameter default of nine nines in a spec split into two files", """
            state.Value *= Decay;
            """, """
            [Hyperparameter] public Real Decay { get; init; } = {|#0:(Real)0.99999999|};
            """)
        { SplitFiles = true, InDouble = [Collapse("0.99999999", "exactly 1")], InSingle = [Collapse("0.99999999", "exactly 1")] };

        yield return new(Rule, Prefix + "a negated parenthesised integer above 2^24 as a Real local's initializer", """
            Real floor = {|#0:-(16777217)|};
            state.Value = Real.Max(state.Value, floor);
            """)
        { InDouble = [Collapse("-(16777217)", "-16777216")], InSingle = [Collapse("-(16777217)", "-16777216")] };

        yield return new(Rule, Prefix + "a checked int sum above 2^24 given to Real.Max", """
            state.Value = Real.Max(state.Value, {|#0:checked(16777216 + 1)|});
            """)
        { InDouble = [Collapse("checked(16777216 + 1)", "16777216")], InSingle = [Collapse("checked(16777216 + 1)", "16777216")] };

        yield return new(Rule, Prefix + "a Real field initializer of a helper class the transition creates", """
            state.Value = Real.Min(state.Value, new Caps().Top);
            """, """
            private sealed class Caps
            {
                public Real Top = {|#0:16777217|};
            }
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a helper's switch expression returning Real with an arm above 2^24", """
            state.Value = Real.Min(state.Value, Cap(gradient.Length));
            """, """
            private static Real Cap(int k) => k switch { 0 => 1, _ => {|#0:16777217|} };
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a Real static readonly field folded from int consts above 2^24", """
            state.Value = Real.Min(state.Value, Horizon);
            """, """
            private const int Epochs = 1_000;
            private const int StepsPerEpoch = 16_778;
            private static readonly Real Horizon = {|#0:Epochs * StepsPerEpoch + 1|};
            """)
        { InDouble = [Collapse("Epochs * StepsPerEpoch + 1", "16778000")], InSingle = [Collapse("Epochs * StepsPerEpoch + 1", "16778000")] };
    }

    private static IEnumerable<AnalyzerCase> QuietConstants()
    {
        const string Rule = "OPT0004";

        // The float cast has collapsed already, in both modes: the constant that becomes Real is 0.
        yield return new(Rule, Prefix + "a cast of a const float that collapsed already is the float's own collapse, not Real's", """
            state.Value = Real.Max(state.Value, (Real)Gone);
            """, """
            private const float Gone = (float)1e-50;
            """);

        yield return new(Rule, Prefix + "integer constant arithmetic that folds to a value float holds", """
            state.Value = Real.Min(state.Value, (Real)(16777217 - 1)) + (Real)(1 << 24) + (Real)(1L << 40);
            state.Value = Real.Min(state.Value, (Real)(16777217 & ~1));
            Real limit = checked(16777216 + 2);
            state.Value = Real.Min(state.Value, limit);
            """);

        yield return new(Rule, Prefix + "hex and binary literals float holds exactly", """
            state.Value = Real.Min(state.Value, (Real)0x7FFF_FF80) + (Real)0b1_0000_0000_0000_0000_0000_0010;
            """);

        yield return new(Rule, Prefix + "Real.CreateChecked and CreateSaturating of exact constants", """
            state.Value = Real.Min(state.Value, Real.CreateChecked(16777216 * 2)) + Real.CreateSaturating(float.MaxValue) * 0;
            """);

        yield return new(Rule, Prefix + "Math.PI, Math.E and a third cast to Real only round", """
            state.Value = state.Value * (Real)Math.PI + (Real)Math.E - (Real)(1.0 / 3.0);
            """);

        yield return new(Rule, Prefix + "a Real hyperparameter divided by 2^24 and by 1024", """
            state.Value = LearningRate / 16777216 + LearningRate / 1024 + state.Value;
            """);

        yield return new(Rule, Prefix + "the smallest normal float and 2e-45 survive as Real", """
            state.Value = Real.Max(state.Value, (Real)1.1754944e-38) + (Real)2e-45;
            """);

        yield return new(Rule, Prefix + "rounding noise of a double sum and a long decimal third", """
            state.Value = state.Value * (Real)(0.1 + 0.2) + (Real)0.3333333333333333m;
            """);

        yield return new(Rule, Prefix + "a decimal that only rounds and a zero product of a tiny constant", """
            state.Value = state.Value * (Real)0.9999999m + (Real)(1e-50 * 0) + (Real)(-0.0);
            """);

        yield return new(Rule, Prefix + "an Integer local above 2^24 read into a Real is no constant", """
            Integer far = 16777217;
            Real asReal = far;
            state.Value = Real.Min(state.Value, asReal);
            """);

        yield return new(Rule, Prefix + "exact values in relational patterns, a yield return and a delegate default", """
            if (state.Value is > 16777216 and < 33554432)
                state.Value = 0;
            foreach (Real cap in Caps())
                state.Value = Real.Min(state.Value, cap);
            """, """
            private static System.Collections.Generic.IEnumerable<Real> Caps()
            {
                yield return 16777216;
            }

            private delegate Real Shaper(Real x, Real cap = 33554432);
            """);

        yield return new(Rule, Prefix + "Real.CreateTruncating of the Integer count plus a large constant is no constant", """
            state.Value = Real.CreateTruncating(state.Count + 16777217);
            """);

        yield return new(Rule, Prefix + "a Real? local, a ref Real local and an index from the end given exact values", """
            Real? cap = 16777216;
            ref Real best = ref state.Value;
            best = Real.Min(best, cap ?? 0);
            state.Velocity[^1] = 33554432;
            """);

        yield return new(Rule, Prefix + "float's own extremes cast to Real, also through double", """
            state.Value = Real.Min(state.Value, (Real)float.MaxValue) + Real.Max(state.Value, (Real)(-float.MaxValue));
            state.Value = Real.Min(state.Value, (Real)(double)float.MaxValue) + (Real)float.Epsilon;
            """);

        yield return new(Rule, Prefix + "integer constants above 2^24 given to a generic helper as int and as long", """
            state.Count = Same<Integer>(16777217) + Same(33554433);
            state.Total = Same(16777217L);
            """, """
            private static T Same<T>(T x) => x;
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "x = (Real)1.0 + x", """
            {|#0:state.Value = (Real)1.0 + state.Value|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x = x - 1L, a countdown", """
            if (state.Value > 0)
                {|#0:state.Value = state.Value - 1L|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a generic ref helper adding T.MultiplicativeIdentity", """
            Bump(ref state.Value);
            """, """
            private static void Bump<T>(ref T x) where T : INumber<T> => {|#0:x += T.MultiplicativeIdentity|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a generic ref helper subtracting T.NegativeOne counts up", """
            Bump(ref state.Scale);
            """, """
            private static void Bump<T>(ref T x) where T : ISignedNumber<T> => {|#0:x -= T.NegativeOne|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a Real slot counted by 1UL and a float slot counted down by 1.0f", """
            {|#0:state.Value += 1UL|};
            {|#1:state.Scale -= 1.0f|};
            """)
        {
            InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)],
            InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)],
        };

        yield return new(Rule, Prefix + "x = x + (byte)1", """
            {|#0:state.Value = state.Value + (byte)1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x += 3 / 2 adds the integer quotient 1", """
            {|#0:state.Value += 3 / 2|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "x += 0.5f + 0.5f adds a folded 1", """
            {|#0:state.Value += 0.5f + 0.5f|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "Real.CreateSaturating(1) and float.CreateTruncating(1) as the step", """
            {|#0:state.Value += Real.CreateSaturating(1)|};
            {|#1:state.Scale -= float.CreateTruncating(1)|};
            """)
        {
            InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)],
            InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)],
        };

        yield return new(Rule, Prefix + "a count capped by a conditional whose other arm is the cap", """
            {|#0:state.Value = state.Value + 1 > MaxSteps ? MaxSteps : state.Value + 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a counter in a static helper of a nested struct", """
            Ticker.Tick(ref state);
            """, """
            private struct Ticker
            {
                public static void Tick(ref State s) => {|#0:s.Value += 1|};
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a float slot counted up to a cap with MathF.Min", """
            {|#0:state.Scale = MathF.Min(state.Scale + 1, 10)|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, Prefix + "a Real slot counted by a const Real folded to 1", """
            {|#0:state.Value += Unit|};
            """, """
            private const Real Unit = 3 - 2;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a ref helper of another class given the slot by a named argument", """
            {|#0:Counting.Tick(step: 1, x: ref state.Value)|};
            """)
        {
            Outside = """
                internal static class Counting
                {
                    public static void Tick(ref Real x, Real step) => x += step;
                }
                """,
            InDouble = [Counter("Value")],
            InSingle = [Counter("Value")],
        };

        yield return new(Rule, Prefix + "a countdown by x += -(Real)1 in a while loop", """
            while (state.Value > 0 && gradient[0] > 0)
            {
                {|#0:state.Value += -(Real)1|};
                update[0] -= LearningRate * gradient[0];
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a counter in an expression-bodied local function taking the state by ref", """
            void Tick(ref State s) => {|#0:s.Value++|};
            Tick(ref state);
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };
    }

    private static IEnumerable<AnalyzerCase> QuietCounters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "x += 1 / 2 and x -= 2 - 2 add a folded 0", """
            state.Value += 1 / 2;
            state.Value -= 2 - 2;
            """);

        yield return new(Rule, Prefix + "steps by Real.E and by twice Real.Epsilon", """
            state.Value += Real.E;
            state.Scale -= 2 * float.Epsilon;
            """);

        yield return new(Rule, Prefix + "x += (Real)1 / 2 steps by a folded half", """
            state.Value += (Real)1 / 2;
            """);

        yield return new(Rule, Prefix + "x += (Real)1 then scaled by the learning rate is a geometric series", """
            state.Value += (Real)1;
            state.Value *= LearningRate;
            """);

        yield return new(Rule, Prefix + "a Real field of the spec that is no slot counted", """
            calls++;
            state.Value = Real.Max(state.Value, calls);
            """, """
            private Real calls;
            """);

        yield return new(Rule, Prefix + "a Real local counted and stored into the Integer slot", """
            Real trials = 0;
            while (trials < 3 && gradient[0] > 0)
                trials++;
            state.Count = (Integer)trials;
            """);

        yield return new(Rule, Prefix + "a Real member of a helper object counted", """
            var tally = new Tally();
            tally.Hits++;
            tally.Hits += 1;
            state.Value = tally.Hits;
            """, """
            private sealed class Tally
            {
                public Real Hits;
            }
            """);

        yield return new(Rule, Prefix + "a slot plus one only compared, the other arm adding the gradient", """
            state.Value = state.Value + 1 > MaxSteps ? MaxSteps : state.Value + gradient[0];
            """);

        yield return new(Rule, Prefix + "steps by (Real)1 times the learning rate", """
            state.Value -= (Real)1 * LearningRate;
            """);

        yield return new(Rule, Prefix + "a reset to 1 and toggles x = 1 - x", """
            if (gradient[0] > 0)
                state.Value = (Real)1;
            state.Scale = 1 - state.Scale;
            state.Value = (Real)1.0 - state.Value;
            """);

        yield return new(Rule, Prefix + "a tiny cast step is no count", """
            state.Value += (Real)1e-8;
            state.Scale -= 1e-3f;
            """);

        yield return new(Rule, Prefix + "another slot plus one stored in a Real or float slot", """
            state.Value = (Real)state.Precise + (Real)1;
            state.Scale = state.Mu[0] + 1;
            """);

        yield return new(Rule, Prefix + "an increment inside a preprocessor branch that is not compiled", """
            #if NEVER_DEFINED
            state.Value += 1;
            #endif
            state.Value = Real.Max(state.Value, gradient[0]);
            """);

        yield return new(Rule, Prefix + "a Real[] element, the Integer slot and the double slot counted with T.One helpers", """
            state.Velocity[0] = Next(state.Velocity[0]);
            state.Count = Next(state.Count);
            state.Precise = Next(state.Precise);
            """, """
            private static T Next<T>(T x) where T : INumber<T> => x + T.One;
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "Math.Log with a base has no float overload", """
            state.Value = {|#0:Math.Log(state.Value, 2)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Math.ReciprocalEstimate has no float overload", """
            state.Value = {|#0:Math.ReciprocalEstimate(state.Value)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Math.FusedMultiplyAdd of Reals stored in a Real slot", """
            state.Value = {|#0:Math.FusedMultiplyAdd(state.Value, LearningRate, gradient[0])|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Math.CopySign of Reals as an update", """
            update[0] = {|#0:Math.CopySign(LearningRate, -gradient[0])|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "BinaryPrimitives.WriteSingleLittleEndian given a Real", """
            Span<byte> buffer = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(buffer, {|#0:state.Value|});
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 2: cannot convert from 'double' to 'float'")],
        };

        yield return new(Rule, Prefix + "Vector256.Create of a Real into a Vector256<double>", """
            Vector256<double> v = {|#0:Vector256.Create(state.Value)|};
            state.Precise = v.ToScalar();
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'System.Runtime.Intrinsics.Vector256<float>' to 'System.Runtime.Intrinsics.Vector256<double>'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, Prefix + "checked(count) into the int slot compiles only in Single mode", """
            state.Small = checked({|#0:state.Count|});
            """)
        { InDouble = [CompilerError("CS0266")], InSingle = [OtherMode("CS0266", "Double", LongToInt)] };

        yield return new(Rule, Prefix + "a user overload per width returns long for the count in Double mode", """
            state.Small = {|#0:Pick(state.Count)|};
            """, """
            private static int Pick(int x) => x;

            private static long Pick(long x) => x;
            """)
        { InDouble = [CompilerError("CS0266")], InSingle = [OtherMode("CS0266", "Double", LongToInt)] };

        yield return new(Rule, Prefix + "a conditional of the count and 0L stored back in the Integer slot", """
            state.Count = {|#0:gradient.Length > 2 ? state.Count : 0L|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a conditional of the count and 0L into the long slot is the seed bug of Single mode", """
            state.Total = gradient.Length > 2 ? {|#0:state.Count|} : 0L;
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Total' is Int64 (declared long, Single mode) but is assigned an Int32 value")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new(Rule, Prefix + "generic inference from the count and 5L", """
            state.Count = {|#0:Larger(state.Count, 5L)|};
            """, """
            private static T Larger<T>(T a, T b) where T : INumber<T> => T.Max(a, b);
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "Real.RootN given the Integer count", """
            state.Value = Real.RootN(state.Value, {|#0:state.Count|});
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 2: cannot convert from 'long' to 'int'")],
        };

        yield return new(Rule, Prefix + "Real.Atan2 given the double slot", """
            state.Value = Real.Atan2(state.Value, {|#0:state.Precise|});
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 2: cannot convert from 'double' to 'float'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "a Complex's magnitude stored in a Real slot", """
            var z = new System.Numerics.Complex(state.Value, gradient[0]);
            state.Value = {|#0:z.Magnitude|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "a Vector2 built from a Real slot", """
            var p = new Vector2({|#0:state.Value|}, 0);
            state.Scale = p.Length();
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'")],
        };

        yield return new(Rule, Prefix + "a lambda's natural type returns double in Single mode", """
            var half = (Real x) => x * 0.5;
            state.Value = {|#0:half(state.Value)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "foreach over the Integer[] slot as int", """
            foreach ({|#0:int|} c in state.Ring)
                state.Small += c;
            """)
        {
            InDouble = [Conversion("The foreach loop", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "The foreach loop converts Int64 to Int32, which is narrower than Integer (Int64 in Double mode)")],
        };

        yield return new(Rule, Prefix + "float.CreateSaturating of a Real into a float local narrows in Double mode", """
            float f = {|#0:float.CreateSaturating(state.Value)|};
            state.Scale = f;
            """)
        {
            InDouble = [Conversion("'Single.CreateSaturating'", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "'Single.CreateSaturating' converts Double to Single, which is narrower than Real (Double in Double mode)")],
        };

        yield return new(Rule, Prefix + "a hyperparameter default of double constant arithmetic", """
            state.Value *= Decay;
            """, """
            [Hyperparameter] public Real Decay { get; init; } = {|#0:1 - 1e-3|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "an Integer hyperparameter default of uint.MaxValue", """
            state.Count = Integer.Min(state.Count, Horizon);
            """, """
            [Hyperparameter] public Integer Horizon { get; init; } = {|#0:uint.MaxValue|};
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", "Cannot implicitly convert type 'uint' to 'int'. An explicit conversion exists (are you missing a cast?)")],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "Math.Sign of a Real into the Integer slot is the seed bug of Double mode", """
            state.Count = {|#0:Math.Sign(state.Value)|};
            """)
        {
            InDouble = [SlotValue("Count", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Count' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        yield return new(Rule, Prefix + "a product of const Integer windows overflows int in Single mode", """
            const Integer Window = 1 << 20;
            state.Count = {|#0:Window * Window|};
            """)
        {
            InDouble = [OtherMode("CS0220", "Single", "The operation overflows at compile time in checked mode")],
            InSingle = [CompilerError("CS0220")],
        };

        yield return new(Rule, Prefix + "a Real[] slot's span given to Reverse<double>", """
            MemoryExtensions.Reverse<double>({|#0:state.Velocity.AsSpan()|});
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'System.Span<float>' to 'System.Span<double>'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "Array.Resize to the Integer count", """
            Real[] window = new Real[2];
            Array.Resize(ref window, {|#0:state.Count|});
            state.Value = window.Length;
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 2: cannot convert from 'long' to 'int'")],
        };

        yield return new(Rule, Prefix + "an extension method on long called on the Integer slot", """
            state.Total = {|#0:state.Count|}.Clip();
            """)
        {
            Outside = """
                internal static class LongExtensions
                {
                    public static long Clip(this long x) => Math.Max(x, 0);
                }
                """,
            InDouble = [OtherMode("CS1929", "Single", "'int' does not contain a definition for 'Clip' and the best extension method overload 'LongExtensions.Clip(long)' requires a receiver of type 'long'")],
            InSingle = [CompilerError("CS1929")],
        };

        yield return new(Rule, Prefix + "LongCount of the gradient into the Integer slot", """
            state.Count = {|#0:System.Linq.Enumerable.LongCount(gradient.ToArray())|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "nullable aliases given the double and the long slot", """
            Real? maybe = {|#0:state.Precise|};
            Integer? budget = {|#1:state.Total|};
            state.Value = maybe ?? 0;
            state.Count = budget ?? 0;
            """)
        {
            InDouble =
            [
                OtherMode("CS0266", "Single", "Cannot implicitly convert type 'double' to 'float?'. An explicit conversion exists (are you missing a cast?)"),
                OtherMode("CS0266", "Single", "Cannot implicitly convert type 'long' to 'int?'. An explicit conversion exists (are you missing a cast?)", marker: 1),
            ],
            InSingle = [CompilerError("CS0266"), CompilerError("CS0266", marker: 1)],
        };

        yield return new(Rule, Prefix + "a static readonly Real field of a helper class from Math.Pow", """
            state.Value = Real.Max(state.Value, Tuning.Floor);
            """)
        {
            Outside = """
                internal static class Tuning
                {
                    public static readonly Real Floor = {|#0:Math.Pow(10, -8)|};
                }
                """,
            InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)],
            InSingle = [CompilerError("CS0266")],
        };
    }

    private static IEnumerable<AnalyzerCase> QuietOtherModeCode()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, Prefix + "BinaryPrimitives and BitConverter of double take a Real widened", """
            Span<byte> buffer = stackalloc byte[8];
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(buffer, state.Value);
            long bits = BitConverter.DoubleToInt64Bits(state.Value);
            state.Total = bits + buffer[0];
            """);

        yield return new(Rule, Prefix + "a Complex and a TimeSpan built from a Real, read back into double", """
            var z = new System.Numerics.Complex(state.Value, gradient[0]);
            var span = TimeSpan.FromSeconds(state.Value);
            state.Precise = z.Magnitude + span.TotalSeconds;
            state.Value = (Real)z.Magnitude;
            """);

        yield return new(Rule, Prefix + "Vector3.Dot and a Vector2 length stored in a Real slot", """
            state.Value = (Real)(Vector3.Dot(Vector3.One, Vector3.UnitX) + new Vector2(1, 2).Length());
            """);

        yield return new(Rule, Prefix + "Vector2 and Vector3 built from the float slot and the float[] slot", """
            var p = new Vector2(state.Scale, state.Mu[0]);
            var q = new Vector3(p, 1);
            state.Scale = q.Length();
            state.Value = (Real)p.X;
            """);

        yield return new(Rule, Prefix + "Math.Clamp and Math.Max of the count with int bounds", """
            state.Count = Math.Clamp(state.Count, 0, MaxSteps);
            state.Count = Math.Max(state.Count, gradient.Length);
            """);

        yield return new(Rule, Prefix + "Interlocked on the long and the Integer slot with aliases", """
            System.Threading.Interlocked.Add(ref state.Total, state.Count);
            System.Threading.Interlocked.Increment(ref state.Count);
            System.Threading.Interlocked.Add(ref state.Count, (Integer)gradient.Length);
            """);

        yield return new(Rule, Prefix + "checked casts to Integer and Real", """
            state.Count = checked((Integer)state.Total);
            state.Value = checked((Real)state.Precise);
            """);

        yield return new(Rule, Prefix + "Math with a base and FusedMultiplyAdd cast back, and the aliases' own versions", """
            state.Value = (Real)Math.Log(state.Value, 2) + Real.Log(state.Value, 2);
            state.Value = Real.FusedMultiplyAdd(state.Value, LearningRate, gradient[0]) + Real.CopySign(LearningRate, -gradient[0]);
            state.Value = Real.ReciprocalEstimate(state.Value);
            """);

        yield return new(Rule, Prefix + "a lambda's natural type with a cast half", """
            var half = (Real x) => x * (Real)0.5;
            state.Value = half(state.Value);
            """);

        yield return new(Rule, Prefix + "generic inference from the count and an int literal", """
            state.Count = Larger(state.Count, 5);
            state.Value = Larger(state.Value, 1);
            """, """
            private static T Larger<T>(T a, T b) where T : INumber<T> => T.Max(a, b);
            """);

        yield return new(Rule, Prefix + "conditionals of the count with 0 and of the long slot with 0L", """
            state.Count = gradient.Length > 2 ? state.Count : 0;
            state.Total = gradient.Length > 2 ? state.Total : 0L;
            """);

        yield return new(Rule, Prefix + "Vector256.Create of a Real into a Vector256<Real>", """
            Vector256<Real> v = Vector256.Create(state.Value);
            state.Value = v.ToScalar();
            """);

        yield return new(Rule, Prefix + "a user overload per width stored back in the Integer slot", """
            state.Count = Pick(state.Count);
            state.Small = Pick(state.Small);
            """, """
            private static int Pick(int x) => x;

            private static long Pick(long x) => x;
            """);

        yield return new(Rule, Prefix + "foreach over the Integer[] slot as long and as Integer", """
            foreach (long c in state.Ring)
                state.Total += c;
            foreach (Integer c in state.Ring)
                state.Count += c;
            """);

        yield return new(Rule, Prefix + "LINQ Average of the gradient and LongCount into the long slot", """
            state.Value = System.Linq.Enumerable.Average(gradient.ToArray());
            state.Total = System.Linq.Enumerable.LongCount(gradient.ToArray());
            """);

        yield return new(Rule, Prefix + "method groups of Math.Abs and Real.Sqrt as Func<Real, Real>", """
            Func<Real, Real> abs = Math.Abs;
            Func<Real, Real> root = Real.Sqrt;
            state.Value = root(abs(state.Value));
            """);

        yield return new(Rule, Prefix + "nullable aliases given the alias slots", """
            Real? maybe = state.Value;
            Integer? budget = state.Count;
            state.Value = maybe ?? 0;
            state.Count = budget ?? 0;
            """);

        yield return new(Rule, Prefix + "a Real[] slot's span reversed and an array resized to the gradient's length", """
            MemoryExtensions.Reverse<Real>(state.Velocity.AsSpan());
            Real[] window = new Real[2];
            Array.Resize(ref window, gradient.Length);
            state.Value = window.Length;
            """);

        yield return new(Rule, Prefix + "hyperparameter defaults of cast arithmetic, float.Epsilon and int.MaxValue", """
            state.Value = state.Value * Decay + Eps;
            state.Count = Integer.Min(state.Count, Horizon);
            """, """
            [Hyperparameter] public Real Decay { get; init; } = 1 - (Real)1e-3;
            [Hyperparameter] public Real Eps { get; init; } = float.Epsilon;
            [Hyperparameter] public Integer Horizon { get; init; } = int.MaxValue;
            """);

        yield return new(Rule, Prefix + "an extension method on Integer and a const Integer product that fits int", """
            const Integer Window = 1 << 10;
            state.Count = state.Count.Clip() + Window * Window;
            """)
        {
            Outside = """
                internal static class IntegerExtensions
                {
                    public static Integer Clip(this Integer x) => Integer.Max(x, 0);
                }
                """,
        };

        yield return new(Rule, Prefix + "Math.Sign into the int slot and cast to Integer, double.Sqrt into the double slot", """
            state.Small = Math.Sign(state.Value);
            state.Count = (Integer)Math.Sign(state.Value);
            state.Precise = double.Sqrt(state.Value);
            """);

        yield return new(Rule, Prefix + "a static readonly Real of a helper class from Real.Pow", """
            state.Value = Real.Max(state.Value, Tuning.Floor);
            """)
        {
            Outside = """
                internal static class Tuning
                {
                    public static readonly Real Floor = Real.Pow(10, -8);
                }
                """,
        };
    }
    /// <summary>Written after reading the analyzer, where its code suggested a gap: partial methods, implicit calls, and spellings of 1 and of clamps it did not list.</summary>
    private static IEnumerable<AnalyzerCase> AfterReading()
    {
        yield return new("OPT0005", Prefix + "a counter in the implementing part of a partial method", """
            Tick(ref state);
            """, """
            partial void Tick(ref State s);

            partial void Tick(ref State s) => {|#0:s.Value++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a generic ref helper adding -T.One counts down", """
            Down(ref state.Value);
            """, """
            private static void Down<T>(ref T x) where T : INumber<T> => {|#0:x += -T.One|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a countdown clamped with Real.MaxNumber", """
            {|#0:state.Value = Real.MaxNumber(state.Value - 1, 0)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a lambda of a ref-State delegate the transition invokes counts", """
            Mutator tick = (ref State s) => {|#0:s.Value += 1|};
            tick(ref state);
            """, """
            private delegate void Mutator(ref State s);
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        // Written to compile in both modes: in Single mode the sum is a double, cast back to float.
        yield return new("OPT0005", Prefix + "counts by 1.0 cast back to Real and to float", """
            {|#0:state.Value = (Real)(state.Value + 1.0)|};
            {|#1:state.Scale = (float)(state.Scale + 1.0)|};
            """)
        {
            InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)],
            InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)],
        };

        yield return new("OPT0005", Prefix + "halving and adding the gradient cast back to Real and to float", """
            state.Value = (Real)(state.Value * 0.5);
            state.Value = (Real)(state.Value + 1.0);
            state.Scale = (float)(state.Scale + (double)gradient[0]);
            state.Scale = (float)(state.Scale + 1.0);
            """);

        yield return new("OPT0005", Prefix + "a partial method adding the gradient is a sum", """
            Tick(ref state, gradient[0]);
            state.Value += 1;
            """, """
            partial void Tick(ref State s, Real g);

            partial void Tick(ref State s, Real g) => s.Value += g;
            """);

        yield return new("OPT0004", Prefix + "an integer above 2^24 in a list pattern on a Real[] slot", """
            if (state.Velocity is [> {|#0:16777217|}, ..])
                state.Value = 0;
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new("OPT0004", Prefix + "an integer above 2^24 in the implementing part of a partial method", """
            Scale(ref state);
            """, """
            partial void Scale(ref State s);

            partial void Scale(ref State s) => s.Value *= {|#0:16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new("OPT0004", Prefix + "a parenthesised integer above 2^24 given to Real.Min", """
            state.Value = Real.Min(state.Value, {|#0:(16777217)|});
            """)
        { InDouble = [Collapse("(16777217)", "16777216")], InSingle = [Collapse("(16777217)", "16777216")] };

        yield return new("OPT0004", Prefix + "a const Real and a hyperparameter default of a shifted, or-ed int", """
            state.Value = Real.Min(state.Value, Horizon) + Cap;
            """, """
            private const Real Horizon = {|#0:1 << 25 | 1|};

            [Hyperparameter] public Real Cap { get; init; } = {|#1:checked((1 << 24) + 3)|};
            """)
        {
            InDouble = [Collapse("1 << 25 | 1", "33554432"), Collapse("checked((1 << 24) + 3)", "16777220", marker: 1)],
            InSingle = [Collapse("1 << 25 | 1", "33554432"), Collapse("checked((1 << 24) + 3)", "16777220", marker: 1)],
        };

        yield return new("OPT0005", Prefix + "a switch expression whose var arm with a when clause adds one", """
            {|#0:state.Value = state.Value switch { var v when v < MaxSteps => v + 1, _ => 0 }|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new("OPT0005", Prefix + "a switch expression whose var arm with a when clause adds the gradient", """
            state.Value = state.Value switch { var v when v < MaxSteps => v + gradient[0], _ => 0 };
            """);

        // A Single-mode build holds these folded to exactly 1 already: the fold from the written operands finds them.
        yield return new("OPT0004", Prefix + "constant Real arithmetic under checked(...), a cast to Real and Real.CreateChecked, and a cast under checked(...)", """
            state.Value *= Decay * {|#1:(Real)(1 - (Real)1e-9)|};
            Real cap = checked({|#2:(Real)1e40|});
            state.Value = Real.Min(state.Value, cap) * {|#3:Real.CreateChecked(1 - (Real)1e-9)|};
            """, """
            private const Real Decay = {|#0:checked(1 - (Real)1e-9)|};
            """)
        {
            InDouble =
            [
                Collapse("checked(1 - (Real)1e-9)", "exactly 1"),
                Collapse("(1 - (Real)1e-9)", "exactly 1", marker: 1),
                Collapse("1e40", "infinity", marker: 2),
                Collapse("1 - (Real)1e-9", "exactly 1", marker: 3),
            ],
            InSingle =
            [
                Collapse("checked(1 - (Real)1e-9)", "exactly 1"),
                Collapse("(1 - (Real)1e-9)", "exactly 1", marker: 1),
                Collapse("1e40", "infinity", marker: 2),
                Collapse("1 - (Real)1e-9", "exactly 1", marker: 3),
            ],
        };

        yield return new("OPT0004", Prefix + "constant Real arithmetic that survives, under checked(...) and under a cast to Real", """
            state.Value *= Decay * (Real)(1 - (Real)1e-3);
            """, """
            private const Real Decay = checked(1 - (Real)1e-3);
            """);

        yield return new("OPT0004", Prefix + "exact values in a list pattern and a property pattern", """
            if (state.Velocity is [> 16777216, ..] || state is { Value: < 33554432 })
                state.Value = 0;
            """);

        yield return new("OPT0006", Prefix + "Math.Sqrt in the implementing part of a partial method", """
            Shrink(ref state);
            """, """
            partial void Shrink(ref State s);

            partial void Shrink(ref State s) => s.Value = {|#0:Math.Sqrt(s.Value)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "a Deconstruct method the transition's deconstruction calls", """
            var (m, v) = new Moments(state.Value);
            state.Value = m + v;
            """, """
            private readonly struct Moments
            {
                private readonly Real level;

                public Moments(Real level) => this.level = level;

                public void Deconstruct(out Real m, out Real v)
                {
                    m = {|#0:Math.Sqrt(level)|};
                    v = level;
                }
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new("OPT0006", Prefix + "an instance field of the spec the transition reads, from a double literal", """
            state.Value = Real.Max(state.Value, floor);
            """, """
            private readonly Real floor = {|#0:1e-8|};
            """)
        {
            InDouble = [OtherMode("CS0664", "Single", "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type")],
            InSingle = [CompilerError("CS0664")],
        };

        yield return new("OPT0006", Prefix + "a property default of the spec's base class the transition reads", """
            state.Value = Real.Max(state.Value, Floor);
            """)
        {
            Outside = """
                public partial class Spec : SpecBase
                {
                }

                public abstract class SpecBase
                {
                    public Real Floor { get; init; } = {|#0:1e-8|};
                }
                """,
            InDouble = [OtherMode("CS0664", "Single", "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type")],
            InSingle = [CompilerError("CS0664")],
        };

        yield return new("OPT0006", Prefix + "a delegate field set in the spec's constructor with a lambda the transition invokes", """
            state.Value = shrink(state.Value);
            """, """
            private readonly Func<Real, Real> shrink;

            public Spec() => shrink = x => {|#0:x * 0.5|};
            """)
        {
            InDouble =
            [
                OtherMode("CS0266", "Single", DoubleToFloat),
                OtherMode("CS1662", "Single", "Cannot convert lambda expression to intended delegate type because some of the return types in the block are not implicitly convertible to the delegate return type"),
            ],
            InSingle = [CompilerError("CS0266"), CompilerError("CS1662")],
        };

        yield return new("OPT0006", Prefix + "a user conversion from float given a Real", """
            Meters m = {|#0:state.Value|};
            state.Scale = m.Value;
            """, """
            private readonly struct Meters
            {
                public readonly float Value;

                private Meters(float value) => Value = value;

                public static implicit operator Meters(float value) => new(value);
            }
            """)
        {
            // An explicit double-to-float conversion exists before the operator: CS0266, and the narrowing rule sees it (as for a float local).
            InDouble = [CompilerError("CS0266"), Conversion("A cast", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("CS0266", "Double", "Cannot implicitly convert type 'double' to 'Spec.Meters'. An explicit conversion exists (are you missing a cast?)")],
        };

        yield return new("OPT0006", Prefix + "partial methods, Deconstruct and user conversions written with the aliases", """
            Shrink(ref state);
            var (m, v) = new Moments(state.Value);
            Meters d = state.Scale;
            state.Value = m + v + (Real)d.Value;
            """, """
            partial void Shrink(ref State s);

            partial void Shrink(ref State s) => s.Value = Real.Sqrt(s.Value);

            private readonly struct Moments
            {
                private readonly Real level;

                public Moments(Real level) => this.level = level;

                public void Deconstruct(out Real m, out Real v)
                {
                    m = Real.Sqrt(level);
                    v = level;
                }
            }

            private readonly struct Meters
            {
                public readonly double Value;

                private Meters(double value) => Value = value;

                public static implicit operator Meters(double value) => new(value);
            }
            """);
    }
}
