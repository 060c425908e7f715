using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// A fifth round of cases written against the contract and the issue text before reading the analyzer, in the shapes
/// of code ported from PyTorch/TorchSharp, ML.NET, MathNet and scipy: counts and sizes from .NET APIs (collection
/// counts, <c>TryParse</c>, <c>BitOperations</c>, <c>Int128</c>, enums, bytes, <c>Interlocked.Increment</c>'s result),
/// conversions through user types (indexers, setters, operators, init properties, records, delegates given ints),
/// flows through <c>params</c> arrays, <c>ArrayPool</c>, <c>Tuple.Create</c>, LINQ and <c>stackalloc</c>, scope
/// through static readonly strategies, delegate-typed properties, generic local functions and generic types whose
/// type argument comes from a field, value-range proofs at their edges (<c>&gt;&gt; 32</c>, descending steps of two,
/// pairs of indices, <c>Math.Min(x, int.MaxValue)</c>), the seed bug in new styles, and correct ports that must
/// stay quiet. Names start with "fresh eyes 5: ".
/// </summary>
internal static class FreshEyesCasesRound5
{
    private const string Cast = "A cast";
    private const string Implicit = "An implicit conversion";
    private const string Trivial = "update[0] = -gradient[0];";

    public static IEnumerable<AnalyzerCase> All() =>
        Counts().Concat(Conversions()).Concat(Flows()).Concat(Scope()).Concat(Exemptions()).Concat(Seeds()).Concat(Correct()).Concat(Edges()).Concat(Dispatch()).Concat(Stores()).Concat(Third()).Concat(Fourth()).Concat(DeclaredTypes()).Concat(QuietPorts()).Concat(Fifth()).Concat(Sixth()).Concat(Seventh()).Concat(Eighth()).Concat(Ninth());

