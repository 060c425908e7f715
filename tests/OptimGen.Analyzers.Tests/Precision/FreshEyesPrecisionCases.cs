using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// OPT0004–OPT0006 cases written afresh, in shapes the other catalogues do not hold: constants behind const fields,
/// constant expressions and record defaults, Adam's step counter kept through a local, generic-math increments, the
/// other mode's errors from <c>Math.Sqrt</c>/<c>MathF.Sqrt</c>, switch arms, tuples, <c>out</c> arguments and
/// <c>foreach</c>. Their names start with "fresh: ".
/// </summary>
internal static class FreshEyesPrecisionCases
{
    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(Counters()).Concat(OtherModeCode());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        yield return new(Rule, "fresh: a const double field cast to Real", """
            state.Value = Real.Max(state.Value, {|#0:(Real)Floor|});
            """, """
            private const double Floor = 1e-50;
            """)
        { InDouble = [Collapse("Floor", "0")], InSingle = [Collapse("Floor", "0")] };

        yield return new(Rule, "fresh: a constant expression just below 1", """
            state.Value *= {|#0:(Real)(1.0 - 1e-9)|};
            """)
        { InDouble = [Collapse("(1.0 - 1e-9)", "exactly 1")], InSingle = [Collapse("(1.0 - 1e-9)", "exactly 1")] };

        yield return new(Rule, "fresh: (Real)double.MaxValue as the initial best value", """
            Real best = {|#0:(Real)double.MaxValue|};
            if (gradient[0] < best)
                state.Value = gradient[0];
            """)
        { InDouble = [Collapse("double.MaxValue", "infinity")], InSingle = [Collapse("double.MaxValue", "infinity")] };

        yield return new(Rule, "fresh: a shifted integer constant above 2^24", """
            state.Value = state.Value + {|#0:(Real)((1 << 24) + 1)|};
            """)
        { InDouble = [Collapse("((1 << 24) + 1)", "16777216")], InSingle = [Collapse("((1 << 24) + 1)", "16777216")] };

        yield return new(Rule, "fresh: an integer divisor of Real arithmetic in a helper the transition calls", """
            state.Value = Normalize(state.Value);
            """, """
            private static Real Normalize(Real x) => x / {|#0:33554431|};
            """)
        { InDouble = [Collapse("33554431", "33554432")], InSingle = [Collapse("33554431", "33554432")] };

        yield return new(Rule, "fresh: a negative bound beyond float's range", """
            state.Value = Real.Max(state.Value, {|#0:(Real)(-1e39)|});
            """)
        { InDouble = [Collapse("(-1e39)", "-infinity")], InSingle = [Collapse("(-1e39)", "-infinity")] };

