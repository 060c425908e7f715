using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// Cases written afresh, in the shapes a corpus author would try against the issue text and the contract rather than
/// the ones the other catalogues already hold: primary constructors, records, default interface methods, static local
/// functions, generic math, ref structs, foreach by ref, range slices, out var, property patterns, switch expressions,
/// collection expressions, optax-shaped line searches. They join the existing rules' tests (their names start with
/// "fresh: " so that <c>--filter DisplayName~fresh</c> runs them alone).
/// </summary>
internal static class FreshEyesCases
{
    private const string Cast = "A cast";
    private const string Implicit = "An implicit conversion";

    public static IEnumerable<AnalyzerCase> All() =>
        Scope().Concat(Flow()).Concat(Conversions()).Concat(Exemptions());

    private static IEnumerable<AnalyzerCase> Scope()
    {
        const string Rule = ScopeCases.Rule;

        yield return new(Rule, "fresh: a primary-constructor line search behind an interface field counts in int", """
            Real step = lineSearch.Search(ref state, gradient);
            update[0] = -step * gradient[0];
            """, """
            private interface ILineSearch
            {
                Real Search(ref State state, ReadOnlySpan<Real> gradient);
            }

            private sealed class Backtracking(int maxSteps) : ILineSearch
            {
                public Real Search(ref State state, ReadOnlySpan<Real> gradient)
                {
                    int steps = 0;
                    Real step = 1;
                    while (steps < maxSteps && step * gradient[0] > 1)
                    {
                        step *= (Real)0.5;
                        steps++;
                    }

                    state.NumLinesearchSteps = {|#0:steps|};
                    return step;
                }
            }

            private readonly ILineSearch lineSearch = new Backtracking(20);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: a generic-math helper TTo.CreateSaturating instantiated at <Real, float>", """
            float damped = Narrow<Real, float>(state.Value);
            update[0] = damped * gradient[0];
            """, """
            private static TTo Narrow<TFrom, TTo>(TFrom value)
                where TFrom : INumberBase<TFrom>
                where TTo : INumberBase<TTo> => {|#0:TTo.CreateSaturating(value)|};
            """)
        { InDouble = [Conversion("'TTo.CreateSaturating'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh: a user-defined implicit operator of a readonly record struct", """
            Real m = new Moment(state.Value);
            update[0] = m * gradient[0];
            """, """
            private readonly record struct Moment(Real Raw)
            {
                public static implicit operator Real(Moment moment) => {|#0:(float)moment.Raw|};
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh: a record's property initializer reading its primary-constructor parameter", """
            var trial = new Trial(LearningRate);
            update[0] = trial.Step * gradient[0] + {|#1:trial.Shrunk|};
            """, """
            private sealed record Trial(Real Step)
            {
                public float Shrunk { get; } = {|#0:(float)(Step * 0.5)|};
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble), MixedPrecision("trial.Shrunk", marker: 1)] };

        yield return new(Rule, "fresh: an abstract record schedule's override called through the base record", """
            update[0] = -schedule.At(state.Count) * gradient[0];
            """, """
            private abstract record Schedule
            {
                public abstract Real At(Integer step);
            }

            private sealed record CosineDecay(Real Initial) : Schedule
            {
                public override Real At(Integer step) =>
                    Initial * (Real)(1 + MathF.Cos(MathF.PI * {|#0:step|} / 1000f)) / 2;
            }

            private readonly Schedule schedule = new CosineDecay((Real)0.1);
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh: an extension method on ReadOnlySpan<Real> in a top-level static class", """
            Real norm = gradient.Dot(gradient);
            update[0] = gradient[0] / Real.Sqrt(norm);
            """)
        {
            Outside = """

                internal static class SpanMath
                {
                    public static Real Dot(this ReadOnlySpan<Real> a, ReadOnlySpan<Real> b)
                    {
                        float sum = 0;
                        for (int i = 0; i < a.Length; i++)
                            sum += {|#0:(float)(a[i] * b[i])|};
                        return sum;
                    }
                }
                """,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(Rule, "fresh: a method group passed as a Func argument quantizes through Half, in both modes", """
            gradient.CopyTo(update);
            Map(update, Quantize);
            """, """
            private static void Map(Span<Real> values, Func<Real, Real> f)
            {
                for (int i = 0; i < values.Length; i++)
                    values[i] = f(values[i]);
            }

            private static Real Quantize(Real x) => (Real){|#0:(Half)x|};
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Half", RealDouble)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh: a lambda in a static readonly field of a top-level schedules class", """
            update[0] = -Schedules.InverseSqrt(state.Count + 1) * gradient[0];
            """)
        {
            Outside = """

                internal static class Schedules
                {
                    public static readonly Func<Integer, Real> InverseSqrt = t => 1f / MathF.Sqrt({|#0:t|});
                }
                """,
            InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)],
        };

        yield return new(Rule, "fresh: a partial spec's other part, an extension and a primary-constructor strategy, all correct", """
            Remember(ref state, gradient.Length);
            Real norm = Real.Sqrt(gradient.SquaredNorm());
            update[0] = -new Clipped(LearningRate).Scale(norm) * gradient[0];
            """, """
            private sealed class Clipped(Real limit)
            {
                public Real Scale(Real norm) => norm > limit ? limit / norm : 1;
            }
            """)
        {
            Outside = """

                public partial class Spec
                {
                    private void Remember(ref State state, int steps) => state.NumLinesearchSteps = (Integer)steps;
                }

                internal static class SpanMath
                {
                    public static Real SquaredNorm(this ReadOnlySpan<Real> values)
                    {
                        Real sum = 0;
                        foreach (Real v in values)
                            sum += v * v;
                        return sum;
                    }
                }
                """,
        };

        yield return new(Rule, "fresh: a method in another part of the partial spec", """
            Remember(ref state, MemorySize);
            """)
        {
            Outside = """

                public partial class Spec
                {
                    private void Remember(ref State state, int steps) => state.NumLinesearchSteps = {|#0:steps|};
                }
                """,
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "fresh: a with-expression on a record runs its init accessor", """
            var next = options with { Rate = state.Value };
            update[0] = next.Rate * gradient[0];
            """, """
            private readonly Options options = new();

            private sealed record Options
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

        yield return new(Rule, "fresh: the Current of a custom ring enumerator walked by foreach", """
            foreach (int slot in new RingWalk(state.Total, MemorySize))
                update[0] += state.Weights[slot];
            """, """
            private ref struct RingWalk
            {
                private readonly long newest;
                private readonly int size;
                private int offset;

                public RingWalk(long newest, int size) => (this.newest, this.size, offset) = (newest, size, -1);

                public readonly int Current => {|#0:(int)(newest - offset)|} % size;

                public readonly RingWalk GetEnumerator() => this;

                public bool MoveNext() => ++offset < size;
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh: a default interface method reached through a constrained struct", """
            update[0] = Decay(new Exponential(), state.Count) * gradient[0];
            """, """
            private interface IDecay
            {
                Real Factor(Integer step) => (Real){|#0:(float)Math.Pow(0.99, step)|};
            }

            private struct Exponential : IDecay
            {
            }

            private static Real Decay<TDecay>(TDecay decay, Integer step) where TDecay : struct, IDecay => decay.Factor(step);
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh: a generic line-search interface implemented for Real, called through a constraint", """
            update[0] = -Search<Zoom>(ref state, gradient) * gradient[0];
            """, """
            private interface ILineSearch<T> where T : INumber<T>
            {
                T Run(ref State state, ReadOnlySpan<T> gradient);
            }

            private struct Zoom : ILineSearch<Real>
            {
                public Real Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    int evaluations = gradient.Length > 4 ? 3 : 1;
                    state.NumLinesearchSteps = {|#0:evaluations|};
                    return (Real)0.5;
                }
            }

            private static Real Search<TSearch>(ref State state, ReadOnlySpan<Real> gradient) where TSearch : struct, ILineSearch<Real> =>
                default(TSearch).Run(ref state, gradient);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: a generic extension method instantiated at float", """
            update[0] = state.Value.Narrowed<float>() * gradient[0];
            """)
        {
            Outside = """

                internal static class NumberExtensions
                {
                    public static T Narrowed<T>(this Real x) where T : INumberBase<T> => {|#0:T.CreateSaturating(x)|};
                }
                """,
            InDouble = [Conversion("'T.CreateSaturating'", "Double", "Single", RealDouble)],
        };

        yield return new(Rule, "fresh: a generic struct's method at the type argument of its construction", """
            update[0] = new Quantizer<short>().Apply(state.Value);
            """, """
            private readonly struct Quantizer<T> where T : INumberBase<T>
            {
                public Real Apply(Real x) => Real.CreateTruncating({|#0:T.CreateTruncating(x)|});
            }
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Int16", IntegerDouble)],
            InSingle = [Conversion("'T.CreateTruncating'", "Single", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "fresh: a local function's out parameter bound to the slot", """
            void Count(ReadOnlySpan<Real> g, out Integer steps)
            {
                int k = 0;
                while (k < g.Length && g[k] != 0)
                    k++;
                steps = {|#0:k|};
            }

            Count(gradient, out state.NumLinesearchSteps);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: a lambda handed to a helper's constructor in a field initializer, invoked in scope", """
            update[0] = -solver.Run(state.Value) * gradient[0];
            """, """
            private readonly Solver solver = new(x => (Real){|#0:(float)x|});

            private sealed class Solver
            {
                private readonly Func<Real, Real> condition;

                public Solver(Func<Real, Real> condition) => this.condition = condition;

                public Real Run(Real x) => condition(x);
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh: a second spec nested in a partial class inside a namespace", """
            state.Count += 1;
            """)
        {
            Outside = """

                namespace Optimizers.Experimental
                {
                    public partial class Family
                    {
                        [Optimizer]
                        public partial class Nested
                        {
                            [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.01;

                            [State] private Integer steps;
                            [State] private Real scale;

                            [Transition]
                            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                            {
                                int seen = gradient.Length;
                                state.Steps = {|#0:seen|};
                                state.Scale = {|#1:(float)LearningRate|};
                                update[0] = -state.Scale * gradient[0];
                            }
                        }
                    }
                }
                """,
            InDouble = [SlotValue("Steps", IntegerDouble, "an Int32"), Conversion(Cast, "Double", "Single", RealDouble, marker: 1)],
        };

        yield return new(Rule, "fresh: a generic interface method's implementation at the type argument of the call", """
            update[0] = Real.CreateTruncating(quantizer.To<short>(state.Value));
            """, """
            private interface IQuantizer
            {
                T To<T>(Real x) where T : INumberBase<T>;
            }

            private sealed class Truncating : IQuantizer
            {
                public T To<T>(Real x) where T : INumberBase<T> => {|#0:T.CreateTruncating(x)|};
            }

            private readonly IQuantizer quantizer = new Truncating();
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Int16", IntegerDouble)],
            InSingle = [Conversion("'T.CreateTruncating'", "Single", "Int16", IntegerSingle)],
        };

        // Negatives.
        yield return new(Rule, "fresh: a helper reached only from the [Init] hook is not in scope", """
            state.Count += 1;
            update[0] = -LearningRate * gradient[0];
            """, """
            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => Warm(ref state, parameters.Length);

            private static void Warm(ref State state, int n)
            {
                state.Count = n;
                state.Value = (Real)(float)(n * 0.5);
            }
            """);

        yield return new(Rule, "fresh: correct code behind static abstract rules, record operators and generic math", """
            Real step = Run<Armijo>(LearningRate, state.Count);
            Scaled s = new Scaled(step) * Convert<Real>(gradient[0]);
            Integer k = Convert<Integer>(state.Value);
            state.Count = k;
            update[0] = -s.Value;
            """, """
            private interface IStepRule
            {
                static abstract Real Next(Real step, Integer iteration);
            }

            private readonly struct Armijo : IStepRule
            {
                public static Real Next(Real step, Integer iteration) => step * Real.Pow((Real)0.5, iteration);
            }

            private readonly record struct Scaled(Real Value)
            {
                public static Scaled operator *(Scaled a, Real b) => new(a.Value * b);
            }

            private static T Convert<T>(Real x) where T : INumberBase<T> => T.CreateTruncating(x);

            private static Real Run<TRule>(Real step, Integer iteration) where TRule : IStepRule => TRule.Next(step, iteration);
            """);

        yield return new(Rule, "fresh: a ring enumerator whose Current computes its index provably in range", """
            foreach (int slot in new RingWalk(state.Count, MemorySize))
                update[0] += state.Weights[slot];
            """, """
            private ref struct RingWalk
            {
                private readonly long newest;
                private readonly int size;
                private int offset;

                public RingWalk(long newest, int size) => (this.newest, this.size, offset) = (newest, size, -1);

                public readonly int Current => (int)((newest - offset) % size);

                public readonly RingWalk GetEnumerator() => this;

                public bool MoveNext() => ++offset < size;
            }
            """);

        yield return new(Rule, "fresh: a generic line search, a generic extension and a generic struct at the active types", """
            update[0] = -Search<Zoom>(ref state, gradient) * state.Value.Narrowed<Real>() * new Quantizer<Integer>().Apply(gradient[0]);
            """, """
            private interface ILineSearch<T> where T : INumber<T>
            {
                T Run(ref State state, ReadOnlySpan<T> gradient);
            }

            private struct Zoom : ILineSearch<Real>
            {
                public Real Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    Integer evaluations = gradient.Length > 4 ? 3 : 1;
                    state.NumLinesearchSteps = evaluations;
                    return (Real)0.5;
                }
            }

            private static Real Search<TSearch>(ref State state, ReadOnlySpan<Real> gradient) where TSearch : struct, ILineSearch<Real> =>
                default(TSearch).Run(ref state, gradient);

            private readonly struct Quantizer<T> where T : INumberBase<T>
            {
                public Real Apply(Real x) => Real.CreateTruncating(T.CreateTruncating(x));
            }
            """)
        {
            Outside = """

                internal static class NumberExtensions
                {
                    public static T Narrowed<T>(this Real x) where T : INumberBase<T> => T.CreateSaturating(x);
                }
                """,
        };

        yield return new(Rule, "fresh: a correct lambda handed to a helper's constructor and a method group to a generic helper", """
            update[0] = -solver.Run(state.Value) * Apply(gradient[0], Halve);
            """, """
            private readonly Solver solver = new(x => x * (Real)0.5);

            private sealed class Solver
            {
                private readonly Func<Real, Real> condition;

                public Solver(Func<Real, Real> condition) => this.condition = condition;

                public Real Run(Real x) => condition(x);
            }

            private static T Apply<T>(T x, Func<T, T> f) => f(x);

            private static Real Halve(Real x) => x / 2;
            """);

        yield return new(Rule, "fresh: a generic interface method's implementation reached only at the active types", """
            state.Count = quantizer.To<Integer>(state.Value);
            update[0] = quantizer.To<Real>(gradient[0]);
            """, """
            private interface IQuantizer
            {
                T To<T>(Real x) where T : INumberBase<T>;
            }

            private sealed class Truncating : IQuantizer
            {
                public T To<T>(Real x) where T : INumberBase<T> => T.CreateTruncating(x);
            }

            private readonly IQuantizer quantizer = new Truncating();
            """);

        yield return new(Rule, "fresh: optax-shaped SGD with Nesterov momentum through a strategy struct stays quiet", """
            var rule = new NesterovRule(LearningRate, (Real)0.9);
            for (int i = 0; i < gradient.Length; i++)
                (state.Velocity[i], update[i]) = rule.Apply(state.Velocity[i], gradient[i]);
            state.Count++;
            """, """
            private readonly record struct NesterovRule(Real Rate, Real Momentum)
            {
                public (Real Velocity, Real Update) Apply(Real velocity, Real g)
                {
                    Real next = Momentum * velocity + g;
                    return (next, -Rate * (g + Momentum * next));
                }
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Flow()
    {
        const string Rule = SlotFlowCases.Rule;

        yield return new(Rule, "fresh: foreach by ref over a span of a Real[] slot", """
            foreach (ref Real v in state.Velocity.AsSpan())
                v = {|#0:Beta|};
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "fresh: a ref local aliasing a ref local aliasing the slot", """
            ref Integer steps = ref state.NumLinesearchSteps;
            ref Integer alias = ref steps;
            int inner = MemorySize;
            alias = {|#0:inner|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: a readonly record struct line-search result deconstructed with a discard", """
            LineSearchResult result = Zoom(gradient);
            (state.NumLinesearchSteps, state.Value, _) = {|#0:result|};
            """, """
            private readonly record struct LineSearchResult(int Iterations, Real StepSize, bool Converged);

            private LineSearchResult Zoom(ReadOnlySpan<Real> gradient)
            {
                int iterations = 0;
                Real step = LearningRate;
                while (iterations < MemorySize && step * gradient[0] > 1)
                {
                    step *= (Real)0.5;
                    iterations++;
                }

                return new(iterations, step, iterations < MemorySize);
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: out var results of a Try-pattern search stored as a tuple", """
            if (TrySearch(gradient, out var steps, out var step))
                (state.NumLinesearchSteps, state.Value) = ({|#0:steps|}, step);
            """, """
            private static bool TrySearch(ReadOnlySpan<Real> gradient, out int steps, out Real step)
            {
                steps = gradient.Length;
                step = (Real)0.5;
                return steps > 0;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: a static local function returning a tuple deconstructed into the slots", """
            static (int Steps, Real Step) Zoom(ReadOnlySpan<Real> gradient)
            {
                int steps = 0;
                Real step = 1;
                for (; steps < 10 && step * gradient[0] > 1; steps++)
                    step /= 2;
                return (steps, step);
            }

            (state.NumLinesearchSteps, state.Value) = {|#0:Zoom(gradient)|};
            update[0] = -state.Value * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: Interlocked.CompareExchange of an int count into the slot", """
            int observed = MemorySize;
            System.Threading.Interlocked.CompareExchange(ref state.Count, {|#0:observed|}, state.Count);
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: a range slice of a span over an Integer[] slot filled with an int", """
            Span<Integer> ring = state.Ring;
            int last = MemorySize - 1;
            ring[..last].Fill({|#0:last|});
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: MemoryMarshal.GetArrayDataReference and Unsafe.Add into a Real[] slot", """
            ref Real first = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(state.Velocity);
            for (int i = 0; i < gradient.Length; i++)
                System.Runtime.CompilerServices.Unsafe.Add(ref first, i) = {|#0:Beta|};
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "fresh: a ref struct window over a slot written through its span field", """
            new Window(state.Velocity).Fill(Beta);
            """, """
            private readonly ref struct Window
            {
                private readonly Span<Real> values;

                public Window(Span<Real> values) => this.values = values;

                public void Fill(float value)
                {
                    for (int i = 0; i < values.Length; i++)
                        values[i] = {|#0:value|};
                }
            }
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "fresh: a narrowing cast stored in a wider slot is one mistake, reported where the cast narrows", """
            state.Value = {|#0:(float)state.Value|};
            state.NumLinesearchSteps = {|#1:(int)Math.Min(state.Total, MaxSteps)|};
            state.Count = {|#2:(int)(state.Total % MemorySize)|};
            state.Precise = {|#3:(float)state.Precise|};
            """)
        {
            InDouble =
            [
                Conversion(Cast, "Double", "Single", RealDouble),
                Conversion(Cast, "Int64", "Int32", IntegerDouble, marker: 1),
                SlotValue("Count", IntegerDouble, "an Int32", marker: 2),
                Conversion(Cast, "Double", "Single", RealDouble, marker: 3),
            ],
            // In Single mode the casts reach Real and Integer; a float is still narrower than the slot declared double.
            InSingle = [SlotValue("Precise", "Double (declared double, Single mode)", "a Single", marker: 3)],
        };

        yield return new(Rule, "fresh: a helper class keeping an Integer[] slot in a field", """
            new History(state.Ring).Push(gradient.Length);
            """, """
            private sealed class History
            {
                private readonly Integer[] entries;

                public History(Integer[] entries)
                {
                    this.entries = entries;
                }

                public void Push(int steps) => entries[0] = {|#0:steps|};
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: a ref struct's ref indexer and span property over a slot", """
            var moments = new Moments(state.Velocity);
            moments[0] = {|#0:Beta|};
            moments.Values[1] = {|#1:Beta|};
            """, """
            private readonly ref struct Moments
            {
                private readonly Span<Real> values;

                public Moments(Span<Real> values) => this.values = values;

                public Span<Real> Values => values;

                public ref Real this[int index] => ref values[index];
            }
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single"), SlotValue("Velocity", RealDouble, "a Single", marker: 1)] };

        yield return new(Rule, "fresh: a ref struct with a public span field set by an object initializer", """
            var window = new Window { Values = state.Second };
            window.Values[0] = {|#0:Beta|};
            """, """
            private ref struct Window
            {
                public Span<Real> Values;
            }
            """)
        { InDouble = [SlotValue("Second", RealDouble, "a Single")] };

        yield return new(Rule, "fresh: an extension Deconstruct of a line-search result", """
            (state.NumLinesearchSteps, state.Value) = {|#0:new Probe(MemorySize, LearningRate)|};
            """, """
            public readonly record struct Probe(int Evaluations, Real Step);
            """)
        {
            Outside = """

                internal static class ProbeExtensions
                {
                    public static void Deconstruct(this Spec.Probe probe, out int evaluations, out Real step) =>
                        (evaluations, step) = (probe.Evaluations, probe.Step);
                }
                """,
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "fresh: a ref struct cursor with a ref field to the slot", """
            var cursor = new Cursor(ref state.NumLinesearchSteps);
            cursor.Advance(gradient.Length);
            """, """
            private ref struct Cursor
            {
                private ref Integer target;

                public Cursor(ref Integer target) => this.target = ref target;

                public void Advance(int evaluations) => target = {|#0:evaluations|};
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: a nested tuple from a switch expression with relational patterns", """
            int tries = MemorySize;
            (state.Count, (state.Value, state.Scale)) = gradient[0] switch
            {
                > 0 => ({|#0:tries|}, (LearningRate, (float)LearningRate)),
                _ => (state.Count, (state.Value, state.Scale)),
            };
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: an expression-bodied ref helper picking the newest ring element", """
            int steps = MemorySize;
            Latest(ref state) = {|#0:steps|};
            """, """
            private ref Integer Latest(ref State state) => ref state.Ring[(int)(state.Count % MemorySize)];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh: Volatile.Write of a float slot into a double slot, in both modes", """
            System.Threading.Volatile.Write(ref state.Precise, {|#0:state.Scale|});
            """)
        {
            InDouble = [SlotValue("Precise", "Double (declared double, Double mode)", "a Single")],
            InSingle = [SlotValue("Precise", "Double (declared double, Single mode)", "a Single")],
        };

        yield return new(Rule, "fresh: an optax-style zoom state threaded through a struct with 'with'", """
            var zoom = new ZoomState { Step = LearningRate };
            while (!zoom.Done && zoom.Iterations < MemorySize)
                zoom = ZoomStep(zoom, gradient[0]);
            state.NumLinesearchSteps = {|#0:zoom.Iterations|};
            state.Value = zoom.Step;
            """, """
            private struct ZoomState
            {
                public int Iterations;
                public Real Step;
                public bool Done;
            }

            private static ZoomState ZoomStep(ZoomState s, Real slope) =>
                s with { Iterations = s.Iterations + 1, Step = s.Step * (Real)0.5, Done = slope * s.Step < 1 };
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        // Negatives.
        yield return new(Rule, "fresh: views, ref chains and slices written with values of the slot's type", """
            foreach (ref Real v in state.Velocity.AsSpan())
                v *= LearningRate;
            Span<Integer> ring = state.Ring;
            ring[1..].Fill(state.Count);
            ref Integer steps = ref state.NumLinesearchSteps;
            ref Integer alias = ref steps;
            alias = MaxSteps;
            var window = state.History.AsSpan(0, gradient.Length);
            gradient.CopyTo(window);
            ref Real first = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(state.Second);
            System.Runtime.CompilerServices.Unsafe.Add(ref first, 1) = LearningRate;
            new Window(state.Weights).Fill(LearningRate);
            """, """
            private readonly ref struct Window
            {
                private readonly Span<Real> values;

                public Window(Span<Real> values) => this.values = values;

                public void Fill(Real value) => values.Fill(value);
            }
            """);

        yield return new(Rule, "fresh: out var of the slot's types and a record of Integer and Real", """
            if (TrySearch(gradient, out Integer steps, out Real step))
                (state.NumLinesearchSteps, state.Value) = (steps, step);
            (state.Count, state.Value, _) = new Outcome(MaxSteps, LearningRate, true);
            """, """
            private readonly record struct Outcome(Integer Iterations, Real Step, bool Converged);

            private static bool TrySearch(ReadOnlySpan<Real> gradient, out Integer steps, out Real step)
            {
                steps = gradient.Length;
                step = (Real)0.5;
                return steps > 0;
            }
            """);

        yield return new(Rule, "fresh: a ref struct's ref indexer over a slot written with Real values", """
            var moments = new Moments(state.Velocity);
            for (int i = 0; i < gradient.Length; i++)
                moments[i] = (Real)0.9 * moments[i] + (Real)0.1 * gradient[i];
            moments.Values[0] *= LearningRate;
            var window = new Window { Values = update };
            window.Values[0] = {|#0:Beta|};
            """, """
            private readonly ref struct Moments
            {
                private readonly Span<Real> values;

                public Moments(Span<Real> values) => this.values = values;

                public Span<Real> Values => values;

                public ref Real this[int index] => ref values[index];
            }

            private ref struct Window
            {
                public Span<Real> Values;
            }
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, "fresh: an int count cast to Integer the optax way, through a foreach by ref too", """
            int raw = gradient.Length / 2;
            state.NumLinesearchSteps = (Integer)raw;
            foreach (ref Integer r in state.Ring.AsSpan())
                r = (Integer)raw;
            Span<float> mu = state.Mu;
            foreach (ref float w in mu)
                w = Beta;
            """);

        yield return new(Rule, "fresh: optax AdamW with Vector<Real> over span slices and a scalar tail", """
            state.Count++;
            Real b1 = (Real)0.9, b2 = (Real)0.999, eps = (Real)1e-8, decay = (Real)1e-4;
            Real c1 = 1 - Real.Pow(b1, state.Count);
            Real c2 = 1 - Real.Pow(b2, state.Count);
            int width = Vector<Real>.Count;
            Span<Real> m = state.Velocity, v = state.Second;
            int i = 0;
            for (; i <= gradient.Length - width; i += width)
            {
                var g = new Vector<Real>(gradient[i..]);
                var mi = new Vector<Real>(m[i..]) * b1 + g * (1 - b1);
                var vi = new Vector<Real>(v[i..]) * b2 + g * g * (1 - b2);
                mi.CopyTo(m[i..]);
                vi.CopyTo(v[i..]);
                (-LearningRate * (mi / c1 / (Vector.SquareRoot(vi / c2) + new Vector<Real>(eps)))).CopyTo(update[i..]);
            }

            for (; i < gradient.Length; i++)
            {
                m[i] = b1 * m[i] + (1 - b1) * gradient[i];
                v[i] = b2 * v[i] + (1 - b2) * gradient[i] * gradient[i];
                update[i] = -LearningRate * (m[i] / c1 / (Real.Sqrt(v[i] / c2) + eps) + decay * gradient[i]);
            }
            """);

        yield return new(Rule, "fresh: an Integer line-search count through out, ref, tuples and Interlocked", """
            Integer tries = Search(gradient, out Real step);
            Bump(ref state.NumLinesearchSteps, tries);
            (state.Count, state.Value) = tries > 0 ? (state.Count + tries, step) : (state.Count, state.Value);
            System.Threading.Interlocked.Exchange(ref state.Total, (long)tries);
            state.Ring[(int)(state.Count % MemorySize)] = tries;
            """, """
            private static Integer Search(ReadOnlySpan<Real> gradient, out Real step)
            {
                Integer tries = 0;
                step = 1;
                while (tries < 20 && step * gradient[0] > 1)
                {
                    step /= 2;
                    tries++;
                }

                return tries;
            }

            private static void Bump(ref Integer counter, Integer by) => counter += by;
            """);

        yield return new(Rule, "fresh: an extension Deconstruct of Integer and Real parts", """
            (state.NumLinesearchSteps, state.Value) = new Probe(MaxSteps, LearningRate);
            """, """
            public readonly record struct Probe(Integer Evaluations, Real Step);
            """)
        {
            Outside = """

                internal static class ProbeExtensions
                {
                    public static void Deconstruct(this Spec.Probe probe, out Integer evaluations, out Real step) =>
                        (evaluations, step) = (probe.Evaluations, probe.Step);
                }
                """,
        };

        yield return new(Rule, "fresh: a ref struct cursor advancing the slot with Integer values", """
            var cursor = new Cursor(ref state.NumLinesearchSteps);
            cursor.Advance(MaxSteps);
            cursor.Advance((Integer)gradient.Length);
            """, """
            private ref struct Cursor
            {
                private ref Integer target;

                public Cursor(ref Integer target) => this.target = ref target;

                public void Advance(Integer evaluations) => target = evaluations;
            }
            """);

        yield return new(Rule, "fresh: a ref struct window over the update buffer is not a slot", """
            new Window(update).Fill(LearningRate);
            """, """
            private readonly ref struct Window
            {
                private readonly Span<Real> values;

                public Window(Span<Real> values) => this.values = values;

                public void Fill(Real value)
                {
                    int count = values.Length;
                    for (int i = 0; i < count; i++)
                        values[i] = value * (Real)0.5;
                }
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Conversions()
    {
        const string Rule = ConversionFormCases.Rule;

        yield return new(Rule, "fresh: a tuple literal element converted from Integer to float", """
            (float Weight, Real Rate) pair = ({|#0:state.Count|}, LearningRate);
            update[0] = pair.Weight * pair.Rate;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh: foreach (float g in the gradient span)", """
            float norm = 0;
            foreach ({|#0:float|} g in gradient)
                norm += g * g;
            update[0] = norm;
            """)
        { InDouble = [Conversion("The foreach loop", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh: T.CreateTruncating in a generic mean instantiated at float", """
            float mean = Mean<float>(gradient);
            update[0] = mean;
            """, """
            private static T Mean<T>(ReadOnlySpan<Real> values) where T : INumber<T>
            {
                T sum = T.Zero;
                foreach (Real v in values)
                    sum += {|#0:T.CreateTruncating(v)|};
                return sum / {|#1:T.CreateTruncating(values.Length)|};
            }
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Single", RealDouble), Conversion("'T.CreateTruncating'", "Int32", "Single", RealDouble, marker: 1)],
        };

        yield return new(Rule, "fresh: Vector128.ConvertToSingle of int lanes and an SSE2 conversion of double lanes", """
            Vector128<int> lanes = Vector128.Create(MemorySize);
            Vector128<float> asFloats = {|#0:Vector128.ConvertToSingle(lanes)|};
            Vector128<float> narrowed = {|#1:System.Runtime.Intrinsics.X86.Sse2.ConvertToVector128Single(Vector128.Create(state.Precise))|};
            update[0] = asFloats.GetElement(0) + narrowed.GetElement(0);
            """)
        {
            InDouble =
            [
                Conversion("'Vector128.ConvertToSingle'", "Int32", "Single", RealDouble),
                Conversion("'Sse2.ConvertToVector128Single'", "Double", "Single", RealDouble, marker: 1),
            ],
        };

        yield return new(Rule, "fresh: an AVX truncating conversion of double lanes to int", """
            var lanes = Vector256.Create(state.Precise);
            Vector128<int> truncated = {|#0:System.Runtime.Intrinsics.X86.Avx.ConvertToVector128Int32WithTruncation(lanes)|};
            update[0] = truncated.GetElement(0);
            """)
        { InDouble = [Conversion("'Avx.ConvertToVector128Int32WithTruncation'", "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh: an int argument to a user method taking float", """
            int warmup = MemorySize * 2;
            update[0] = Damp(gradient[0], {|#0:warmup|});
            """, """
            private static Real Damp(Real x, float factor) => x * factor;
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh: an int arm of a switch expression typed float", """
            int warmup = MemorySize;
            float weight = gradient.Length switch
            {
                0 => 1f,
                _ => {|#0:warmup|},
            };
            update[0] = weight;
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh: a property pattern binds the Integer count, then a float divides by it", """
            if (state is { Count: > 0 and var steps })
                update[0] = 1f / {|#0:steps|};
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh: Convert.ToSingle of the Integer count", """
            float ratio = {|#0:Convert.ToSingle(state.Count)|};
            update[0] = ratio;
            """)
        { InDouble = [Conversion("'Convert.ToSingle'", "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh: a collection expression of an Integer into a float array", """
            float[] weights = [{|#0:state.Count|}, 1f];
            update[0] = weights[0];
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        // Negatives.
        yield return new(Rule, "fresh: AdamW-style conversions that reach Real or widen", """
            Real b1 = (Real)0.9;
            Real correction = 1 - Real.Pow(b1, state.Count);
            double exact = state.Count;
            float quarter = (float)(Half)0.25;
            Real sum = 0;
            foreach (Real m in state.Mu)
                sum += m;
            Vector128<double> wide = Vector128.ConvertToDouble(Vector128.Create(state.Total));
            float three = 3;
            (Real Weight, Integer Steps) pair = (state.Count, state.Count);
            Real total = correction + (Real)exact + quarter + (Real)wide.GetElement(0) + three + sum + pair.Weight;
            update[0] = total;
            """);

        yield return new(Rule, "fresh: small bounded ints into float arithmetic on a float slot", """
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] = (i & 0xFF) * 0.5f + (i % 1000);
            float bias = MemorySize > 3 ? 1f : 0.5f;
            state.Scale = bias;
            """);

        yield return new(Rule, "fresh: ints into a float[] slot are converted to its declared type", """
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] = i;
            state.Scale = state.Count;
            """);

        yield return new(Rule, "fresh: Integer arithmetic on span lengths and Vector<Integer> lanes", """
            Integer total = 0;
            foreach (Integer r in state.Ring)
                total += r;
            var lanes = new Vector<Integer>(total);
            Integer first = lanes[0] + gradient.Length;
            state.Count = checked(first * 2);
            """);

        yield return new(Rule, "fresh: RMSProp with Real.FusedMultiplyAdd and reciprocal square roots", """
            Real decay = (Real)0.9;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                state.Second[i] = Real.FusedMultiplyAdd(decay, state.Second[i], (1 - decay) * g * g);
                update[i] = -LearningRate * g * Real.ReciprocalSqrtEstimate(state.Second[i] + (Real)1e-8);
            }
            """);

        yield return new(Rule, "fresh: generic math at the active types and foreach over the slot's own element type", """
            Real mean = Mean<Real>(gradient);
            Real sum = 0;
            foreach (Real v in state.Velocity)
                sum += v;
            foreach (float m in state.Mu)
                sum += m;
            update[0] = mean + sum;
            """, """
            private static T Mean<T>(ReadOnlySpan<Real> values) where T : INumber<T>
            {
                T sum = T.Zero;
                foreach (Real v in values)
                    sum += T.CreateTruncating(v);
                return values.IsEmpty ? sum : sum / T.CreateTruncating(values.Length);
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Exemptions()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh: a remainder by a long divisor too large for int", """
            int slot = {|#0:(int)(state.Total % 3_000_000_000L)|};
            update[0] = slot;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh: (short)(i % 40000) does not fit, in both modes", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = {|#0:(short)(i % 40000)|};
            """)
        {
            InDouble = [Conversion(Cast, "Int32", "Int16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "fresh: a mask wider than int", """
            int low = {|#0:(int)(state.Total & 0xFFFF_FFFFL)|};
            update[0] = low;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh: a descending loop from an unbounded long", """
            for (long k = state.Total; k >= 0; k--)
                update[0] += {|#0:(int)k|};
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh: an ascending loop bounded by the Integer count", """
            for (long i = 0; i < state.Count; i++)
                state.Weights[{|#0:(int)i|} % MemorySize] = 0;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh: (byte)(k & 0x1FF) does not fit, in both modes", """
            int k = MemorySize;
            byte b = {|#0:(byte)(k & 0x1FF)|};
            update[0] = b;
            """)
        {
            InDouble = [Conversion(Cast, "Int32", "Byte", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Byte", IntegerSingle)],
        };

        yield return new(Rule, "fresh: a remainder of a signed count may be negative: no uint", """
            uint cursor = {|#0:(uint)(state.Count % MemorySize)|};
            update[0] = cursor;
            """)
        {
            // In Single mode a 32-bit uint is not narrower than Integer (Int32): only 8- and 16-bit targets are.
            InDouble = [Conversion(Cast, "Int64", "UInt32", IntegerDouble)],
        };

        yield return new(Rule, "fresh: (float)(i * i) can exceed 2^24", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = {|#0:(float)(i * i)|} * gradient[i];
            """)
        { InDouble = [Conversion(Cast, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "fresh: a conditional with an unbounded long arm", """
            int k = {|#0:(int)(gradient.Length > 2 ? state.Count : 0L)|};
            update[0] = k;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh: a float minimum is never index arithmetic", """
            int k = {|#0:(int)MathF.Min(state.Scale, 8f)|};
            update[0] = k;
            """)
        { InDouble = [Conversion(Cast, "Single", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh: an int count clamped with Math.Clamp is still 32-bit in the Integer slot", """
            int tries = gradient.Length;
            state.NumLinesearchSteps = {|#0:Math.Clamp(tries, 0, MemorySize)|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        // Negatives.
        yield return new(Rule, "fresh: ring indices chosen by a switch expression and a conditional", """
            int phase = gradient.Length > 1 ? 1 : 0;
            int slot = (int)(phase switch
            {
                0 => state.Count % MemorySize,
                _ => (state.Count + 1) % MemorySize,
            });
            int previous = (int)(state.Count > 0 ? (state.Count - 1) % MemorySize : 0L);
            int either = (int)(gradient.Length > 2 ? MemorySize : state.Count % MemorySize);
            update[0] = state.Weights[slot] + state.Weights[previous] + state.Weights[either];
            """);

        yield return new(Rule, "fresh: casts to the declared float and int through a foreach by ref and a ref local", """
            foreach (ref float w in state.Mu.AsSpan())
                w -= (float)(LearningRate * state.Value);
            ref int small = ref state.Small;
            small += (int)state.Count;
            small = (int)state.Total;
            """);

        yield return new(Rule, "fresh: casts to the declared float inside helpers bound to float slots", """
            Store(state.Mu, gradient);
            Set(ref state.Scale, state.Value);
            Decay(state.Mu.AsSpan(1..), LearningRate);
            """, """
            private static void Store(Span<float> mu, ReadOnlySpan<Real> g)
            {
                for (int i = 0; i < g.Length && i < mu.Length; i++)
                    mu[i] = (float)g[i];
            }

            private static void Set(ref float scale, Real value) => scale = (float)value;

            private static void Decay(Span<float> mu, Real rate)
            {
                foreach (ref float m in mu)
                    m *= (float)rate;
            }
            """);

        yield return new(Rule, "fresh: a cast to float into a helper's own scratch buffer is no slot's type", """
            Span<float> scratch = stackalloc float[4];
            Fill(scratch, state.Value);
            update[0] = scratch[0];
            """, """
            private static void Fill(Span<float> buffer, Real value) => buffer[0] = {|#0:(float)value|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh: a loop bounded by two conditions joined with &&", """
            for (long j = 0; j < state.Count && j < MemorySize; j++)
                update[0] += state.Weights[(int)j];
            """);

        yield return new(Rule, "fresh: Math.Clamp to the memory and casts to the slots' declared types in compound assignments", """
            int newest = (int)Math.Clamp(state.Count - 1, 0, MemorySize - 1);
            int oldest = (int)(MaxSteps % MemorySize);
            state.Small += (int)state.Count;
            state.Mu[newest % gradient.Length] -= (float)(LearningRate * gradient[0]);
            Span<float> mu = state.Mu;
            mu[0] *= (float)state.Value;
            update[0] = state.Weights[newest] + state.Weights[oldest];
            """);

        yield return new(Rule, "fresh: an L-BFGS walk over the ring with a long index", """
            long m = Math.Min(state.Count, MemorySize);
            for (long k = m - 1; k >= 0; k--)
            {
                int slot = (int)((state.Count - 1 - k) % MemorySize);
                update[0] += state.Weights[slot];
            }
            """);

        yield return new(Rule, "fresh: an L-BFGS two-loop over a row-major history with a long count", """
            int n = gradient.Length;
            long stored = Math.Min(state.Count, MemorySize);
            Span<Real> q = update;
            gradient.CopyTo(q);
            Span<Real> alpha = stackalloc Real[MemorySize];
            for (long k = stored - 1; k >= 0; k--)
            {
                int row = (int)((state.Count - 1 - (stored - 1 - k)) % MemorySize);
                ReadOnlySpan<Real> s = state.History.AsSpan(row * n, n);
                Real dot = 0;
                for (int j = 0; j < n; j++)
                    dot += s[j] * q[j];
                alpha[(int)k] = state.Weights[row] * dot;
                for (int j = 0; j < n; j++)
                    q[j] -= alpha[(int)k] * s[j];
            }

            for (long k = 0; k < stored; k++)
                q[(int)(k % n)] *= (Real)0.5;
            state.Ring[(int)(state.Count % MemorySize)] = state.Count;
            state.Count = Math.Min(state.Count + 1, MaxSteps);
            """);

        yield return new(Rule, "fresh: a checked cast of a clamped count and an unsigned mask", """
            int k = checked((int)Math.Clamp(state.Count, 0, MemorySize));
            uint cursor = (uint)gradient.Length;
            ushort lane = (ushort)(cursor & 0xFFFF);
            update[0] = state.Weights[k % MemorySize] + lane;
            """);

        yield return new(Rule, "fresh: the newest ring slot as Math.Min(count, MemorySize) - 1", """
            long stored = Math.Min(state.Count, MemorySize);
            int newest = (int)(stored - 1);
            int oldest = (int)(Math.Min(state.Count, MemorySize) - 1) % MemorySize;
            update[0] = state.Weights[Math.Max(newest, 0)] + state.Weights[Math.Max(oldest, 0)];
            """);

        yield return new(Rule, "fresh: a for loop declaring its bound beside the index", """
            for (long i = 0, n = gradient.Length; i < n; i++)
                update[(int)i] = gradient[(int)i];
            """);

        yield return new(Rule, "fresh: a high word, a remainder by an array length and a minimum with a length", """
            int high = (int)(state.Total >> 32);
            int slot = (int)(state.Count % state.Ring.Length);
            int last = (int)Math.Min(state.Count, gradient.Length - 1);
            update[0] = high + state.Ring[slot] + gradient[last];
            """);
    }
}
