using System.Collections.Generic;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>OPT0005: a Real or float scalar slot used as a counter, reported in both modes' builds.</summary>
internal static class RealCounterCases
{
    private const string Rule = "OPT0005";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "a Real slot incremented with ++", """
            {|#0:state.Value++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "a Real slot counted in a lambda of a delegate field the transition invokes", "Tick(ref state);", """
            private delegate void Advance(ref State state);
            private static readonly Advance Tick = (ref State s) => {|#0:s.Value += 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "a float slot counted with += 1", """
            {|#0:state.Scale += 1|};
            """)
        { InDouble = [Counter("Scale", "float")], InSingle = [Counter("Scale", "float")] };

        yield return new(Rule, "a Real slot counted as x = x + 1", """
            {|#0:state.Value = state.Value + 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "a Real slot counted down with -- and -= (Real)1", """
            {|#0:--state.Value|};
            if (gradient[0] > 0)
                {|#1:state.Value -= (Real)1|};
            """)
        { InDouble = [Counter("Value"), Counter("Value", marker: 1)], InSingle = [Counter("Value"), Counter("Value", marker: 1)] };

        yield return new(Rule, "a counter in a helper the transition calls", "Tick(state);", """
            private static void Tick(State state)
            {
                {|#0:state.Value++|};
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "a counter written 1 + x", """
            {|#0:state.Value = 1 + state.Value|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "a counter through a ref local aliasing the slot", """
            ref Real steps = ref state.Value;
            {|#0:steps += 1|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        // A ref accessor is read through every return, as the narrowing rules read it.
        yield return new(Rule, "a counter through a ref accessor with a guard clause and a second return", """
            {|#0:Trials(state, gradient[0] > 0)++|};
            """, """
            private static ref Real Trials(State s, bool counting)
            {
                if (!counting)
                    return ref s.Value;
                return ref s.Value;
            }
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "a counter through a ref accessor that hands back its ref parameter", """
            {|#0:Same(ref state.Value) += 1|};
            """, """
            private static ref Real Same(ref Real location) => ref location;
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "a ref accessor of an Integer slot counts exactly", """
            Count(state)++;
            """, """
            private static ref Integer Count(State s)
            {
                if (s.Count < 0)
                    return ref s.Count;
                return ref s.Count;
            }
            """);

        yield return new(Rule, "a counter through a ref local set from a ref conditional", """
            Real scratch = 0;
            ref Real steps = ref (gradient.Length > 0 ? ref state.Value : ref scratch);
            {|#0:steps++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        yield return new(Rule, "a ref local re-pointed at itself is followed no further", """
            Real scratch = 0;
            ref Real steps = ref scratch;
            steps = ref steps;
            steps++;
            """);

        yield return new(Rule, "a counter through a ref local re-pointed at the slot", """
            Real scratch = 0;
            ref Real steps = ref scratch;
            if (gradient.Length > 0)
                steps = ref state.Value;
            {|#0:steps++|};
            """)
        { InDouble = [Counter("Value")], InSingle = [Counter("Value")] };

        // Negatives.
        yield return new(Rule, "a slot that also accumulates a gradient is a sum", """
            state.Value++;
            state.Value += gradient[0] * gradient[0];
            """);

        yield return new(Rule, "an Integer slot counts exactly", """
            state.Count++;
            state.NumLinesearchSteps += 1;
            """);

        yield return new(Rule, "a double slot is no Real slot", """
            state.Precise++;
            """);

        yield return new(Rule, "an array element is not a scalar slot", """
            state.Velocity[0]++;
            state.Weights[0] += 1;
            """);

        yield return new(Rule, "a step other than 1 is no count", """
            state.Value += 2;
            state.Value = state.Value * (Real)0.5;
            """);

        yield return new(Rule, "outside any transition", "state.Count++;", """
            internal static void NotATransition(State state) => state.Value++;
            """);
    }
}
