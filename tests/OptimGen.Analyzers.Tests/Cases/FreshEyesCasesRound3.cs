using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// A third round of cases written afresh against the contract and the issue text, in shapes the earlier rounds did not
/// try: <c>??</c> on nullable counts, list and property patterns, <c>throw</c> arms, <c>fixed</c> pointers into a slot,
/// lambdas given to <c>Array.Sort</c>, <c>List.ForEach</c> and <c>Parallel.For</c> over a captured alias of the state,
/// property setters and setter-only indexers of facades over the state, ref-returning extensions and properties,
/// extension methods on <c>Span&lt;T&gt;</c>, a second spec whose static transition takes the objective, <c>char</c>,
/// <c>uint</c>, <c>decimal.ToInt32</c>, <c>checked(...)</c> and vector conversions, ring walks with <c>while (k-- &gt; 0)</c>,
/// and whole L-BFGS-B, Nesterov and Adafactor steps. Names start with "fresh eyes 3: ".
/// </summary>
internal static class FreshEyesCasesRound3
{
    private const string Cast = "A cast";
    private const string Implicit = "An implicit conversion";

    public static IEnumerable<AnalyzerCase> All() =>
        Conversions().Concat(Flow()).Concat(Scope()).Concat(Exemptions()).Concat(Mixed()).Concat(Realistic());

