using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// A third round of OPT0004–OPT0006 cases written from the contract before reading the analyzer, in shapes the
/// earlier rounds do not hold: constant <c>Real</c> arithmetic that collapses only once folded (<c>1 - (Real)1e-9</c>,
/// <c>(Real)1e-30 * (Real)1e-30</c>, <c>(Real)3e38 * 2</c>) in a transition, a <c>const</c> and a default, <c>checked</c>
/// casts, a negated default, <c>CreateSaturating</c>, attribute arguments, <c>case</c> labels, array and tuple elements,
/// lambdas, the edge of the smallest <c>float</c> subnormal; counters by <c>+= 1f</c>, <c>Real.CreateChecked(1)</c>, a
/// <c>const Real</c> one, a prefix increment inside an expression, two levels of <c>ref</c> parameters, increment helpers
/// (optax's <c>safe_increment</c>, also generic with <c>T.One</c>) and patience counters written as one conditional; and
/// the other mode's errors from <c>ref</c>/<c>out double</c> parameters, <c>Interlocked</c>, generic inference, method
/// groups, <c>1L</c> and <c>uint</c> constants, constant overflow of <c>Integer</c> arithmetic, parameter defaults,
/// overloads chosen per width, conversion APIs, lambdas, tuples, patterns, <c>stackalloc</c>, extension methods,
/// <c>Fill</c> and hyperparameter defaults that are no literals.
/// Their names start with "precision fresh eyes 3: ".
/// </summary>
internal static class FreshEyesPrecisionCasesRound3
{
    private const string Prefix = "precision fresh eyes 3: ";

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(Counters()).Concat(OtherModeCode());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        // (Real)1e-9 alone survives float; 1 minus it is folded in float to exactly 1 in Single mode.
        yield return new(Rule, Prefix + "1 - (Real)1e-9 in transition arithmetic folds to exactly 1", """
            state.Value *= {|#0:1 - (Real)1e-9|};
            """)
        { InDouble = [Collapse("1 - (Real)1e-9", "exactly 1")], InSingle = [Collapse("1 - (Real)1e-9", "exactly 1")] };

        yield return new(Rule, Prefix + "the product of two cast tiny constants underflows to 0", """
            state.Value = Real.Max(state.Value, {|#0:(Real)1e-30 * (Real)1e-30|});
            """)
        { InDouble = [Collapse("(Real)1e-30 * (Real)1e-30", "0")], InSingle = [Collapse("(Real)1e-30 * (Real)1e-30", "0")] };

        yield return new(Rule, Prefix + "a const Real field folded from 1 - (Real)1e-9", """
            state.Value *= Decay;
            """, """
            private const Real Decay = {|#0:1 - (Real)1e-9|};
            """)
        { InDouble = [Collapse("1 - (Real)1e-9", "exactly 1")], InSingle = [Collapse("1 - (Real)1e-9", "exactly 1")] };

        yield return new(Rule, Prefix + "a const Real local from a cast decay of nine nines", """
            const Real Decay = {|#0:(Real)0.999999999|};
            state.Value *= Decay;
            """)
        { InDouble = [Collapse("0.999999999", "exactly 1")], InSingle = [Collapse("0.999999999", "exactly 1")] };

        yield return new(Rule, Prefix + "a cast inside checked() still becomes infinity", """
            state.Value = Real.Min(state.Value, checked({|#0:(Real)1e40|}));
            """)
        { InDouble = [Collapse("1e40", "infinity")], InSingle = [Collapse("1e40", "infinity")] };

        // One constant, one report: the cast is what collapses, the negation of its infinity is no second finding.
        yield return new(Rule, Prefix + "a negated huge hyperparameter default is reported once, at its cast", """
            state.Value = Real.Max(state.Value, Floor);
            """, """
            [Hyperparameter] public Real Floor { get; init; } = -{|#0:(Real)1e300|};
            """)
        { InDouble = [Collapse("1e300", "infinity")], InSingle = [Collapse("1e300", "infinity")] };