        yield return new(Rule, "fresh: a record's Real parameter default cast from a tiny constant", """
            state.Value += new Config().Eps;
            """, """
            private sealed record Config(Real Eps = {|#0:(Real)1e-50|});
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        yield return new(Rule, "fresh: a Real hyperparameter whose default is a large integer", "state.Value = state.Value / Horizon;", """
            [Hyperparameter] public Real Horizon { get; init; } = {|#0:100000001|};
            """)
        { InDouble = [Collapse("100000001", "100000000")], InSingle = [Collapse("100000001", "100000000")] };

        yield return new(Rule, "fresh: an integer operand of Real arithmetic in a static local function, reported once", """
            static Real Scale(Real x) => x * {|#0:16777217|};
            state.Value = Scale(state.Value);
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        yield return new(Rule, "fresh: a negative default above 2^24 and a Real field initialized from a const long", "state.Value = Floor + Limit;", """
            [Hyperparameter] public Real Floor { get; init; } = {|#0:-16777217|};
            private const long Big = 16777219;
            private static readonly Real Limit = {|#1:Big|};
            """)
        {
            InDouble = [Collapse("-16777217", "-16777216"), Collapse("Big", "16777220", marker: 1)],
            InSingle = [Collapse("-16777217", "-16777216"), Collapse("Big", "16777220", marker: 1)],
        };

        yield return new(Rule, "fresh: a constant arm of a conditional stored into a Real slot", """
            state.Value = gradient[0] > 0 ? {|#0:16777217|} : state.Value;
            """)
        { InDouble = [Collapse("16777217", "16777216")], InSingle = [Collapse("16777217", "16777216")] };

        // Negatives.
        yield return new(Rule, "fresh: exact or ordinary constants: float.Epsilon, infinity, -0.0, powers of two, 0.99999", """
            state.Value = (Real)float.Epsilon + (Real)(1 << 30) + (Real)16777218 + (Real)(-0.0) + (Real)0.99999 + (Real)1e-38;
            state.Value = Real.Min(state.Value, (Real)double.PositiveInfinity);
            """);

        yield return new(Rule, "fresh: values that survive or only round, and a large integer in float-slot arithmetic", """
            state.Value = (Real)1e-45 + (Real)3.4e38 * 0 + (Real)(1 - 1e-7) + (Real)(16777216 * 2) + state.Value * 16777216;
            state.Scale = state.Scale * 33554431;
            state.Value += Window;
            """, """
            [Hyperparameter] public Real Window { get; init; } = 1 << 24;
            """);

        yield return new(Rule, "fresh: large integers in double and long arithmetic, and a long hyperparameter", """
            state.Precise = state.Precise / 33554431;
            state.Total = state.Total * 33554431 + Horizon;
            state.Value = state.Value * (Real)(1 << 24);
            """, """
            [Hyperparameter] public long Horizon { get; init; } = 100000001;
            [Hyperparameter] public Real Decay { get; init; } = (Real)0.999;
            """);
    }

    private static IEnumerable<AnalyzerCase> Counters()
    {
        const string Rule = "OPT0005";

        yield return new(Rule, "fresh: Adam's step kept in a Real slot through a local", """
            Real step = state.Value + 1;
            Real correction = 1 - Real.Pow(LearningRate, step);
            {|#0:state.Value = step|};
            update[0] = -gradient[0] / correction;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh: a float slot counted down as x = x - 1f", """
            {|#0:state.Scale = state.Scale - 1f|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, "fresh: counting in a static local function taking the state by ref", """
            static void Tick(ref State s) => {|#0:s.Value += 1|};
            Tick(ref state);
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh: counting line-search trials in a Real slot inside a loop", """
            state.Value = 0;
            while (state.Value < 10 && gradient[0] * state.Value > 1)
                {|#0:++state.Value|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh: counting through a ref parameter bound to the slot", """
            Increment(ref state.Value);
            """, """
            private static void Increment(ref Real counter) => {|#0:counter++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "fresh: a patience countdown clamped at zero and a counter under a cast to its own type", """
            if (gradient[0] > 0)
                {|#0:state.Value = Real.Max(state.Value - 1, 0)|};
            {|#1:state.Scale = (float)(state.Scale + 1)|};
            """)
        {
            InDouble = [Counter("Value"), Counter("Scale", "float", marker: 1)],
            InSingle = [Counter("Value"), Counter("Scale", "float", marker: 1)],
        };

        // Negatives.
        yield return new(Rule, "fresh: a geometric series x = x * b + 1 is not a counter", """
            state.Value = state.Value * LearningRate + 1;
            update[0] = gradient[0] / state.Value;
            """);

        yield return new(Rule, "fresh: a slot also accumulating a squared norm in assignment form", """
            state.Value = state.Value + 1;
            state.Value = state.Value + gradient[0] * gradient[0];
            """);

        yield return new(Rule, "fresh: a ref helper adding a parameter accumulates, and an Integer counted through ref", """
            Add(ref state.Value, 1);
            Add(ref state.Value, gradient[0]);
            Tick(ref state.Count);
            Real next = (Real)state.Scale + 1;
            next *= LearningRate;
            state.Scale = (float)next;
            """, """
            private static void Add(ref Real target, Real amount) => target += amount;

            private static void Tick(ref Integer counter) => counter++;
            """);

        yield return new(Rule, "fresh: a clamped decay of a Real slot is no count", """
            state.Value = Real.Max(state.Value - gradient[0], 0);
            state.Value = Real.Min(state.Value * LearningRate + 1, 10);
            """);

        yield return new(Rule, "fresh: counting in the [Init] hook and in float locals", """
            float tries = 0;
            tries++;
            state.Count++;
            Real t = state.Count;
            update[0] = -gradient[0] / (1 - Real.Pow(LearningRate, t)) + tries;
            """, """
            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Value++;
            """);
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";
        const string DoubleToFloat = "Cannot implicitly convert type 'double' to 'float'. An explicit conversion exists (are you missing a cast?)";

        yield return new(Rule, "fresh: Math.Sqrt of a Real stored in a Real slot", """
            state.Value = {|#0:Math.Sqrt(state.Value)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "fresh: Math.Max with a double literal epsilon", """
            state.Value = {|#0:Math.Max(state.Value, 1e-8)|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", DoubleToFloat)], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "fresh: MathF.Sqrt of a Real does not compile in Double mode", """
            state.Value = {|#1:MathF.Sqrt({|#0:state.Value|})|};
            """)
        {
            // In Double mode the narrowing rule also sees the float the broken call would store; in Single mode the other
            // mode's compiler error is the finding, not the rule's view of the code around it.
            InDouble = [CompilerError("CS1503"), SlotValue("Value", RealDouble, "a Single", marker: 1)],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'")],
        };

        yield return new(Rule, "fresh: a tuple moves the Integer count into a long slot", """
            (state.Total, state.Value) = ({|#0:state.Count|}, state.Value);
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Total' is Int64 (declared long, Single mode) but is assigned an Int32 value")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new(Rule, "fresh: an Integer into a float local narrows in Double mode", """
            float ratio = {|#0:state.Count|};
            state.Scale = ratio;
            """)
        {
            InDouble = [Conversion("An implicit conversion", "Int64", "Single", RealDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "An implicit conversion converts Int64 to Single, which is narrower than Real (Double in Double mode)")],
        };

        yield return new(Rule, "fresh: foreach over the gradient as float", """
            foreach ({|#0:float|} g in gradient)
                state.Scale += g;
            """)
        {
            InDouble = [Conversion("The foreach loop", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "The foreach loop converts Double to Single, which is narrower than Real (Double in Double mode)")],
        };

        yield return new(Rule, "fresh: an out long argument bound to the Integer slot", """
            Measure(out {|#0:state.Count|});
            """, """
            private static void Measure(out long steps) => steps = 3;
            """)
        {
            InDouble = [OtherMode("CS1503", "Single", "Argument 1: cannot convert from 'out int' to 'out long'")],
            InSingle = [CompilerError("CS1503")],
        };

        yield return new(Rule, "fresh: a double literal in an arm of a switch typed Real", """
            Real rate = gradient.Length switch
            {
                0 => {|#0:0.5|},
                _ => LearningRate,
            };
            state.Value = rate;
            """)
        {
            // The arms' natural type is double, so the compiler reports the conversion of the arm (CS0029), not the literal's CS0664.
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'double' to 'float'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, "fresh: a constructor of a type the transition builds stores a long in an Integer", """
            var trial = new Trial(state.Total);
            state.Count = trial.Steps;
            """, """
            private sealed class Trial
            {
                public Integer Steps;

                public Trial(long steps) => Steps = {|#0:steps|};
            }
            """)
        { InDouble = [OtherMode("CS0266", "Single", CannotConvert("long", "int"))], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "fresh: a double default of a Real parameter in a helper", """
            state.Value = Guard(state.Value);
            """, """
            private static Real Guard(Real x, Real {|#0:eps|} = 1e-8) => Real.Max(x, eps);
            """)
        {
            InDouble = [OtherMode("CS1750", "Single", "A value of type 'double' cannot be used as a default parameter because there are no standard conversions to type 'float'")],
            InSingle = [CompilerError("CS1750")],
        };

        yield return new(Rule, "fresh: var infers double from Real arithmetic with a double literal", """
            var damped = {|#0:state.Value * 0.5|};
            state.Value = {|#1:damped|};
            """)
        {
            InDouble = [OtherMode("CS0266", "Single", DoubleToFloat, marker: 1)],
            InSingle = [CompilerError("CS0266", marker: 1)],
        };

        yield return new(Rule, "fresh: a tuple moves a long slot into the Integer count", """
            (state.Count, state.Value) = ({|#0:state.Total|}, state.Value);
            """)
        {
            // A tuple element's conversion is CS0029 where a plain assignment's is CS0266: the compiler's own choice.
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'long' to 'int'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, "fresh: a span of double over a Real[] slot", """
            Span<double> moments = {|#0:state.Velocity|};
            moments[0] = 0;
            """)
        {
            InDouble = [OtherMode("CS0029", "Single", "Cannot implicitly convert type 'float[]' to 'System.Span<double>'")],
            InSingle = [CompilerError("CS0029")],
        };

        yield return new(Rule, "fresh: the other mode's seed bug in a callee through a ref parameter bound to a long slot", """
            Store(ref state.Total, state.Count);
            """, """
            private static void Store(ref long total, Integer count) => total = {|#0:count|};
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Total' is Int64 (declared long, Single mode) but is assigned an Int32 value")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new(Rule, "fresh: a Single-mode build finds the seed written through a foreach by ref and a ref struct window", """
            int evaluations = gradient.Length / 2;
            foreach (ref Integer r in state.Ring.AsSpan())
                r = {|#0:evaluations|};
            new Window(state.Ring).Set(evaluations);
            """, """
            private readonly ref struct Window
            {
                private readonly Span<Integer> values;

                public Window(Span<Integer> values) => this.values = values;

                public void Set(Integer value) => values[0] = value;
            }
            """)
        {
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
            InSingle = [OtherMode("OPT0002", "Double", "Slot 'Ring' is Integer (Int64 in Double mode) but is assigned an Int32 value")],
        };

        // Negatives.
        yield return new(Rule, "fresh: the aliases' own math and casts to the declared types compile and narrow in neither mode", """
            state.Value = Real.Max(Real.Sqrt(state.Value), (Real)1e-8);
            var steps = state.Count + 1;
            state.Count = steps;
            Integer wide = (Integer)state.Total;
            state.Count = Math.Min(wide, MaxSteps);
            state.Small = (int)state.Count;
            state.Precise = (double)state.Value * 2;
            state.Total = (long)state.Count;
            """);

        yield return new(Rule, "fresh: an Adam and L-BFGS style transition written with the aliases is quiet in both modes", """
            state.Count++;
            Integer t = state.Count;
            Real b1 = (Real)0.9, b2 = (Real)0.999;
            Real c1 = 1 - Real.Pow(b1, t), c2 = 1 - Real.Pow(b2, t);
            double norm = 0;
            foreach (Real g in gradient)
                norm += g * g;
            state.Precise = norm;
            state.Value = (Real)Math.Sqrt(norm);
            state.Scale = (float)state.Value;
            state.Total += state.Count;
            state.Total = Math.Max(state.Total, Integer.MaxValue);
            int slot = (int)(state.Count % MemorySize);
            state.Ring[slot] = (Integer)gradient.Length;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                state.Second[i] = b2 * state.Second[i] + (1 - b2) * gradient[i] * gradient[i];
                state.Mu[i] = (float)gradient[i];
                update[i] = -LearningRate * state.Velocity[i] / c1 / (Real.Sqrt(state.Second[i] / c2) + (Real)1e-8);
            }
            """);

        yield return new(Rule, "fresh: each type's own math library and conversions to the aliases compile in both modes", """
            state.Scale = MathF.Sqrt(state.Scale);
            state.Precise = Math.Sqrt(state.Precise);
            state.Value = Real.Clamp(state.Value, 0, 1) + state.Count;
            Integer rounded = (Integer)Real.Round(state.Value);
            long sum = 0;
            foreach (Integer r in state.Ring)
                sum += r;
            state.Total = sum + rounded;
            """);

        yield return new(Rule, "fresh: generic math over Real and Integer in a helper", """
            state.Value = Average<Real>(gradient);
            state.Count = Average<Integer>(state.Ring);
            """, """
            private static T Average<T>(ReadOnlySpan<T> values) where T : INumber<T>
            {
                T sum = T.Zero;
                foreach (T v in values)
                    sum += v;
                return values.IsEmpty ? sum : sum / T.CreateTruncating(values.Length);
            }
            """);
    }
}
