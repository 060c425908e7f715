using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// A second round of OPT0004–OPT0006 cases written from the contract, in shapes the other catalogues do not hold:
/// B2-style decays, <c>Real?</c> and <c>const Real</c>/<c>const Integer</c> constants, sentinels such as
/// <c>(Real)int.MaxValue</c>, the <c>[Init]</c> hook, constants converted to <c>Real</c> as arguments, returned values
/// and array elements; patience counters reset to 0, counters in <c>for</c> headers, tuples and <c>ref float</c>
/// helpers, scaled slots; and the other mode's errors from <c>Math.Floor</c>, <c>BitConverter</c>, <c>var</c>, local
/// constants, <c>switch</c> labels, conditionals, <c>Vector&lt;double&gt;</c>, <c>Integer</c> span indices, typed
/// hyperparameters and the initializers (hyperparameter defaults, constants) a transition reads.
/// Their names start with "fresh2: ".
/// </summary>
internal static class FreshEyesPrecisionCasesRound2
{
    private const string DoubleToFloat = "Cannot implicitly convert type 'double' to 'float'. An explicit conversion exists (are you missing a cast?)";

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(Counters()).Concat(OtherModeCode());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, "fresh2: a B2 default written as 1 - 1e-8 becomes exactly 1", """
            state.Value = B2 * state.Value + (1 - B2) * gradient[0] * gradient[0];
            """, """
            [Hyperparameter] public Real B2 { get; init; } = {|#0:(Real)(1 - 1e-8)|};
            """)
        { InDouble = [Collapse("(1 - 1e-8)", "exactly 1")], InSingle = [Collapse("(1 - 1e-8)", "exactly 1")] };

        yield return new(Rule, "fresh2: an optional Real? hyperparameter whose plain default is above 2^24", """
            state.Value = Cap ?? state.Value;
            """, """
            [Hyperparameter] public Real? Cap { get; init; } = {|#0:16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, "fresh2: a const Real is reported at its declaration, not where Real arithmetic uses it", """
            state.Value = state.Value * Budget + Budget;
            """, """
            private const Real Budget = {|#0:16777217|};
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, "fresh2: a local const Integer above 2^24 as an operand of Real arithmetic", """
            const Integer Budget = 16777217;
            state.Value = state.Value / {|#0:Budget|};
            """)
        { InDouble = [Collapse("Budget", "16777216")], InSingle = [Collapse("Budget", "16777216")] };

        yield return new(Rule, "fresh2: (Real)double.Epsilon as a floor becomes 0", """
            state.Value = Real.Max(state.Value, {|#0:(Real)double.Epsilon|});
            """)
        { InDouble = [Collapse("double.Epsilon", "0")], InSingle = [Collapse("double.Epsilon", "0")] };

        yield return new(Rule, "fresh2: a tiny negative constant becomes (negative) zero", """
            state.Value = Real.Min(state.Value, {|#0:(Real)(-1e-50)|});
            """)
        { InDouble = [Collapse("(-1e-50)", "0")], InSingle = [Collapse("(-1e-50)", "0")] };

        yield return new(Rule, "fresh2: (Real)((1L << 40) + 1) loses its last unit", """
            state.Value = state.Value + {|#0:(Real)((1L << 40) + 1)|};
            """)
        { InDouble = [Collapse("((1L << 40) + 1)", "1099511627776")], InSingle = [Collapse("((1L << 40) + 1)", "1099511627776")] };

        yield return new(Rule, "fresh2: (Real)int.MaxValue as a sentinel does not round-trip", """
            Real best = {|#0:(Real)int.MaxValue|};
            if (gradient[0] < best)
                state.Value = gradient[0];
            """)
        { InDouble = [Collapse("int.MaxValue", "2147483648")], InSingle = [Collapse("int.MaxValue", "2147483648")] };

        yield return new(Rule, "fresh2: a local function's Real parameter default above 2^24", """
            static Real Clip(Real x, Real limit = {|#0:16777217|}) => Real.Min(x, limit);
            state.Value = Clip(state.Value);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, "fresh2: in the [Init] hook a cast is reported, Real arithmetic is not (no transition's scope)", """
            state.Value += gradient[0];
            """, """
            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters)
            {
                state.Value = {|#0:(Real)1e-50|};
                state.Second[0] = parameters[0] * 16777217;
            }
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, "fresh2: a bound just above float.MaxValue becomes infinity", """
            state.Value = Real.Min(state.Value, {|#0:(Real)3.4028236e38|});
            """)
        { InDouble = [Collapse("3.4028236e38", "infinity")], InSingle = [Collapse("3.4028236e38", "infinity")] };

        yield return new(Rule, "fresh2: constants converted to Real as an argument, a returned value and a Real[] slot element, not to double", """
            state.Value = Real.Min(state.Value, {|#0:16777217|}) + Limit();
            state.Velocity[0] = {|#2:33554433|};
            state.Precise = Math.Min(state.Precise, 16777217) + Wide(16777217);
            """, """
            private static Real Limit() => {|#1:16777219|};

            private static double Wide(double x) => x;
            """)
        {
            InDouble = [Collapse("16777217", "16777216"), Collapse("16777219", "16777220", marker: 1), Collapse("33554433", "33554432", marker: 2)],
            InSingle = [Collapse("16777217", "16777216"), Collapse("16777219", "16777220", marker: 1), Collapse("33554433", "33554432", marker: 2)],
        };

        // Negatives.
        yield return new(Rule, "fresh2: constants that only round or stay exact: 16777216.5, just below float.MaxValue, 0.1 + 0.2, 0.9999999, 1e-45f, Real.Epsilon", """
            state.Value = (Real)16777216.5 + (Real)(0.1 + 0.2) + (Real)0.9999999 + (Real)1e-45f + (Real)(1L << 40);
            state.Value = Real.Min(state.Value, (Real)3.4028234e38) + Real.Epsilon;
            state.Value = Real.Min(state.Value, Real.MaxValue);
            """);

        yield return new(Rule, "fresh2: an Integer hyperparameter with a large default and a null Real? default are no constants in arithmetic", """
            state.Value = state.Value / Horizon + (Cap ?? 0);
            """, """
            [Hyperparameter] public Integer Horizon { get; init; } = 100000001;
            [Hyperparameter] public Real? Cap { get; init; } = null;
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, "fresh2: a patience counter reset to 0 and incremented otherwise", """
            if (gradient[0] < LearningRate)
                state.Value = 0;
            else
                {|#0:state.Value++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh2: a countdown with postfix --", """
            if (gradient[0] > 0)
                {|#0:state.Value--|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh2: line-search trials counted in a for header", """
            for (state.Value = 0; state.Value < 5 && gradient[0] * state.Value < 1; {|#0:state.Value++|})
                update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh2: a float slot counted down through a ref float helper", """
            Bump(ref state.Scale);
            """, """
            private static void Bump(ref float remaining) => {|#0:remaining -= 1|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, "fresh2: += 1.0 on a Real slot counts, and does not compile in Single mode", """
            {|#0:state.Value += 1.0|};
            """)
        {
            InDouble = [Counter("Value"), OtherMode("CS0266", "Single", DoubleToFloat)],
            InSingle = [Counter("Value"), CompilerError("CS0266")],
        };

        yield return new(Rule, "fresh2: a Real slot counted in a tuple assignment", """
            {|#0:(state.Value, state.Precise) = (state.Value + 1, state.Precise + gradient[0])|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh2: counting with x -= -1 and counting down with x += -1", """
            {|#0:state.Value -= -1|};
            {|#1:state.Scale += -1|};
            """)
        { InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)], InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)] };

        // Negatives.
        yield return new(Rule, "fresh2: incremented by a Real hyperparameter whose default is 1", """
            state.Value += Increment;
            state.Value -= Increment;
            """, """
            [Hyperparameter] public Real Increment { get; init; } = 1;
            """);

        yield return new(Rule, "fresh2: a decayed count x += 1; x *= b is a geometric series", """
            state.Value += 1;
            state.Value *= LearningRate;
            update[0] = -gradient[0] / state.Value;
            state.Scale++;
            state.Scale = state.Scale * Beta;
            """);

        yield return new(Rule, "fresh2: a counter that scales other values is still a counter", """
            {|#0:state.Value += 1|};
            state.Second[0] *= state.Value;
            update[0] = state.Value * 2;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh2: a Real slot set from the Integer count or from a local count of this step is no counter", """
            state.Value = state.Count + 1;
            Real tries = 0;
            while (tries < 3 && gradient[0] * tries < 1)
                tries++;
            state.Scale = (float)tries;
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";
        const string LiteralDouble = "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type";

        yield return new(Rule, "fresh2: int n = state.Count compiles only in Single mode", """
            int n = {|#0:state.Count|};
            update[0] = n;
            """)
        {
            // As for a Real into a float local: the Double-mode narrowing rule also sees the conversion the compiler rejects.
            InDouble = [CompilerError("CS0266"), Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("CS0266", "Double", CannotConvert("long", "int"))],
        };

        yield return new(Rule, "fresh2: Math.Floor has no float overload", """
            state.Value = {|#0:Math.Floor(state.Value / LearningRate) * LearningRate|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "fresh2: a local const Real from a double literal", """
            const Real Eps = {|#0:1e-8|};
            update[0] = -gradient[0] / (state.Value + Eps);
            """)
        { InDouble = [OtherMode("CS0664", "Single", LiteralDouble)], InSingle = [CompilerError("CS0664")] };

        yield return new(Rule, "fresh2: var sum = 0.0 accumulates in double and is stored in a Real slot", """
            var sum = 0.0;
            foreach (Real g in gradient)
                sum += g * g;
            state.Value = {|#0:sum|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "fresh2: BitConverter.DoubleToInt64Bits into the Integer slot", """
            state.Count = {|#0:BitConverter.DoubleToInt64Bits(state.Value)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", CannotConvert("long", "int"))], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "fresh2: BitConverter.SingleToInt32Bits of a Real compiles only in Single mode", """
            state.Small = BitConverter.SingleToInt32Bits({|#0:state.Value|});
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'")],
        };

        yield return new(Rule, "fresh2: a double constant as a case label of a switch on a Real", """
            switch (state.Value)
            {
                case {|#0:0.5|}:
                    state.Value = 0;
                    break;
            }
            """)
        {
            // A case label is a literal converted to the governing type: the compiler says CS0664, as for `Real x = 0.5;`.
            InDouble = [OtherMode("CS0664", "Single", LiteralDouble)],
            InSingle = [CompilerError("CS0664")],
        };

        yield return new(Rule, "fresh2: a conditional with a double literal arm stored in a Real slot", """
            state.Value = {|#0:gradient[0] > 0 ? state.Value : 0.0|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "fresh2: a long hyperparameter into the Integer slot", """
            state.Count = {|#0:Budget|};
            """, """
            [Hyperparameter] public long Budget { get; init; } = 100;
            """)
        { InDouble = [OtherMode("CS0266", "Single", CannotConvert("long", "int"))], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "fresh2: an int hyperparameter into the Integer slot is the seed bug of Double mode", """
            state.Count = {|#0:MemorySize|};
            """)
        {
            InDouble = [SlotValue("Count", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Count' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        yield return new(Rule, "fresh2: the seed's int line-search counter, written in a Single-mode project", """
            int trials = 0;
            while (trials < MemorySize && gradient[0] * LearningRate > trials)
                trials++;
            state.NumLinesearchSteps = {|#0:trials|};
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'NumLinesearchSteps' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        yield return new(Rule, "fresh2: a product of Integer counts stored in a long slot overflows int in Single mode", """
            state.Total = {|#0:state.Count * state.Count|};
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Total' is Int64 (declared long, Single mode) but is assigned an Int32 value")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new(Rule, "fresh2: a Real cast to float for a float helper narrows in Double mode", """
            update[0] = Halve({|#0:(float)state.Value|});
            """, """
            private static float Halve(float x) => x / 2;
            """)
        {
            InDouble = [Conversion("A cast", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "A cast converts Double to Single, which is narrower than Real (Double in Double mode)")],
        };

        yield return new(Rule, "fresh2: a Vector<double> over a Real[] slot", """
            var v = new Vector<double>({|#0:state.Velocity|});
            state.Precise = Vector.Sum(v);
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'float[]' to 'double'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, "fresh2: an Integer loop index into spans compiles only in Single mode", """
            for (Integer i = 0; i < gradient.Length; i++)
                update[{|#0:i|}] = -LearningRate * gradient[{|#1:i|}];
            """)
        {
            InDouble = [CompilerError("CS1503"), CompilerError("CS1503", marker: 1)],
            InSingle =
            [
                OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'long' to 'int'"),
                OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'long' to 'int'", marker: 1),
            ],
        };

        yield return new(Rule, "fresh2: a Real hyperparameter default, a const Real and a static readonly Real the transition reads, from double literals", """
            update[0] = -LearningRate * gradient[0] / (Real.Sqrt(state.Value) + Eps + Floor + Tiny);
            """, """
            [Hyperparameter] public Real Eps { get; init; } = {|#0:1e-8|};
            private const Real Floor = {|#1:1e-6|};
            private static readonly Real Tiny = {|#2:1e-12|};
            """)
        {
            InDouble =
            [
                OtherMode("CS0664", "Single", LiteralDouble),
                OtherMode("CS0664", "Single", LiteralDouble, marker: 1),
                OtherMode("CS0664", "Single", LiteralDouble, marker: 2),
            ],
            InSingle = [CompilerError("CS0664"), CompilerError("CS0664", marker: 1), CompilerError("CS0664", marker: 2)],
        };

        yield return new(Rule, "fresh2: an Integer hyperparameter default and a const Integer beyond int's range", """
            state.Count = Budget + Wide;
            """, """
            [Hyperparameter] public Integer Budget { get; init; } = {|#0:5_000_000_000|};
            private const Integer Wide = {|#1:(Integer)5_000_000_000|};
            """)
        {
            InDouble =
            [
                OtherMode("CS0266", "Single", CannotConvert("long", "int")),
                OtherMode("CS0221", "Single", "Constant value '5000000000' cannot be converted to a 'int' (use 'unchecked' syntax to override)", marker: 1),
            ],
            InSingle = [CompilerError("CS0266"), CompilerError("CS0221", marker: 1)],
        };

        // Negatives.
        yield return new(Rule, "fresh2: Interlocked, Math overloads with float, Vector<Real> and widening BitConverter compile in both modes", """
            System.Threading.Interlocked.Add(ref state.Count, 1);
            System.Threading.Interlocked.Increment(ref state.NumLinesearchSteps);
            state.Value = Math.Clamp(Math.Abs(state.Value), 0, 1) + Math.Max(state.Value, LearningRate);
            state.Count = Math.Max(state.Count, gradient.Length);
            var v = new Vector<Real>(state.Velocity);
            v.CopyTo(state.Second);
            long bits = BitConverter.DoubleToInt64Bits(state.Value);
            state.Total = bits + state.Count * 2L;
            """);

        yield return new(Rule, "fresh2: hyperparameter defaults and constants the transition reads, written with casts, compile in both modes", """
            update[0] = -LearningRate * gradient[0] / (Real.Sqrt(state.Value) + Eps + Floor) * Tiny;
            state.Count = Budget;
            """, """
            [Hyperparameter] public Real Eps { get; init; } = (Real)1e-8;
            [Hyperparameter] public Integer Budget { get; init; } = 1_000_000;
            private const Real Floor = (Real)1e-6;
            private static readonly Real Tiny = Real.Sqrt((Real)2);
            """);

        yield return new(Rule, "fresh2: overloads per width and a generic constraint resolve in each mode", """
            state.Value = Damp(state.Value) + Half(state.Value);
            state.Count = Twice(state.Count);
            """, """
            private static float Damp(float x) => x * 0.5f;

            private static double Damp(double x) => x * 0.5;

            private static T Half<T>(T x) where T : IFloatingPointIeee754<T> => x / T.CreateChecked(2);

            private static T Twice<T>(T x) where T : IBinaryInteger<T> => x + x;
            """);
    }
}
