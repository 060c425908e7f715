using System.Collections.Generic;
using System.Collections.Immutable;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// Every way a value reaches a slot: parameters bound to it at any depth, ref returns, span views and helpers
/// returning them, library stores and copies, deconstruction of types with Deconstruct, tuple arms.
/// </summary>
internal static class SlotFlowCases
{
    public const string Rule = "SlotFlow";

    private static readonly ImmutableArray<Expected> CountInDouble = [SlotValue("Count", IntegerDouble, "an Int32")];
    private static readonly ImmutableArray<Expected> VelocityInDouble = [SlotValue("Velocity", RealDouble, "a Single")];

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "a ref parameter passed on two calls deep", """
            Outer(ref state.Count);
            """, """
            private void Outer(ref Integer count) => Inner(ref count);

            private void Inner(ref Integer count)
            {
                int steps = MemorySize + 1;
                count = {|#0:steps|};
            }
            """)
        { InDouble = CountInDouble };

        yield return new(Rule, "an out parameter bound to an element of an Integer[] slot", """
            Measure(out state.Ring[0]);
            """, """
            private void Measure(out Integer steps)
            {
                int inner = MemorySize;
                steps = {|#0:inner|};
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "a ref return aliasing a slot, written directly and through a ref local", """
            int steps = MemorySize;
            Steps(ref state) = {|#0:steps|};
            ref Integer alias = ref Steps(ref state);
            alias = {|#1:steps|};
            """, """
            private static ref Integer Steps(ref State state) => ref state.NumLinesearchSteps;
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32"), SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32", marker: 1)],
        };

        yield return new(Rule, "a helper returning a span over a slot", """
            Row(state.History, 1, gradient.Length)[0] = {|#0:Beta|};
            """, """
            private static Span<Real> Row(Real[] history, int row, int n) => history.AsSpan(row * n, n);
            """)
        { InDouble = [SlotValue("History", RealDouble, "a Single")] };

        yield return new(Rule, "a span parameter bound to a slot", """
            Damp(state.Velocity, Beta);
            """, """
            private static void Damp(Span<Real> velocity, float factor)
            {
                for (int i = 0; i < velocity.Length; i++)
                    velocity[i] = {|#0:factor|};
            }
            """)
        { InDouble = VelocityInDouble };

        yield return new(Rule, "an array parameter bound to an Integer[] slot", """
            Record(state.Ring, MemorySize);
            """, """
            private static void Record(Integer[] ring, int steps) => ring[0] = {|#0:steps|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "ranges and from-end indices of a span over a slot", """
            Span<Real> velocity = state.Velocity;
            velocity[1..][0] = {|#0:Beta|};
            velocity[^1] = {|#1:Beta|};
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single"), SlotValue("Velocity", RealDouble, "a Single", marker: 1)] };

        yield return new(Rule, "an array local aliasing a slot", """
            Real[] velocity = state.Velocity;
            velocity[0] = {|#0:Beta|};
            """)
        { InDouble = VelocityInDouble };

        yield return new(Rule, "Volatile.Write, Array.Fill and Span.Fill", """
            int steps = MemorySize;
            System.Threading.Volatile.Write(ref state.Value, {|#0:Beta|});
            Array.Fill(state.Ring, {|#1:steps|});
            state.Velocity.AsSpan().Fill({|#2:Beta|});
            """)
        {
            InDouble =
            [
                SlotValue("Value", RealDouble, "a Single"),
                SlotValue("Ring", IntegerDouble, "an Int32", marker: 1),
                SlotValue("Velocity", RealDouble, "a Single", marker: 2),
            ],
        };

        yield return new(Rule, "Array.Copy and CopyTo of int elements into an Integer[] slot", """
            int[] counts = new int[MemorySize];
            Array.Copy({|#0:counts|}, state.Ring, counts.Length);
            {|#1:counts|}.CopyTo(state.Ring, 0);
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32"), SlotValue("Ring", IntegerDouble, "an Int32", marker: 1)] };

        yield return new(Rule, "a class with a Deconstruct method deconstructed into slots", """
            (state.Count, state.Value) = {|#0:new Result(MemorySize, LearningRate)|};
            """, """
            private sealed class Result
            {
                private readonly int steps;
                private readonly Real step;

                public Result(int steps, Real step) => (this.steps, this.step) = (steps, step);

                public void Deconstruct(out int steps, out Real step) => (steps, step) = (this.steps, this.step);
            }
            """)
        { InDouble = CountInDouble };

        yield return new(Rule, "a switch expression of tuples deconstructed into slots", """
            int steps = MemorySize;
            (state.Count, state.Value) = gradient.Length switch
            {
                0 => (state.Count, state.Value),
                _ => ({|#0:steps|}, state.Value),
            };
            """)
        { InDouble = CountInDouble };

        yield return new(Rule, "a tuple local converted element by element", """
            (int Steps, Real Step) result = (MemorySize, LearningRate);
            (state.Count, state.Value) = {|#0:result|};
            """)
        { InDouble = CountInDouble };

        yield return new(Rule, "writes of the slot's type through every path", """
            Integer steps = MemorySize;
            Outer(ref state.Count, steps);
            Array.Fill(state.Ring, steps);
            System.Threading.Interlocked.Exchange(ref state.NumLinesearchSteps, steps);
            state.Velocity.AsSpan().Fill(LearningRate);
            gradient.CopyTo(state.Second);
            (state.Count, state.Value) = gradient.Length > 0 ? (steps, LearningRate) : (state.Count, state.Value);
            """, """
            private static void Outer(ref Integer count, Integer steps) => count = steps;
            """);

        yield return new(Rule, "an out parameter bound to a local, not a slot", """
            Measure(out Integer steps);
            state.Count = steps;
            """, """
            private void Measure(out Integer steps)
            {
                int inner = MemorySize;
                steps = inner;
            }
            """);

        yield return new(Rule, "a span helper over the update buffer is not a slot: OPT0003, not OPT0002", """
            Head(update)[0] = {|#0:Beta|};
            """, """
            private static Span<Real> Head(Span<Real> buffer) => buffer.Slice(0, 1);
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, "Interlocked.Increment and Add on an Integer slot", """
            int steps = MemorySize;
            System.Threading.Interlocked.Increment(ref state.NumLinesearchSteps);
            System.Threading.Interlocked.Add(ref state.Count, steps);
            """);

        yield return new(Rule, "a record struct of Integer and Real deconstructed into slots", """
            (state.NumLinesearchSteps, state.Value) = Search();
            """, """
            private readonly record struct SearchResult(Integer Steps, Real Step);

            private SearchResult Search() => new(MaxSteps, LearningRate);
            """);

        yield return new(Rule, "a span parameter bound to a slot, written with Real values", """
            Damp(state.Velocity, LearningRate);
            Damp(update, LearningRate);
            """, """
            private static void Damp(Span<Real> values, Real factor)
            {
                for (int i = 0; i < values.Length; i++)
                    values[i] *= factor;
            }
            """);

        yield return new(Rule, "a ref helper returning a slot element written with a cast", """
            int steps = MemorySize;
            Slot(state.Ring, 0) = (Integer)steps;
            """, """
            private static ref Integer Slot(Integer[] ring, int index) => ref ring[index];
            """);
        yield return new(Rule, "a span local assigned a slot after its declaration, written with an int", """
            int steps = MemorySize;
            Span<Integer> counts;
            counts = state.Ring;
            counts[0] = {|#0:steps|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "an array local pointed at one of two slots in if and else, written with a float", """
            Real[] target;
            if (state.Count % 2 == 0)
                target = state.Velocity;
            else
                target = state.Second;
            target[0] = {|#0:Beta|};
            """)
        {
            InDouble = [SlotValue("Velocity", RealDouble, "a Single"), SlotValue("Second", RealDouble, "a Single")],
        };

        yield return new(Rule, "a span local first over a scratch buffer, then over a slot, written with a float", """
            Span<Real> view = stackalloc Real[gradient.Length];
            view[0] = gradient[0];
            view = state.Velocity.AsSpan();
            view[1] = {|#0:Beta|};
            """)
        {
            InDouble = [SlotValue("Velocity", RealDouble, "a Single")],
        };

        yield return new(Rule, "a span local assigned later over scratch memory only stays quiet", """
            scoped Span<Integer> counts;
            counts = stackalloc Integer[4];
            int steps = MemorySize;
            counts[0] = steps;
            state.Count = counts[0];
            """);
        yield return new(Rule, "a lambda with a ref parameter handed to a helper that invokes it on the slot it is given", """
            int steps = MemorySize;
            WithSlot(ref state.NumLinesearchSteps, (ref Integer slot) => slot = {|#0:steps|});
            WithSlot(ref state.Count, (ref Integer slot) => slot += 1);
            """, """
            private delegate void Store(ref Integer slot);

            private static void WithSlot(ref Integer slot, Store store) => store(ref slot);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };
    
        yield return new(Rule, "a jagged local over two slots written at a constant position writes only the slot listed there", """
            Real[][] rows = [state.Velocity, state.Second];
            rows[1][0] = {|#0:state.Scale|};
            foreach (Real[] row in rows)
                update[0] -= row.Length;
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Second", RealDouble, "a Single")] };

        yield return new(Rule, "a List of two slot views read at a constant position writes only the slot listed there", """
            var buffers = new System.Collections.Generic.List<Real[]> { state.Velocity, state.Second };
            buffers[0][1] = {|#0:state.Scale|};
            update[0] = -gradient[buffers.Count - 1];
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "a jagged local whose rows are swapped, or read at a computed position, may write either slot", """
            Real[][] rows = [state.Velocity, state.Second];
            (rows[0], rows[1]) = (rows[1], rows[0]);
            rows[1][0] = {|#0:state.Scale|};
            Real[][] others = new[] { state.Velocity, state.Second };
            others[gradient.Length - 1][0] = {|#1:state.Scale|};
            update[0] = -gradient[0];
            """)
        {
            InDouble = [SlotValue("Velocity", RealDouble, "a Single"), SlotValue("Second", RealDouble, "a Single"),
                        SlotValue("Velocity", RealDouble, "a Single", marker: 1), SlotValue("Second", RealDouble, "a Single", marker: 1)],
        };

        yield return new(Rule, "a jagged local reordered by a call, or given a row later, may write either slot", """
            Real[][] rows = [state.Velocity, state.Second];
            Array.Reverse(rows);
            rows[1][0] = {|#0:state.Scale|};
            Real[][] later = [state.Velocity, new Real[1]];
            later[1] = state.Second;
            later[0][0] = {|#1:state.Scale|};
            update[0] = -gradient[0];
            """)
        {
            InDouble = [SlotValue("Velocity", RealDouble, "a Single"), SlotValue("Second", RealDouble, "a Single"),
                        SlotValue("Velocity", RealDouble, "a Single", marker: 1), SlotValue("Second", RealDouble, "a Single", marker: 1)],
        };
    }
}
