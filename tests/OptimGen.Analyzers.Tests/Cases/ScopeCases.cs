using System.Collections.Generic;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// The scope of "inside a state transition": everything the transition can run, however the call is dispatched
/// (interfaces, constrained and static abstract calls, overrides, delegates), constructors and initializers of the
/// types it constructs, init accessors, operators, extension methods, and generic code at its instantiations.
/// </summary>
internal static class ScopeCases
{
    public const string Rule = "Scope";
    private const string Cast = "A cast";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "a static abstract interface member called through a type parameter", """
            update[0] = Rate<Halving>(state.Value) * gradient[0];
            """, """
            private interface ISchedule
            {
                static abstract Real Next(Real rate);
            }

            private struct Halving : ISchedule
            {
                public static Real Next(Real rate) => (Real){|#0:(float)rate|} * (Real)0.5;
            }

            private static Real Rate<TSchedule>(Real rate) where TSchedule : ISchedule => TSchedule.Next(rate);
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "an override of an abstract method called through the base type", """
            update[0] = schedule.Rate(state.Count) * gradient[0];
            """, """
            private readonly Schedule schedule = new Decay();

            private abstract class Schedule
            {
                public abstract Real Rate(Integer step);
            }

            private sealed class Decay : Schedule
            {
                public override Real Rate(Integer step) => (Real){|#0:(float)(1.0 / (1 + step))|};
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "a lambda stored in a delegate field's initializer", """
            update[0] = lineSearch(ref state, gradient[0]);
            """, """
            private delegate Real LineSearch(ref State state, Real slope);

            private readonly LineSearch lineSearch = (ref State s, Real slope) =>
            {
                int count = slope > 0 ? 3 : 1;
                s.NumLinesearchSteps = {|#0:count|};
                return slope;
            };
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "a method group assigned to a delegate field in the constructor", """
            update[0] = lineSearch(ref state, gradient[0]);
            """, """
            private delegate Real LineSearch(ref State state, Real slope);

            private readonly LineSearch lineSearch;

            public Spec() => lineSearch = Backtrack;

            private static Real Backtrack(ref State state, Real slope)
            {
                int count = slope > 0 ? 3 : 1;
                state.NumLinesearchSteps = {|#0:count|};
                return slope;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "a constructor and a field initializer of a type constructed in the transition", """
            var accumulator = new Accumulator(state.Value);
            update[0] = (Real)(accumulator.Sum + accumulator.Bias);
            """, """
            private sealed class Accumulator
            {
                public float Bias = {|#0:(float)Math.PI|};
                public float Sum;

                public Accumulator(Real start) => Sum = {|#1:(float)start|};
            }
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble), Conversion(Cast, "Double", "Single", RealDouble, marker: 1)],
        };

        yield return new(Rule, "a primary constructor's base call, and the members of its class, when the class is constructed in the transition", """
            var step = new DampedStep(state.Value);
            update[0] = (Real)step.Scale * step.Damped() * gradient[0];
            """, """
            private class ScaledStep
            {
                public ScaledStep(float scale) => Scale = scale;

                public float Scale { get; }
            }

            private sealed class DampedStep(Real rate) : ScaledStep({|#0:(float)rate|})
            {
                private readonly float half = {|#1:(float)(rate / 2)|};

                public Real Damped() => (Real)half;
            }
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble), Conversion(Cast, "Double", "Single", RealDouble, marker: 1)],
        };

        yield return new(Rule, "a helper type marked [GeneratedCode] is generated code, left alone as the analyzer driver leaves it", """
            update[0] = ToolHelpers.Shrink(state.Value) * gradient[0];
            """, """
            [System.CodeDom.Compiler.GeneratedCode("a tool", "1.0")]
            private static class ToolHelpers
            {
                public static Real Shrink(Real value) => (Real)(float)value;
            }
            """);

        yield return new(Rule, "an init accessor run by an object initializer", """
            var options = new Options { Rate = LearningRate };
            update[0] = options.Rate * gradient[0];
            """, """
            private sealed class Options
            {
                private float rate;

                public Real Rate
                {
                    get => (Real)rate;
                    init => rate = {|#0:(float)value|};
                }
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "a lambda set through a public init property in an object initializer outside the spec", """
            update[0] = Search(ref state, gradient[0]);
            """, """
            public delegate Real LineSearch(ref State state, Real slope);

            public LineSearch Search { get; init; } = (ref State s, Real slope) => slope;
            """)
        {
            Outside = """

                internal static class Configured
                {
                    internal static Spec Make() => new Spec
                    {
                        Search = (ref Spec.State s, Real slope) =>
                        {
                            int count = slope > 0 ? 3 : 1;
                            s.NumLinesearchSteps = {|#0:count|};
                            return slope;
                        },
                    };
                }
                """,
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "a private delegate field assigned in a nested type's method is still searched", """
            update[0] = step(gradient[0]);
            """, """
            private Func<Real, Real> step = slope => slope;

            private sealed class Tuner
            {
                internal static void Tune(Spec spec) => spec.step = slope => {|#0:(float)slope|};
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "an extension method", """
            update[0] = state.Precise.Shrink();
            """)
        {
            Outside = """

                internal static class PreciseExtensions
                {
                    public static float Shrink(this double value) => {|#0:(float)value|};
                }
                """,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(Rule, "a generic method at the type argument it is called with: T.CreateTruncating with T = int", """
            update[0] = (Real)Convert<int>(state.Value) + (Real)Convert<Integer>(state.Value);
            """, """
            private static T Convert<T>(Real value) where T : INumberBase<T> => {|#0:T.CreateTruncating(value)|};
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Int32", IntegerDouble)],
        };

        yield return new(Rule, "T.CreateTruncating with T = Half, in both modes", """
            update[0] = (Real)(float)Convert<Half>(state.Value);
            """, """
            private static T Convert<T>(Real value) where T : INumberBase<T> => {|#0:T.CreateTruncating(value)|};
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'T.CreateTruncating'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "generic code reached only with the active types", """
            update[0] = (Real)Convert<Integer>(state.Value) + Convert<Real>(state.Precise);
            """, """
            private static T Convert<T>(double value) where T : INumberBase<T> => T.CreateTruncating(value);
            """);

        yield return new(Rule, "an implementation of an interface the transition never calls", """
            update[0] = state.Value;
            """, """
            private interface IUnused
            {
                float Shrink(Real value);
            }

            private sealed class Unused : IUnused
            {
                public float Shrink(Real value) => (float)value;
            }
            """);

        yield return new(Rule, "a delegate field the transition never uses", """
            update[0] = state.Value;
            """, """
            private readonly Func<Real, float> shrink = value => (float)value;
            """);
    
        yield return new(Rule, "correct code behind every kind of dispatch", """
            update[0] = schedule.Rate(state.Count) + Rate<Halving>(state.Value) + lineSearch(ref state, gradient[0]);
            update[1] = state.Precise.Keep() + new Options { Rate = LearningRate }.Rate;
            """, """
            private readonly Schedule schedule = new Decay();
            private readonly LineSearch lineSearch = (ref State s, Real slope) =>
            {
                Integer count = slope > 0 ? 3 : 1;
                s.NumLinesearchSteps = count;
                return slope;
            };

            private delegate Real LineSearch(ref State state, Real slope);

            private interface ISchedule
            {
                static abstract Real Next(Real rate);
            }

            private struct Halving : ISchedule
            {
                public static Real Next(Real rate) => rate * (Real)0.5;
            }

            private abstract class Schedule
            {
                public abstract Real Rate(Integer step);
            }

            private sealed class Decay : Schedule
            {
                public override Real Rate(Integer step) => (Real)(1.0 / (1 + step));
            }

            private sealed class Options
            {
                public Real Rate { get; init; } = (Real)0.5;
            }

            private static Real Rate<TSchedule>(Real rate) where TSchedule : ISchedule => TSchedule.Next(rate);
            """)
        {
            Outside = """

                internal static class PreciseExtensions
                {
                    public static Real Keep(this double value) => (Real)value;
                }
                """,
        };

        yield return new(Rule, "recursion and cycles end: recursive ref helpers, mutual calls, generic recursion, ref conditionals", """
            Integer depth = MaxSteps;
            Descend(ref state.Count, ref depth);
            Ping(ref state.Ring[0], 3);
            update[0] = Nest<Real>(state.Value, 2);
            Pick(ref state, gradient.Length > 1) = depth;
            """, """
            private static void Descend(ref Integer count, ref Integer depth)
            {
                if (depth-- > 0)
                    Descend(ref depth, ref count);
                count = depth;
            }

            private static void Ping(ref Integer slot, int left) { if (left > 0) Pong(ref slot, left - 1); }

            private static void Pong(ref Integer slot, int left) { if (left > 0) Ping(ref slot, left - 1); else slot = {|#0:left|}; }

            private static T Nest<T>(T value, int depth) where T : INumber<T> =>
                depth == 0 ? value : T.CreateTruncating(Nest<double>(double.CreateTruncating(value), depth - 1));

            private static ref Integer Pick(ref State state, bool first) =>
                ref first ? ref state.Count : ref Pick(ref state, !first);
            """)
        {
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "an await using declaration's DisposeAsync writes the int count, in an async helper the transition waits for", """
            CountAsync(state, gradient.Length).GetAwaiter().GetResult();
            """, """
            private static async System.Threading.Tasks.Task CountAsync(State state, int length)
            {
                await using var scope = new CountingScope(state);
                scope.Evaluations = length;
            }

            private sealed class CountingScope(State state) : IAsyncDisposable
            {
                public int Evaluations { get; set; }

                public System.Threading.Tasks.ValueTask DisposeAsync()
                {
                    state.NumLinesearchSteps = {|#0:Evaluations|};
                    return System.Threading.Tasks.ValueTask.CompletedTask;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "an await using declaration's DisposeAsync stores an Integer count", """
            CountAsync(state, gradient.Length).GetAwaiter().GetResult();
            """, """
            private static async System.Threading.Tasks.Task CountAsync(State state, Integer length)
            {
                await using var scope = new CountingScope(state);
                scope.Evaluations = length;
            }

            private sealed class CountingScope(State state) : IAsyncDisposable
            {
                public Integer Evaluations { get; set; }

                public System.Threading.Tasks.ValueTask DisposeAsync()
                {
                    state.NumLinesearchSteps = Evaluations;
                    return System.Threading.Tasks.ValueTask.CompletedTask;
                }
            }
            """);
    }
}