    private static IEnumerable<AnalyzerCase> Counts()
    {
        const string Rule = "OPT0002";

        yield return new(Rule, "fresh eyes 5: the Count of a List<Real> of accepted trial steps", """
            var accepted = new System.Collections.Generic.List<Real>();
            Real step = LearningRate;
            for (int trial = 0; trial < MemorySize; trial++)
            {
                if (step * Real.Abs(gradient[0]) < 1)
                    accepted.Add(step);
                step /= 2;
            }

            state.NumLinesearchSteps = {|#0:accepted.Count|};
            update[0] = -step * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: the Count of a PriorityQueue of candidate steps", """
            var candidates = new System.Collections.Generic.PriorityQueue<Real, Real>();
            for (int k = 1; k <= MemorySize; k++)
            {
                Real trial = LearningRate / k;
                candidates.Enqueue(trial, Real.Abs(trial * gradient[0] - 1));
            }

            Real best = candidates.Dequeue();
            state.Count = {|#0:candidates.Count|};
            update[0] = -best * gradient[0];
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: the Count of a HashSet of visited step sizes", """
            var visited = new System.Collections.Generic.HashSet<Real>();
            Real step = LearningRate;
            while (visited.Add(step) && visited.Count < MemorySize)
                step = Real.Max(step / 2, (Real)1e-8);
            state.NumLinesearchSteps = {|#0:visited.Count|};
            update[0] = -step * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a line-search budget parsed with int.TryParse from the environment", """
            if (!int.TryParse(Environment.GetEnvironmentVariable("OPTIMGEN_BUDGET"), out int budget))
                budget = MemorySize;
            state.NumLinesearchSteps = {|#0:budget|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a budget parsed with long.TryParse and a LongLength, both cast to Integer, stay quiet", """
            if (!long.TryParse(Environment.GetEnvironmentVariable("OPTIMGEN_BUDGET"), out long budget))
                budget = MemorySize;
            Real[] trials = new Real[MemorySize];
            state.NumLinesearchSteps = (Integer)budget;
            state.Count = (Integer)trials.LongLength;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: BitOperations.Log2 of the parameter count as a refresh level", """
            state.NumLinesearchSteps = {|#0:BitOperations.Log2((uint)gradient.Length)|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: BitOperations.TrailingZeroCount of the Integer count", """
            state.Count++;
            state.NumLinesearchSteps = {|#0:BitOperations.TrailingZeroCount(state.Count)|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a byte retry counter stored in the Integer slot, in both modes", """
            byte retries = 0;
            Real step = LearningRate;
            while (retries < 8 && step * Real.Abs(gradient[0]) > 1)
            {
                step /= 2;
                retries++;
            }

            state.NumLinesearchSteps = {|#0:retries|};
            update[0] = -step * gradient[0];
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "a Byte")],
            InSingle = [SlotValue("NumLinesearchSteps", IntegerSingle, "a Byte")],
        };

        yield return new(Rule, "fresh eyes 5: an enum status cast to int and stored as the count", """
            var status = gradient[0] > 0 ? SearchStatus.Converged : SearchStatus.MaxTrials;
            state.NumLinesearchSteps = {|#0:(int)status|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private enum SearchStatus { Running, Converged, MaxTrials }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: an enum status cast to Integer and constant arms of a bool test stay quiet", """
            var status = gradient[0] > 0 ? SearchStatus.Converged : SearchStatus.MaxTrials;
            state.NumLinesearchSteps = (Integer)status;
            state.Count = gradient[0] == 0 ? 0 : 1;
            state.Count += status == SearchStatus.Converged ? 1 : 0;
            update[0] = -LearningRate * gradient[0];
            """, """
            private enum SearchStatus { Running, Converged, MaxTrials }
            """);

        yield return new(Rule, "fresh eyes 5: a bool flag turned into an int local, then stored", """
            int accepted = gradient[0] * LearningRate < 1 ? 1 : 0;
            state.NumLinesearchSteps = {|#0:accepted|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a checked int increment stored in the slot", """
            int evaluations = MemorySize;
            state.NumLinesearchSteps = {|#0:checked(evaluations + 1)|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: int.Max of the evaluations and one", """
            int evaluations = 0;
            for (int i = 0; i < gradient.Length; i++)
                if (gradient[i] != 0) evaluations++;
            state.NumLinesearchSteps = {|#0:int.Max(evaluations, 1)|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Array.IndexOf of the chosen candidate", """
            Real[] candidates = [LearningRate, LearningRate / 2, LearningRate / 4];
            Real chosen = candidates[0];
            foreach (Real c in candidates)
                if (Real.Abs(c * gradient[0]) < Real.Abs(chosen * gradient[0])) chosen = c;
            state.NumLinesearchSteps = {|#0:Array.IndexOf(candidates, chosen)|};
            update[0] = -chosen * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: the result of Interlocked.Increment on an int counter", """
            int evaluations = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1)
            {
                step /= 2;
                System.Threading.Interlocked.Increment(ref evaluations);
            }

            state.NumLinesearchSteps = {|#0:System.Threading.Interlocked.Increment(ref evaluations)|};
            update[0] = -step * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Math.Round of a percentage cast to the int slot stays quiet", """
            state.Small = (int)Math.Round(state.Value * 100);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a float loss from a PyTorch-style record stored in the Real slot", """
            var eval = new Evaluation((float)0.5, MemorySize);
            state.Value = {|#0:eval.Loss|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private readonly record struct Evaluation(float Loss, int Calls);
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new(Rule, "fresh eyes 5: a float32 momentum buffer copied element by element into a Real[] slot", """
            float[] momentumBuffer = new float[gradient.Length];
            for (int i = 0; i < gradient.Length; i++)
            {
                momentumBuffer[i] = Beta * momentumBuffer[i];
                state.Velocity[i] = {|#0:momentumBuffer[i]|};
                update[i] = -LearningRate * state.Velocity[i];
            }
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "fresh eyes 5: a short sign counter stored in the Integer slot, in both modes", """
            short positives = 0;
            foreach (Real g in gradient)
                if (g > 0) positives++;
            state.Count = {|#0:positives|};
            update[0] = -LearningRate * gradient[0];
            """)
        {
            InDouble = [SlotValue("Count", IntegerDouble, "an Int16")],
            InSingle = [SlotValue("Count", IntegerSingle, "an Int16")],
        };
    }

    private static IEnumerable<AnalyzerCase> Conversions()
    {
        const string Rule = ConversionFormCases.Rule;

        yield return new(Rule, "fresh eyes 5: a PyTorch cosine schedule computing its progress in float", """
            float progress = {|#0:(float)state.Count|} / {|#1:MaxSteps|};
            float cosine = MathF.Cos(MathF.PI * MathF.Min(progress, 1));
            Real rate = LearningRate * (1 + cosine) / 2;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -rate * gradient[i];
            state.Count++;
            """)
        {
            InDouble =
            [
                Conversion(Cast, "Int64", "Single", RealDouble),
                Conversion(Implicit, "Int64", "Single", RealDouble, marker: 1),
            ],
        };

        yield return new(Rule, "fresh eyes 5: the same cosine schedule in Real stays quiet", """
            Real progress = Real.Min((Real)state.Count / MaxSteps, 1);
            Real cosine = Real.Cos(Real.Pi * progress);
            Real rate = LearningRate * (1 + cosine) / 2;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -rate * gradient[i];
            state.Count++;
            """);

        yield return new(Rule, "fresh eyes 5: Convert.ToInt16 of the Real slot as a quantization level, in both modes", """
            short level = {|#0:Convert.ToInt16(state.Value)|};
            update[0] = -LearningRate * gradient[0] * level;
            """)
        {
            InDouble = [Conversion("'Convert.ToInt16'", "Double", "Int16", IntegerDouble)],
            InSingle = [Conversion("'Convert.ToInt16'", "Single", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 5: Convert.ToInt32 of Math.Floor for a bracket index", """
            int bracket = {|#0:Convert.ToInt32(Math.Floor(state.Value))|};
            update[0] = -LearningRate * gradient[0] * bracket;
            """)
        { InDouble = [Conversion("'Convert.ToInt32'", "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: bisection steps as (int)Math.Ceiling(Math.Log2(...))", """
            Real width = Real.Abs(gradient[0]) + 1;
            int iterations = {|#0:(int)Math.Ceiling(Math.Log2(width / LearningRate))|};
            for (int k = 0; k < iterations; k++)
                width /= 2;
            update[0] = -width * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a rounded percentage cast to an int local, then stored in the int slot", """
            int percent = {|#0:(int)Math.Round(state.Value * 100)|};
            state.Small = percent;
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: Ceiling, Floor and Log2 converted to Integer stay quiet", """
            Real width = Real.Abs(gradient[0]) + 1;
            Integer iterations = (Integer)Math.Ceiling(Math.Log2(width / LearningRate));
            Integer floor = Convert.ToInt64(Math.Floor(state.Value)) > 0 ? 1 : 0;
            for (Integer k = 0; k < iterations; k++)
                width /= 2;
            update[0] = -width * gradient[0] * floor;
            """);

        yield return new(Rule, "fresh eyes 5: an Int128 product narrowed to int", """
            Int128 product = (Int128)state.Count * state.Count;
            int low = {|#0:(int)product|};
            update[0] = -LearningRate * gradient[0] * low;
            """)
        { InDouble = [Conversion(Cast, "Int128", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: an Int128 product's high word cast to Integer stays quiet", """
            Int128 product = (Int128)state.Count * MaxSteps;
            state.Total = (long)(product >> 64);
            state.NumLinesearchSteps = (Integer)(product % MemorySize);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: Half.CreateSaturating of a gradient for a compressed buffer, in both modes", """
            Half packed = {|#0:Half.CreateSaturating(gradient[0])|};
            update[0] = -LearningRate * (Real)(float)packed;
            """)
        {
            InDouble = [Conversion("'Half.CreateSaturating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'Half.CreateSaturating'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh eyes 5: Half widened back with Real.CreateSaturating stays quiet", """
            Half[] packed = new Half[gradient.Length];
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * Real.CreateSaturating(packed[i]);
            """);

        yield return new(Rule, "fresh eyes 5: Vector256.Narrow of double lanes", """
            var wide = Vector256.Create(state.Precise);
            var narrow = {|#0:Vector256.Narrow(wide, wide)|};
            update[0] = -LearningRate * narrow.ToScalar();
            """)
        { InDouble = [Conversion("'Vector256.Narrow'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a TorchSharp-style ToHalf extension on the gradient span, in both modes", """
            Half[] packed = gradient.ToHalf();
            update[0] = -LearningRate * (Real)(float)packed[0];
            """)
        {
            Outside = """

                public static class TensorConversions
                {
                    public static Half[] ToHalf(this ReadOnlySpan<Real> values)
                    {
                        var result = new Half[values.Length];
                        for (int i = 0; i < values.Length; i++)
                            result[i] = {|#0:(Half)values[i]|};
                        return result;
                    }
                }
                """,
            InDouble = [Conversion(Cast, "Double", "Half", RealDouble)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh eyes 5: a Func<float, float> invoked with the Integer count", """
            Func<float, float> damp = x => x / 2;
            Real damping = damp({|#0:state.Count|});
            update[0] = -LearningRate * gradient[0] * damping;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an int passed to a float parameter of a record's constructor", """
            int evaluations = MemorySize;
            var sample = new Sample(Weight: {|#0:evaluations|});
            float weight = sample.Weight;
            update[0] = -LearningRate * gradient[0] * weight;
            """, """
            private readonly record struct Sample(float Weight);
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an int set to a float init property in an object initializer", """
            int evaluations = MemorySize;
            var report = new Report { Evaluations = {|#0:evaluations|} };
            float weight = report.Evaluations;
            update[0] = -LearningRate * gradient[0] * weight;
            """, """
            private sealed class Report
            {
                public float Evaluations { get; init; }
            }
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an acceptance ratio computed in float by a local function", """
            int accepted = 0;
            for (int i = 0; i < gradient.Length; i++)
                if (gradient[i] * LearningRate < 1) accepted++;
            Real ratio = Ratio(accepted, gradient.Length);
            update[0] = -LearningRate * gradient[0] * ratio;

            static float Ratio(int part, int whole) => {|#0:(float)part|} / {|#1:whole|};
            """)
        {
            InDouble =
            [
                Conversion(Cast, "Int32", "Single", RealDouble),
                Conversion(Implicit, "Int32", "Single", RealDouble, marker: 1),
            ],
        };

        yield return new(Rule, "fresh eyes 5: foreach (float w in a List<Real>)", """
            var history = new System.Collections.Generic.List<Real> { state.Value, LearningRate };
            Real sum = 0;
            foreach ({|#0:float|} w in history)
                sum += w;
            update[0] = -sum * gradient[0];
            """)
        { InDouble = [Conversion("The foreach loop", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a generic local function TOut.CreateTruncating at float", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * To<float>(gradient[i]);

            static TOut To<TOut>(Real x) where TOut : INumber<TOut> => {|#0:TOut.CreateTruncating(x)|};
            """)
        { InDouble = [Conversion("'TOut.CreateTruncating'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a generic local function TOut.CreateTruncating at Real stays quiet", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * To<Real>(gradient[i]);

            static TOut To<TOut>(Real x) where TOut : INumber<TOut> => TOut.CreateTruncating(x);
            """);

        yield return new(Rule, "fresh eyes 5: a generic quantizer behind a static readonly field of type Quantizer<Half>, in both modes", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * HalfQuantizer.RoundTrip(gradient[i]);
            """, """
            private static readonly Quantizer<Half> HalfQuantizer = new();
            """)
        {
            Outside = """

                public sealed class Quantizer<T> where T : IFloatingPoint<T>
                {
                    public Real RoundTrip(Real x) => Real.CreateSaturating({|#0:T.CreateSaturating(x)|});
                }
                """,
            InDouble = [Conversion("'T.CreateSaturating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'T.CreateSaturating'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh eyes 5: the same quantizer behind a field of type Quantizer<Real> stays quiet", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * Identity.RoundTrip(gradient[i]);
            """, """
            private static readonly Quantizer<Real> Identity = new();
            """)
        {
            Outside = """

                public sealed class Quantizer<T> where T : IFloatingPoint<T>
                {
                    public Real RoundTrip(Real x) => Real.CreateSaturating(T.CreateSaturating(x));
                }
                """,
        };

        yield return new(Rule, "fresh eyes 5: a generic method whose T is inferred as Half from a sample argument, in both modes", """
            Half like = Half.Zero;
            Half q = Quantize(gradient[0], like);
            update[0] = -LearningRate * (Real)(float)q;
            """, """
            private static T Quantize<T>(Real x, T like) where T : INumber<T> => {|#0:T.CreateTruncating(x)|};
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'T.CreateTruncating'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh eyes 5: a user-defined implicit conversion from Real into a float-backed struct", """
            Compact c = gradient[0];
            float value = c.Value;
            update[0] = -LearningRate * value;
            """, """
            private readonly struct Compact
            {
                public Compact(float value) => Value = value;

                public float Value { get; }

                public static implicit operator Compact(Real x) => new({|#0:(float)x|});
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a parameter group's Lr setter storing a float", """
            var group = new ParamGroup();
            group.Lr = LearningRate;
            update[0] = -group.Lr * gradient[0];
            """, """
            private sealed class ParamGroup
            {
                private float lr;

                public Real Lr
                {
                    get => (Real)lr;
                    set => lr = {|#0:(float)value|};
                }
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a histogram indexer's setter narrowing its value to short, in both modes", """
            var histogram = new Histogram(MemorySize);
            histogram[0] = MemorySize;
            update[0] = -LearningRate * gradient[0] * histogram[0];
            """, """
            private sealed class Histogram(int bins)
            {
                private readonly short[] counts = new short[bins];

                public int this[int bin]
                {
                    get => counts[bin];
                    set => counts[bin] = {|#0:(short)value|};
                }
            }
            """)
        {
            InDouble = [Conversion(Cast, "Int32", "Int16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 5: a user-defined += on a moment record narrowing the sum", """
            var moment = new Moment(state.Value);
            moment += gradient[0];
            state.Value = moment.Value;
            update[0] = -LearningRate * moment.Value;
            """, """
            private readonly record struct Moment(Real Value)
            {
                public static Moment operator +(Moment m, Real g) => new({|#0:(float)(m.Value + g)|});
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a Parallel.For lambda narrowing the velocity through a local alias", """
            Real[] velocity = state.Velocity;
            Real rate = LearningRate;
            System.Threading.Tasks.Parallel.For(0, velocity.Length, i => velocity[i] = {|#0:(float)(velocity[i] * rate)|});
            update[0] = -gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an int constant above 2^24 into a float local does not survive", """
            const int Big = 16777217;
            float big = {|#0:Big|};
            float exact = 16777216;
            update[0] = -LearningRate * gradient[0] * (big - exact);
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a lambda returning an int count as float", """
            int evaluations = MemorySize;
            Func<float> weight = () => {|#0:evaluations|};
            float w = weight();
            update[0] = -LearningRate * gradient[0] * w;
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: the Integer count compared with a float threshold", """
            float threshold = Beta * 1000;
            if ({|#0:state.Count|} > threshold)
                state.Count = 0;
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a tuple deconstruction declaring a float from an int", """
            int evaluations = MemorySize;
            (float weight, Real step) = ({|#0:evaluations|}, LearningRate);
            update[0] = -step * gradient[0] * weight;
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a float? ?? an int count", """
            float? cached = gradient[0] > 0 ? state.Scale : null;
            int evaluations = MemorySize;
            float w = cached ?? {|#0:evaluations|};
            update[0] = -LearningRate * gradient[0] * w;
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an int count clamped with Math.Clamp's float overload", """
            int evaluations = MemorySize;
            float w = Math.Clamp({|#0:evaluations|}, 0f, 100f);
            update[0] = -LearningRate * gradient[0] * w;
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };
    }

    private static IEnumerable<AnalyzerCase> Flows()
    {
        const string Rule = SlotFlowCases.Rule;

        yield return new(Rule, "fresh eyes 5: a params int[] helper pushing counts into the ring", """
            int evaluations = MemorySize;
            PushAll(state.Ring, state.Count, evaluations, MemorySize - 1);
            update[0] = -LearningRate * gradient[0];
            """, """
            private static void PushAll(Integer[] ring, Integer start, params int[] values)
            {
                for (int k = 0; k < values.Length; k++)
                    ring[(int)((start + k) % ring.Length)] = {|#0:values[k]|};
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a params Integer[] helper given ints converts at the call and stays quiet", """
            int evaluations = MemorySize;
            PushAll(state.Ring, state.Count, evaluations, MemorySize - 1);
            update[0] = -LearningRate * gradient[0];
            """, """
            private static void PushAll(Integer[] ring, Integer start, params Integer[] values)
            {
                for (int k = 0; k < values.Length; k++)
                    ring[(int)((start + k) % ring.Length)] = values[k];
            }
            """);

        yield return new(Rule, "fresh eyes 5: a List<int> turned ToArray and copied into the ring", """
            var recent = new System.Collections.Generic.List<int>();
            for (int k = 0; k < MemorySize; k++)
                recent.Add(k);
            {|#0:recent.ToArray()|}.CopyTo(state.Ring, 0);
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a List<Integer> copied into the ring stays quiet", """
            var recent = new System.Collections.Generic.List<Integer>();
            for (int k = 0; k < MemorySize; k++)
                recent.Add(state.Count - k);
            recent.CopyTo(state.Ring);
            state.Ring.AsSpan(recent.Count).Clear();
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: an int buffer rented from ArrayPool copied into the ring", """
            int[] rented = System.Buffers.ArrayPool<int>.Shared.Rent(MemorySize);
            for (int k = 0; k < MemorySize; k++)
                rented[k] = k;
            Array.Copy({|#0:rented|}, state.Ring, MemorySize);
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: an Integer buffer rented from ArrayPool copied into the ring stays quiet", """
            Integer[] rented = System.Buffers.ArrayPool<Integer>.Shared.Rent(MemorySize);
            for (int k = 0; k < MemorySize; k++)
                rented[k] = state.Count + k;
            rented.AsSpan(0, MemorySize).CopyTo(state.Ring);
            System.Buffers.ArrayPool<Integer>.Shared.Return(rented);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a record struct trial updated with 'with', its int count stored", """
            var trial = new Trial(0, LearningRate);
            while (trial.Evaluations < MemorySize && trial.Step * Real.Abs(gradient[0]) > 1)
                trial = trial with { Evaluations = trial.Evaluations + 1, Step = trial.Step / 2 };
            state.NumLinesearchSteps = {|#0:trial.Evaluations|};
            update[0] = -trial.Step * gradient[0];
            """, """
            private readonly record struct Trial(int Evaluations, Real Step);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a named element of a tuple returned by a local function", """
            var found = Search(Real.Abs(gradient[0]));
            state.NumLinesearchSteps = {|#0:found.Evaluations|};
            state.Value = found.Step;
            update[0] = -found.Step * gradient[0];

            (Real Step, int Evaluations) Search(Real slope)
            {
                Real step = LearningRate;
                int evaluations = 0;
                while (step * slope > 1 && evaluations < MemorySize) { step /= 2; evaluations++; }
                return (step, evaluations);
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a positional record of three results deconstructed with a discard in the middle", """
            var report = new SearchReport(LearningRate / 2, true, MemorySize);
            (state.Value, _, state.NumLinesearchSteps) = {|#0:report|};
            update[0] = -state.Value * gradient[0];
            """, """
            private sealed record SearchReport(Real Step, bool Converged, int Evaluations);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Tuple.Create of the count and the step deconstructed into the slots", """
            int evaluations = MemorySize;
            Real step = LearningRate;
            (state.NumLinesearchSteps, state.Value) = {|#0:Tuple.Create(evaluations, step)|};
            update[0] = -step * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: ValueTuple.Create of the count and the step deconstructed into the slots", """
            int evaluations = MemorySize;
            Real step = LearningRate;
            (state.NumLinesearchSteps, state.Value) = {|#0:ValueTuple.Create(evaluations, step)|};
            update[0] = -step * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Tuple.Create of Integer and Real results stays quiet", """
            Integer evaluations = MemorySize;
            Real step = LearningRate;
            (state.NumLinesearchSteps, state.Value) = Tuple.Create(evaluations, step);
            update[0] = -step * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a stackalloc sign histogram's bucket stored in the slot", """
            Span<int> signs = stackalloc int[2];
            foreach (Real g in gradient)
                signs[g > 0 ? 1 : 0]++;
            state.NumLinesearchSteps = {|#0:signs[1]|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Enumerable.Max over a Select of int evaluations", """
            Trial[] trials = [new(3, LearningRate), new(MemorySize, LearningRate / 2)];
            state.NumLinesearchSteps = {|#0:System.Linq.Enumerable.Max(System.Linq.Enumerable.Select(trials, t => t.Evaluations))|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private readonly record struct Trial(int Evaluations, Real Step);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Enumerable.Sum over Enumerable.Range into the slot", """
            int window = int.Min(MemorySize, gradient.Length);
            state.Count = {|#0:System.Linq.Enumerable.Sum(System.Linq.Enumerable.Range(1, window))|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: LongCount and a Sum of Integer selections stay quiet", """
            Trial[] trials = [new(3, LearningRate), new(MemorySize, LearningRate / 2)];
            state.Count = (Integer)System.Linq.Enumerable.LongCount(trials);
            state.NumLinesearchSteps = System.Linq.Enumerable.Sum(trials, t => (Integer)t.Evaluations);
            update[0] = -LearningRate * gradient[0];
            """, """
            private readonly record struct Trial(int Evaluations, Real Step);
            """);

        yield return new(Rule, "fresh eyes 5: an extension method on Integer[] writing an int into the ring", """
            int evaluations = MemorySize;
            state.Ring.Push(state.Count, evaluations);
            update[0] = -LearningRate * gradient[0];
            """)
        {
            Outside = """

                public static class RingExtensions
                {
                    public static void Push(this Integer[] ring, Integer count, int value) => ring[(int)(count % ring.Length)] = {|#0:value|};
                }
                """,
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "fresh eyes 5: the same extension taking an Integer value stays quiet", """
            int evaluations = MemorySize;
            state.Ring.Push(state.Count, evaluations);
            update[0] = -LearningRate * gradient[0];
            """)
        {
            Outside = """

                public static class RingExtensions
                {
                    public static void Push(this Integer[] ring, Integer count, Integer value) => ring[(int)(count % ring.Length)] = value;
                }
                """,
        };

        yield return new(Rule, "fresh eyes 5: an out Integer parameter of a sealed searcher behind a static readonly field", """
            Real step = Searcher.Find(Real.Abs(gradient[0]), LearningRate, out state.NumLinesearchSteps);
            update[0] = -step * gradient[0];
            """, """
            private static readonly Backtracker Searcher = new();

            private sealed class Backtracker
            {
                public Real Find(Real slope, Real step, out Integer evaluations)
                {
                    int trials = 0;
                    while (step * slope > 1 && trials < 30) { step /= 2; trials++; }
                    evaluations = {|#0:trials|};
                    return step;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a span view of the velocity handed to a float-scaling helper", """
            Scale(state.Velocity.AsSpan(0, gradient.Length), Beta);
            update[0] = -LearningRate * gradient[0];
            """, """
            private static void Scale(Span<Real> values, float factor)
            {
                for (int i = 0; i < values.Length; i++)
                    values[i] = {|#0:factor|};
            }
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "fresh eyes 5: Span.Clear, Fill with Integer and a slice CopyTo stay quiet", """
            Span<Integer> ring = state.Ring;
            ring.Clear();
            ring[..1].Fill(state.Count);
            Span<Real> velocity = state.Velocity;
            gradient.CopyTo(velocity);
            velocity[^1] = 0;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a dictionary of per-coordinate counters, the largest stored", """
            var counters = new System.Collections.Generic.Dictionary<int, int>();
            for (int i = 0; i < gradient.Length; i++)
                if (gradient[i] != 0)
                    counters[i % 4] = counters.TryGetValue(i % 4, out int seen) ? seen + 1 : 1;
            int largest = 0;
            foreach (var pair in counters)
                largest = int.Max(largest, pair.Value);
            state.NumLinesearchSteps = {|#0:largest|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: an int assigned through a ref local to the newest ring element", """
            int evaluations = MemorySize;
            ref Integer newest = ref state.Ring[(int)(state.Count % MemorySize)];
            newest = {|#0:evaluations|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };
    }

    private static IEnumerable<AnalyzerCase> Scope()
    {
        const string Rule = ScopeCases.Rule;

        yield return new(Rule, "fresh eyes 5: a sealed step rule behind a static readonly field of its abstract base", """
            Real step = Rule.Next(LearningRate);
            update[0] = -step * gradient[0];
            """, """
            private static readonly StepRule Rule = new Halving();

            private abstract class StepRule
            {
                public abstract Real Next(Real step);
            }

            private sealed class Halving : StepRule
            {
                public override Real Next(Real step) => {|#0:(float)(step / 2)|};
            }
            """)
        { InDouble = [Conversion("A cast", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a schedule property initialized with a method group from a static class", """
            Real rate = LearningRate * Schedule(state.Count);
            update[0] = -rate * gradient[0];
            state.Count++;
            """, """
            public Func<Integer, Real> Schedule { get; init; } = Schedules.Warmup;
            """)
        {
            Outside = """

                public static class Schedules
                {
                    public static Real Warmup(Integer count) => MathF.Min({|#0:count|}, 100) / 100;
                }
                """,
            InDouble = [Conversion("An implicit conversion", "Int64", "Single", RealDouble)],
        };

        yield return new(Rule, "fresh eyes 5: a schedule property whose method group computes in Real stays quiet", """
            Real rate = LearningRate * Schedule(state.Count);
            update[0] = -rate * gradient[0];
            state.Count++;
            """, """
            public Func<Integer, Real> Schedule { get; init; } = Schedules.Warmup;
            """)
        {
            Outside = """

                public static class Schedules
                {
                    public static Real Warmup(Integer count) => Real.Min(count, 100) / 100;
                }
                """,
        };

        yield return new(Rule, "fresh eyes 5: a MathNet-style static utility class narrowing a dot product", """
            Real dot = LinearAlgebra.Dot(gradient, state.Velocity);
            update[0] = -LearningRate * dot;
            """)
        {
            Outside = """

                public static class LinearAlgebra
                {
                    public static Real Dot(ReadOnlySpan<Real> a, ReadOnlySpan<Real> b)
                    {
                        float sum = 0;
                        for (int i = 0; i < a.Length; i++)
                            sum += {|#0:(float)(a[i] * b[i])|};
                        return sum;
                    }
                }
                """,
            InDouble = [Conversion("A cast", "Double", "Single", RealDouble)],
        };

        yield return new(Rule, "fresh eyes 5: a static utility method returning float stored in the Real slot", """
            state.Value = {|#1:Statistics.Mean(gradient)|};
            update[0] = -LearningRate * state.Value;
            """)
        {
            Outside = """

                public static class Statistics
                {
                    public static float Mean(ReadOnlySpan<Real> values)
                    {
                        double sum = 0;
                        foreach (Real v in values)
                            sum += v;
                        return {|#0:(float)(sum / values.Length)|};
                    }
                }
                """,
            InDouble = [Conversion("A cast", "Double", "Single", RealDouble), SlotValue("Value", RealDouble, "a Single", marker: 1)],
        };

        yield return new(Rule, "fresh eyes 5: a generic INumber<T> clip local function instantiated at int, its result stored", """
            int evaluations = gradient.Length;
            state.NumLinesearchSteps = {|#0:Clip(evaluations, MemorySize)|};
            update[0] = -LearningRate * gradient[0];

            static T Clip<T>(T x, T hi) where T : INumber<T> => T.Min(x, hi);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a generic counter instantiated at int, its result stored", """
            state.Count = {|#0:CountNonZero<int>(gradient)|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private static T CountNonZero<T>(ReadOnlySpan<Real> values) where T : INumber<T>
            {
                T n = T.Zero;
                foreach (Real v in values)
                    if (v != 0) n++;
                return n;
            }
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: the same generic counter instantiated at Integer stays quiet", """
            state.Count = CountNonZero<Integer>(gradient);
            update[0] = -LearningRate * gradient[0];
            """, """
            private static T CountNonZero<T>(ReadOnlySpan<Real> values) where T : INumber<T>
            {
                T n = T.Zero;
                foreach (Real v in values)
                    if (v != 0) n++;
                return n;
            }
            """);

        yield return new(Rule, "fresh eyes 5: an ML.NET-style options class whose property getter narrows", """
            var options = new TrainerOptions { L2Weight = LearningRate };
            update[0] = -(options.Effective + LearningRate) * gradient[0];
            """, """
            private sealed class TrainerOptions
            {
                public Real L2Weight { get; init; }

                public Real Effective => {|#0:(float)L2Weight|};
            }
            """)
        { InDouble = [Conversion("A cast", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a method of an options class not called from the transition stays quiet", """
            var options = new TrainerOptions { L2Weight = LearningRate };
            update[0] = -(options.L2Weight + LearningRate) * gradient[0];
            """, """
            private sealed class TrainerOptions
            {
                public Real L2Weight { get; init; }

                public float Describe() => (float)L2Weight;
            }
            """);

        yield return new(Rule, "fresh eyes 5: an interface default property narrowing, read through the interface", """
            ISchedule schedule = new Constant();
            update[0] = -schedule.Rate * gradient[0];
            """, """
            private interface ISchedule
            {
                Real Base { get; }

                Real Rate => {|#0:(float)Base|};
            }

            private sealed class Constant : ISchedule
            {
                public Real Base => (Real)0.5;
            }
            """)
        { InDouble = [Conversion("A cast", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a virtual method overridden by a sealed record, called on the base record", """
            Decay decay = new StepDecay(LearningRate);
            update[0] = -decay.At(state.Count) * gradient[0];
            """, """
            private abstract record Decay(Real Initial)
            {
                public virtual Real At(Integer count) => Initial;
            }

            private sealed record StepDecay(Real Initial) : Decay(Initial)
            {
                public override Real At(Integer count) => Initial / (1 + {|#0:(int)(count / 100)|});
            }
            """)
        { InDouble = [Conversion("A cast", "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a lambda in a Func property set by a factory method outside the spec", """
            update[0] = -Schedule(state.Count) * gradient[0];
            """, """
            public Func<Integer, Real> Schedule { get; init; } = count => (Real)0.1;
            """)
        {
            Outside = """

                public static class SpecFactory
                {
                    public static Spec WithDecay() => new() { Schedule = count => 1 / (1 + {|#0:(float)count|}) };
                }
                """,
            InDouble = [Conversion("A cast", "Int64", "Single", RealDouble)],
        };

        yield return new(Rule, "fresh eyes 5: a constructor of a helper built in the transition narrows its argument", """
            var clip = new GradientClipper(LearningRate);
            update[0] = -clip.Apply(gradient[0]);
            """, """
            private sealed class GradientClipper
            {
                private readonly float limit;

                public GradientClipper(Real limit) => this.limit = {|#0:(float)limit|};

                public Real Apply(Real g) => Real.Clamp(g, -(Real)limit, (Real)limit);
            }
            """)
        { InDouble = [Conversion("A cast", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: the same clipper keeping a Real limit stays quiet", """
            var clip = new GradientClipper(LearningRate);
            update[0] = -clip.Apply(gradient[0]);
            """, """
            private sealed class GradientClipper
            {
                private readonly Real limit;

                public GradientClipper(Real limit) => this.limit = limit;

                public Real Apply(Real g) => Real.Clamp(g, -limit, limit);
            }
            """);

        yield return new(Rule, "fresh eyes 5: a struct strategy's static abstract factory at the type argument of a generic local function", """
            Real rate = RateOf<Halved>(LearningRate);
            update[0] = -rate * gradient[0];

            static Real RateOf<TRule>(Real lr) where TRule : IRateRule => TRule.Apply(lr);
            """, """
            private interface IRateRule
            {
                static abstract Real Apply(Real lr);
            }

            private struct Halved : IRateRule
            {
                public static Real Apply(Real lr) => {|#0:(float)lr|} / 2;
            }
            """)
        { InDouble = [Conversion("A cast", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an extension method on Span<Real> called on a slot narrows its elements", """
            state.Velocity.AsSpan().RoundToFloat();
            update[0] = -LearningRate * gradient[0];
            """)
        {
            Outside = """

                public static class SpanRounding
                {
                    public static void RoundToFloat(this Span<Real> values)
                    {
                        for (int i = 0; i < values.Length; i++)
                            values[i] = {|#0:(float)values[i]|};
                    }
                }
                """,
            InDouble = [Conversion("A cast", "Double", "Single", RealDouble)],
        };
    }

    private static IEnumerable<AnalyzerCase> Exemptions()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh eyes 5: the high word of the count, (int)(count >> 32), fits exactly", """
            int high = (int)(state.Count >> 32);
            update[0] = -LearningRate * gradient[0] * high;
            """);

        yield return new(Rule, "fresh eyes 5: (int)(count >> 31) does not fit", """
            int high = {|#0:(int)(state.Count >> 31)|};
            update[0] = -LearningRate * gradient[0] * high;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a descending long index stepping by two", """
            for (long i = gradient.Length - 1; i >= 0; i -= 2)
                update[(int)i] = -LearningRate * gradient[(int)i];
            """);

        yield return new(Rule, "fresh eyes 5: pairs of coordinates with a long index and i + 1", """
            for (long i = 0; i + 1 < gradient.Length; i += 2)
            {
                update[(int)i] = -LearningRate * gradient[(int)i];
                update[(int)(i + 1)] = -LearningRate * gradient[(int)(i + 1)];
            }
            """);

        yield return new(Rule, "fresh eyes 5: Math.Min(count, int.MaxValue) saturates into an int", """
            int filled = (int)Math.Min(state.Count, int.MaxValue);
            update[0] = -LearningRate * gradient[0] * filled;
            """);

        yield return new(Rule, "fresh eyes 5: Math.Min of the count and a long span length", """
            int filled = (int)Math.Min(state.Count, (long)gradient.Length);
            update[filled > 0 ? filled - 1 : 0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: (int)Math.Max(0, count - MemorySize) is unbounded above", """
            int skipped = {|#0:(int)Math.Max(0, state.Count - MemorySize)|};
            update[0] = -LearningRate * gradient[0] * skipped;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: the count divided by an Integer hyperparameter of no declared bounds", """
            int epoch = {|#0:(int)(state.Count / MaxSteps)|};
            update[0] = -LearningRate * gradient[0] * epoch;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a scrambled ring index (count * 7) % MemorySize", """
            int slot = (int)((state.Count * 7) % MemorySize);
            state.Weights[slot < 0 ? slot + MemorySize : slot] = state.Value;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a local function wrapping any long into the ring", """
            state.Ring[Wrap(state.Count)] = state.Count;
            state.Ring[Wrap(state.Count - 1 + MemorySize)] += 1;
            update[0] = -LearningRate * gradient[0];

            int Wrap(long k) => (int)(((k % MemorySize) + MemorySize) % MemorySize);
            """);

        yield return new(Rule, "fresh eyes 5: 16-bit masks: ushort fits in both modes, short does not", """
            for (int i = 0; i < gradient.Length; i++)
            {
                ushort bucket = (ushort)(i & 0xFFFF);
                short signed = {|#0:(short)(i & 0xFFFF)|};
                update[i] = -LearningRate * gradient[i] * (bucket - signed);
            }
            """)
        {
            InDouble = [Conversion(Cast, "Int32", "Int16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 5: half the parameter count rounded up through a long", """
            int half = (int)((gradient.Length + 1L) / 2);
            for (int i = 0; i < half; i++)
                update[i] = -LearningRate * gradient[i];
            """);

        yield return new(Rule, "fresh eyes 5: the size of a history buffer as a product of two ints in long", """
            int cells = {|#0:(int)((long)MemorySize * gradient.Length)|};
            update[0] = -LearningRate * gradient[0] * cells;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: Math.Clamp of the count minus one into the ring", """
            int newest = (int)Math.Clamp(state.Count - 1, 0L, MemorySize - 1);
            update[0] = -state.Weights[newest] * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a uint of a span length and a ulong of the count for BitOperations", """
            int levels = BitOperations.Log2((uint)gradient.Length) + 1;
            int depth = BitOperations.Log2((ulong)state.Count + 1);
            update[0] = -LearningRate * gradient[0] * (levels + depth);
            """);

        yield return new(Rule, "fresh eyes 5: a do-while counting a long index down to zero", """
            long k = gradient.Length;
            do
            {
                k--;
                update[(int)k] = -LearningRate * gradient[(int)k];
            }
            while (k > 0);
            """);

        yield return new(Rule, "fresh eyes 5: a long index reset to zero when it reaches the length", """
            long cursor = state.Count;
            for (int step = 0; step < gradient.Length; step++)
            {
                cursor++;
                if (cursor >= gradient.Length)
                    cursor = 0;
                update[step] = -LearningRate * gradient[{|#0:(int)cursor|}];
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a long index kept in range by a remainder after each increment", """
            long cursor = 0;
            for (int step = 0; step < gradient.Length; step++)
            {
                cursor = (cursor + 1) % gradient.Length;
                update[step] = -LearningRate * gradient[(int)cursor];
            }
            """);

        yield return new(Rule, "fresh eyes 5: the remainder of the count by the ring's LongLength", """
            int slot = (int)(state.Count % state.Ring.LongLength);
            state.Ring[slot < 0 ? 0 : slot] = state.Count;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a nested loop over a row-major history with long row offsets", """
            for (long row = 0; row < MemorySize; row++)
            {
                long offset = row * gradient.Length;
                for (int j = 0; j < gradient.Length; j++)
                    update[j] -= LearningRate * state.History[{|#0:(int)(offset + j)|}];
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };
    }

    private static IEnumerable<AnalyzerCase> Seeds()
    {
        const string Rule = SeedStyleCases.Rule;

        yield return new(Rule, "fresh eyes 5: seed as a backtracking record whose Run returns a tuple with an int count", """
            var search = new Backtracking((Real)0.5, MemorySize);
            var (step, trials) = search.Run(Real.Abs(gradient[0]), LearningRate);
            state.NumLinesearchSteps = {|#0:trials|};
            update[0] = -step * gradient[0];
            """, """
            private sealed record Backtracking(Real Shrink, int MaxTrials)
            {
                public (Real Step, int Trials) Run(Real slope, Real step)
                {
                    int trials = 0;
                    while (trials < MaxTrials && step * slope > 1)
                    {
                        step *= Shrink;
                        trials++;
                    }

                    return (step, trials);
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed as an abstract line search's int Trials property read after Search", """
            Real step = Search.Run(Real.Abs(gradient[0]), LearningRate);
            state.NumLinesearchSteps = {|#0:Search.Trials|};
            update[0] = -step * gradient[0];
            """, """
            private static readonly LineSearchBase Search = new Armijo();

            private abstract class LineSearchBase
            {
                public int Trials { get; protected set; }

                public abstract Real Run(Real slope, Real step);
            }

            private sealed class Armijo : LineSearchBase
            {
                public override Real Run(Real slope, Real step)
                {
                    Trials = 0;
                    while (step * slope > 1 && Trials < 20) { step /= 2; Trials++; }
                    return step;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed as a scipy-style OptimizeResult with nfev and nit fields", """
            OptimizeResult result = MinimizeScalar(Real.Abs(gradient[0]));
            state.NumLinesearchSteps = {|#0:result.nfev|};
            state.Count += result.nit;
            state.Value = result.x;
            update[0] = -result.x * gradient[0];
            """, """
            private sealed class OptimizeResult
            {
                public Real x;
                public int nfev;
                public int nit;
            }

            private OptimizeResult MinimizeScalar(Real slope)
            {
                var result = new OptimizeResult { x = LearningRate };
                while (result.x * slope > 1 && result.nit < MemorySize)
                {
                    result.x /= 2;
                    result.nit++;
                    result.nfev += 2;
                }

                return result;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed as a MathNet-style counting objective wrapper", """
            int n = gradient.Length;
            var counted = new CountingObjective(x => x * x * n);
            Real step = LearningRate;
            while (counted.Evaluate(step) > 1 && counted.Evaluations < MemorySize)
                step /= 2;
            state.NumLinesearchSteps = {|#0:counted.Evaluations|};
            update[0] = -step * gradient[0];
            """, """
            private sealed class CountingObjective(Func<Real, Real> f)
            {
                public int Evaluations { get; private set; }

                public Real Evaluate(Real x)
                {
                    Evaluations++;
                    return f(x);
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed clamped with int.Min against a static options field", """
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1) { step /= 2; trials++; }
            state.NumLinesearchSteps = {|#0:int.Min(trials, Options.MaxIterations)|};
            update[0] = -step * gradient[0];
            """, """
            private static readonly SearchOptions Options = new();

            private sealed class SearchOptions
            {
                public int MaxIterations = 20;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed written in a switch statement's sections", """
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < MemorySize) { step /= 2; trials++; }
            switch (trials)
            {
                case 0:
                    state.NumLinesearchSteps = 0;
                    break;
                default:
                    state.NumLinesearchSteps = {|#0:trials|};
                    break;
            }

            update[0] = -step * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed through a mutable struct result passed by ref to a local function", """
            var info = new ZoomInfo { Step = LearningRate };
            Zoom(ref info, Real.Abs(gradient[0]));
            state.NumLinesearchSteps = {|#0:info.NumSteps|};
            update[0] = -info.Step * gradient[0];

            void Zoom(ref ZoomInfo z, Real slope)
            {
                while (z.Step * slope > 1 && z.NumSteps < MemorySize)
                {
                    z.Step /= 2;
                    z.NumSteps++;
                }
            }
            """, """
            private struct ZoomInfo
            {
                public Real Step;
                public int NumSteps;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed through an event args object raised by the line search", """
            int reported = 0;
            var search = new NotifyingSearch();
            search.Finished += (_, e) => reported = e.Trials;
            Real step = search.Run(Real.Abs(gradient[0]), LearningRate);
            state.NumLinesearchSteps = {|#0:reported|};
            update[0] = -step * gradient[0];
            """, """
            private sealed class SearchFinishedEventArgs(int trials) : EventArgs
            {
                public int Trials { get; } = trials;
            }

            private sealed class NotifyingSearch
            {
                public event EventHandler<SearchFinishedEventArgs>? Finished;

                public Real Run(Real slope, Real step)
                {
                    int trials = 0;
                    while (step * slope > 1 && trials < 20) { step /= 2; trials++; }
                    Finished?.Invoke(this, new SearchFinishedEventArgs(trials));
                    return step;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")], NullableProject = true };

        yield return new(Rule, "fresh eyes 5: seed through a generic Larger<T> helper at int", """
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < MemorySize) { step /= 2; trials++; }
            state.NumLinesearchSteps = {|#0:Larger(trials, 1)|};
            update[0] = -step * gradient[0];
            """, """
            private static T Larger<T>(T a, T b) where T : INumber<T> => T.Max(a, b);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed fixed: the same generic helper at Integer", """
            Integer trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < MemorySize) { step /= 2; trials++; }
            state.NumLinesearchSteps = Larger(trials, 1);
            update[0] = -step * gradient[0];
            """, """
            private static T Larger<T>(T a, T b) where T : INumber<T> => T.Max(a, b);
            """);

        yield return new(Rule, "fresh eyes 5: seed written through the state handed to an extension method of State", """
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < MemorySize) { step /= 2; trials++; }
            state.Record(trials, step);
            update[0] = -step * gradient[0];
            """)
        {
            Outside = """

                public static class StateRecording
                {
                    public static void Record(this Spec.State state, int trials, Real step)
                    {
                        state.NumLinesearchSteps = {|#0:trials|};
                        state.Value = step;
                    }
                }
                """,
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "fresh eyes 5: seed fixed: the extension method of State takes an Integer", """
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < MemorySize) { step /= 2; trials++; }
            state.Record(trials, step);
            update[0] = -step * gradient[0];
            """)
        {
            Outside = """

                public static class StateRecording
                {
                    public static void Record(this Spec.State state, Integer trials, Real step)
                    {
                        state.NumLinesearchSteps = trials;
                        state.Value = step;
                    }
                }
                """,
        };

        yield return new(Rule, "fresh eyes 5: seed as a float step from a float32 line search in Double mode", """
            float step = (float)0.5;
            float slope = Beta;
            while (step * slope > 1) step /= 2;
            state.Value = {|#0:step|};
            update[0] = -state.Value * gradient[0];
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new(Rule, "fresh eyes 5: seed in an iterator's trial records summed into an int", """
            int total = 0;
            foreach (var (step, evaluations) in Trials(LearningRate, Real.Abs(gradient[0])))
                total += evaluations;
            state.NumLinesearchSteps = {|#0:total|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private static System.Collections.Generic.IEnumerable<(Real Step, int Evaluations)> Trials(Real step, Real slope)
            {
                for (int k = 1; step * slope > 1 && k < 20; k++)
                {
                    step /= 2;
                    yield return (step, k);
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed as a count stored through a Memory<Integer> of the ring", """
            int trials = MemorySize / 2;
            Memory<Integer> memory = state.Ring;
            memory.Span[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: seed fixed in every style above: Integer counts throughout", """
            Integer trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < MemorySize) { step /= 2; trials++; }
            var info = (Step: step, Trials: trials);
            state.NumLinesearchSteps = info.Trials;
            (state.Value, state.Count) = Tuple.Create(step, trials + state.Count);
            Memory<Integer> memory = state.Ring;
            memory.Span[0] = Integer.Max(trials, 1);
            update[0] = -step * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> Correct()
    {
        const string Rule = IdiomaticCases.Rule;

        yield return new(Rule, "fresh eyes 5: a PyTorch Adam port with a param-group class and Integer step", """
            var group = new AdamGroup(LearningRate, (Real)0.9, (Real)0.999, (Real)1e-8);
            state.Count++;
            Real c1 = 1 - Real.Pow(group.Beta1, state.Count);
            Real c2 = 1 - Real.Pow(group.Beta2, state.Count);
            for (int i = 0; i < gradient.Length; i++)
            {
                ref Real m = ref state.Velocity[i];
                ref Real v = ref state.Second[i];
                m = group.Beta1 * m + (1 - group.Beta1) * gradient[i];
                v = group.Beta2 * v + (1 - group.Beta2) * gradient[i] * gradient[i];
                update[i] = -group.Lr * (m / c1) / (Real.Sqrt(v / c2) + group.Eps);
            }
            """, """
            private sealed record AdamGroup(Real Lr, Real Beta1, Real Beta2, Real Eps);
            """);

        yield return new(Rule, "fresh eyes 5: an ML.NET-style trainer with options, an Integer iteration and a long example count", """
            var options = new Options { L2 = LearningRate / 10, MaxIterations = MaxSteps };
            long examples = gradient.Length;
            if (state.Count < options.MaxIterations)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -LearningRate * (gradient[i] + options.L2 * state.Velocity[i]) / examples;
                state.Count++;
            }

            state.Total += examples;
            """, """
            private sealed class Options
            {
                public Real L2 { get; init; }

                public Integer MaxIterations { get; init; }
            }
            """);

        yield return new(Rule, "fresh eyes 5: span extension methods computing norms and dots in Real", """
            Real norm = gradient.Norm();
            Real dot = gradient.Dot(state.Velocity);
            Real scale = norm > 1 ? 1 / norm : 1;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * scale * gradient[i];
            state.Value = dot;
            """)
        {
            Outside = """

                public static class SpanMath
                {
                    public static Real Norm(this ReadOnlySpan<Real> x) => Real.Sqrt(x.Dot(x));

                    public static Real Dot(this ReadOnlySpan<Real> x, ReadOnlySpan<Real> y)
                    {
                        Real sum = 0;
                        for (int i = 0; i < x.Length; i++)
                            sum += x[i] * y[i];
                        return sum;
                    }
                }
                """,
        };

        yield return new(Rule, "fresh eyes 5: a scipy-style Brent bracket with Integer nfev and a record struct result", """
            var result = Bracket(Real.Abs(gradient[0]));
            state.NumLinesearchSteps = result.Nfev;
            state.Value = result.X;
            update[0] = -result.X * gradient[0];
            """, """
            private readonly record struct BracketResult(Real X, Integer Nfev);

            private BracketResult Bracket(Real slope)
            {
                Real lo = 0, hi = LearningRate;
                Integer nfev = 0;
                for (int k = 0; k < MemorySize && hi - lo > (Real)1e-6; k++)
                {
                    Real mid = (lo + hi) / 2;
                    nfev++;
                    if (mid * slope > 1) hi = mid; else lo = mid;
                }

                return new BracketResult((lo + hi) / 2, nfev);
            }
            """);

        yield return new(Rule, "fresh eyes 5: L-BFGS ring bookkeeping with Math.Min, a remainder and a descending loop", """
            int filled = (int)Math.Min(state.Count, MemorySize);
            int newest = (int)((state.Count + MemorySize - 1) % MemorySize);
            Real[] q = gradient.ToArray();
            Span<Real> alpha = stackalloc Real[MemorySize];
            for (int k = 0; k < filled; k++)
            {
                int slot = (newest - k + MemorySize) % MemorySize;
                alpha[slot] = state.Weights[slot] * q[0];
                q[0] -= alpha[slot];
            }

            for (long k = filled - 1; k >= 0; k--)
            {
                int slot = (int)((newest - k + MemorySize) % MemorySize);
                q[0] += alpha[slot] - state.Weights[slot] * q[0];
            }

            state.Ring[newest] = state.Count;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * q[i];
            state.Count++;
            """);

        yield return new(Rule, "fresh eyes 5: a float32 master copy kept in the float[] slot, cast at the store", """
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Mu[i] = Beta * state.Mu[i] + (1 - Beta) * (float)gradient[i];
                state.Mu[i] *= (float)Real.Clamp(1 - LearningRate, 0, 1);
                update[i] = -LearningRate * state.Mu[i];
            }

            state.Scale = MathF.Max(state.Scale, (float)Real.Abs(gradient[0]));
            """);

        yield return new(Rule, "fresh eyes 5: a counted line search with Integer counts through out, ref and a tuple", """
            Real step = Search(Real.Abs(gradient[0]), out Integer trials);
            Bump(ref state.Count, trials);
            (state.NumLinesearchSteps, state.Value) = (trials, step);
            update[0] = -step * gradient[0];
            """, """
            private Real Search(Real slope, out Integer trials)
            {
                Real step = LearningRate;
                trials = 0;
                while (step * slope > 1 && trials < MaxSteps) { step /= 2; trials++; }
                return step;
            }

            private static void Bump(ref Integer count, Integer by) => count += by;
            """);

        yield return new(Rule, "fresh eyes 5: a warmup-cosine schedule as a record with 'with' and Integer steps", """
            var schedule = new WarmupCosine(LearningRate, 100, MaxSteps);
            if (state.Count > 1000)
                schedule = schedule with { Warmup = 0 };
            Real rate = schedule.At(state.Count);
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -rate * gradient[i];
            state.Count++;
            """, """
            private sealed record WarmupCosine(Real Peak, Integer Warmup, Integer Total)
            {
                public Real At(Integer step)
                {
                    if (step < Warmup)
                        return Peak * (step + 1) / Warmup;
                    Real progress = Real.Min((Real)(step - Warmup) / Real.Max(Total - Warmup, 1), 1);
                    return Peak * (1 + Real.Cos(Real.Pi * progress)) / 2;
                }
            }
            """);

        yield return new(Rule, "fresh eyes 5: an int loop over gradient chunks with Vector<Real> and a scalar tail", """
            int width = Vector<Real>.Count;
            int i = 0;
            var lr = new Vector<Real>(LearningRate);
            for (; i + width <= gradient.Length; i += width)
            {
                var g = new Vector<Real>(gradient.Slice(i, width));
                var v = new Vector<Real>(state.Velocity, i) * new Vector<Real>(LearningRate) + g;
                v.CopyTo(state.Velocity, i);
                (-lr * v).CopyTo(update.Slice(i, width));
            }

            for (; i < gradient.Length; i++)
            {
                state.Velocity[i] = state.Velocity[i] * LearningRate + gradient[i];
                update[i] = -LearningRate * state.Velocity[i];
            }
            """);

        yield return new(Rule, "fresh eyes 5: counts from collections cast to Integer before they reach the slots", """
            var accepted = new System.Collections.Generic.List<Real>();
            var seen = new System.Collections.Generic.HashSet<Real>();
            Real step = LearningRate;
            for (int k = 0; k < MemorySize; k++)
            {
                if (seen.Add(step) && step * Real.Abs(gradient[0]) < 1)
                    accepted.Add(step);
                step /= 2;
            }

            state.NumLinesearchSteps = (Integer)accepted.Count;
            state.Count += seen.Count;
            state.Small = accepted.Count;
            state.Total = (long)seen.Count;
            update[0] = -step * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a gradient-noise helper seeded from the count's bits", """
            var random = new Random(unchecked((int)(state.Count & 0x7FFFFFFF)));
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * (gradient[i] + (Real)random.NextDouble() / 100);
            state.Count++;
            """);

        yield return new(Rule, "fresh eyes 5: enums, bools and chars that never reach a slot narrowed", """
            var phase = state.Count < MaxSteps ? Phase.Warmup : Phase.Decay;
            int phaseIndex = (int)phase;
            char marker = phase == Phase.Warmup ? 'w' : 'd';
            Real scale = phaseIndex == 0 ? LearningRate : LearningRate / 10;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -scale * gradient[i];
            state.Small = phaseIndex + (marker == 'w' ? 1 : 0);
            state.Count++;
            """, """
            private enum Phase { Warmup, Decay }
            """);
    }

    private static IEnumerable<AnalyzerCase> Edges()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh eyes 5: generic-math Integer.Min, long.Clamp and Integer.Abs as ring indices", """
            int filled = (int)Integer.Min(state.Count, MemorySize);
            int newest = (int)long.Clamp(state.Count - 1, 0, MemorySize - 1);
            int slot = (int)Integer.Abs(state.Count % MemorySize);
            int last = (int)Integer.Max(0, Integer.Min(state.Count, MemorySize) - 1);
            update[0] = -LearningRate * gradient[0] * (filled + newest + slot + last);
            """);

        yield return new(Rule, "fresh eyes 5: an Integer hyperparameter with Minimum and Maximum as a window", """
            int window = (int)Window;
            int slot = (int)(state.Count % Window);
            int filled = (int)Math.Min(state.Count, Window);
            update[0] = -LearningRate * gradient[0] * (window + slot + filled);
            """, """
            [Hyperparameter(Minimum = 1, Maximum = 64)] public Integer Window { get; init; } = 8;
            """);

        yield return new(Rule, "fresh eyes 5: an Integer hyperparameter with only a Minimum is not an int", """
            int horizon = {|#0:(int)Horizon|};
            update[0] = -LearningRate * gradient[0] * horizon;
            """, """
            [Hyperparameter(Minimum = 1)] public Integer Horizon { get; init; } = 100;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a loop test written the other way round, length > i", """
            for (long i = 0; gradient.Length > i; i++)
                update[(int)i] = -LearningRate * gradient[(int)i];
            """);

        yield return new(Rule, "fresh eyes 5: a loop stepping with i = i + 1", """
            for (long i = 0; i < gradient.Length; i = i + 1)
                update[(int)i] = -LearningRate * gradient[(int)i];
            """);

        yield return new(Rule, "fresh eyes 5: a var 0L index with <= length - 1 and a pre-increment", """
            for (var i = 0L; i <= gradient.Length - 1; ++i)
                update[(int)i] = -LearningRate * gradient[(int)i];
            """);

        yield return new(Rule, "fresh eyes 5: unsigned shifts and remainders of the count through ulong", """
            int high = (int)((ulong)state.Count >> 33);
            int slot = (int)((ulong)state.Count % (ulong)MemorySize);
            int lane = (int)(state.Count % Vector<Real>.Count);
            update[0] = -LearningRate * gradient[0] * (high + slot + lane);
            """);

        yield return new(Rule, "fresh eyes 5: bytes and shorts from the count's top bits that fit in both modes", """
            short top = (short)(state.Count >> 48);
            sbyte sign = (sbyte)(state.Count >> 57);
            ushort high = (ushort)(state.Count >>> 48);
            byte first = (byte)(state.Count >>> 56);
            update[0] = -LearningRate * gradient[0] * (top + sign + high + first);
            """);

        yield return new(Rule, "fresh eyes 5: an arithmetic shift of the count by 56 may be negative: no byte, in both modes", """
            byte top = {|#0:(byte)(state.Count >> 56)|};
            update[0] = -LearningRate * gradient[0] * top;
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Byte", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Byte", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 5: an unsigned shift by 40 leaves 24 bits: no ushort, in both modes", """
            ushort high = {|#0:(ushort)(state.Count >>> 40)|};
            update[0] = -LearningRate * gradient[0] * high;
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "UInt16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "UInt16", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 5: a remainder of an int loop index cast to short fits in both modes", """
            for (int i = 0; i < gradient.Length; i++)
            {
                short bucket = (short)(i % 1000);
                update[i] = -LearningRate * gradient[i] * bucket;
            }
            """);

        yield return new(Rule, "fresh eyes 5: a local rewritten by a tuple assignment is not bounded by its initializer", """
            long previous = 0, current = 0;
            for (int k = 0; k < MemorySize; k++)
                (previous, current) = (current, state.Count + k);
            int gap = {|#0:(int)(current - previous)|};
            update[0] = -LearningRate * gradient[0] * gap;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a guarded local swapped by a tuple assignment is no longer bounded by the guard", """
            long window = state.Count;
            long other = state.Total;
            if (window < MemorySize)
            {
                (window, other) = (other, window);
                update[0] = -LearningRate * gradient[{|#0:(int)window|}];
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: Math.Min with the ring's last index", """
            int newest = (int)Math.Min(state.Count, (long)state.Ring.Length - 1);
            update[0] = -LearningRate * gradient[0] * state.Ring[newest < 0 ? 0 : newest];
            """);
    }

    private static IEnumerable<AnalyzerCase> Dispatch()
    {
        const string Rule = ScopeCases.Rule;

        yield return new(Rule, "fresh eyes 5: a generic solver class at float calls a generic helper with its type parameter", """
            var solver = new Solver<float>();
            update[0] = -LearningRate * solver.Run(gradient[0]);
            """, """
            private sealed class Solver<T> where T : INumber<T>
            {
                public Real Run(Real x) => Real.CreateTruncating(Quantize<T>(x));
            }

            private static TOut Quantize<TOut>(Real x) where TOut : INumber<TOut> => {|#0:TOut.CreateTruncating(x)|};
            """)
        { InDouble = [Conversion("'TOut.CreateTruncating'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: two generic methods passing their type argument on, at Half, in both modes", """
            update[0] = -LearningRate * Outer<Half>(gradient[0]);
            """, """
            private static Real Outer<T>(Real x) where T : INumber<T> => Real.CreateTruncating(Inner<T>(x));

            private static T Inner<T>(Real x) where T : INumber<T> => {|#0:T.CreateTruncating(x)|};
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'T.CreateTruncating'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh eyes 5: a generic base class's helper at the type argument a sealed subclass fixes", """
            ILineSearch search = new Float32Search();
            update[0] = -search.Run(LearningRate) * gradient[0];
            """, """
            private interface ILineSearch
            {
                Real Run(Real step);
            }

            private abstract class LineSearch<T> : ILineSearch where T : INumber<T>
            {
                protected static T Narrow(Real x) => {|#0:T.CreateTruncating(x)|};

                public abstract Real Run(Real step);
            }

            private sealed class Float32Search : LineSearch<float>
            {
                public override Real Run(Real step) => Real.CreateTruncating(Narrow(step / 2));
            }
            """)
        { InDouble = [Conversion("'T.CreateTruncating'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a static generic class's method at float", """
            update[0] = -LearningRate * Caster<float>.From(gradient[0]);
            """, """
            private static class Caster<T> where T : INumber<T>
            {
                public static Real From(Real x) => Real.CreateTruncating({|#0:T.CreateTruncating(x)|});
            }
            """)
        { InDouble = [Conversion("'T.CreateTruncating'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a constructor chained with : this(...) narrows in its initializer", """
            var clip = new Clipper(LearningRate);
            update[0] = -clip.Apply(gradient[0]);
            """, """
            private sealed class Clipper
            {
                private readonly Real limit;

                public Clipper(Real limit) : this({|#0:(float)limit|}, true) { }

                private Clipper(float limit, bool symmetric) => this.limit = symmetric ? limit : 0;

                public Real Apply(Real g) => Real.Clamp(g, -limit, limit);
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an interface indexer's setter narrowing, written through the interface", """
            IRing ring = new FloatRing(MemorySize);
            ring[0] = gradient[0];
            update[0] = -LearningRate * ring[0];
            """, """
            private interface IRing
            {
                Real this[int k] { get; set; }
            }

            private sealed class FloatRing(int size) : IRing
            {
                private readonly float[] values = new float[size];

                public Real this[int k]
                {
                    get => (Real)values[k];
                    set => values[k] = {|#0:(float)value|};
                }
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an interface member implemented abstractly by a base class and overridden below", """
            ISearch search = new Halving();
            update[0] = -search.Next(LearningRate) * gradient[0];
            """, """
            private interface ISearch
            {
                Real Next(Real step);
            }

            private abstract class SearchBase : ISearch
            {
                public abstract Real Next(Real step);
            }

            private sealed class Halving : SearchBase
            {
                public override Real Next(Real step) => {|#0:(float)step|} / 2;
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an interface member implemented by a method a class inherits from its base", """
            ISearch search = new Halving();
            update[0] = -search.Next(LearningRate) * gradient[0];
            """, """
            private interface ISearch
            {
                Real Next(Real step);
            }

            private class Shrinker
            {
                public Real Next(Real step) => {|#0:(float)step|} / 2;
            }

            private sealed class Halving : Shrinker, ISearch
            {
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a delegate field set with ??= in a configuration method", """
            Real step = shrink is null ? LearningRate : shrink(LearningRate);
            update[0] = -step * gradient[0];
            """, """
            private Func<Real, Real>? shrink;

            public void UseFloat32Shrink() => shrink ??= x => {|#0:(float)x|} / 2;
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)], NullableProject = true };

        yield return new(Rule, "fresh eyes 5: a delegate field chosen by a switch expression in the constructor", """
            update[0] = -schedule(LearningRate) * gradient[0];
            """, """
            private readonly Func<Real, Real> schedule;

            public Spec() : this(0) { }

            public Spec(int kind) => schedule = kind switch
            {
                0 => x => x,
                _ => x => {|#0:(float)x|},
            };
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: a delegate property of a record set by a with-expression elsewhere", """
            update[0] = -Config.Shrink(LearningRate) * gradient[0];
            """, """
            public SearchConfig Config { get; init; } = new(x => x / 2);
            """)
        {
            Outside = """

                public sealed record SearchConfig(Func<Real, Real> Shrink);

                public static class Configs
                {
                    public static SearchConfig Float32(SearchConfig c) => c with { Shrink = x => {|#0:(float)x|} / 2 };
                }
                """,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(Rule, "fresh eyes 5: a local function declared inside a lambda", """
            Func<Real, Real> f = x =>
            {
                Real Halve(Real y) => {|#0:(float)y|} / 2;
                return Halve(x);
            };
            update[0] = -f(LearningRate) * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 5: an inherited interface implementation computing in Real stays quiet", """
            ISearch search = new Halving();
            update[0] = -search.Next(LearningRate) * gradient[0];
            """, """
            private interface ISearch
            {
                Real Next(Real step);
            }

            private class Shrinker
            {
                public Real Next(Real step) => step / 2;

                public float Describe(Real step) => (float)step;
            }

            private sealed class Halving : Shrinker, ISearch
            {
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Stores()
    {
        const string Rule = SlotFlowCases.Rule;

        yield return new(Rule, "fresh eyes 5: an Integer? cache ?? an int count", """
            Integer? cached = gradient[0] > 0 ? state.NumLinesearchSteps : null;
            int evaluations = MemorySize;
            state.NumLinesearchSteps = cached ?? {|#0:evaluations|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a deconstruction that declares one variable and assigns the slot", """
            var report = new Report(MemorySize, LearningRate);
            (state.NumLinesearchSteps, Real step) = {|#0:report|};
            update[0] = -step * gradient[0];
            """, """
            private sealed record Report(int Evaluations, Real Step);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Math.DivRem of two ints deconstructed with a var and a slot", """
            int evaluations = MemorySize * 3;
            (var rounds, state.NumLinesearchSteps) = {|#0:Math.DivRem(evaluations, MemorySize)|};
            update[0] = -LearningRate * gradient[0] * rounds;
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Array.Fill of part of the ring with an int", """
            int evaluations = MemorySize;
            int filled = (int)Math.Min(state.Count, MemorySize);
            Array.Fill(state.Ring, {|#0:evaluations|}, 0, filled);
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Interlocked.Exchange on an element of the ring", """
            int evaluations = MemorySize;
            System.Threading.Interlocked.Exchange(ref state.Ring[0], {|#0:evaluations|});
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a collection expression pushing an int count in front of the ring", """
            int evaluations = MemorySize;
            state.Ring = [{|#0:evaluations|}, .. state.Ring[..^1]];
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a collection expression pushing the Integer count in front of the ring stays quiet", """
            state.Ring = [state.Count, .. state.Ring[..^1]];
            state.Count++;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: an ML.NET-style metrics dictionary unboxed to int", """
            var metrics = new System.Collections.Generic.Dictionary<string, object> { ["nfev"] = MemorySize };
            state.NumLinesearchSteps = {|#0:(int)metrics["nfev"]|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: Convert.ToInt32 of a boxed metric is a 32-bit count", """
            var metrics = new System.Collections.Generic.Dictionary<string, object> { ["nfev"] = MemorySize };
            state.NumLinesearchSteps = {|#0:Convert.ToInt32(metrics["nfev"])|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 5: a boxed metric converted with Convert.ToInt64 and cast to Integer stays quiet", """
            var metrics = new System.Collections.Generic.Dictionary<string, object> { ["nfev"] = MemorySize };
            state.NumLinesearchSteps = (Integer)Convert.ToInt64(metrics["nfev"]);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: float NaN and infinity constants into Real and double slots stay quiet", """
            state.Value = float.NaN;
            state.Precise = float.PositiveInfinity;
            state.Scale = (float)Real.NaN;
            update[0] = -LearningRate * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> Third()
    {
        yield return new(ScopeCases.Rule, "fresh eyes 5: a transformation class storing its delegates with a tuple assignment in its constructor", """
            update[0] = -LearningRate * Transform.Update(gradient[0], state.Count);
            """, """
            private static readonly Transformation Transform = new(count => (Real)0.1, (g, count) => g / (1 + {|#0:(float)count|}));

            private sealed class Transformation
            {
                private readonly Func<Integer, Real> init;
                private readonly Func<Real, Integer, Real> update;

                public Transformation(Func<Integer, Real> init, Func<Real, Integer, Real> update) => (this.init, this.update) = (init, update);

                public Real Init(Integer count) => init(count);

                public Real Update(Real g, Integer count) => update(g, count);
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 5: a base class's field initializer runs when the transition constructs a subclass", """
            var search = new Armijo();
            update[0] = -search.Next(LearningRate) * gradient[0];
            """, """
            private static readonly Real DefaultShrink = (Real)0.3;

            private abstract class SearchBase
            {
                protected readonly float Shrink = {|#0:(float)DefaultShrink|};

                public abstract Real Next(Real step);
            }

            private sealed class Armijo : SearchBase
            {
                public override Real Next(Real step) => step * (Real)Shrink;
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 5: a base class's constructor runs when the transition constructs a subclass without one", """
            var search = new Armijo();
            update[0] = -search.Next(LearningRate) * gradient[0];
            """, """
            private abstract class SearchBase
            {
                protected readonly float Shrink;

                protected SearchBase() => Shrink = {|#0:(float)Math.Sqrt(0.5)|};

                public abstract Real Next(Real step);
            }

            private sealed class Armijo : SearchBase
            {
                public override Real Next(Real step) => step * (Real)Shrink;
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 5: a generic runner class calling its type parameter's static abstract member", """
            var runner = new Runner<Halved>();
            update[0] = -runner.Rate(LearningRate) * gradient[0];
            """, """
            private interface IRateRule
            {
                static abstract Real Apply(Real lr);
            }

            private struct Halved : IRateRule
            {
                public static Real Apply(Real lr) => {|#0:(float)lr|} / 2;
            }

            private sealed class Runner<TRule> where TRule : IRateRule
            {
                public Real Rate(Real lr) => TRule.Apply(lr);
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 5: a user-defined implicit conversion applied to a method argument", """
            var meter = new Meter(state.Value);
            float shown = MathF.Abs(meter);
            update[0] = -LearningRate * gradient[0] * shown;
            """, """
            private readonly record struct Meter(Real Value)
            {
                public static implicit operator float(Meter m) => {|#0:(float)m.Value|};
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(ExemptionCases.Rule, "fresh eyes 5: an early exit whose block clears the update before returning", """
            if (state.Count >= MemorySize)
            {
                update.Clear();
                return;
            }

            state.Weights[(int)state.Count] = gradient[0];
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: ArgumentOutOfRangeException throw helpers guarding a ring index", """
            long slot = state.Count - 1;
            ArgumentOutOfRangeException.ThrowIfNegative(slot);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, (long)MemorySize);
            update[0] = -state.Weights[(int)slot] * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: an early return on the negated test !(k < n)", """
            long k = state.Count;
            if (!(k < MemorySize) || k < 0)
                return;
            update[0] = -state.Weights[(int)k] * gradient[0];
            """);

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: Convert.ChangeType of the Real slot to float", """
            float shown = (float){|#0:Convert.ChangeType(state.Value, typeof(float))|};
            update[0] = -LearningRate * gradient[0] * shown;
            """)
        { InDouble = [Conversion("'Convert.ChangeType'", "Double", "Single", RealDouble)] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: Convert.ChangeType of the Real slot to Real stays quiet", """
            Real shown = (Real)Convert.ChangeType(state.Value, typeof(Real));
            update[0] = -LearningRate * gradient[0] * shown;
            """);

        yield return new(SlotFlowCases.Rule, "fresh eyes 5: a local function's span parameter bound to the ring, written with an int", """
            int evaluations = MemorySize;
            Push(state.Ring, evaluations);
            update[0] = -LearningRate * gradient[0];

            static void Push(Span<Integer> ring, int value)
            {
                ring[1..].CopyTo(ring);
                ring[^1] = {|#0:value|};
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 5: an array initializer replacing the ring", """
            int evaluations = MemorySize;
            state.Ring = new Integer[] { {|#0:evaluations|}, state.Count };
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 5: a local array replaced by a collection expression is no slot", """
            int evaluations = MemorySize;
            Integer[] ring = state.Ring;
            ring = [evaluations, evaluations];
            state.Ring = new Integer[] { state.Count, 0 };
            update[0] = -LearningRate * gradient[0] * ring[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> Fourth()
    {
        yield return new(ScopeCases.Rule, "fresh eyes 5: a static readonly delegate made by a factory method", """
            update[0] = -Shrink(LearningRate) * gradient[0];
            """, """
            private static readonly Func<Real, Real> Shrink = MakeShrink((Real)0.5);

            private static Func<Real, Real> MakeShrink(Real factor) => x => {|#0:(float)(x * factor)|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a while loop counting a long down with k = k - 1 first", """
            long k = gradient.Length;
            while (k > 0)
            {
                k = k - 1;
                update[(int)k] = -LearningRate * gradient[(int)k];
            }
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a ring slot declared without an initializer and set in both branches", """
            long slot;
            if (state.Count < MemorySize)
                slot = state.Count;
            else
                slot = state.Count % MemorySize;
            state.Weights[(int)slot] = gradient[0];
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a slot declared without an initializer and set to the raw count is unbounded", """
            long slot;
            if (gradient[0] > 0)
                slot = state.Count;
            else
                slot = 0;
            update[0] = -LearningRate * gradient[0] * {|#0:(int)slot|};
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(ExemptionCases.Rule, "fresh eyes 5: uint and nuint loop indices bounded by the length", """
            for (uint i = 0; i < (uint)gradient.Length; i++)
                update[(int)i] = -LearningRate * gradient[(int)i];
            for (nuint j = 0; j < (nuint)gradient.Length; j++)
                update[(int)j] += gradient[(int)j];
            """);

        yield return new(SlotFlowCases.Rule, "fresh eyes 5: a fresh State built with an object initializer", """
            int evaluations = MemorySize;
            var next = new State(gradient.Length) { NumLinesearchSteps = {|#0:evaluations|}, Count = state.Count + 1 };
            state.Velocity.CopyTo(next.Velocity, 0);
            state = next;
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 5: a copy of the state reference captured by a lambda", """
            int evaluations = MemorySize;
            State current = state;
            Action record = () => current.NumLinesearchSteps = {|#0:evaluations|};
            record();
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: the Integer count added to a float property with +=", """
            var meter = new Meter();
            meter.Total += {|#0:state.Count|};
            float total = meter.Total;
            update[0] = -LearningRate * gradient[0] * total;
            """, """
            private sealed class Meter
            {
                public float Total { get; set; }
            }
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: an int count in a dictionary index initializer of floats", """
            int evaluations = MemorySize;
            var metrics = new System.Collections.Generic.Dictionary<string, float> { ["nfev"] = {|#0:evaluations|} };
            float nfev = metrics["nfev"];
            update[0] = -LearningRate * gradient[0] * nfev;
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: a PyTorch-style bias correction with MathF.Pow of the count", """
            state.Count++;
            float correction = 1 - MathF.Pow(Beta, {|#0:state.Count|});
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] / correction;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: the same bias correction with Real.Pow stays quiet", """
            state.Count++;
            Real correction = 1 - Real.Pow((Real)Beta, state.Count);
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] / correction;
            """);
    }

    /// <summary>Conversions to a slot's own declared type, however they reach it: allowed by the contract.</summary>
    private static IEnumerable<AnalyzerCase> DeclaredTypes()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh eyes 5: conversion APIs into slots of their target's declared type", """
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] = float.CreateTruncating(gradient[i]);
            state.Small = int.CreateSaturating(state.Value);
            state.Scale = Convert.ToSingle(state.Value);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: Convert.ToInt32 of the Real slot into the int slot", """
            state.Small = Convert.ToInt32(state.Value);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: checked and unchecked casts to the int slot's own type", """
            state.Small = checked((int)state.Count);
            state.Small = unchecked((int)state.Total);
            state.Scale = checked((float)state.Value);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a tuple of casts to the declared int and float slots", """
            (state.Small, state.Scale) = ((int)state.Count, (float)state.Value);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: Interlocked and Volatile stores of casts to the slots' declared types", """
            System.Threading.Interlocked.Exchange(ref state.Small, (int)state.Count);
            System.Threading.Volatile.Write(ref state.Scale, (float)state.Value);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: Fill and Array.Fill of the float[] slot with a cast to float", """
            state.Mu.AsSpan().Fill((float)LearningRate);
            Array.Fill(state.Mu, (float)state.Value, 0, gradient.Length);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: out and ref helpers bound to float slots casting to float", """
            Quantize(gradient[0], out state.Scale);
            Shrink(ref state.Mu[0], LearningRate);
            update[0] = -LearningRate * gradient[0];
            """, """
            private static void Quantize(Real x, out float quantized) => quantized = (float)x;

            private static void Shrink(ref float value, Real factor) => value = (float)(value * factor);
            """);

        yield return new(Rule, "fresh eyes 5: MathF.FusedMultiplyAdd of a cast gradient into the float[] slot", """
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Mu[i] = MathF.FusedMultiplyAdd(Beta, state.Mu[i], (1 - Beta) * (float)gradient[i]);
                update[i] = -LearningRate * state.Mu[i];
            }
            """);

        yield return new(Rule, "fresh eyes 5: a saturating int conversion written with a conditional into the int slot", """
            state.Small = state.Count > int.MaxValue ? int.MaxValue : (int)state.Count;
            state.Small += (int)(state.Count % MemorySize);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: Math.Round to three digits cast into the float[] slot", """
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] = (float)Math.Round(gradient[i], 3);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a Half buffer widened into the float scale and the Real velocity", """
            Half[] packed = new Half[gradient.Length];
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = (Real)(float)packed[i];
                state.Scale = Half.IsNaN(packed[i]) ? 0 : (float)packed[i];
            }

            update[0] = -LearningRate * gradient[0];
            """);
    }

    /// <summary>Correct ports in the styles above that must build clean in both modes.</summary>
    private static IEnumerable<AnalyzerCase> QuietPorts()
    {
        const string Rule = IdiomaticCases.Rule;

        yield return new(Rule, "fresh eyes 5: an abstract base implementing the search interface, overridden in Real", """
            ISearch search = new Halving();
            update[0] = -search.Next(LearningRate) * gradient[0];
            """, """
            private interface ISearch
            {
                Real Next(Real step);
            }

            private abstract class SearchBase : ISearch
            {
                public abstract Real Next(Real step);

                public float Describe(Real step) => (float)step;
            }

            private sealed class Halving : SearchBase
            {
                public override Real Next(Real step) => step / 2;
            }
            """);

        yield return new(Rule, "fresh eyes 5: a transformation class with tuple-assigned delegates computing in Real", """
            update[0] = -LearningRate * Transform.Update(gradient[0], state.Count);
            """, """
            private static readonly Transformation Transform = new(count => (Real)0.1, (g, count) => g / (1 + count));

            private sealed class Transformation
            {
                private readonly Func<Integer, Real> init;
                private readonly Func<Real, Integer, Real> update;

                public Transformation(Func<Integer, Real> init, Func<Real, Integer, Real> update) => (this.init, this.update) = (init, update);

                public Real Init(Integer count) => init(count);

                public Real Update(Real g, Integer count) => update(g, count);
            }
            """);

        yield return new(Rule, "fresh eyes 5: a base class initializer and constructor in Real run by a subclass", """
            var search = new Armijo();
            update[0] = -search.Next(LearningRate) * gradient[0];
            """, """
            private abstract class SearchBase
            {
                protected readonly Real Shrink = (Real)0.5;
                protected readonly Real Floor;

                protected SearchBase() => Floor = (Real)1e-10;

                public abstract Real Next(Real step);
            }

            private sealed class Armijo : SearchBase
            {
                public override Real Next(Real step) => Real.Max(step * Shrink, Floor);
            }
            """);

        yield return new(Rule, "fresh eyes 5: a local function declared to return Integer counts in int inside", """
            state.NumLinesearchSteps = CountNonZero(gradient);
            update[0] = -LearningRate * gradient[0];

            static Integer CountNonZero(ReadOnlySpan<Real> values)
            {
                int n = 0;
                foreach (Real v in values)
                    if (v != 0) n++;
                return n;
            }
            """);

        yield return new(Rule, "fresh eyes 5: a Lookahead port syncing slow weights every MemorySize steps", """
            state.Count++;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] -= LearningRate * gradient[i];
                update[i] = -LearningRate * gradient[i];
            }

            if (state.Count % MemorySize == 0)
            {
                Real alpha = (Real)0.5;
                for (int i = 0; i < gradient.Length; i++)
                {
                    state.Second[i] += alpha * (state.Velocity[i] - state.Second[i]);
                    update[i] += state.Second[i] - state.Velocity[i];
                    state.Velocity[i] = state.Second[i];
                }
            }
            """);

        yield return new(Rule, "fresh eyes 5: global-norm clipping with TensorPrimitives and an int argmax into the int slot", """
            Real norm = System.Numerics.Tensors.TensorPrimitives.Norm(gradient);
            Real scale = norm > 1 ? 1 / norm : 1;
            System.Numerics.Tensors.TensorPrimitives.Multiply(gradient, -LearningRate * scale, update);
            state.Small = System.Numerics.Tensors.TensorPrimitives.IndexOfMaxMagnitude(gradient);
            state.Value = norm;
            """);

        yield return new(Rule, "fresh eyes 5: a status switch statement assigning Integer constants and counts", """
            var status = gradient[0] > 0 ? Status.Converged : Status.Failed;
            switch (status)
            {
                case Status.Converged:
                    state.NumLinesearchSteps = 1;
                    break;
                case Status.Failed:
                    state.NumLinesearchSteps = state.Count + 1;
                    break;
                default:
                    state.NumLinesearchSteps = -1;
                    break;
            }

            update[0] = -LearningRate * gradient[0];
            """, """
            private enum Status { Running, Converged, Failed }
            """);

        yield return new(Rule, "fresh eyes 5: long evaluation counts cast to Integer and checked Integer sums", """
            long evaluations = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && evaluations < MaxSteps)
            {
                step /= 2;
                evaluations++;
            }

            state.NumLinesearchSteps = (Integer)evaluations;
            state.Count = checked(state.Count + (Integer)evaluations);
            state.Total += evaluations;
            update[0] = -step * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a do-while walking the ring backwards from the newest entry", """
            long k = Math.Min(state.Count, MemorySize);
            Real acc = 0;
            if (k > 0)
            {
                do
                {
                    k--;
                    acc += state.Weights[(int)k];
                }
                while (k > 0);
            }

            update[0] = -LearningRate * (gradient[0] + acc);
            """);

        yield return new(Rule, "fresh eyes 5: a ring rebuilt with a collection expression of Integer values", """
            var recent = new System.Collections.Generic.List<Integer> { state.Count };
            state.Ring = [.. recent, .. state.Ring[..^1]];
            state.Count++;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: a Nesterov port over MemoryExtensions.AsSpan views", """
            Span<Real> velocity = MemoryExtensions.AsSpan(state.Velocity, 0, gradient.Length);
            Real mu = (Real)Beta;
            for (int i = 0; i < velocity.Length; i++)
            {
                velocity[i] = mu * velocity[i] + gradient[i];
                update[i] = -LearningRate * (gradient[i] + mu * velocity[i]);
            }
            """);

        yield return new(Rule, "fresh eyes 5: generic-math Lerp and Clamp helpers at Real and Integer", """
            Real blended = Lerp(state.Value, gradient[0], LearningRate);
            Integer clamped = Clamp(state.Count, 0, MaxSteps);
            state.Value = blended;
            state.Count = clamped;
            update[0] = -LearningRate * blended;
            """, """
            private static T Lerp<T>(T a, T b, T t) where T : IFloatingPoint<T> => a + (b - a) * t;

            private static T Clamp<T>(T x, T lo, T hi) where T : INumber<T> => T.Min(T.Max(x, lo), hi);
            """);

        yield return new(Rule, "fresh eyes 5: throw helpers validating a ring index before a cast", """
            long newest = (state.Count + MemorySize - 1) % MemorySize;
            ArgumentOutOfRangeException.ThrowIfNegative(newest);
            update[0] = -state.Weights[(int)newest] * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 5: schedules as static Func<Integer, Real> fields of a static class", """
            Real rate = LearningRate * Schedules.Warmup(state.Count) * Schedules.Decay(state.Count);
            update[0] = -rate * gradient[0];
            state.Count++;
            """)
        {
            Outside = """

                public static class Schedules
                {
                    public static readonly Func<Integer, Real> Warmup = count => Real.Min((Real)(count + 1) / 100, 1);
                    public static readonly Func<Integer, Real> Decay = count => 1 / Real.Sqrt(1 + count);
                }
                """,
        };

        yield return new(Rule, "fresh eyes 5: a record of Integer and Real results threaded with 'with' through a loop", """
            var trial = new Trial(0, LearningRate);
            while (trial.Evaluations < MaxSteps && trial.Step * Real.Abs(gradient[0]) > 1)
                trial = trial with { Evaluations = trial.Evaluations + 1, Step = trial.Step / 2 };
            (state.NumLinesearchSteps, state.Value) = trial;
            update[0] = -trial.Step * gradient[0];
            """, """
            private readonly record struct Trial(Integer Evaluations, Real Step);
            """);
    }

    private static IEnumerable<AnalyzerCase> Fifth()
    {
        yield return new(ScopeCases.Rule, "fresh eyes 5: a delegate field set through a validating property setter from outside", """
            update[0] = -shrink(LearningRate) * gradient[0];
            """, """
            private Func<Real, Real> shrink = x => x / 2;

            public Func<Real, Real> Shrink
            {
                get => shrink;
                set => shrink = value ?? throw new ArgumentNullException(nameof(value));
            }
            """)
        {
            Outside = """

                public static class SpecSetup
                {
                    public static Spec Float32()
                    {
                        var spec = new Spec();
                        spec.Shrink = x => {|#0:(float)x|} / 2;
                        return spec;
                    }
                }
                """,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(ExemptionCases.Rule, "fresh eyes 5: an int hyperparameter bounded to [0, 255] fits a byte in both modes", """
            byte bits = (byte)Bits;
            update[0] = -LearningRate * gradient[0] * bits;
            """, """
            [Hyperparameter(Minimum = 0, Maximum = 255)] public int Bits { get; init; } = 8;
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: an exclusive maximum of 256 keeps an int hyperparameter within a byte", """
            byte bits = (byte)Bits;
            update[0] = -LearningRate * gradient[0] * bits;
            """, """
            [Hyperparameter(Minimum = 0, Maximum = 256, ExclusiveMaximum = true)] public int Bits { get; init; } = 8;
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: an inclusive maximum of 256 does not fit a byte, in both modes", """
            byte bits = {|#0:(byte)Bits|};
            update[0] = -LearningRate * gradient[0] * bits;
            """, """
            [Hyperparameter(Minimum = 0, Maximum = 256)] public int Bits { get; init; } = 8;
            """)
        {
            InDouble = [Conversion(Cast, "Int32", "Byte", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Byte", IntegerSingle)],
        };

        yield return new(ExemptionCases.Rule, "fresh eyes 5: an early return on an or-pattern leaves the count within a short, in both modes", """
            if (state.Count is < 0 or >= 1000)
                return;
            short bucket = (short)state.Count;
            update[0] = -LearningRate * gradient[0] * bucket;
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: the count clamped to short's range with Math.Clamp and Math.Min, in both modes", """
            short clamped = (short)Math.Clamp(state.Count, 0, short.MaxValue);
            short capped = (short)Math.Min(state.Count, short.MaxValue);
            update[0] = -LearningRate * gradient[0] * (clamped + capped);
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: Python's modulo written ((x % 256) + 256) % 256 fits a byte, in both modes", """
            byte low = (byte)((state.Count % 256 + 256) % 256);
            update[0] = -LearningRate * gradient[0] * low;
            """);

        yield return new(SlotFlowCases.Rule, "fresh eyes 5: AsSpan with a range argument over the ring filled with an int", """
            int evaluations = MemorySize;
            state.Ring.AsSpan(..MemorySize).Fill({|#0:evaluations|});
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 5: the ring converted to a span by a cast, written with an int", """
            int evaluations = MemorySize;
            ((Span<Integer>)state.Ring)[0] = {|#0:evaluations|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: a validating delegate property whose setter stores lambdas computing in Real", """
            update[0] = -shrink(LearningRate) * gradient[0];
            """, """
            private Func<Real, Real> shrink = x => x / 2;

            public Func<Real, Real> Shrink
            {
                get => shrink;
                set => shrink = value ?? throw new ArgumentNullException(nameof(value));
            }
            """)
        {
            Outside = """

                public static class SpecSetup
                {
                    public static Spec Quarter()
                    {
                        var spec = new Spec();
                        spec.Shrink = x => x / 4;
                        return spec;
                    }
                }
                """,
        };

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: ring views by range, slice and span cast written with Integer values", """
            state.Ring.AsSpan(..MemorySize).Fill(state.Count);
            ((Span<Integer>)state.Ring)[0] = state.Count + 1;
            state.Ring.AsSpan(1).Clear();
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: a Signum port counting signs in Integer and a float trust scale kept in float", """
            Integer positives = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = (Real)Beta * state.Velocity[i] + (1 - (Real)Beta) * gradient[i];
                update[i] = -LearningRate * Real.Sign(state.Velocity[i]);
                if (state.Velocity[i] > 0) positives++;
            }

            state.Scale = (float)((Real)positives / gradient.Length);
            state.Count += positives;
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: a cyclic learning-rate schedule with an Integer cycle and a long position", """
            Integer cycle = 2 * MaxSteps;
            long position = state.Count % Math.Max(cycle, 1);
            Real phase = (Real)position / Math.Max(cycle, 1);
            Real rate = LearningRate * (1 - Real.Abs(2 * phase - 1));
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -rate * gradient[i];
            state.Count++;
            """);
    }

    private static IEnumerable<AnalyzerCase> Sixth()
    {
        yield return new(ExemptionCases.Rule, "fresh eyes 5: an L-BFGS 'is_full' flag in a bool local guarding the filled count", """
            bool isFull = state.Count >= MemorySize;
            int filled = isFull ? MemorySize : (int)state.Count;
            for (int k = 0; k < filled; k++)
                update[0] -= state.Weights[k] * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a bool local filled by the test, read in an if", """
            bool warm = state.Count < MemorySize;
            if (warm)
                state.Weights[(int)state.Count] = gradient[0];
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a bool flag tested before the count changes is no guard after it", """
            bool warm = state.Count < MemorySize;
            state.Count += MaxSteps;
            if (warm)
                state.Weights[{|#0:(int)state.Count|}] = gradient[0];
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 5: a static abstract property read through a type parameter", """
            update[0] = -RateOf<Tenth>() * gradient[0];

            static Real RateOf<TRule>() where TRule : IRateRule => TRule.Rate;
            """, """
            private interface IRateRule
            {
                static abstract Real Rate { get; }
            }

            private struct Tenth : IRateRule
            {
                private static readonly Real Seed = (Real)0.1;

                public static Real Rate => {|#0:(float)Seed|};
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 5: an interface property implemented abstractly and overridden", """
            ISchedule schedule = new Constant();
            update[0] = -schedule.Rate * gradient[0];
            """, """
            private interface ISchedule
            {
                Real Rate { get; }
            }

            private abstract class ScheduleBase : ISchedule
            {
                public abstract Real Rate { get; }
            }

            private sealed class Constant : ScheduleBase
            {
                private readonly Real seed = (Real)0.1;

                public override Real Rate => {|#0:(float)seed|};
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: static abstract properties and overridden interface properties in Real", """
            ISchedule schedule = new Constant();
            update[0] = -(schedule.Rate + RateOf<Tenth>()) * gradient[0];

            static Real RateOf<TRule>() where TRule : IRateRule => TRule.Rate;
            """, """
            private interface IRateRule
            {
                static abstract Real Rate { get; }
            }

            private struct Tenth : IRateRule
            {
                public static Real Rate => (Real)0.1;
            }

            private interface ISchedule
            {
                Real Rate { get; }
            }

            private abstract class ScheduleBase : ISchedule
            {
                public abstract Real Rate { get; }
            }

            private sealed class Constant : ScheduleBase
            {
                public override Real Rate => (Real)0.1;
            }
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: an AdaBelief port with a long step, float[] mu kept in float and Integer bookkeeping", """
            state.Count++;
            Real b1 = (Real)0.9, b2 = (Real)0.999;
            Real c1 = 1 - Real.Pow(b1, state.Count), c2 = 1 - Real.Pow(b2, state.Count);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                Real surprise = gradient[i] - state.Velocity[i];
                state.Second[i] = b2 * state.Second[i] + (1 - b2) * surprise * surprise;
                state.Mu[i] = (float)state.Velocity[i];
                update[i] = -LearningRate * (state.Velocity[i] / c1) / (Real.Sqrt(state.Second[i] / c2) + (Real)1e-16);
            }

            state.Total += gradient.Length;
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: a bisection over the ring with int indices and an Integer count of probes", """
            int lo = 0, hi = (int)Math.Min(state.Count, MemorySize) - 1;
            Integer probes = 0;
            while (lo < hi)
            {
                int mid = lo + (hi - lo) / 2;
                probes++;
                if (state.Weights[mid] < gradient[0]) lo = mid + 1; else hi = mid;
            }

            state.NumLinesearchSteps = probes;
            update[0] = -LearningRate * gradient[0] * (hi < 0 ? 0 : state.Weights[lo]);
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: a SplitMix64 noise generator seeded from the Integer count", """
            ulong seed = unchecked((ulong)state.Count * 0x9E3779B97F4A7C15UL);
            for (int i = 0; i < gradient.Length; i++)
            {
                seed = unchecked(seed + 0x9E3779B97F4A7C15UL);
                ulong z = seed;
                z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
                z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
                z ^= z >> 31;
                Real noise = (Real)(z >> 11) / (Real)(1UL << 53);
                update[i] = -LearningRate * (gradient[i] + noise / 100);
            }

            state.Count++;
            """);
    }

    private static IEnumerable<AnalyzerCase> Seventh()
    {
        yield return new(ConversionFormCases.Rule, "fresh eyes 5: Array.ConvertAll with the method group Convert.ToSingle", """
            float[] compact = Array.ConvertAll(state.Velocity, {|#0:Convert.ToSingle|});
            update[0] = -LearningRate * gradient[0] * compact[0];
            """)
        { InDouble = [Conversion("'Convert.ToSingle'", "Double", "Single", RealDouble)] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: Array.ConvertAll with the method group Half.CreateTruncating, in both modes", """
            Half[] packed = Array.ConvertAll(state.Velocity, {|#0:Half.CreateTruncating|});
            update[0] = -LearningRate * gradient[0] * (Real)(float)packed[0];
            """)
        {
            InDouble = [Conversion("'Half.CreateTruncating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'Half.CreateTruncating'", "Single", "Half", RealSingle)],
        };

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: Array.ConvertAll with method groups converting to Real and Integer stays quiet", """
            Real[] copy = Array.ConvertAll(state.Velocity, Real.CreateTruncating);
            Integer[] counts = Array.ConvertAll(state.Ring, Integer.CreateSaturating);
            update[0] = -LearningRate * gradient[0] * copy[0] * counts[0];
            """);

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: a generic Larger<T> inferred at float from an int and a float literal", """
            int evaluations = MemorySize;
            float weight = Larger({|#0:evaluations|}, 1f);
            update[0] = -LearningRate * gradient[0] * weight;
            """, """
            private static T Larger<T>(T a, T b) where T : INumber<T> => T.Max(a, b);
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a bool flag from a relational pattern guarding a short, in both modes", """
            bool small = state.Count is >= 0 and < 1000;
            short bucket = small ? (short)state.Count : (short)999;
            update[0] = -LearningRate * gradient[0] * bucket;
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a negated bool flag guarding the ring write", """
            bool isFull = state.Count >= MemorySize;
            if (!isFull)
                state.Weights[(int)state.Count] = gradient[0];
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a bool flag read inside a loop that changes the count is no guard", """
            bool warm = state.Count < MemorySize;
            for (int i = 0; i < gradient.Length; i++)
            {
                if (warm)
                    update[i] = state.Weights[{|#0:(int)state.Count|}];
                state.Count++;
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 5: an Index variable picking the newest ring element, written with an int", """
            int evaluations = MemorySize;
            Index newest = ^1;
            state.Ring[newest] = {|#0:evaluations|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: an L-BFGS two-loop with an is_full flag, a Range over the ring and Integer steps", """
            bool isFull = state.Count >= MemorySize;
            int filled = isFull ? MemorySize : (int)state.Count;
            int head = (int)(state.Count % MemorySize);
            Span<Real> alpha = stackalloc Real[MemorySize];
            Real q = gradient[0];
            for (int k = 0; k < filled; k++)
            {
                int slot = (head - 1 - k + MemorySize) % MemorySize;
                alpha[slot] = state.Weights[slot] * q;
                q -= alpha[slot];
            }

            for (int k = filled - 1; k >= 0; k--)
            {
                int slot = (head - 1 - k + MemorySize) % MemorySize;
                q += alpha[slot] - state.Weights[slot] * q;
            }

            state.Ring[head] = state.Count;
            state.Ring.AsSpan(..filled).Reverse();
            update[0] = -LearningRate * q;
            state.Count++;
            """);
    }

    private static IEnumerable<AnalyzerCase> Eighth()
    {
        yield return new(ConversionFormCases.Rule, "fresh eyes 5: Enumerable.Select with the method group Convert.ToInt32 over the ring", """
            int[] narrowed = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(state.Ring, {|#0:Convert.ToInt32|}));
            update[0] = -LearningRate * gradient[0] * narrowed[0];
            """)
        { InDouble = [Conversion("'Convert.ToInt32'", "Int64", "Int32", IntegerDouble)] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 5: Array.ConvertAll widening ints with Convert.ToInt64 stays quiet", """
            int[] counts = [MemorySize, gradient.Length];
            long[] wide = Array.ConvertAll(counts, Convert.ToInt64);
            Real[] values = Array.ConvertAll(counts, Convert.ToDouble) is { } doubles ? Array.ConvertAll(doubles, Real.CreateTruncating) : [];
            update[0] = -LearningRate * gradient[0] * (wide[0] + values[0]);
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: ThrowIfNegative alone leaves the ring index unbounded above", """
            long slot = state.Count - 1;
            ArgumentOutOfRangeException.ThrowIfNegative(slot);
            update[0] = -LearningRate * gradient[0] * {|#0:(int)slot|};
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(ExemptionCases.Rule, "fresh eyes 5: ThrowIfGreaterThan and ThrowIfLessThan around a long index", """
            long slot = state.Count;
            ArgumentOutOfRangeException.ThrowIfLessThan(slot, 0L);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(slot, (long)MemorySize - 1);
            update[0] = -state.Weights[(int)slot] * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: a continue block skipping indices past the memory inside a loop", """
            for (long k = state.Count - MemorySize; k < state.Count; k++)
            {
                if (k < 0 || k >= MemorySize)
                {
                    update[0] += 0;
                    continue;
                }

                update[0] -= state.Weights[(int)k] * gradient[0];
            }
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 5: an ascending do-while over a long index", """
            long i = 0;
            do
            {
                update[(int)i] = -LearningRate * gradient[(int)i];
                i++;
            }
            while (i < gradient.Length);
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: a MathNet-style dense vector helper in Real with an Integer iteration count", """
            var v = new DenseVector(state.Velocity);
            v.Scale((Real)Beta);
            v.AddScaled(gradient, 1);
            for (int i = 0; i < update.Length; i++)
                update[i] = -LearningRate * v[i];
            state.Count += v.Iterations;
            """, """
            private sealed class DenseVector(Real[] values)
            {
                public Integer Iterations { get; private set; }

                public Real this[int i] => values[i];

                public void Scale(Real factor)
                {
                    for (int i = 0; i < values.Length; i++)
                        values[i] *= factor;
                    Iterations++;
                }

                public void AddScaled(ReadOnlySpan<Real> other, Real factor)
                {
                    for (int i = 0; i < values.Length; i++)
                        values[i] += factor * other[i];
                    Iterations++;
                }
            }
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: trials as (Real, Integer) tuples enumerated with deconstruction", """
            var trials = new System.Collections.Generic.List<(Real Step, Integer Evaluations)>();
            Real step = LearningRate;
            for (Integer k = 1; k <= MaxSteps && step * Real.Abs(gradient[0]) > 1; k++)
            {
                step /= 2;
                trials.Add((step, k));
            }

            foreach (var (trialStep, evaluations) in trials)
            {
                state.Value = trialStep;
                state.NumLinesearchSteps = evaluations;
            }

            update[0] = -step * gradient[0];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 5: an RProp port keeping signs in the float[] slot and step sizes in Real", """
            Real etaPlus = (Real)1.2, etaMinus = (Real)0.5;
            for (int i = 0; i < gradient.Length; i++)
            {
                float previousSign = state.Mu[i];
                float sign = (float)Real.Sign(gradient[i]);
                Real step = state.Velocity[i] == 0 ? LearningRate : state.Velocity[i];
                step = previousSign * sign > 0 ? Real.Min(step * etaPlus, 50) : previousSign * sign < 0 ? Real.Max(step * etaMinus, (Real)1e-6) : step;
                state.Velocity[i] = step;
                state.Mu[i] = sign;
                update[i] = -sign * step;
            }

            state.Count++;
            """);
    }

    /// <summary>The limits of the proofs added in this round: each needs all of its conditions.</summary>
    private static IEnumerable<AnalyzerCase> Ninth()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh eyes 5: a do-while countdown whose local is also lowered by the count is unbounded", """
            long k = gradient.Length;
            do
            {
                k--;
                update[0] += gradient[0] * {|#0:(int)k|};
                k -= state.Count;
            }
            while (k > 0);
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a bool flag set again after its test is no guard", """
            bool warm = state.Count < MemorySize;
            warm = gradient[0] > 0;
            if (warm)
                update[0] = -LearningRate * gradient[0] * {|#0:(int)state.Count|};
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a local also assigned the raw count is unbounded", """
            long cursor = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                cursor = (cursor + 1) % gradient.Length;
                if (gradient[i] == 0)
                    cursor = state.Count;
                update[i] = -LearningRate * gradient[i] * {|#0:(int)cursor|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: an ascending do-while tested against the unbounded count", """
            long i = 0;
            do
            {
                update[0] += gradient[0] * {|#0:(int)i|};
                i++;
            }
            while (i < state.Count);
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a bool flag captured by a lambda is no guard inside it", """
            bool warm = state.Count < MemorySize;
            long count = state.Count;
            Func<int> slot = () => warm ? {|#0:(int)count|} : 0;
            update[0] = -LearningRate * gradient[0] * slot();
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 5: a bool flag on a copied count guards that copy", """
            long count = state.Count;
            bool warm = count < MemorySize;
            int slot = warm ? (int)count : MemorySize - 1;
            update[0] = -state.Weights[slot < 0 ? 0 : slot] * gradient[0];
            """);
    }
}