    private static IEnumerable<AnalyzerCase> Conversions()
    {
        const string Rule = ConversionFormCases.Rule;

        yield return new(Rule, "fresh eyes 3: Math.Truncate of the Real slot cast to int", """
            int whole = {|#0:(int)Math.Truncate(state.Value)|};
            update[0] = whole * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: a char cast from the Integer count, in both modes", """
            char marker = {|#0:(char)(state.Count + 'a')|};
            update[0] = marker;
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Char", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Char", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 3: decimal.ToInt32 of a decimal budget", """
            decimal budget = 2.5m * MemorySize;
            int tries = {|#0:decimal.ToInt32(budget)|};
            update[0] = tries;
            """)
        { InDouble = [Conversion("'Decimal.ToInt32'", "Decimal", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: a uint hash of the Integer count", """
            uint hash = {|#0:(uint)state.Count|} * 2654435761u;
            update[0] = hash % 7;
            """)
        { InDouble = [Conversion(Cast, "Int64", "UInt32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: checked Integer arithmetic converted implicitly to a float local", """
            float warm = checked({|#0:state.Count * 2|});
            update[0] = warm * gradient[0];
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 3: Vector128.ConvertToInt32 of float lanes", """
            Vector128<float> lanes = Vector128.Create(state.Scale);
            Vector128<int> rounded = {|#0:Vector128.ConvertToInt32(lanes)|};
            update[0] = rounded.GetElement(0);
            """)
        { InDouble = [Conversion("'Vector128.ConvertToInt32'", "Single", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: Vector.ConvertToSingle of Vector<int> lanes", """
            var counts = new Vector<int>(MemorySize);
            Vector<float> asFloats = {|#0:Vector.ConvertToSingle(counts)|};
            update[0] = asFloats[0];
            """)
        { InDouble = [Conversion("'Vector.ConvertToSingle'", "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 3: a user-defined explicit operator to int, reached by a cast of the record", """
            var budget = new Budget(state.Count);
            int tries = (int)budget;
            update[0] = tries;
            """, """
            private readonly record struct Budget(Integer Steps)
            {
                public static explicit operator int(Budget b) => {|#0:(int)b.Steps|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: Math.Round with a MidpointRounding cast to short, in both modes", """
            short level = {|#0:(short)Math.Round(state.Value * 100, MidpointRounding.AwayFromZero)|};
            update[0] = level;
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Int16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Double", "Int16", IntegerSingle)],
        };


        yield return new(Rule, "fresh eyes 3: (float)Math.PI does not survive", """
            float angle = {|#0:(float)Math.PI|};
            update[0] = angle * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 3: the count cast to int before Math.Clamp", """
            int filled = Math.Clamp({|#0:(int)state.Count|}, 0, MemorySize);
            update[0] = state.Weights[Math.Max(filled - 1, 0)];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: an expression-bodied float property of the spec read in the update", """
            update[0] = gradient[0] * {|#1:Damping|};
            """, """
            private float Damping => {|#0:(float)(1 - LearningRate)|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble), MixedPrecision("Damping", marker: 1)] };

        yield return new(Rule, "fresh eyes 3: Math.Max(1f, count) picks the float overload", """
            float floor = Math.Max(1f, {|#0:state.Count|});
            update[0] = gradient[0] / floor;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 3: a Func<Integer, float> lambda returning the count", """
            Func<Integer, float> warmup = c => {|#0:c|};
            update[0] = warmup(state.Count) * gradient[0];
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 3: a List<float> collection initializer given the count", """
            var history = new System.Collections.Generic.List<float> { {|#0:state.Count|}, 1f };
            update[0] = history[0];
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 3: seeding Random with the count cast to int", """
            var random = new Random({|#0:(int)state.Count|});
            update[0] = (Real)random.NextDouble() * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: a float accumulator += the Integer count and an int", """
            float warmup = 0;
            warmup += {|#0:state.Count|};
            warmup -= {|#1:MemorySize|};
            update[0] = warmup * gradient[0];
            """)
        {
            InDouble =
            [
                Conversion(Implicit, "Int64", "Single", RealDouble),
                Conversion(Implicit, "Int32", "Single", RealDouble, marker: 1),
            ],
        };

        yield return new(Rule, "fresh eyes 3: an iterator of floats yielding the Integer count", """
            foreach (float w in Warmups(state.Count))
                update[0] += w;
            """, """
            private static System.Collections.Generic.IEnumerable<float> Warmups(Integer count)
            {
                yield return {|#0:count|};
                yield return 1f;
            }
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        // Negatives.
        yield return new(Rule, "fresh eyes 3: conversions to Integer and Real of nuint, ulong, char and Half, and an nuint length back to int", """
            nuint width = (nuint)gradient.Length;
            ulong bits = BitConverter.DoubleToUInt64Bits(state.Precise);
            char tag = 'k';
            Half h = (Half)0.5;
            state.Count = (Integer)width + (Integer)(bits >> 52) + tag;
            state.Value = (Real)h + (Real)bits;
            int lane = (int)width;
            update[0] = lane;
            """);

        yield return new(Rule, "fresh eyes 3: vector conversions to long and double lanes and a float widening", """
            Vector128<long> whole = Vector128.ConvertToInt64(Vector128.Create(state.Precise));
            Vector128<double> back = Vector128.ConvertToDouble(whole);
            Vector128<double> wide = Vector128.WidenLower(Vector128.Create(state.Scale));
            state.Total = whole.GetElement(0);
            state.Precise = back.GetElement(1) + wide.GetElement(0);
            """);

        yield return new(Rule, "fresh eyes 3: Math.Truncate, Round and Floor cast to Integer and to the float slot", """
            state.Count = (Integer)Math.Truncate(state.Value);
            state.NumLinesearchSteps = (Integer)Math.Round(state.Value, MidpointRounding.ToEven);
            state.Scale = (float)Math.Floor(state.Precise);
            """);

        yield return new(Rule, "fresh eyes 3: foreach with a wider iteration type over float and int arrays", """
            Real sum = 0;
            foreach (Real m in state.Mu)
                sum += m;
            foreach (double m in state.Mu)
                sum += (Real)m;
            int[] tries = [1, MemorySize];
            foreach (Integer t in tries)
                state.Count += t;
            update[0] = sum;
            """);

        yield return new(Rule, "fresh eyes 3: a generic-math T.CreateChecked instantiated at Integer and Real", """
            state.Count = Widen<Integer>(MemorySize);
            state.Value = Widen<Real>(gradient.Length);
            """, """
            private static T Widen<T>(int value) where T : INumber<T> => T.CreateChecked(value);
            """);

        yield return new(Rule, "fresh eyes 3: a user-defined explicit operator to Integer", """
            var budget = new Budget(state.Count);
            state.NumLinesearchSteps = (Integer)budget;
            """, """
            private readonly record struct Budget(Integer Steps)
            {
                public static explicit operator Integer(Budget b) => b.Steps;
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Flow()
    {
        const string Rule = SlotFlowCases.Rule;

        yield return new(Rule, "fresh eyes 3: a nullable int budget ?? the Integer default into the slot", """
            int? cached = gradient.Length > 1 ? MemorySize : null;
            state.NumLinesearchSteps = {|#0:cached|} ?? MaxSteps;
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a list pattern binds the first int count", """
            int[] evaluations = [MemorySize, gradient.Length];
            if (evaluations is [var first, ..])
                state.NumLinesearchSteps = {|#0:first|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a property pattern binds a record's int evaluations", """
            var result = new Outcome(MemorySize, LearningRate);
            if (result is { Evaluations: var used and > 0, Step: var step })
            {
                state.NumLinesearchSteps = {|#0:used|};
                state.Value = step;
            }
            """, """
            private readonly record struct Outcome(int Evaluations, Real Step);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a switch statement on a tuple with a positional pattern", """
            switch ((MemorySize, gradient.Length))
            {
                case (> 0, var n):
                    state.Count = {|#0:n|};
                    break;
            }
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: an out var remainder of Math.DivRem(int, int) into the slot", """
            int quotient = Math.DivRem(MemorySize, 3, out int rest);
            state.Count = {|#0:rest|};
            update[0] = quotient;
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a conditional with a throw arm", """
            int steps = MemorySize - 1;
            state.NumLinesearchSteps = steps >= 0 ? {|#0:steps|} : throw new InvalidOperationException("no steps");
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a record struct threaded with 'with' in a loop, its int count stored", """
            var probe = new Trial(LearningRate, 0);
            for (int k = 0; k < MemorySize && probe.Step > (Real)1e-3; k++)
                probe = probe with { Step = probe.Step / 2, Evaluations = k + 1 };
            state.NumLinesearchSteps = {|#0:probe.Evaluations|};
            state.Value = probe.Step;
            """, """
            private readonly record struct Trial(Real Step, int Evaluations);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a generic ref-returning extension picks the ring element written with an int", """
            int steps = MemorySize;
            state.Ring.Newest(state.Count) = {|#0:steps|};
            """)
        {
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
            Outside = """
                internal static class ArrayRefs
                {
                    public static ref T Newest<T>(this T[] items, long count) => ref items[(int)(count % items.Length)];
                }
                """,
        };

        yield return new(Rule, "fresh eyes 3: a ref-returning property of a ring class over the Integer[] slot", """
            var ring = new RingBuffer(state.Ring) { Position = 1 };
            ring.Head = {|#0:gradient.Length|};
            """, """
            private sealed class RingBuffer(Integer[] items)
            {
                public int Position { get; set; }

                public ref Integer Head => ref items[Position];
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: fixed pointers into an Integer[] and a Real[] slot", """
            unsafe
            {
                fixed (Integer* ring = state.Ring)
                    ring[0] = {|#0:gradient.Length|};
                fixed (Real* velocity = state.Velocity)
                    velocity[0] = {|#1:state.Mu[0]|};
            }
            """)
        {
            InDouble =
            [
                SlotValue("Ring", IntegerDouble, "an Int32"),
                SlotValue("Velocity", RealDouble, "a Single", marker: 1),
            ],
        };

        yield return new(Rule, "fresh eyes 3: a char code into the Integer slot, in both modes", """
            char code = (char)('a' + gradient.Length % 26);
            state.Count = {|#0:code|};
            """)
        {
            InDouble = [SlotValue("Count", IntegerDouble, "a Char")],
            InSingle = [SlotValue("Count", IntegerSingle, "a Char")],
        };

        yield return new(Rule, "fresh eyes 3: Math.Sign's int into an Integer[] slot", """
            for (int i = 0; i < gradient.Length; i++)
                state.Ring[i % MemorySize] = {|#0:Math.Sign(gradient[i])|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a user-defined implicit operator to float stored in the Real slot", """
            var moment = new Moment(state.Mu[0]);
            state.Value = {|#0:moment|};
            """, """
            private readonly record struct Moment(float Raw)
            {
                public static implicit operator float(Moment m) => m.Raw;
            }
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };


        yield return new(Rule, "fresh eyes 3: foreach deconstructing (int, Real) pairs into the slots", """
            (int Steps, Real Step)[] trials = [(1, LearningRate), (MemorySize, LearningRate / 2)];
            foreach (var (steps, step) in trials)
            {
                state.NumLinesearchSteps = {|#0:steps|};
                state.Value = step;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a conditional access ?. with ?? 0 into the slot", """
            Search? search = gradient.Length > 0 ? new Search(MemorySize) : null;
            state.NumLinesearchSteps = {|#0:search?.Steps|} ?? 0;
            """, """
            private sealed class Search(int steps)
            {
                public int Steps { get; } = steps;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")], NullableProject = true };

        yield return new(Rule, "fresh eyes 3: a from-end index on the array slot itself", """
            int steps = MemorySize;
            state.Ring[^1] = {|#0:steps|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a Span constructed over the array slot", """
            var window = new Span<Integer>(state.Ring, 1, 2);
            window[0] = {|#0:gradient.Length|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a Memory<Integer> over the slot written through its Span", """
            Memory<Integer> memory = state.Ring;
            memory.Span[0] = {|#0:gradient.Length|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: an ArraySegment over the slot", """
            var segment = new ArraySegment<Integer>(state.Ring, 1, 2);
            segment[0] = {|#0:gradient.Length|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a pointer helper given a fixed pointer into the Integer[] slot", """
            unsafe
            {
                fixed (Integer* ring = state.Ring)
                    Stamp(ring, MemorySize, gradient.Length);
            }
            """, """
            private static unsafe void Stamp(Integer* target, int length, int value)
            {
                for (int i = 0; i < length; i++)
                    target[i] = {|#0:value|};
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a generic Fill<T>(Span<T>, T) helper given the ring view and an int", """
            int steps = MemorySize;
            Fill(state.Ring.AsSpan(), {|#0:steps|});
            """, """
            private static void Fill<T>(Span<T> destination, T value)
            {
                for (int i = 0; i < destination.Length; i++)
                    destination[i] = value;
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a named tuple's int element and an anonymous type's int property", """
            var best = (Steps: 0, Step: LearningRate);
            for (int k = 1; k < MemorySize; k++)
                if (gradient[0] * best.Step > 1)
                    best = (k, best.Step / 2);
            state.NumLinesearchSteps = {|#0:best.Steps|};
            var summary = new { Evaluations = best.Steps + 1, Step = best.Step };
            state.Count = {|#1:summary.Evaluations|};
            state.Value = summary.Step;
            """)
        {
            InDouble =
            [
                SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32"),
                SlotValue("Count", IntegerDouble, "an Int32", marker: 1),
            ],
        };

        yield return new(Rule, "fresh eyes 3: a lambda with a ref parameter invoked through a custom delegate", """
            Store store = (ref Integer slot, int value) => slot = {|#0:value|};
            store(ref state.NumLinesearchSteps, MemorySize);
            """, """
            private delegate void Store(ref Integer slot, int value);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a helper object holding the state in a field", """
            var recorder = new Recorder { Target = state };
            recorder.Record(MemorySize);
            """, """
            private sealed class Recorder
            {
                public State? Target { get; set; }

                public void Record(int steps)
                {
                    if (Target is { } target)
                        target.NumLinesearchSteps = {|#0:steps|};
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")], NullableProject = true };

        yield return new(Rule, "fresh eyes 3: MemoryMarshal.Cast<Integer, int> of the ring written with an int", """
            Span<int> halves = System.Runtime.InteropServices.MemoryMarshal.Cast<Integer, int>(state.Ring.AsSpan());
            halves[0] = {|#0:gradient.Length|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: Unsafe.As<Integer, int>(ref state.Count) written with an int", """
            System.Runtime.CompilerServices.Unsafe.As<Integer, int>(ref state.Count) = {|#0:MemorySize|};
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a ushort lane count into an Integer[] slot, in both modes", """
            ushort lanes = (ushort)(gradient.Length & 0xFFFF);
            state.Ring[0] = {|#0:lanes|};
            """)
        {
            InDouble = [SlotValue("Ring", IntegerDouble, "a UInt16")],
            InSingle = [SlotValue("Ring", IntegerSingle, "a UInt16")],
        };

        yield return new(Rule, "fresh eyes 3: a scoped ref parameter bound to the slot", """
            Record(ref state.NumLinesearchSteps, MemorySize);
            """, """
            private static void Record(scoped ref Integer slot, int steps) => slot = {|#0:steps|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a span local assigned after its declaration", """
            Span<Integer> target;
            if (gradient.Length > 1)
                target = state.Ring;
            else
                target = state.Ring.AsSpan(1);
            target[0] = {|#0:gradient.Length|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a property pattern binds the array slot to a local", """
            if (state.Ring is { Length: > 0 } ring)
                ring[0] = {|#0:gradient.Length|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        // Negatives.
        yield return new(Rule, "fresh eyes 3: nullable Integer ?? and patterns binding the slots' own types", """
            Integer? cached = gradient.Length > 1 ? MaxSteps : null;
            state.NumLinesearchSteps = cached ?? MaxSteps;
            if (state.Ring is [var first, .., var last])
                state.Count = first + last;
            var result = new Outcome(MaxSteps, LearningRate);
            if (result is { Evaluations: var used and > 0, Step: var step })
                (state.NumLinesearchSteps, state.Value) = (used, step);
            state.Value = state.Count > 0 ? state.Value : throw new InvalidOperationException();
            """, """
            private readonly record struct Outcome(Integer Evaluations, Real Step);
            """);

        yield return new(Rule, "fresh eyes 3: fixed pointers, ref properties and ref extensions written with the slots' types", """
            unsafe
            {
                fixed (Integer* ring = state.Ring)
                    ring[0] = MaxSteps;
                fixed (Real* velocity = state.Velocity)
                    velocity[0] = gradient[0];
            }
            var buffer = new RingBuffer(state.Ring) { Position = 1 };
            buffer.Head = (Integer)gradient.Length;
            state.Ring.Newest(state.Count) = state.Count;
            """, """
            private sealed class RingBuffer(Integer[] items)
            {
                public int Position { get; set; }

                public ref Integer Head => ref items[Position];
            }
            """)
        {
            Outside = """
                internal static class ArrayRefs
                {
                    public static ref T Newest<T>(this T[] items, long count) => ref items[(int)(count % items.Length)];
                }
                """,
        };

        yield return new(Rule, "fresh eyes 3: views through Span, Memory and ArraySegment written with Integer, foreach pairs of Integer", """
            var window = new Span<Integer>(state.Ring, 1, 2);
            window[0] = MaxSteps;
            Memory<Integer> memory = state.Ring;
            memory.Span[1] = (Integer)gradient.Length;
            var segment = new ArraySegment<Integer>(state.Ring, 1, 2);
            segment[0] = state.Count;
            state.Ring[^1] = MaxSteps;
            (Integer Steps, Real Step)[] trials = [(1, LearningRate), (MaxSteps, LearningRate / 2)];
            foreach (var (steps, step) in trials)
                (state.NumLinesearchSteps, state.Value) = (steps, step);
            """);

        yield return new(Rule, "fresh eyes 3: a stackalloc Real scratch copied into a Real[] slot, pointer walks at Real", """
            Span<Real> scratch = stackalloc Real[gradient.Length];
            gradient.CopyTo(scratch);
            scratch.CopyTo(state.Velocity);
            unsafe
            {
                fixed (Real* g = gradient)
                fixed (Real* v = state.Second)
                {
                    for (int i = 0; i < gradient.Length; i++)
                        v[i] = g[i] * LearningRate;
                }
            }
            """);

        yield return new(Rule, "fresh eyes 3: a switch statement with relational and var patterns over the Integer count", """
            switch (state.Count)
            {
                case < 0:
                    state.Count = 0;
                    break;
                case var c when c >= MaxSteps:
                    state.Count = MaxSteps;
                    break;
                default:
                    state.Count += 1;
                    break;
            }
            """);

        yield return new(Rule, "fresh eyes 3: generic Fill, named tuples, anonymous types, ref lambdas and holders at Integer", """
            Fill(state.Ring.AsSpan(), MaxSteps);
            var best = (Steps: (Integer)0, Step: LearningRate);
            state.NumLinesearchSteps = best.Steps;
            var summary = new { Evaluations = best.Steps + 1 };
            state.Count = summary.Evaluations;
            Store store = (ref Integer slot, Integer value) => slot = value;
            store(ref state.NumLinesearchSteps, MaxSteps);
            var recorder = new Recorder { Target = state };
            recorder.Record(MaxSteps);
            """, """
            private static void Fill<T>(Span<T> destination, T value)
            {
                for (int i = 0; i < destination.Length; i++)
                    destination[i] = value;
            }

            private delegate void Store(ref Integer slot, Integer value);

            private sealed class Recorder
            {
                public State? Target { get; set; }

                public void Record(Integer steps)
                {
                    if (Target is { } target)
                        target.NumLinesearchSteps = steps;
                }
            }
            """)
        { NullableProject = true };

        yield return new(Rule, "fresh eyes 3: a pointer helper filling a Real[] slot with Real values", """
            unsafe
            {
                fixed (Real* velocity = state.Velocity)
                    Scale(velocity, gradient.Length, LearningRate);
            }
            """, """
            private static unsafe void Scale(Real* target, int length, Real factor)
            {
                for (int i = 0; i < length; i++)
                    target[i] *= factor;
            }
            """);

        yield return new(Rule, "fresh eyes 3: MemoryMarshal.Cast to Vector<Real> and Unsafe.As at the slot's own type", """
            Span<Vector<Real>> blocks = System.Runtime.InteropServices.MemoryMarshal.Cast<Real, Vector<Real>>(state.Velocity.AsSpan());
            for (int b = 0; b < blocks.Length; b++)
                blocks[b] *= (Real)0.9;
            System.Runtime.CompilerServices.Unsafe.As<Integer, Integer>(ref state.Count) = MaxSteps;
            Record(ref state.NumLinesearchSteps, MaxSteps);
            """, """
            private static void Record(scoped ref Integer slot, Integer steps) => slot = steps;
            """);

        yield return new(Rule, "fresh eyes 3: span locals assigned later and pattern-bound slots written with Integer values", """
            Span<Integer> target;
            if (gradient.Length > 1)
                target = state.Ring;
            else
                target = state.Ring.AsSpan(1);
            target[0] = MaxSteps;
            if (state.Ring is { Length: > 0 } ring)
                ring[0] = (Integer)gradient.Length;
            Span<int> scratch;
            scratch = new int[2];
            scratch[0] = gradient.Length;
            update[0] = scratch[0];
            """);

        yield return new(Rule, "fresh eyes 3: CollectionsMarshal.AsSpan of a List<int> is not a slot", """
            var trials = new System.Collections.Generic.List<int> { MemorySize };
            Span<int> view = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(trials);
            view[0] = gradient.Length;
            state.Count = (Integer)view[0];
            """);

        yield return new(Rule, "fresh eyes 3: Math.Sign into a Real[] slot, Math.Max widening an int, Interlocked.Add of an int", """
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] = Math.Sign(gradient[i]);
            state.Count = Math.Max(state.Count, MemorySize);
            System.Threading.Interlocked.Add(ref state.NumLinesearchSteps, gradient.Length);
            (state.Count, state.NumLinesearchSteps) = (state.NumLinesearchSteps, state.Count);
            """);
    }

    private static IEnumerable<AnalyzerCase> Scope()
    {
        const string Rule = ScopeCases.Rule;

        yield return new(Rule, "fresh eyes 3: an Array.Sort comparison returning (int)(a - b) of Integer elements", """
            Integer[] sorted = (Integer[])state.Ring.Clone();
            Array.Sort(sorted, (a, b) => {|#0:(int)(a - b)|});
            state.Count = sorted[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: List<int>.ForEach writes the state through a captured alias", """
            var alias = state;
            var trials = new System.Collections.Generic.List<int> { 1, MemorySize };
            trials.ForEach(t => alias.NumLinesearchSteps = {|#0:t|});
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: Parallel.For writes its int index into a captured Integer[] slot", """
            Integer[] ring = state.Ring;
            System.Threading.Tasks.Parallel.For(0, ring.Length, k => ring[k] = {|#0:k|});
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a property setter of a facade class over the state", """
            var view = new StateView(state);
            view.Steps = MemorySize;
            """, """
            private sealed class StateView(State state)
            {
                public int Steps
                {
                    set => state.NumLinesearchSteps = {|#0:value|};
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a setter-only indexer of a struct over the Integer[] slot", """
            var ring = new RingView(state.Ring);
            ring[state.Count] = MemorySize;
            """, """
            private readonly struct RingView(Integer[] items)
            {
                public int this[Integer position]
                {
                    set => items[(int)(position % items.Length)] = {|#0:value|};
                }
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: an extension method on Span<Integer> fills a view of the ring with an int", """
            state.Ring.AsSpan(1).FillWith(MemorySize);
            """)
        {
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
            Outside = """
                internal static class SpanExtensions
                {
                    public static void FillWith(this Span<Integer> span, int value)
                    {
                        for (int i = 0; i < span.Length; i++)
                            span[i] = {|#0:value|};
                    }
                }
                """,
        };

        yield return new(Rule, "fresh eyes 3: a second spec's static transition taking the objective counts evaluations in int", """
            update[0] = -LearningRate * gradient[0];
            """)
        {
            InDouble = [SlotValue("Evaluations", IntegerDouble, "an Int32")],
            Outside = """
                [Optimizer]
                public partial class Probe
                {
                    [State] private Integer evaluations;
                    [State] private Real lastValue;

                    [Transition]
                    private static void Advance<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective)
                        where TObjective : IObjective<Real>
                    {
                        Real[] trialGradient = new Real[gradient.Length];
                        int calls = 0;
                        state.LastValue = objective.Evaluate(parameters, trialGradient);
                        calls++;
                        state.Evaluations = {|#0:calls|};
                        for (int i = 0; i < gradient.Length; i++)
                            update[i] = -(Real)0.1 * gradient[i];
                    }
                }
                """,
        };

        yield return new(Rule, "fresh eyes 3: an objective computing in float is reached through a transition's objective.Evaluate", """
            update[0] = -LearningRate * gradient[0];
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
            Outside = """
                [Optimizer]
                public partial class Probe
                {
                    [State] private Real lastValue;

                    [Transition]
                    private static void Advance<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective)
                        where TObjective : IObjective<Real>
                    {
                        Real[] trialGradient = new Real[gradient.Length];
                        state.LastValue = objective.Evaluate(parameters, trialGradient);
                        for (int i = 0; i < gradient.Length; i++)
                            update[i] = -(Real)0.1 * gradient[i];
                    }
                }

                public struct FloatBowl : IObjective<Real>
                {
                    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
                    {
                        float sum = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g[i] = x[i];
                            sum += {|#0:(float)(x[i] * x[i])|};
                        }

                        return sum / 2;
                    }
                }
                """,
        };


        yield return new(Rule, "fresh eyes 3: an IComparer<Integer> class given to Array.Sort", """
            Integer[] sorted = (Integer[])state.Ring.Clone();
            Array.Sort(sorted, new ByValue());
            state.Count = sorted[0];
            """, """
            private sealed class ByValue : System.Collections.Generic.IComparer<Integer>
            {
                public int Compare(Integer a, Integer b) => {|#0:(int)(a - b)|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: an extension method on the State class stores an int", """
            state.RecordSteps(MemorySize);
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
            Outside = """
                internal static class StateExtensions
                {
                    public static void RecordSteps(this Spec.State state, int steps) => state.NumLinesearchSteps = {|#0:steps|};
                }
                """,
        };

        yield return new(Rule, "fresh eyes 3: the count copied back in a finally block", """
            var search = new Backtracking();
            try
            {
                update[0] = search.Run(gradient, LearningRate);
            }
            finally
            {
                state.NumLinesearchSteps = {|#0:search.Evaluations|};
            }
            """, """
            private sealed class Backtracking
            {
                public int Evaluations { get; private set; }

                public Real Run(ReadOnlySpan<Real> gradient, Real t)
                {
                    while (t * Math.Abs(gradient[0]) > 1 && Evaluations < 20)
                    {
                        t /= 2;
                        Evaluations++;
                    }

                    return -t * gradient[0];
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a using declaration's Dispose writes the int count", """
            using var scope = new CountingScope(state);
            for (int i = 0; i < gradient.Length; i++)
            {
                scope.Evaluations++;
                update[i] = -LearningRate * gradient[i];
            }
            """, """
            private sealed class CountingScope(State state) : IDisposable
            {
                public int Evaluations { get; set; }

                public void Dispose() => state.NumLinesearchSteps = {|#0:Evaluations|};
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 3: a schedule looked up in a static Dictionary of lambdas", """
            update[0] = -Schedules["inverse"](state.Count) * gradient[0];
            """, """
            private static readonly System.Collections.Generic.Dictionary<string, Func<Integer, Real>> Schedules = new()
            {
                ["constant"] = _ => (Real)0.1,
                ["inverse"] = step => {|#0:(float)(1.0 / (1 + step))|},
            };
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 3: a source IEnumerable<Integer> summed by LINQ runs its enumerator", """
            var window = new Window(state.Ring, MemorySize);
            state.Count = System.Linq.Enumerable.Sum(window);
            """, """
            private sealed class Window(Integer[] items, int size) : System.Collections.Generic.IEnumerable<Integer>
            {
                public System.Collections.Generic.IEnumerator<Integer> GetEnumerator()
                {
                    for (int i = 0; i < size; i++)
                        yield return items[{|#0:(int)(items[i] + i)|} % items.Length];
                }

                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: a nullable schedule delegate invoked with ?.Invoke", """
            Real rate = schedule?.Invoke(state.Count) ?? LearningRate;
            update[0] = -rate * gradient[0];
            """, """
            private readonly Func<Integer, Real>? schedule = step => {|#0:(float)(1.0 / (1 + step))|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)], NullableProject = true };

        // Negatives.
        yield return new(Rule, "fresh eyes 3: comparers, ForEach, Parallel.For, facades and extensions with the slots' types", """
            Integer[] sorted = (Integer[])state.Ring.Clone();
            Array.Sort(sorted, (a, b) => a.CompareTo(b));
            var alias = state;
            var trials = new System.Collections.Generic.List<Integer> { 1, MaxSteps };
            trials.ForEach(t => alias.NumLinesearchSteps = t);
            Integer[] ring = state.Ring;
            System.Threading.Tasks.Parallel.For(0, ring.Length, k => ring[k] = (Integer)k);
            var view = new StateView(state);
            view.Steps = MaxSteps;
            state.Ring.AsSpan(1).FillWith(MaxSteps);
            """, """
            private sealed class StateView(State state)
            {
                public Integer Steps
                {
                    set => state.NumLinesearchSteps = value;
                }
            }
            """)
        {
            Outside = """
                internal static class SpanExtensions
                {
                    public static void FillWith(this Span<Integer> span, Integer value)
                    {
                        for (int i = 0; i < span.Length; i++)
                            span[i] = value;
                    }
                }
                """,
        };

        yield return new(Rule, "fresh eyes 3: an IComparer, a State extension, a finally block and a Dispose of the slots' types", """
            Integer[] sorted = (Integer[])state.Ring.Clone();
            Array.Sort(sorted, new ByValue());
            state.RecordSteps(MaxSteps);
            using (var scope = new CountingScope(state))
            {
                try
                {
                    scope.Evaluations += gradient.Length;
                }
                finally
                {
                    state.Count = scope.Evaluations;
                }
            }
            """, """
            private sealed class ByValue : System.Collections.Generic.IComparer<Integer>
            {
                public int Compare(Integer a, Integer b) => a.CompareTo(b);
            }

            private sealed class CountingScope(State state) : IDisposable
            {
                public Integer Evaluations { get; set; }

                public void Dispose() => state.NumLinesearchSteps = Evaluations;
            }
            """)
        {
            Outside = """
                internal static class StateExtensions
                {
                    public static void RecordSteps(this Spec.State state, Integer steps) => state.NumLinesearchSteps = steps;
                }
                """,
        };

        yield return new(Rule, "fresh eyes 3: a static local function and a static lambda computing at Integer", """
            static Integer Next(Integer count, int memory) => (count + 1) % memory;
            Func<Integer, Integer> twice = static c => c * 2;
            state.Count = Next(state.Count, MemorySize);
            state.NumLinesearchSteps = twice(state.Count);
            """);

        yield return new(Rule, "fresh eyes 3: a static Dictionary of Real schedules looked up in the transition", """
            update[0] = -Schedules["inverse"](state.Count) * gradient[0];
            """, """
            private static readonly System.Collections.Generic.Dictionary<string, Func<Integer, Real>> Schedules = new()
            {
                ["constant"] = _ => (Real)0.1,
                ["inverse"] = step => (Real)1 / (1 + step),
            };
            """);

        yield return new(Rule, "fresh eyes 3: a static constructor runs once, outside any step, like a static field initializer", """
            update[0] = gradient[0] * Schedules.Decay;
            """)
        {
            Outside = """
                internal static class Schedules
                {
                    public static readonly Real Decay;

                    static Schedules() => Decay = (Real)(float)Math.Exp(-0.1);
                }
                """,
        };

        yield return new(Rule, "fresh eyes 3: a static transition taking the objective, counting in Integer, with a Real objective", """
            update[0] = -LearningRate * gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class Probe
                {
                    [State] private Integer evaluations;
                    [State] private Real lastValue;

                    [Transition]
                    private static void Advance<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective)
                        where TObjective : IObjective<Real>
                    {
                        Real[] trialGradient = new Real[gradient.Length];
                        Integer calls = 0;
                        state.LastValue = objective.Evaluate(parameters, trialGradient);
                        calls++;
                        state.Evaluations = calls;
                        for (int i = 0; i < gradient.Length; i++)
                            update[i] = -(Real)0.1 * gradient[i];
                    }
                }

                public struct Bowl : IObjective<Real>
                {
                    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
                    {
                        Real sum = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g[i] = x[i];
                            sum += x[i] * x[i];
                        }

                        return sum / 2;
                    }
                }
                """,
        };
    }

    private static IEnumerable<AnalyzerCase> Exemptions()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh eyes 3: (int)(head + k) without the remainder", """
            Integer head = state.Count;
            for (int k = 0; k < MemorySize; k++)
                update[0] += state.Weights[{|#0:(int)(head + k)|} % MemorySize];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: an int iteration counter bounded by MemorySize is still 32-bit in the slot", """
            int iteration = 0;
            Real step = LearningRate;
            while (iteration < MemorySize && step > (Real)1e-6)
            {
                step /= 2;
                iteration++;
            }

            state.Count = {|#0:iteration|};
            state.NumLinesearchSteps += iteration;
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };


        yield return new(Rule, "fresh eyes 3: Math.Max(0, count - m) is not bounded above", """
            int oldest = {|#0:(int)Math.Max(0, state.Count - MemorySize)|};
            update[0] = oldest;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: a count clamped with an if to another unbounded count still narrows", """
            long filled = state.Count;
            if (filled > state.Total)
                filled = state.Total;
            int stored = {|#0:(int)filled|};
            update[0] = stored;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 3: a switch statement section bounding the count only from below", """
            int filled = 0;
            switch (state.Count)
            {
                case < 0:
                    break;
                case >= 0:
                    filled = {|#0:(int)state.Count|};
                    break;
            }

            update[0] = filled;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        // Negatives.
        yield return new(Rule, "fresh eyes 3: a ring walk with while (k-- > 0) and (head + k) % m", """
            Integer head = state.Count;
            int k = MemorySize;
            Real sum = 0;
            while (k-- > 0)
            {
                int slot = (int)((head + k) % MemorySize);
                sum += state.Weights[slot];
            }

            update[0] = sum;
            """);

        yield return new(Rule, "fresh eyes 3: a descending Integer loop over the newest ring entries", """
            for (Integer k = state.Count - 1; k >= 0 && k >= state.Count - MemorySize; k--)
                update[0] += state.Weights[(int)(k % MemorySize)];
            """);

        yield return new(Rule, "fresh eyes 3: Math.Abs of a remainder and a saturated count are ring indices", """
            int slot = (int)Math.Abs(state.Count % MemorySize);
            int capped = (int)Math.Min(state.Count, int.MaxValue);
            update[0] = state.Weights[slot] + capped;
            """);

        yield return new(Rule, "fresh eyes 3: a descending int loop with a long remainder local", """
            for (int k = MemorySize - 1; k >= 0; k--)
            {
                long j = (state.Count + k) % MemorySize;
                update[0] += state.Weights[(int)j];
            }
            """);

        yield return new(Rule, "fresh eyes 3: a long loop to the array slot's LongLength", """
            for (long k = 0; k < state.Velocity.LongLength; k++)
                state.Velocity[(int)k] *= (Real)0.5;
            """);

        yield return new(Rule, "fresh eyes 3: an ascending long loop written with !=", """
            for (long k = 0; k != gradient.Length; k++)
                update[(int)k] = -LearningRate * gradient[(int)k];
            """);

        yield return new(Rule, "fresh eyes 3: a long countdown in a while loop indexing the spans", """
            long k = gradient.Length;
            while (k-- > 0)
                update[(int)k] = -LearningRate * gradient[(int)k];
            """);

        yield return new(Rule, "fresh eyes 3: != loops over the memory with long indices, ascending and descending", """
            Real sum = 0;
            for (long k = 0; k != state.Weights.Length; ++k)
                sum += state.Weights[(int)k];
            for (long k = gradient.Length - 1; k != -1; k--)
                update[(int)k] = sum * gradient[(int)k];
            """);

        yield return new(Rule, "fresh eyes 3: the filled memory clamped with an if, then a long loop below it", """
            long filled = state.Count;
            if (filled > MemorySize)
                filled = MemorySize;
            Real sum = 0;
            for (long j = 0; j < filled; j++)
                sum += state.Weights[(int)j];
            int stored = (int)filled;
            update[0] = sum / Math.Max(stored, 1);
            """);

        yield return new(Rule, "fresh eyes 3: a switch statement on the count whose cases bound the casts", """
            int filled;
            switch (state.Count)
            {
                case < 0:
                    filled = 0;
                    break;
                case var c when c < MemorySize:
                    filled = (int)c;
                    break;
                case >= 0 and < 1000:
                    filled = (int)state.Count % MemorySize;
                    break;
                default:
                    filled = MemorySize;
                    break;
            }

            update[0] = filled;
            """);

        yield return new(Rule, "fresh eyes 3: for (long k = n; k-- > 0;) indexes the spans", """
            for (long k = gradient.Length; k-- > 0;)
                update[(int)k] = gradient[(int)k];
            """);

        yield return new(Rule, "fresh eyes 3: an nint offset from a span length back to int, and ring forms with % of a sum", """
            nint offset = gradient.Length;
            int lane = (int)offset;
            Integer head = state.Count;
            int newest = (int)((head + MemorySize - 1) % MemorySize);
            int oldest = (int)((head % MemorySize + MemorySize) % MemorySize);
            update[0] = gradient[lane - 1] + state.Weights[newest] + state.Weights[oldest];
            """);
    }

    private static IEnumerable<AnalyzerCase> Mixed()
    {
        const string Rule = "OPT0003";

        yield return new(Rule, "fresh eyes 3: a float literal in a switch expression arm typed Real", """
            Real decay = (gradient.Length % 2) switch { 0 => {|#0:0.9f|}, _ => (Real)0.99 };
            update[0] = decay * gradient[0];
            """)
        { InDouble = [MixedPrecision("0.9f")] };

        yield return new(Rule, "fresh eyes 3: a float literal in a collection expression of Real", """
            Real[] betas = [{|#0:0.9f|}, (Real)0.999];
            update[0] = betas[0] * gradient[0] + betas[1];
            """)
        { InDouble = [MixedPrecision("0.9f")] };

        yield return new(Rule, "fresh eyes 3: a float hyperparameter in a Parallel.For lambda's compound assignment", """
            Real[] velocity = state.Velocity;
            System.Threading.Tasks.Parallel.For(0, velocity.Length, i => velocity[i] *= {|#0:Beta|});
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, "fresh eyes 3: a float hyperparameter in a LINQ Select lambda", """
            var damped = System.Linq.Enumerable.Select(state.Velocity, v => v * {|#0:Beta|});
            update[0] = System.Linq.Enumerable.First(damped);
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, "fresh eyes 3: a float hyperparameter passed to a Real parameter of a helper", """
            update[0] = Damp(gradient[0], {|#0:Beta|});
            """, """
            private static Real Damp(Real value, Real factor) => value * factor;
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, "fresh eyes 3: a float hyperparameter initializing a Real local and raised by Math.Pow", """
            Real beta = {|#0:Beta|};
            double correction = 1 - Math.Pow({|#1:Beta|}, state.Count + 1);
            update[0] = gradient[0] * beta / (Real)correction;
            """)
        { InDouble = [MixedPrecision("Beta"), MixedPrecision("Beta", marker: 1)] };

        // Negatives.
        yield return new(Rule, "fresh eyes 3: exact float literals in collection expressions and switch arms", """
            Real[] betas = [0.5f, (Real)0.999];
            Real decay = (gradient.Length % 2) switch { 0 => 0.25f, _ => (Real)0.99 };
            update[0] = betas[0] * decay * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> Realistic()
    {
        yield return new(SeedStyleCases.Rule, "fresh eyes 3: an L-BFGS-B-like projected step counts the clipped coordinates in int", """
            int clipped = 0;
            Real t = LearningRate;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real trial = state.Velocity[i] - t * gradient[i];
                Real projected = Math.Clamp(trial, -(Real)1, (Real)1);
                if (projected != trial)
                    clipped++;
                update[i] = projected - state.Velocity[i];
                state.Velocity[i] = projected;
            }

            state.NumLinesearchSteps = {|#0:clipped|};
            state.Count += 1;
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(SeedStyleCases.Rule, "fresh eyes 3: a line search's record struct with an int count deconstructed with a discard", """
            (state.Value, state.NumLinesearchSteps, _) = {|#0:Search(gradient, state.Value)|};
            """, """
            private readonly record struct LineSearchResult(Real Step, int Evaluations, bool Converged);

            private LineSearchResult Search(ReadOnlySpan<Real> gradient, Real previous)
            {
                Real t = previous > 0 ? previous : LearningRate;
                int evaluations = 0;
                while (evaluations < MemorySize && t * Math.Abs(gradient[0]) > 1)
                {
                    t /= 2;
                    evaluations++;
                }

                return new(t, evaluations, evaluations < MemorySize);
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        const string Rule = IdiomaticCases.Rule;

        yield return new(Rule, "fresh eyes 3: an L-BFGS-B-like projected step counting in Integer", """
            Integer clipped = 0;
            Real t = LearningRate;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real trial = state.Velocity[i] - t * gradient[i];
                Real projected = Math.Clamp(trial, -(Real)1, (Real)1);
                if (projected != trial)
                    clipped++;
                update[i] = projected - state.Velocity[i];
                state.Velocity[i] = projected;
            }

            state.NumLinesearchSteps = clipped;
            state.Count += 1;
            """);

        yield return new(Rule, "fresh eyes 3: Nesterov momentum with Real.FusedMultiplyAdd", """
            Real mu = (Real)0.9;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real v = Real.FusedMultiplyAdd(mu, state.Velocity[i], gradient[i]);
                state.Velocity[i] = v;
                update[i] = -LearningRate * Real.FusedMultiplyAdd(mu, v, gradient[i]);
            }

            state.Count++;
            """);

        yield return new(Rule, "fresh eyes 3: Adafactor-like factored moments over a row-major history", """
            int rows = MemorySize, cols = gradient.Length;
            Real decay = (Real)0.8;
            for (long r = 0; r < rows; r++)
            {
                Real rowSum = 0;
                for (long c = 0; c < cols; c++)
                {
                    int offset = (int)r * cols + (int)c;
                    Real g = gradient[(int)c];
                    rowSum += g * g + state.History[offset];
                }

                state.Weights[(int)r] = decay * state.Weights[(int)r] + (1 - decay) * rowSum / cols;
            }

            for (int c = 0; c < cols; c++)
            {
                state.Second[c] = decay * state.Second[c] + (1 - decay) * gradient[c] * gradient[c];
                update[c] = -LearningRate * gradient[c] / (Real.Sqrt(state.Second[c]) + (Real)1e-30);
            }

            state.Count += 1;
            """);

        yield return new(Rule, "fresh eyes 3: a line search returning a record struct of Integer counts, deconstructed with a discard", """
            var (step, evaluations, _) = Search(gradient, state.Value);
            state.NumLinesearchSteps = evaluations;
            state.Value = step;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -step * gradient[i];
            """, """
            private readonly record struct LineSearchResult(Real Step, Integer Evaluations, bool Converged);

            private LineSearchResult Search(ReadOnlySpan<Real> gradient, Real previous)
            {
                Real t = previous > 0 ? previous : LearningRate;
                Integer evaluations = 0;
                while (evaluations < MaxSteps && t * Math.Abs(gradient[0]) > 1)
                {
                    t /= 2;
                    evaluations++;
                }

                return new(t, evaluations, evaluations < MaxSteps);
            }
            """);

        yield return new(Rule, "fresh eyes 3: Lion with an Integer count of positive signs and Math.Sign into a Real[] slot", """
            Integer positive = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real blended = (Real)0.9 * state.Velocity[i] + (Real)0.1 * gradient[i];
                Real sign = Math.Sign(blended);
                if (sign > 0)
                    positive++;
                update[i] = -LearningRate * sign;
                state.Velocity[i] = (Real)0.99 * state.Velocity[i] + (Real)0.01 * gradient[i];
                state.Second[i] = Math.Sign(gradient[i]);
            }

            state.Count = positive;
            """);

        yield return new(Rule, "fresh eyes 3: Yogi over Vector<Real> spans of the slots with a scalar tail and bias correction", """
            Integer t = state.Count + 1;
            Real b1 = (Real)0.9, b2 = (Real)0.999;
            Real correction1 = 1 - Real.Pow(b1, t);
            Real correction2 = 1 - Real.Pow(b2, t);
            Span<Real> m = state.Velocity, v = state.Second;
            int vectorized = gradient.Length - gradient.Length % Vector<Real>.Count;
            for (int i = 0; i < vectorized; i += Vector<Real>.Count)
            {
                var g = new Vector<Real>(gradient.Slice(i));
                var mi = new Vector<Real>(m.Slice(i)) * b1 + g * (1 - b1);
                var g2 = g * g;
                var vi = new Vector<Real>(v.Slice(i));
                vi -= (1 - b2) * Vector.ConditionalSelect(Vector.GreaterThan(vi, g2), g2, -g2);
                mi.CopyTo(m.Slice(i));
                vi.CopyTo(v.Slice(i));
            }

            for (int i = vectorized; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] -= (1 - b2) * Real.Sign(v[i] - g * g) * g * g;
            }

            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * (m[i] / correction1) / (Real.Sqrt(Real.Abs(v[i]) / correction2) + (Real)1e-3);
            state.Count = t;
            """);

        yield return new(Rule, "fresh eyes 3: an L-BFGS two-loop with a stackalloc alpha buffer over the newest entries", """
            int filled = (int)Math.Min(state.Count, MemorySize);
            Span<Real> alpha = stackalloc Real[MemorySize];
            Span<Real> q = stackalloc Real[gradient.Length];
            gradient.CopyTo(q);
            for (int j = 0; j < filled; j++)
            {
                int slot = (int)((state.Count - 1 - j) % MemorySize);
                ReadOnlySpan<Real> s = state.History.AsSpan(slot * gradient.Length, gradient.Length);
                alpha[j] = state.Weights[slot] * System.Numerics.Tensors.TensorPrimitives.Dot<Real>(s, q);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd<Real>(s, -alpha[j], q, q);
            }

            for (int j = filled - 1; j >= 0; j--)
            {
                int slot = (int)((state.Count - 1 - j) % MemorySize);
                ReadOnlySpan<Real> s = state.History.AsSpan(slot * gradient.Length, gradient.Length);
                Real beta = state.Weights[slot] * System.Numerics.Tensors.TensorPrimitives.Dot<Real>(s, q);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd<Real>(s, alpha[j] - beta, q, q);
            }

            System.Numerics.Tensors.TensorPrimitives.Multiply<Real>(q, -LearningRate, update);
            state.Count++;
            """);

        yield return new(Rule, "fresh eyes 3: a backtracking line search as a local function with while (true) and break", """
            Integer evaluations = 0;
            Real g0 = gradient[0];
            Real Phi(Real t)
            {
                evaluations++;
                return t * t * g0 * g0 - t * g0 * g0;
            }

            Real step = LearningRate;
            while (true)
            {
                if (Phi(step) <= (Real)(-1e-4) * step * g0 * g0 || evaluations >= MaxSteps)
                    break;
                step *= (Real)0.5;
            }

            state.NumLinesearchSteps = evaluations;
            state.Value = step;
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -step * gradient[i];
            """);

        yield return new(Rule, "fresh eyes 3: Rprop with int sign products, Math.Clamp step sizes and a switch on the sign", """
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                int sign = Math.Sign(g * state.Second[i]);
                Real size = state.Velocity[i];
                switch (sign)
                {
                    case > 0:
                        size = Math.Min(size * (Real)1.2, (Real)50);
                        break;
                    case < 0:
                        size = Math.Max(size * (Real)0.5, (Real)1e-6);
                        g = 0;
                        break;
                }

                state.Velocity[i] = Math.Clamp(size, (Real)1e-6, (Real)50);
                state.Second[i] = g;
                update[i] = -Real.Sign(g) * size;
            }
            """);

        yield return new(Rule, "fresh eyes 3: MultiSteps-like accumulation with a wrapped Integer mini-step and update.Clear()", """
            state.Count = (state.Count + 1) % MaxSteps;
            for (int i = 0; i < gradient.Length; i++)
                state.Second[i] += gradient[i] / MaxSteps;
            if (state.Count != 0)
            {
                update.Clear();
                return;
            }

            for (int i = 0; i < gradient.Length; i++)
            {
                update[i] = -LearningRate * state.Second[i];
                state.Second[i] = 0;
            }

            state.NumLinesearchSteps++;
            """);

        yield return new(Rule, "fresh eyes 3: noisy SGD seeded through HashCode.Combine of the count, clipped by the global norm", """
            var random = new Random(HashCode.Combine(state.Count, gradient.Length));
            Real norm = Real.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares<Real>(gradient));
            Real scale = Real.Min((Real)1, (Real)10 / (norm + (Real)1e-12));
            Real variance = (Real)0.01 / Real.Pow(1 + state.Count, (Real)0.55);
            for (int i = 0; i < gradient.Length; i++)
            {
                Real noise = (Real)random.NextDouble() - (Real)0.5;
                update[i] = -LearningRate * (scale * gradient[i] + Real.Sqrt(variance) * noise);
            }

            state.Count++;
            """);

        yield return new(Rule, "fresh eyes 3: RMSProp with a Real decay read from a collection expression of schedules", """
            Real[] decays = [(Real)0.9, (Real)0.99];
            Real rho = decays[(int)(state.Count % decays.Length)];
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                state.Second[i] = rho * state.Second[i] + (1 - rho) * g * g;
                update[i] = -LearningRate * g / (Real.Sqrt(state.Second[i]) + (Real)1e-8);
            }

            state.Count++;
            """);
    }
}