        yield return new(Rule, Prefix + "a cast constant as an attribute argument", """
            state.Value = Real.Max(state.Value, Floor);
            """, """
            [System.ComponentModel.DefaultValue({|#0:(Real)1e-50|})]
            [Hyperparameter] public Real Floor { get; init; } = (Real)1e-30;
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, Prefix + "a case label cast from an integer above 2^24", """
            switch (state.Value)
            {
                case {|#0:(Real)16777217|}:
                    state.Value = 0;
                    break;
            }
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        // float.Epsilon is about 1.4e-45: 5e-46 is below half of it and rounds to 0 (8e-46 rounds up to it).
        yield return new(Rule, Prefix + "below half the smallest float subnormal rounds to 0", """
            state.Value = Real.Max(state.Value, {|#0:(Real)5e-46|});
            """)
        { InDouble = [Collapse("5e-46", "0")], InSingle = [Collapse("5e-46", "0")] };

        yield return new(Rule, Prefix + "integers above 2^24 in a stackalloc Real[] and a Real[] initializer", """
            Span<Real> table = stackalloc Real[] { 1, {|#0:16777217|} };
            Real[] caps = { {|#1:33554433|} };
            state.Value += table[1] + caps[0];
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("33554433", "33554432", marker: 1)],
        };

        yield return new(Rule, Prefix + "an integer operand of Real arithmetic in a lambda the transition invokes", """
            Func<Real, Real> scale = x => x * {|#0:16777217|};
            state.Value = scale(state.Value);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "a large integer deconstructed into a Real local", """
            (Real lo, Real hi) = (0, {|#0:16777217|});
            state.Value = Real.Clamp(state.Value, lo, hi);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "an Integer constant above 2^24 cast to Real", """
            state.Value += {|#0:(Real)(Integer)16777217|};
            """)
        { InDouble = [Collapse("(Integer)16777217", "16777216")], InSingle = [Collapse("(Integer)16777217", "16777216")] };

        yield return new(Rule, Prefix + "an expression-bodied Real property returning a large integer", """
            state.Value /= Horizon;
            """, """
            private static Real Horizon => {|#0:16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, Prefix + "constant Real arithmetic that overflows, loses its last unit or underflows in float", """
            state.Value = Real.Min(state.Value, {|#0:(Real)3e38 * 2|}) + {|#1:((Real)16777216 + 1)|};
            state.Value = Real.Max(state.Value, {|#2:(Real)1e-30 / (Real)1e20|}) * {|#3:(1 / (Real)1e-39)|};
            """)
        {
            InDouble =
            [
                Collapse("(Real)3e38 * 2", "infinity"),
                Collapse("((Real)16777216 + 1)", "16777216", marker: 1),
                Collapse("(Real)1e-30 / (Real)1e20", "0", marker: 2),
                Collapse("(1 / (Real)1e-39)", "infinity", marker: 3),
            ],
            InSingle =
            [
                Collapse("(Real)3e38 * 2", "infinity"),
                Collapse("((Real)16777216 + 1)", "16777216", marker: 1),
                Collapse("(Real)1e-30 / (Real)1e20", "0", marker: 2),
                Collapse("(1 / (Real)1e-39)", "infinity", marker: 3),
            ],
        };

        yield return new(Rule, Prefix + "a B2 hyperparameter default written 1 - (Real)1e-9", """
            state.Value = B2 * state.Value + (1 - B2) * gradient[0] * gradient[0];
            """, """
            [Hyperparameter] public Real B2 { get; init; } = {|#0:1 - (Real)1e-9|};
            """)
        { InDouble = [Collapse("1 - (Real)1e-9", "exactly 1")], InSingle = [Collapse("1 - (Real)1e-9", "exactly 1")] };

        yield return new(Rule, Prefix + "a const Real decay folded from another const Real epsilon", """
            state.Value *= Decay;
            """, """
            private const Real Eps = (Real)1e-9;
            private const Real Decay = {|#0:1 - Eps|};
            """)
        { InDouble = [Collapse("1 - Eps", "exactly 1")], InSingle = [Collapse("1 - Eps", "exactly 1")] };

        // CreateSaturating does not clamp a double to float.MaxValue: (float)1e300 and float.CreateSaturating(1e300) are both infinity.
        yield return new(Rule, Prefix + "Real.CreateSaturating of 1e300 is infinity in Single mode too", """
            state.Value = Real.Min(state.Value, {|#0:Real.CreateSaturating(1e300)|});
            """)
        { InDouble = [Collapse("1e300", "infinity")], InSingle = [Collapse("1e300", "infinity")] };

        // A chain's component initializers set the components' Real hyperparameters: the constants they convert to Real are judged.
        yield return new(Rule, Prefix + "a chain's components configured with 1 - (Real)1e-9 and a large integer", """
            state.Value += gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class Chained
                {
                    [Component] public Spec First { get; init; } = new() { LearningRate = {|#0:1 - (Real)1e-9|}, MaxSteps = 16777217 };
                    [Component] public Spec Then { get; init; } = new() { LearningRate = {|#1:16777217|} };
                }
                """,
            InDouble = [Collapse("1 - (Real)1e-9", "exactly 1"), Collapse("16777217", "16777216", marker: 1)],
            InSingle = [Collapse("1 - (Real)1e-9", "exactly 1"), Collapse("16777217", "16777216", marker: 1)],
        };

        // Negatives.
        yield return new(Rule, Prefix + "float subnormals and values that survive: 1e-38, 1e-45, 8e-46, 16777218, 2^25, 1 - 1e-7", """
            state.Value = (Real)1e-38 + (Real)1e-45 + (Real)8e-46 + (Real)16777218 + (Real)33554432 + (Real)(1 - 1e-7);
            """);

        yield return new(Rule, Prefix + "constant Real arithmetic whose folded value survives float (a subnormal 1e-40 included), a cancellation that float rounds to 0, and arithmetic on the alias's own constants", """
            state.Value *= 1 - (Real)1e-6;
            state.Value += (Real)1e-20 * (Real)1e-10 + (Real)1e20 * (Real)1e10 + (Real)1e-30 / (Real)1e10 + Real.MaxValue / 2;
            state.Value -= (Real)0.1 + (Real)0.2 - (Real)0.3;
            """, """
            private const Real Decay = 1 - (Real)1e-6;
            """);

        // Outside a transition's scope only casts and initializers of Real declarations are checked (the contract's places).
        yield return new(Rule, Prefix + "constant Real arithmetic in the [Init] hook is outside the transition's scope", """
            state.Value += gradient[0];
            """, """
            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Value = 1 - (Real)1e-9;
            """);

        yield return new(Rule, Prefix + "a float subnormal literal as a Real hyperparameter's default", """
            state.Value += Tiny;
            """, """
            [Hyperparameter] public Real Tiny { get; init; } = 1e-40f;
            """);

        yield return new(Rule, Prefix + "double arithmetic, a double parameter default and Integer arithmetic are not Real", """
            state.Precise = Floor(state.Precise) + 1e-300 * 1e-10;
            state.Count += 16777217;
            """, """
            private static double Floor(double x, double eps = 1e-50) => Math.Max(x, eps);
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, Prefix + "a float slot counted with += 1f", """
            {|#0:state.Scale += 1f|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        // The generic-math spelling of the constant 1, as OPT0004 reads Real.CreateChecked(constant).
        yield return new(Rule, Prefix + "a Real slot incremented by Real.CreateChecked(1)", """
            {|#0:state.Value += Real.CreateChecked(1)|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a Real slot incremented by a const Real of 1", """
            {|#0:state.Value += One|};
            """, """
            private const Real One = 1;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a prefix increment inside an expression", """
            update[0] = -gradient[0] / {|#0:++state.Value|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "counting through two levels of ref parameters", """
            Tick(ref state.Value);
            """, """
            private static void Tick(ref Real steps) => Bump(ref steps);

            private static void Bump(ref Real x) => {|#0:x++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        // optax's numerics.safe_increment: the count goes through a helper that returns it plus one.
        yield return new(Rule, Prefix + "an increment helper returning its argument plus 1", """
            {|#0:state.Value = Increment(state.Value)|};
            """, """
            private static Real Increment(Real count) => count + 1;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, Prefix + "a generic increment helper adding T.One", """
            {|#0:state.Value = Next(state.Value)|};
            """, """
            private static T Next<T>(T count) where T : INumber<T> => count + T.One;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        // A patience counter is most often written as one conditional: reset, or one more.
        yield return new(Rule, Prefix + "a patience counter written as a conditional and as a switch expression", """
            {|#0:state.Value = gradient[0] < LearningRate ? 0 : state.Value + 1|};
            {|#1:state.Scale = gradient[0] switch { > 1 => 0, _ => state.Scale + 1 }|};
            """)
        { InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)], InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)] };

        // Negatives.
        yield return new(Rule, Prefix + "elements of a float[] slot and an Integer slot counted by Integer.CreateChecked(1)", """
            state.Mu[0]++;
            state.Mu[1] += 1;
            state.Count += Integer.CreateChecked(1);
            """);

        yield return new(Rule, Prefix + "a slot counted in the transition that a helper accumulates into is a sum", """
            state.Value += 1;
            Accumulate(ref state, gradient);
            """, """
            private static void Accumulate(ref State state, ReadOnlySpan<Real> gradient)
            {
                foreach (Real g in gradient)
                    state.Value += g * g;
            }
            """);

        yield return new(Rule, Prefix + "an increment helper given another slot, and a helper that scales and adds 1", """
            state.Value = Increment(state.Count);
            state.Scale = Decayed(state.Scale);
            """, """
            private static Real Increment(Real count) => count + 1;

            private static float Decayed(float x) => x * 0.5f + 1;
            """);

        yield return new(Rule, Prefix + "a conditional that adds the gradient in one arm and 1 in the other is a sum", """
            state.Value = gradient[0] > 0 ? state.Value + gradient[0] : state.Value + 1;
            """);

        yield return new(Rule, Prefix + "the slot plus one kept in a local and never stored back", """
            Real t = state.Value + 1;
            update[0] = -gradient[0] / t;
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";
        const string DoubleToFloat = "Cannot implicitly convert type 'double' to 'float'. An explicit conversion exists (are you missing a cast?)";
        const string LongToInt = "Cannot implicitly convert type 'long' to 'int'. An explicit conversion exists (are you missing a cast?)";
        const string LiteralDouble = "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type";

        yield return new(Rule, Prefix + "a Span<float> over a Real[] slot compiles only in Single mode", """
            Span<float> s = {|#0:state.Velocity|};
            s[0] = 1;
            """)
        {
            InDouble = [CompilerError("CS0029")],
            InSingle = [OtherMode("CS0029", "Double", "Cannot implicitly convert type 'double[]' to 'System.Span<float>'")],
        };

        yield return new(Rule, Prefix + "a Real slot passed to a ref double parameter", """
            Twice(ref {|#0:state.Value|});
            """, """
            private static void Twice(ref double x) => x *= 2;
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'ref float' to 'ref double'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "a Real slot as an out double argument", """
            TryRead(out {|#0:state.Value|});
            """, """
            private static bool TryRead(out double x)
            {
                x = 1;
                return true;
            }
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'out float' to 'out double'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "Interlocked.Add of 1L to the Integer slot", """
            System.Threading.Interlocked.Add(ref state.Count, {|#0:1L|});
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 2: cannot convert from 'long' to 'int'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, Prefix + "a case label beyond int's range on the Integer slot", """
            switch (state.Count)
            {
                case {|#0:5_000_000_000|}:
                    state.Count = 0;
                    break;
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "generic inference from a Real and a double slot", """
            {|#0:Swap|}(ref state.Value, ref state.Precise);
            state.Value = {|#1:Larger(state.Value, state.Precise)|};
            """, """
            private static void Swap<T>(ref T a, ref T b) => (a, b) = (b, a);

            private static T Larger<T>(T a, T b) where T : INumber<T> => T.Max(a, b);
            """)
        {
            InDouble =
            [
                OtherMode("CS0411", "Single", "The type arguments for method 'Spec.Swap<T>(ref T, ref T)' cannot be inferred from the usage. Try specifying the type arguments explicitly."),
                OtherMode("CS0266", "Single", DoubleToFloat, marker: 1),
            ],
            InSingle = [CompilerError("CS0411"), CompilerError("CS0266", marker: 1)],
        };

        yield return new(Rule, Prefix + "a long 1L added to the Integer slot, in assignment and compound form", """
            state.Count = {|#0:state.Count + 1L|};
            {|#1:state.Count += 1L|};
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", LongToInt), OtherMode("CS0266", "Single", LongToInt, marker: 1)],
            InSingle = [CompilerError("CS0266"), CompilerError("CS0266", marker: 1)],
        };

        yield return new(Rule, Prefix + "a double[] copy and a ReadOnlySpan<double> view of the gradient", """
            double[] copy = {|#0:gradient.ToArray()|};
            ReadOnlySpan<double> g = {|#1:gradient|};
            state.Precise = copy[0] + g[0];
            """)
        {
            InDouble =
            [
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'float[]' to 'double[]'"),
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'System.ReadOnlySpan<float>' to 'System.ReadOnlySpan<double>'", marker: 1),
            ],
            InSingle = [CompilerError("CS0029"), CompilerError("CS0029", marker: 1)],
        };

        yield return new(Rule, Prefix + "Real.Sqrt as a Func<double, double> method group", """
            Func<double, double> root = Real.{|#0:Sqrt|};
            state.Precise = root(state.Precise);
            """)
        {
            InDouble = [OtherMode("CS0123", "Single", "No overload for 'Sqrt' matches delegate 'Func<double, double>'")],
            InSingle = [CompilerError("CS0123")],
        };

        yield return new(Rule, Prefix + "a uint constant into the Integer slot and an Integer constant product beyond int", """
            state.Count = {|#0:3_000_000_000|};
            const Integer Nanos = {|#1:(Integer)1_000_000 * 10_000|};
            state.Count += Nanos;
            """)
        {
            InDouble =
            [
                OtherMode("CS0266", "Single", "Cannot implicitly convert type 'uint' to 'int'. An explicit conversion exists (are you missing a cast?)"),
                OtherMode("CS0220", "Single", "The operation overflows at compile time in checked mode", marker: 1),
            ],
            InSingle = [CompilerError("CS0266"), CompilerError("CS0220", marker: 1)],
        };

        yield return new(Rule, Prefix + "a double literal as a local function's Real parameter default", """
            static Real Clip(Real x, Real {|#0:limit|} = 1e-8) => Real.Min(x, limit);
            state.Value = Clip(state.Value);
            """)
        {
            InDouble = [OtherMode("CS1750", "Single", "A value of type 'double' cannot be used as a default parameter because there are no standard conversions to type 'float'")],
            InSingle = [CompilerError("CS1750")],
        };

        yield return new(Rule, Prefix + "an overload chosen per width puts an int into the long slot in Single mode", """
            state.Total = {|#0:Combine(state.Count)|};
            """, """
            private static long Combine(long x) => x;

            private static int Combine(int x) => x;
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Total' is Int64 (declared long, Single mode) but is assigned an Int32 value")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new(Rule, Prefix + "int.CreateTruncating of the Integer count narrows in Double mode", """
            int n = {|#0:int.CreateTruncating(state.Count)|};
            state.Small = n;
            """)
        {
            InDouble = [Conversion("'Int32.CreateTruncating'", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "'Int32.CreateTruncating' converts Int64 to Int32, which is narrower than Integer (Int64 in Double mode)")],
        };

        yield return new(Rule, Prefix + "hyperparameter defaults that are no literals: 100L for an Integer, Math.Pow for a Real", """
            state.Count = Budget;
            state.Value += Eps;
            """, """
            [Hyperparameter] public Integer Budget { get; init; } = {|#0:100L|};
            [Hyperparameter] public Real Eps { get; init; } = {|#1:Math.Pow(10, -8)|};
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", LongToInt), OtherMode("CS0266", "Single", DoubleToFloat, marker: 1)],
            InSingle = [CompilerError("CS0266"), CompilerError("CS0266", marker: 1)],
        };

        yield return new(Rule, Prefix + "double buffers for Real: a stackalloc double[] as Span<Real> and a new double[] as Real[]", """
            Span<Real> scratch = {|#0:stackalloc double[4]|};
            Real[] buffer = {|#1:new double[4]|};
            scratch[0] = buffer[0];
            """)
        {
            InDouble =
            [
                OtherMode("CS8346", "Single", "Conversion of a stackalloc expression of type 'double' to type 'Span<float>' is not possible."),
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double[]' to 'float[]'", marker: 1),
            ],
            InSingle = [CompilerError("CS8346"), CompilerError("CS0029", marker: 1)],
        };

        yield return new(Rule, Prefix + "float.IsNaN of a Real and Real.Max with a double literal", """
            if (float.IsNaN({|#0:state.Value|}))
                state.Value = 0;
            state.Value = Real.Max(state.Value, {|#1:0.5|});
            """)
        {
            InDouble = [CompilerError("CS1503"), OtherMode("CS1503", "Single", "Argument 2: cannot convert from 'double' to 'float'", marker: 1)],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'"), CompilerError("CS1503", marker: 1)],
        };

        yield return new(Rule, Prefix + "a const Integer as a stackalloc length compiles only in Single mode", """
            const Integer Window = 8;
            Span<Real> window = stackalloc Real[{|#0:Window|}];
            window[0] = gradient[0];
            """)
        {
            InDouble = [CompilerError("CS0266")],
            InSingle = [OtherMode("CS0266", "Double", LongToInt)],
        };

        // The compiler gives two errors at the lambda's body, both reported.
        yield return new(Rule, Prefix + "a lambda returning Math.Sqrt as a Func<Real, Real>", """
            Func<Real, Real> root = x => {|#0:Math.Sqrt(x)|};
            state.Value = root(state.Value);
            """)
        {
            InDouble =
            [
                OtherMode("CS0266", "Single", DoubleToFloat),
                OtherMode("CS1662", "Single", "Cannot convert lambda expression to intended delegate type because some of the return types in the block are not implicitly convertible to the delegate return type"),
            ],
            InSingle = [CompilerError("CS0266"), CompilerError("CS1662")],
        };

        yield return new(Rule, Prefix + "a tuple of a double literal and a long into Real and Integer", """
            (Real Rate, Integer Budget) settings = ({|#0:0.5|}, {|#1:5L|});
            state.Value *= settings.Rate;
            state.Count = settings.Budget;
            """)
        {
            InDouble =
            [
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double' to 'float'"),
                OtherMode("CS0029", "Single", "Cannot implicitly convert type 'long' to 'int'", marker: 1),
            ],
            InSingle = [CompilerError("CS0029"), CompilerError("CS0029", marker: 1)],
        };

        yield return new(Rule, Prefix + "patterns with double and long constants on a Real and an Integer slot", """
            if (state.Value is > {|#0:1e-8|} and < {|#1:1e8|})
                state.Value = 0;
            if (state.Count is {|#2:5_000_000_000|})
                state.Count = 0;
            """)
        {
            InDouble =
            [
                OtherMode("CS0664", "Single", LiteralDouble),
                OtherMode("CS0664", "Single", LiteralDouble, marker: 1),
                OtherMode("CS0266", "Single", LongToInt, marker: 2),
            ],
            InSingle = [CompilerError("CS0664"), CompilerError("CS0664", marker: 1), CompilerError("CS0266", marker: 2)],
        };

        yield return new(Rule, Prefix + "a long constant as a helper's Integer parameter default", """
            state.Count = Cap(state.Count);
            """, """
            private static Integer Cap(Integer count, Integer {|#0:limit|} = 5_000_000_000) => Math.Min(count, limit);
            """)
        {
            InDouble = [OtherMode("CS1750", "Single", "A value of type 'long' cannot be used as a default parameter because there are no standard conversions to type 'int'")],
            InSingle = [CompilerError("CS1750")],
        };

        yield return new(Rule, Prefix + "the Integer count added to an int slot compiles only in Single mode", """
            {|#0:state.Small += state.Count|};
            """)
        {
            InDouble = [CompilerError("CS0266")],
            InSingle = [OtherMode("CS0266", "Double", LongToInt)],
        };

        yield return new(Rule, Prefix + "an array's LongLength into the Integer slot", """
            state.Count = {|#0:state.Velocity.LongLength|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", LongToInt)], InSingle = [CompilerError("CS0266")] };

        // A method the transition only converts to a delegate is still called by it: in its scope.
        yield return new(Rule, Prefix + "a method group the transition invokes through a delegate returns Math.Sqrt as Real", """
            Func<Real, Real> damp = Damp;
            state.Value = damp(state.Value);
            """, """
            private static Real Damp(Real x) => {|#0:Math.Sqrt(x)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, Prefix + "an extension method on Real clipping with Math.Min and a double literal", """
            state.Value = state.Value.Clipped();
            """)
        {
            Outside = """
                internal static class RealExtensions
                {
                    public static Real Clipped(this Real x) => {|#0:Math.Min(x, 1e10)|};
                }
                """,
            InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, Prefix + "Interlocked.Exchange of the Integer count into a long slot is the seed bug of Single mode", """
            System.Threading.Interlocked.Exchange(ref state.Total, {|#0:state.Count|});
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Total' is Int64 (declared long, Single mode) but is assigned an Int32 value")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new(Rule, Prefix + "filling a Real[] slot with a double literal through a span and through Array.Fill", """
            state.Velocity.AsSpan().Fill({|#0:0.5|});
            Array.{|#1:Fill|}(state.Second, 1e-8);
            """)
        {
            InDouble =
            [
                OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'double' to 'float'"),
                OtherMode("CS0411", "Single", "The type arguments for method 'Array.Fill<T>(T[], T)' cannot be inferred from the usage. Try specifying the type arguments explicitly.", marker: 1),
            ],
            InSingle = [CompilerError("CS1503"), CompilerError("CS0411", marker: 1)],
        };

        // int + uint is long: a uint 1 promotes a Single-mode count.
        yield return new(Rule, Prefix + "a uint 1u added to the Integer slot, in assignment and compound form", """
            state.Count = {|#0:state.Count + 1u|};
            {|#1:state.Count += 1u|};
            """)
        {
            InDouble =
            [
                OtherMode("CS0266", "Single", LongToInt),
                OtherMode("CS0266", "Single", "Cannot implicitly convert type 'uint' to 'int'. An explicit conversion exists (are you missing a cast?)", marker: 1),
            ],
            InSingle = [CompilerError("CS0266"), CompilerError("CS0266", marker: 1)],
        };

        // Negatives.
        yield return new(Rule, Prefix + "casts to a slot's own concrete type are right in both modes", """
            state.Small = (int)state.Count;
            state.Scale = (float)state.Value;
            state.Mu[0] = (float)gradient[0];
            """);

        yield return new(Rule, Prefix + "conversions written with the aliases compile and narrow in neither mode", """
            state.Value = (Real)Math.Sqrt(state.Value) + Real.CreateTruncating(state.Total);
            state.Count = Integer.CreateChecked(gradient.Length) + Integer.CreateSaturating(state.Total);
            Func<Real, Real> root = Real.Sqrt;
            state.Value = root(state.Value);
            """);

        yield return new(Rule, Prefix + "an interpolated string and sizeof(Real) in Real arithmetic", """
            string s = $"{state.Value:F3} after {state.Count} steps";
            update[0] = -LearningRate * gradient[0] * s.Length * sizeof(Real);
            """);

        yield return new(Rule, Prefix + "index arithmetic that fits, an array sized by the Integer count and sums kept in wider slots", """
            state.Ring[(int)(state.Count % MemorySize)] = state.Count;
            Real[] seen = new Real[state.Count + 1];
            seen[0] = state.Value;
            state.Total += state.Count;
            state.Precise += state.Value;
            if (double.IsNaN(state.Value) || Real.IsNaN(seen[0]))
                state.Value = 0;
            """);

        yield return new(Rule, Prefix + "a Real and an Integer passed to double and long parameters widen in both modes", """
            state.Precise = Wide(state.Value);
            state.Total = Long(state.Count);
            """, """
            private static double Wide(double x) => x;

            private static long Long(long x) => x;
            """);
    }
}
