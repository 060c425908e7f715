using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// A second round of cases written afresh against the contract and the issue text, in shapes the other catalogues
/// do not hold yet: <c>TensorPrimitives</c> span conversions, LINQ results, <c>Math</c> results that are not index
/// arithmetic, <c>checked</c> blocks, <c>decimal</c> and <c>nint</c> operands, iterators, <c>switch</c> statements with
/// <c>goto case</c>, type patterns, <c>params</c> and <c>in</c> parameters, static abstract members with a <c>ref State</c>,
/// user indexers over a slot. Names start with "fresh2: " so that <c>--filter DisplayName~fresh2</c> runs them alone.
/// </summary>
internal static class FreshEyesCasesRound2
{
    private const string Cast = "A cast";
    private const string Implicit = "An implicit conversion";

    public static IEnumerable<AnalyzerCase> All() =>
        Conversions().Concat(Flow()).Concat(Scope()).Concat(Exemptions()).Concat(Mixed());

    private static IEnumerable<AnalyzerCase> Conversions()
    {
        const string Rule = ConversionFormCases.Rule;

        yield return new(Rule, "fresh2: TensorPrimitives.ConvertTruncating of the gradient into a float scratch buffer", """
            Span<float> scratch = stackalloc float[gradient.Length];
            {|#0:System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<Real, float>(gradient, scratch)|};
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * scratch[i];
            """)
        { InDouble = [Conversion("'TensorPrimitives.ConvertTruncating'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh2: TensorPrimitives.ConvertSaturating of an Integer[] slot into an int buffer", """
            int[] counts = new int[MemorySize];
            {|#0:System.Numerics.Tensors.TensorPrimitives.ConvertSaturating<Integer, int>(state.Ring, counts)|};
            update[0] = counts[0];
            """)
        { InDouble = [Conversion("'TensorPrimitives.ConvertSaturating'", "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh2: TensorPrimitives.ConvertToHalf of a float[] slot, in both modes", """
            Span<Half> packed = stackalloc Half[gradient.Length];
            {|#0:System.Numerics.Tensors.TensorPrimitives.ConvertToHalf(state.Mu, packed)|};
            update[0] = (Real)packed[0];
            """)
        {
            InDouble = [Conversion("'TensorPrimitives.ConvertToHalf'", "Single", "Half", RealDouble)],
            InSingle = [Conversion("'TensorPrimitives.ConvertToHalf'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh2: TensorPrimitives.ConvertChecked of Real values to Half, in both modes", """
            Half[] quantized = new Half[gradient.Length];
            {|#0:System.Numerics.Tensors.TensorPrimitives.ConvertChecked<Real, Half>(gradient, quantized)|};
            update[0] = (Real)quantized[0];
            """)
        {
            InDouble = [Conversion("'TensorPrimitives.ConvertChecked'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'TensorPrimitives.ConvertChecked'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh2: a generic quantizer's TensorPrimitives.ConvertSaturating at T = short, in both modes", """
            short[] codes = new short[gradient.Length];
            Quantize<short>(gradient, codes);
            update[0] = codes[0];
            """, """
            private static void Quantize<T>(ReadOnlySpan<Real> values, Span<T> codes) where T : INumberBase<T> =>
                {|#0:System.Numerics.Tensors.TensorPrimitives.ConvertSaturating<Real, T>(values, codes)|};
            """)
        {
            InDouble = [Conversion("'TensorPrimitives.ConvertSaturating'", "Double", "Int16", IntegerDouble)],
            InSingle = [Conversion("'TensorPrimitives.ConvertSaturating'", "Single", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "fresh2: Math.Round of the Real slot cast to float", """
            update[0] = {|#0:(float)Math.Round(state.Value, 3)|} * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh2: MathF.Exp of a Real cast to float", """
            Real damping = MathF.Exp({|#0:(float)-state.Value|});
            update[0] = damping * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh2: a cast of the Integer count inside a checked block", """
            checked
            {
                int k = {|#0:(int)state.Count|};
                update[0] = state.Weights[k % MemorySize];
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh2: a decimal learning-rate schedule cast to float", """
            decimal rate = 0.001m * (1 + state.Count);
            float step = {|#0:(float)rate|};
            update[0] = -step * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Decimal", "Single", RealDouble)] };

        yield return new(Rule, "fresh2: a params float helper given the Integer count and an int", """
            update[0] = Mean({|#0:state.Count|}, {|#1:MemorySize|}) * gradient[0];
            """, """
            private static float Mean(params float[] values) => (values[0] + values[1]) * 0.5f;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble), Conversion(Implicit, "Int32", "Single", RealDouble, marker: 1)] };

        yield return new(Rule, "fresh2: int.CreateTruncating of the Real slot stored in the Integer slot is one mistake", """
            state.Count = {|#0:int.CreateTruncating(state.Value)|};
            state.NumLinesearchSteps = {|#1:Convert.ToInt32(state.Value)|};
            """)
        {
            InDouble =
            [
                Conversion("'Int32.CreateTruncating'", "Double", "Int32", IntegerDouble),
                Conversion("'Convert.ToInt32'", "Double", "Int32", IntegerDouble, marker: 1),
            ],
        };

        // Negatives.
        yield return new(Rule, "fresh2: TensorPrimitives conversions to Real and Integer buffers and Half widened to float", """
            Span<Real> wide = stackalloc Real[gradient.Length];
            System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<float, Real>(state.Mu, wide);
            int[] counts = [1, MemorySize];
            Integer[] steps = new Integer[counts.Length];
            System.Numerics.Tensors.TensorPrimitives.ConvertChecked<int, Integer>(counts, steps);
            Half[] packed = [(Half)0.5, (Half)0.25];
            float[] unpacked = new float[packed.Length];
            System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(packed, unpacked);
            update[0] = wide[0] + steps[0] + unpacked[0];
            """);

        yield return new(Rule, "fresh2: TensorPrimitives arithmetic on slot spans at Real", """
            Span<Real> m = state.Velocity;
            System.Numerics.Tensors.TensorPrimitives.Multiply<Real>(m, (Real)0.9, m);
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd<Real>(gradient, (Real)0.1, m, m);
            Real norm = System.Numerics.Tensors.TensorPrimitives.Norm<Real>(m);
            System.Numerics.Tensors.TensorPrimitives.Multiply<Real>(m, -LearningRate / (norm + (Real)1e-8), update);
            """);

        yield return new(Rule, "fresh2: a params Real helper given an Integer and an int", """
            update[0] = Mean(state.Count, MemorySize, gradient[0]);
            """, """
            private static Real Mean(params Real[] values)
            {
                Real sum = 0;
                foreach (Real v in values)
                    sum += v;
                return sum / values.Length;
            }
            """);

        yield return new(Rule, "fresh2: Math.Log2 and Math.Floor converted to Integer, decimal converted back to Real", """
            state.Count = (Integer)Math.Log2(state.Value + 1) + (Integer)Math.Floor(state.Value);
            decimal half = (decimal)state.Value * 0.5m;
            state.Value = (Real)half;
            """);

        yield return new(Rule, "fresh2: MathF on a float[] slot's own elements", """
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] = MathF.Sqrt(MathF.Abs(state.Mu[i])) + float.Epsilon;
            """);

        yield return new(Rule, "fresh2: MathF and float.Lerp of casts to the declared float of the receiving slot", """
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] = float.Lerp(state.Mu[i], MathF.Abs((float)gradient[i]), 0.1f);
            state.Scale = MathF.Max(state.Scale, (float)Math.Abs(state.Value));
            """);

        yield return new(Rule, "fresh2: TensorPrimitives into slots of the target's declared type, and Sum/Dot of Real spans", """
            System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<Real, float>(gradient, state.Mu);
            int[] counts = [1, 2, MemorySize];
            System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<int, Integer>(counts, state.Ring);
            Real dot = System.Numerics.Tensors.TensorPrimitives.Dot<Real>(gradient, state.Velocity);
            Integer total = System.Numerics.Tensors.TensorPrimitives.Sum<Integer>(state.Ring);
            state.Count = total;
            state.Value = dot + System.Numerics.Tensors.TensorPrimitives.Sum(gradient);
            System.Numerics.Tensors.TensorPrimitives.ConvertSaturating<Real, float>(gradient[1..], state.Mu.AsSpan(1));
            System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<float, Real>(state.Mu, state.Second);
            """);

        yield return new(Rule, "fresh2: conversions to Real of nint, decimal and Half, and Math.Round cast to the float slot", """
            nint offset = gradient.Length;
            decimal rate = 0.001m;
            Half h = (Half)0.5;
            Real sum = (Real)offset + (Real)rate + (Real)h;
            double exact = (double)rate;
            float widened = (float)h;
            state.Scale = (float)Math.Round(state.Value, 2);
            update[0] = sum + (Real)exact + widened;
            """);
    }

    private static IEnumerable<AnalyzerCase> Flow()
    {
        const string Rule = SlotFlowCases.Rule;

        yield return new(Rule, "fresh2: TensorPrimitives.Sum of an int buffer into the Integer slot", """
            int[] evaluations = [1, gradient.Length, MemorySize];
            state.NumLinesearchSteps = {|#0:System.Numerics.Tensors.TensorPrimitives.Sum<int>(evaluations)|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: Enumerable.Count of a slot into the Integer slot", """
            state.Count = {|#0:System.Linq.Enumerable.Count(state.Ring, r => r > 0)|};
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: Enumerable.Sum of int evaluations into the Integer slot", """
            int[] evaluations = [gradient.Length, MemorySize];
            state.NumLinesearchSteps = {|#0:System.Linq.Enumerable.Sum(evaluations)|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: Enumerable.Max of a float[] slot into the Real slot", """
            state.Value = {|#0:System.Linq.Enumerable.Max(state.Mu)|};
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new(Rule, "fresh2: BitConverter.Int32BitsToSingle into the Real slot", """
            int bits = 0x3F80_0000 | (gradient.Length & 0xFF);
            state.Value = {|#0:BitConverter.Int32BitsToSingle(bits)|};
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new(Rule, "fresh2: Math.ILogB's int exponent into the Integer slot", """
            state.Count = {|#0:Math.ILogB(state.Value)|};
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: a stackalloc float scratch copied back into a Real[] slot", """
            Span<float> scratch = stackalloc float[gradient.Length];
            for (int i = 0; i < gradient.Length; i++)
                scratch[i] = {|#0:(float)gradient[i]|};
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] = {|#1:scratch[i]|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble), SlotValue("Velocity", RealDouble, "a Single", marker: 1)] };

        yield return new(Rule, "fresh2: a type pattern 'is int n' stored in the Integer slot", """
            object boxed = gradient.Length;
            if (boxed is int n)
                state.NumLinesearchSteps = {|#0:n|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: a switch statement with goto case assigns the slot an int", """
            int tries = MemorySize;
            switch (gradient.Length % 3)
            {
                case 0:
                    state.NumLinesearchSteps = {|#0:tries|};
                    break;
                case 1:
                    tries *= 2;
                    goto case 0;
                default:
                    state.NumLinesearchSteps = MaxSteps;
                    break;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: nested local functions counting evaluations in a captured int", """
            int evaluations = 0;
            Real g0 = gradient[0];
            Real Probe(Real t)
            {
                Count();
                return t * g0;

                void Count() => evaluations++;
            }

            Real step = Probe(LearningRate) > 1 ? Probe(LearningRate / 2) : LearningRate;
            state.NumLinesearchSteps = {|#0:evaluations|};
            update[0] = -step * g0;
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: a class with a ref indexer over an Integer[] slot written with an int", """
            var ring = new Ring(state.Ring);
            int steps = gradient.Length;
            ring[state.Count] = {|#0:steps|};
            """, """
            private sealed class Ring
            {
                private readonly Integer[] items;

                public Ring(Integer[] items) => this.items = items;

                public ref Integer this[Integer position] => ref items[(int)(position % items.Length)];
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: a helper taking the line-search result by in and the state by ref", """
            var result = new SearchResult(MemorySize, LearningRate);
            Store(ref state, in result);
            """, """
            private readonly record struct SearchResult(int Steps, Real Step);

            private static void Store(ref State state, in SearchResult result)
            {
                state.NumLinesearchSteps = {|#0:result.Steps|};
                state.Value = result.Step;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: a generic SetField<T>(ref T, T) helper stores an int count into the slot", """
            int steps = gradient.Length;
            if (SetField(ref state.NumLinesearchSteps, {|#0:steps|}))
                update[0] = 0;
            """, """
            private static bool SetField<T>(ref T field, T value) where T : IEquatable<T>
            {
                if (field.Equals(value))
                    return false;
                field = value;
                return true;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: a Func<int> budget's result stored in the Integer slot", """
            Func<int> budget = () => MemorySize * 2;
            state.NumLinesearchSteps = {|#0:budget()|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        // Negatives.
        yield return new(Rule, "fresh2: a generic SetField helper given values of the slots' types", """
            SetField(ref state.NumLinesearchSteps, MaxSteps);
            SetField(ref state.Value, LearningRate);
            SetField(ref state.Scale, Beta);
            Integer tries = gradient.Length;
            SetField(ref state.Count, tries);
            Store(ref state.Count, gradient.Length);
            """, """
            private static bool SetField<T>(ref T field, T value) where T : IEquatable<T>
            {
                if (field.Equals(value))
                    return false;
                field = value;
                return true;
            }

            private static void Store(ref Integer field, Integer value) => field = value;
            """);

        yield return new(Rule, "fresh2: LINQ counts cast to Integer", """
            state.Count = (Integer)System.Linq.Enumerable.Count(state.Ring, r => r > 0);
            int[] evaluations = [gradient.Length, MemorySize];
            state.NumLinesearchSteps = (Integer)System.Linq.Enumerable.Sum(evaluations);
            """);

        yield return new(Rule, "fresh2: type patterns binding the slots' own types", """
            object boxed = gradient.Length > 2 ? state.Value : state.Count;
            if (boxed is Real r)
                state.Value = r;
            else if (boxed is Integer k and > 0)
                state.NumLinesearchSteps = k;
            """);

        yield return new(Rule, "fresh2: nested local functions counting evaluations in a captured Integer", """
            Integer evaluations = 0;
            Real g0 = gradient[0];
            Real Probe(Real t)
            {
                Count();
                return t * g0;

                void Count() => evaluations++;
            }

            Real step = Probe(LearningRate) > 1 ? Probe(LearningRate / 2) : LearningRate;
            state.NumLinesearchSteps = evaluations;
            update[0] = -step * g0;
            """);

        yield return new(Rule, "fresh2: a class with a ref indexer over an Integer[] slot written with Integer values", """
            var ring = new Ring(state.Ring);
            ring[state.Count] = MaxSteps;
            ring[state.Count + 1] = (Integer)gradient.Length;
            """, """
            private sealed class Ring
            {
                private readonly Integer[] items;

                public Ring(Integer[] items) => this.items = items;

                public ref Integer this[Integer position] => ref items[(int)(position % items.Length)];
            }
            """);

        yield return new(Rule, "fresh2: a helper taking an Integer line-search result by in", """
            var result = new SearchResult(MaxSteps, LearningRate);
            Store(ref state, in result);
            """, """
            private readonly record struct SearchResult(Integer Steps, Real Step);

            private static void Store(ref State state, in SearchResult result)
            {
                state.NumLinesearchSteps = result.Steps;
                state.Value = result.Step;
            }
            """);

        yield return new(Rule, "fresh2: LINQ and Math results of the slot's types, Array.Resize and Math.BigMul cast to Integer", """
            state.Count = System.Linq.Enumerable.Max(state.Ring);
            state.Value = System.Linq.Enumerable.Average(state.Velocity);
            Array.Resize(ref state.Weights, MemorySize);
            state.Total = Math.BigMul(gradient.Length, MemorySize);
            state.NumLinesearchSteps = (Integer)Math.BigMul(gradient.Length, MemorySize);
            object boxed = state.Count;
            if (boxed is Integer n)
                state.Count = n;
            switch (gradient.Length)
            {
                case 0:
                    state.Count = 0;
                    break;
                default:
                    state.Count = MaxSteps;
                    goto case 0;
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Scope()
    {
        const string Rule = ScopeCases.Rule;

        yield return new(Rule, "fresh2: an iterator helper yields a narrowed ring index", """
            foreach (int slot in Newest(state.Count, MemorySize))
                update[0] += state.Weights[slot % MemorySize];
            """, """
            private static System.Collections.Generic.IEnumerable<int> Newest(Integer count, int memory)
            {
                for (Integer k = count - 1; k >= 0 && k > count - 1 - memory; k--)
                    yield return {|#0:(int)k|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh2: a static abstract member writing the state through a ref parameter", """
            Search<Backtracking>(ref state, gradient);
            """, """
            private interface ILineSearch
            {
                static abstract void Run(ref State state, ReadOnlySpan<Real> gradient);
            }

            private readonly struct Backtracking : ILineSearch
            {
                public static void Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    int evaluations = 0;
                    for (Real t = 1; t * gradient[0] > 1 && evaluations < 20; t /= 2)
                        evaluations++;
                    state.NumLinesearchSteps = {|#0:evaluations|};
                }
            }

            private static void Search<TSearch>(ref State state, ReadOnlySpan<Real> gradient) where TSearch : ILineSearch =>
                TSearch.Run(ref state, gradient);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh2: a lambda given to Enumerable.Select narrows each element", """
            var halves = System.Linq.Enumerable.Select(state.Velocity, v => {|#0:(float)v|});
            update[0] = System.Linq.Enumerable.First(halves);
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        // Negatives.
        yield return new(Rule, "fresh2: an iterator yielding Integer counts stored in the slot", """
            foreach (Integer k in Budgets(MaxSteps))
                state.Count = Math.Max(state.Count, k);
            """, """
            private static System.Collections.Generic.IEnumerable<Integer> Budgets(Integer max)
            {
                for (Integer k = 1; k <= max; k *= 2)
                    yield return k;
            }
            """);

        yield return new(Rule, "fresh2: an iterator of ring indices that provably fit and a static abstract strategy of Integer counts", """
            foreach (int slot in Newest(state.Count, MemorySize))
                update[0] += state.Weights[slot];
            Search<Backtracking>(ref state, gradient);
            """, """
            private static System.Collections.Generic.IEnumerable<int> Newest(Integer count, int memory)
            {
                for (int k = 0; k < memory; k++)
                    yield return (int)(((count - 1 - k) % memory + memory) % memory);
            }

            private interface ILineSearch
            {
                static abstract void Run(ref State state, ReadOnlySpan<Real> gradient);
            }

            private readonly struct Backtracking : ILineSearch
            {
                public static void Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    Integer evaluations = 0;
                    for (Real t = 1; t * gradient[0] > 1 && evaluations < 20; t /= 2)
                        evaluations++;
                    state.NumLinesearchSteps = evaluations;
                }
            }

            private static void Search<TSearch>(ref State state, ReadOnlySpan<Real> gradient) where TSearch : ILineSearch =>
                TSearch.Run(ref state, gradient);
            """);
    }

    private static IEnumerable<AnalyzerCase> Exemptions()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh2: (int)Math.Log2 of a Real stored in the Integer slot", """
            state.Count = {|#0:(int)Math.Log2(state.Value)|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh2: a quotient of Math.DivRem is not bounded by its divisor", """
            var (quotient, remainder) = Math.DivRem(state.Count, (Integer)MemorySize);
            int epoch = {|#0:(int)quotient|};
            update[0] = epoch + state.Weights[(int)remainder];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        // Negatives.
        yield return new(Rule, "fresh2: the remainder of Math.DivRem as a ring index", """
            var (_, remainder) = Math.DivRem(state.Count, (Integer)MemorySize);
            int slot = (int)remainder;
            Integer previous = Math.DivRem(state.Count + MemorySize - 1, (Integer)MemorySize).Remainder;
            Integer epochs = Math.DivRem(state.Count, MemorySize, out Integer oldest);
            update[0] = state.Weights[slot] + state.Weights[(int)previous] + state.Weights[(int)oldest] + epochs;
            """);

        yield return new(Rule, "fresh2: the quotient and remainder of Math.DivRem of a bounded long index", """
            for (long k = 0; k < gradient.Length; k++)
            {
                var (row, column) = Math.DivRem(k, 4L);
                int lane = (int)Math.DivRem(k, 4L).Quotient;
                update[(int)row] += gradient[(int)column] + lane;
            }
            """);

        yield return new(Rule, "fresh2: a checked block of Integer arithmetic", """
            checked
            {
                state.Count = state.Count + gradient.Length;
                state.Total = (long)state.Count * 2;
                int slot = (int)(state.Count % MemorySize);
                update[0] = state.Weights[slot];
            }
            """);

        yield return new(Rule, "fresh2: an nint loop index and an unchecked block of masked indices", """
            for (nint i = 0; i < gradient.Length; i++)
                update[(int)i] = gradient[(int)i];
            unchecked
            {
                int lane = (int)(state.Total & 0x7FFF);
                ushort low = (ushort)(state.Count & 0xFFFF);
                update[0] += lane + low;
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Mixed()
    {
        const string Rule = "OPT0003";

        yield return new(Rule, "fresh2: a float epsilon in Math.Max of a Real", """
            Real denominator = Math.Max(state.Value, {|#0:1e-8f|});
            update[0] = gradient[0] / denominator;
            """)
        { InDouble = [MixedPrecision("1e-8f")] };

        yield return new(Rule, "fresh2: a float literal in a local function's arithmetic", """
            Real Damp(Real x) => x * {|#0:0.9f|};
            update[0] = Damp(gradient[0]);
            """)
        { InDouble = [MixedPrecision("0.9f")] };

        yield return new(Rule, "fresh2: an inexact float const local as epsilon in Real arithmetic", """
            const float Epsilon = 1e-8f;
            update[0] = gradient[0] / (Real.Sqrt(state.Value) + {|#0:Epsilon|});
            """)
        { InDouble = [MixedPrecision("Epsilon")] };

        // Negatives.
        yield return new(Rule, "fresh2: float literals cast to Real and float arithmetic kept in a float slot", """
            Real denominator = Math.Max(state.Value, (Real)1e-8f);
            state.Scale = state.Scale * 0.9f + 0.1f;
            update[0] = gradient[0] / denominator;
            """);
    }
}
