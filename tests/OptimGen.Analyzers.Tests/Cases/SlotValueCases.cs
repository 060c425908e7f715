using System.Collections.Generic;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>OPT0002: a slot assigned a value narrower than its type.</summary>
internal static class SlotValueCases
{
    private const string Rule = "OPT0002";

    /// <summary>The seed's shape: an inner zoom line search that counts its steps in an int, copied into the outer state.</summary>
    private const string ZoomLineSearch = """
        private struct ZoomLineSearch
        {
            public int NumSteps;
            public Real StepSize;
        }

        private ZoomLineSearch Zoom(ReadOnlySpan<Real> gradient)
        {
            var search = new ZoomLineSearch { StepSize = (Real)1 };
            while (search.NumSteps < 20 && search.StepSize * gradient[0] > (Real)1e-3)
            {
                search.StepSize *= (Real)0.5;
                search.NumSteps++;
            }

            return search;
        }
        """;

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "seed: the zoom line search's int counter copied into the Integer slot", """
            ZoomLineSearch zoom = Zoom(gradient);
            state.NumLinesearchSteps = {|#0:zoom.NumSteps|};
            """, ZoomLineSearch)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "seed fixed the optax way: cast back to the slot's type", """
            ZoomLineSearch zoom = Zoom(gradient);
            state.NumLinesearchSteps = (Integer)zoom.NumSteps;
            """, ZoomLineSearch);

        yield return new(Rule, "seed fixed at the source: the counter is declared Integer", """
            Integer steps = 0;
            while (steps < MaxSteps && gradient[0] > (Real)steps)
                steps++;
            state.NumLinesearchSteps = steps;
            """);

        yield return new(Rule, "the seed's error in a helper two calls deep", """
            First(ref state);
            """, """
            private void First(ref State state) => Second(ref state);

            private void Second(ref State state)
            {
                int steps = MemorySize + 1;
                state.Count = {|#0:steps|};
            }
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "the same helper, not reached from the transition, is out of scope", """
            state.Count += 1;
            """, """
            internal void NotATransition(ref State state)
            {
                int steps = MemorySize + 1;
                state.Count = steps;
            }
            """);

        yield return new(Rule, "editorconfig scope 'all' checks code outside transitions", """
            state.Count += 1;
            """, """
            internal void NotATransition(ref State state)
            {
                int steps = MemorySize + 1;
                state.Count = {|#0:steps|};
            }
            """)
        {
            EditorConfig = "root = true\n[*.cs]\noptimgen_narrowing_scope = all\n",
            InDouble = [SlotValue("Count", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "an [Init] hook is not a transition", "state.Count += 1;", """
            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters)
            {
                int steps = parameters.Length > 3 ? MemorySize : 0;
                state.Count = steps;
            }
            """);

        yield return new(Rule, "in a lambda", """
            State current = state;
            int steps = MemorySize * 2;
            Action record = () => current.Count = {|#0:steps|};
            record();
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "in a local function", """
            Record(state, MemorySize);

            static void Record(State target, int steps) => target.Count = {|#0:steps|};
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "behind a ref local aliasing the slot", """
            ref Integer steps = ref state.NumLinesearchSteps;
            int inner = MemorySize;
            steps = {|#0:inner|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "behind a ref local aliasing an element of a Real[] slot", """
            ref Real weight = ref state.Weights[0];
            float beta = Beta;
            weight = {|#0:beta|};
            """)
        { InDouble = [SlotValue("Weights", RealDouble, "a Single")] };

        yield return new(Rule, "a ref local written with a value of the slot's type", """
            ref Integer steps = ref state.NumLinesearchSteps;
            Integer inner = MemorySize;
            steps = inner + 1;
            """);

        yield return new(Rule, "in one arm of a conditional", """
            int inner = MemorySize;
            state.Count = gradient.Length > 2 ? {|#0:inner|} : state.Count;
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "in one arm of a switch expression", """
            int inner = MemorySize;
            state.Count = gradient.Length switch
            {
                0 => 0,
                1 => {|#0:inner|},
                _ => state.Count,
            };
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "in a tuple assignment", """
            int inner = MemorySize;
            (state.Count, state.Value) = ({|#0:inner|}, state.Value * 2);
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "a tuple-returning helper deconstructed into slots", """
            (state.Count, state.Total) = {|#0:Pair()|};
            """, """
            private (int Steps, long Total) Pair() => (MemorySize, 2L);
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "an int into a slot declared long, in both modes", """
            int inner = MemorySize;
            state.Total = {|#0:inner|};
            """)
        {
            InDouble = [SlotValue("Total", "Int64 (declared long, Double mode)", "an Int32")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new(Rule, "a short into an Integer slot, in both modes", """
            short inner = {|#1:(short)MemorySize|};
            state.Count = {|#0:inner|};
            """)
        {
            InDouble = [SlotValue("Count", IntegerDouble, "an Int16"), Conversion("A cast", "Int32", "Int16", IntegerDouble, marker: 1)],
            InSingle = [SlotValue("Count", IntegerSingle, "an Int16"), Conversion("A cast", "Int32", "Int16", IntegerSingle, marker: 1)],
        };

        yield return new(Rule, "a float hyperparameter into a Real slot", """
            state.Value = {|#0:Beta|};
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new(Rule, "a float into a slot declared double, in both modes", """
            float scaled = Beta * 2;
            state.Precise = {|#0:scaled|};
            """)
        {
            InDouble = [SlotValue("Precise", "Double (declared double, Double mode)", "a Single")],
            InSingle = [SlotValue("Precise", "Double (declared double, Single mode)", "a Single")],
        };

        yield return new(Rule, "a float into an element of a Real[] slot", """
            state.Velocity[0] = {|#0:Beta|};
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "an inexact float literal into a Real slot", """
            state.Value = {|#0:0.1f|};
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new(Rule, "a method returning int assigned to an Integer slot", """
            state.Count = {|#0:CountSteps()|};
            """, """
            private int CountSteps() => MemorySize + 1;
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "an int element into an Integer[] slot", """
            int inner = MemorySize;
            state.Ring[0] = {|#0:inner|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "int constants and const locals survive", """
            const int Start = 3;
            state.Count = 0;
            state.Total = -1;
            state.NumLinesearchSteps = Start;
            state.Ring[0] = 1;
            """);

        yield return new(Rule, "an exact float constant into a Real slot", """
            state.Value = 0.5f;
            state.Velocity[0] = 2f;
            """);

        yield return new(Rule, "a span length and a loop index are Int32 values", """
            state.Count = {|#0:gradient.Length|};
            for (int i = 0; i < gradient.Length; i++)
                state.NumLinesearchSteps = {|#1:i|};
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32"), SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32", marker: 1)] };

        yield return new(Rule, "a ring index computed in Integer: count % MemorySize and Math.Min with an int bound", """
            state.Count = (state.Count + 1) % MemorySize;
            state.NumLinesearchSteps = Math.Min(state.Count + 1, MemorySize);
            """);

        yield return new(Rule, "values of the slot's own type, increments and compound assignments", """
            state.Count = state.Count + 1;
            state.Count += MemorySize;
            state.NumLinesearchSteps++;
            state.Value = state.Value * LearningRate;
            """);

        yield return new(Rule, "an explicit cast to the slot's type", """
            state.Count = (Integer)MemorySize;
            state.Total = (long)MemorySize;
            state.Value = (Real)Beta;
            """);

        yield return new(Rule, "values of the declared concrete type into int and float slots", """
            int inner = MemorySize;
            state.Small = inner;
            state.Scale = Beta;
            """);

        yield return new(Rule, "a local declared Integer", """
            Integer steps = MemorySize;
            state.Count = steps;
            state.Count = gradient.Length > 1 ? steps : state.Count;
            """);
        yield return new(Rule, "an Integer value into a Real slot is another family", """
            state.Value = state.Count;
            state.Velocity[0] = state.Ring[0];
            """);

        yield return new(Rule, "replacing an array slot is not an element write", """
            state.Weights = new Real[MemorySize];
            """);

        yield return new(Rule, "a ref local aliasing the update span, not a slot", """
            ref Real first = ref update[0];
            float beta = Beta;
            first = beta;
            """);

        yield return new(Rule, "an Integer hyperparameter into an Integer slot", """
            state.Count = MaxSteps;
            state.NumLinesearchSteps = MaxSteps - 1;
            """);
        yield return new(Rule, "through a span local over a Real[] slot", """
            Span<Real> velocity = state.Velocity;
            float beta = Beta;
            velocity[0] = {|#0:beta|};
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "through AsSpan and Slice of a Real[] slot", """
            float beta = Beta;
            state.Weights.AsSpan(1).Slice(0, 1)[0] = {|#0:beta|};
            """)
        { InDouble = [SlotValue("Weights", RealDouble, "a Single")] };

        yield return new(Rule, "a span over a slot written with Real values", """
            Span<Real> velocity = state.Velocity;
            for (int i = 0; i < velocity.Length; i++)
                velocity[i] = LearningRate * gradient[i];
            """);
    }
}
