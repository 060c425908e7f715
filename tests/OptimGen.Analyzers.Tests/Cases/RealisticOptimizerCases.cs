using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// A third round, from whole optimizers written as a user would (a console app consuming the packed package, built in
/// both modes): the index arithmetic they wrote that the range proof did not follow (a comparison that guards the cast,
/// a hyperparameter's declared bounds, a remainder wrapped back into range), the seed bug in the disguises that app was
/// seeded with, and five of the whole optimizers, which must stay quiet. Names start with "realistic: " so that
/// <c>--filter DisplayName~realistic</c> runs them alone.
/// </summary>
internal static class RealisticOptimizerCases
{
    private const string Cast = "A cast";

    public static IEnumerable<AnalyzerCase> All() =>
        Guards().Concat(HalvedCounts()).Concat(CarrierLocals()).Concat(HyperparameterBounds()).Concat(WrappedRemainders()).Concat(Seeds()).Concat(WholeOptimizers());

    /// <summary>A comparison that must hold where the cast runs bounds the value, as <c>Math.Min</c> does.</summary>
    private static IEnumerable<AnalyzerCase> Guards()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "realistic: the filled part of the memory as a conditional, (int)state.Count when below MemorySize", """
            int filled = state.Count < MemorySize ? (int)state.Count : MemorySize;
            update[0] = filled * gradient[0];
            """);

        yield return new(Rule, "realistic: the conditional written the other way round, MemorySize when above it", """
            int stored = state.Count > MemorySize ? MemorySize : (int)state.Count;
            update[0] = stored * gradient[0];
            """);

        yield return new(Rule, "realistic: (int)state.Count inside if (state.Count < MemorySize)", """
            if (state.Count < MemorySize)
            {
                int k = (int)state.Count;
                state.Weights[k] = gradient[0];
            }
            """);

        yield return new(Rule, "realistic: (int)state.Count in the else of if (state.Count >= MemorySize), and after an early return", """
            if (state.Count >= MemorySize)
                state.Weights[0] = gradient[0];
            else
                state.Weights[(int)state.Count] = gradient[0];
            if (state.Count >= state.Weights.Length)
                return;
            update[(int)state.Count % update.Length] = gradient[0];
            """);

        yield return new(Rule, "realistic: both bounds from guards joined by &&", """
            long offset = state.Total - 3;
            if (offset >= 0 && offset < MemorySize)
                state.Weights[(int)offset] = gradient[0];
            """);

        yield return new(Rule, "realistic: a relational pattern guard, state.Count is >= 0 and < MemorySize", """
            if (state.Count is >= 0 and < 100)
                update[(int)state.Count % update.Length] = gradient[0];
            int last = state.Total is not (< 0 or > 1000) ? (int)state.Total : 0;
            update[0] += last;
            """);

        yield return new(Rule, "realistic: a switch expression on the count, its arms bounded by their patterns", """
            int filled = state.Count switch
            {
                >= 100 => 100,
                < 0 => 0,
                _ => (int)state.Count,
            };
            int recent = state.Total switch
            {
                var t when t >= 0 && t < MemorySize => (int)t,
                _ => 0,
            };
            update[0] = (filled + recent) * gradient[0];
            """);

        yield return new(Rule, "realistic: a switch arm after an arm with a when clause is not bounded by it", """
            int filled = state.Count switch
            {
                >= 100 when gradient.Length > 1 => 100,
                _ => {|#0:(int)state.Count|},
            };
            update[0] = filled * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "realistic: a pattern that bounds only from below is not a proof", """
            if (state.Count is > 5)
                update[0] = {|#0:(int)state.Count|} * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "realistic: a long index in a while loop, incremented after its reads", """
            long k = 0;
            while (k < gradient.Length)
            {
                update[(int)k] = -LearningRate * gradient[(int)k];
                k++;
            }
            """);

        yield return new(Rule, "realistic: a write after the cast inside a loop under the guard reaches the next pass", """
            if (state.Count < MemorySize)
            {
                for (int pass = 0; pass < 3; pass++)
                {
                    update[pass % update.Length] = {|#0:(int)state.Count|};
                    state.Count *= state.Count;
                }
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "realistic: a guard on another slot does not bound the cast", """
            if (state.NumLinesearchSteps < MemorySize)
                update[0] = {|#0:(int)state.Count|} * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "realistic: a slot written between the guard and the cast is not bounded by it", """
            if (state.Count < MemorySize)
            {
                state.Count *= state.Count;
                update[0] = {|#0:(int)state.Count|} * gradient[0];
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "realistic: a guard that bounds only from below is not a proof", """
            int large = state.Count > MemorySize ? {|#0:(int)state.Count|} : 0;
            update[0] = large * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "realistic: a helper called with the state between the guard and the cast may change it", """
            if (state.Count < MemorySize)
            {
                Advance(state);
                update[0] = {|#0:(int)state.Count|} * gradient[0];
            }
            """, """
            private static void Advance(State state) => state.Count *= state.Count;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(SeedStyleCases.Rule, "realistic: a guarded cast is still a 32-bit count in an Integer slot", """
            state.NumLinesearchSteps = state.Count < MemorySize ? {|#0:(int)state.Count|} : {|#1:MemorySize|};
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32"), SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32", marker: 1)] };
    }

    /// <summary>A part of a count (half of it, a shift of it) clamped with <c>Math.Min</c> is a count as the count itself is.</summary>
    private static IEnumerable<AnalyzerCase> HalvedCounts()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "realistic: half the count clamped to MemorySize with Math.Min", """
            int half = (int)Math.Min(state.Count / 2, MemorySize);
            int quarter = (int)Math.Min(state.Count >> 2, MemorySize);
            update[0] = (half + quarter) * gradient[0];
            """);

        yield return new(Rule, "realistic: half the count clamped with Math.Min to another unbounded count still narrows", """
            update[0] = {|#0:(int)Math.Min(state.Count / 2, state.Total)|} * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };
    }

    /// <summary>
    /// A cast into a local is judged where it is: the allowance for the slot's own type covers a cast whose value reaches the
    /// slot directly or through arithmetic at that type, not one that a local carries on (the precision catalogue's
    /// <c>int steps = (int)state.Count; state.Small = steps;</c> is OPT0001 too).
    /// </summary>
    private static IEnumerable<AnalyzerCase> CarrierLocals()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "realistic: a float local cast once and then stored in the float slot is reported at the cast", """
            Real largest = 0;
            foreach (Real g in gradient) largest = Real.Max(largest, Real.Abs(g));
            float peak = {|#0:(float)largest|};
            state.Scale = peak;
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "realistic: the same cast written at the store into the float slot is allowed", """
            Real largest = 0;
            foreach (Real g in gradient) largest = Real.Max(largest, Real.Abs(g));
            state.Scale = (float)largest;
            """);

        yield return new(Rule, "realistic: a float local that also feeds the update is an ordinary narrowing", """
            float peak = {|#0:(float)gradient[0]|};
            state.Scale = peak;
            update[0] = peak;
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "realistic: a float local stored in a Real slot is a narrowing and a narrow value", """
            float peak = {|#0:(float)gradient[0]|};
            state.Value = {|#1:peak|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble), SlotValue("Value", RealDouble, "a Single", marker: 1)] };
    }

    /// <summary>An integral hyperparameter's <c>Minimum</c>/<c>Maximum</c>, which <c>Init</c> and <c>Step</c> check, bound it.</summary>
    private static IEnumerable<AnalyzerCase> HyperparameterBounds()
    {
        const string Rule = ExemptionCases.Rule;
        const string BoundedSpec = """

            [Optimizer]
            public partial class Windowed
            {
                [Hyperparameter(Minimum = 1)] public int Window { get; init; } = 8;
                [Hyperparameter(Minimum = 1, Maximum = 1000)] public Integer MaxSteps { get; init; } = 20;
                [Hyperparameter] public int Unchecked { get; init; } = 8;

                [State] private Integer steps;
                [State] private Integer numLinesearchSteps;
                [State(Shape = "Window")] private Real[] recent;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Real value, Span<Real> update)
                {
            """;

        yield return new(Rule, "realistic: a ring slot masked with a hyperparameter whose Minimum is 1", """
            update[0] = gradient[0];
            """)
        {
            Outside = BoundedSpec + """
                        int slot = (int)(state.Steps & (Window - 1));
                        state.Recent[slot] = value;
                        int steps = (int)Math.Min(state.NumLinesearchSteps, MaxSteps);
                        update[0] = steps * gradient[0];
                        state.Steps++;
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: a mask from a hyperparameter without a Minimum may be -1", """
            update[0] = gradient[0];
            """)
        {
            Outside = BoundedSpec + """
                        int slot = {|#0:(int)(state.Steps & (Unchecked - 1))|};
                        update[0] = slot * gradient[0];
                    }
                }
                """,
            InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)],
        };
    }

    /// <summary>A remainder that may be negative, moved back into range by one guarded adjustment (Python's modulo).</summary>
    private static IEnumerable<AnalyzerCase> WrappedRemainders()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "realistic: a long row wrapped back into range by if (row < 0) row += capacity", """
            update[0] = state.Weights[RowOf(state.Count, 1, state.Weights)] * gradient[0];
            """, """
            private static int RowOf(Integer head, int k, Real[] ring)
            {
                long row = (head - 1 - k) % ring.Length;
                if (row < 0) row += ring.Length;
                return (int)row;
            }
            """);

        yield return new(Rule, "realistic: a ring's capacity as a property computing a length, wrapped like the row", """
            var ring = new Ring(state.Weights);
            update[0] = state.Weights[ring.RowOf(state.Count)] * gradient[0];
            """, """
            private readonly struct Ring
            {
                private readonly Real[] rows;

                public Ring(Real[] rows) => this.rows = rows;

                public int Capacity => rows.Length;

                public int RowOf(Integer head)
                {
                    long row = (head - 1) % Capacity;
                    if (row < 0) row += Capacity;
                    return (int)row;
                }
            }
            """);

        yield return new(Rule, "realistic: a property computing an unbounded Integer is no bound", """
            update[0] = {|#0:(int)HalfOfMaxSteps|} * gradient[0];
            """, """
            private Integer HalfOfMaxSteps => MaxSteps / 2;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "realistic: a local that is also scaled elsewhere is not a wrapped remainder", """
            long row = (state.Count - 1) % state.Weights.Length;
            if (row < 0) row += state.Weights.Length;
            row *= state.Total;
            update[0] = {|#0:(int)row|} * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "realistic: an adjustment by an unbounded amount is not a wrap", """
            long row = (state.Count - 1) % state.Weights.Length;
            if (row < 0) row += state.Total;
            update[0] = {|#0:(int)row|} * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };
    }

    /// <summary>The seed bug in the disguises the realistic app was seeded with (each found; kept so that they stay found).</summary>
    private static IEnumerable<AnalyzerCase> Seeds()
    {
        const string Rule = SeedStyleCases.Rule;

        yield return new(Rule, "realistic: a statistics struct counting in int, deconstructed into two Integer slots", """
            var stats = new StepStatistics();
            for (int i = 0; i < gradient.Length; i++)
                stats.Record(gradient[i] > 0);
            (state.Count, state.NumLinesearchSteps) = {|#0:stats|};
            """, """
            private struct StepStatistics
            {
                public int Accepted;
                public int Rejected;

                public void Record(bool accepted)
                {
                    if (accepted) Accepted++;
                    else Rejected++;
                }

                public readonly void Deconstruct(out int accepted, out int rejected)
                {
                    accepted = Accepted;
                    rejected = Rejected;
                }
            }
            """)
        {
            InDouble = [SlotValue("Count", IntegerDouble, "an Int32"), SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "realistic: Lion's count of positive signs with LINQ Count", """
            Real[] direction = gradient.ToArray();
            state.Count = {|#0:System.Linq.Enumerable.Count(direction, d => d > 0)|};
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Rule, "realistic: a window size from a virtual method of an abstract counter", """
            state.NumLinesearchSteps = {|#0:counter.Window(gradient)|};
            """, """
            private readonly StepCounter counter = new UnitCounter();

            private abstract class StepCounter
            {
                public abstract Integer Next(Integer current);
                public virtual int Window(ReadOnlySpan<Real> g) => g.Length;
            }

            private sealed class UnitCounter : StepCounter
            {
                public override Integer Next(Integer current) => current + 1;
                public override int Window(ReadOnlySpan<Real> g) => g.Length / 2;
            }
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "realistic: a float loss accumulator stored into a double slot, in both modes", """
            float accumulator = 0.5f * {|#2:(float)state.Precise|};
            for (int i = 0; i < gradient.Length; i++)
                accumulator += {|#1:(float)(gradient[i] * gradient[i])|};
            state.Precise = {|#0:accumulator|};
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble, marker: 2), Conversion(Cast, "Double", "Single", RealDouble, marker: 1), SlotValue("Precise", "Double (declared double, Double mode)", "a Single")],
            InSingle = [SlotValue("Precise", "Double (declared double, Single mode)", "a Single")],
        };
    }

    /// <summary>Whole optimizers from the realistic app, correct in both modes.</summary>
    private static IEnumerable<AnalyzerCase> WholeOptimizers()
    {
        const string Rule = IdiomaticCases.Rule;
        const string Trivial = "update[0] = -LearningRate * gradient[0];";

        yield return new(Rule, "realistic: L-BFGS with a backtracking line search class, a record struct result and a ref struct ring", Trivial)
        {
            Outside = """

                namespace Realistic.Lbfgs
                {
                    public readonly record struct LineSearchResult(Real StepSize, Real Value, Integer Evaluations, bool Accepted);

                    public sealed class BacktrackingLineSearch
                    {
                        public Real Shrink { get; init; } = (Real)0.5;
                        public Real C1 { get; init; } = (Real)1e-4;
                        public int MaxSteps { get; init; } = 20;

                        public LineSearchResult Search<TObjective>(ref TObjective objective, ReadOnlySpan<Real> x, ReadOnlySpan<Real> direction,
                            Real value, Real slope, Span<Real> trial, Span<Real> trialGradient) where TObjective : IObjective<Real>
                        {
                            Real step = 1;
                            Integer evaluations = 0;
                            for (int attempt = 0; attempt < MaxSteps; attempt++)
                            {
                                for (int i = 0; i < x.Length; i++)
                                    trial[i] = x[i] + step * direction[i];
                                Real trialValue = objective.Evaluate(trial, trialGradient);
                                evaluations++;
                                if (trialValue <= value + C1 * step * slope)
                                    return new LineSearchResult(step, trialValue, evaluations, true);
                                step *= Shrink;
                            }
                            return new LineSearchResult(0, value, evaluations, false);
                        }
                    }

                    public readonly ref struct CurvatureRing
                    {
                        private readonly Span<Real> s;
                        private readonly Span<Real> y;
                        private readonly Span<Real> rho;
                        private readonly int dimension;

                        public CurvatureRing(Span<Real> s, Span<Real> y, Span<Real> rho, int dimension)
                        {
                            this.s = s;
                            this.y = y;
                            this.rho = rho;
                            this.dimension = dimension;
                        }

                        public int Capacity => rho.Length;
                        public Span<Real> S(int row) => s.Slice(row * dimension, dimension);
                        public Span<Real> Y(int row) => y.Slice(row * dimension, dimension);
                        public ref Real Rho(int row) => ref rho[row];

                        public int RowOf(Integer head, int k)
                        {
                            long row = (head - 1 - k) % Capacity;
                            if (row < 0) row += Capacity;
                            return (int)row;
                        }
                    }

                    [Optimizer]
                    public partial class RingLbfgs
                    {
                        [Hyperparameter(Minimum = 1)] public int MemorySize { get; init; } = 10;
                        [Hyperparameter] public Real Shrink { get; init; } = (Real)0.5;

                        [State] private Integer iteration;
                        [State] private Integer head;
                        [State] private Integer numLinesearchSteps;
                        [State] private Integer totalEvaluations;
                        [State(Shape = "MemorySize, n")] private Real[] sMemory;
                        [State(Shape = "MemorySize, n")] private Real[] yMemory;
                        [State(Shape = "MemorySize")] private Real[] rho;
                        [State(Shape = "MemorySize")] private Real[] alpha;
                        [State(Shape = "n")] private Real[] direction;
                        [State(Shape = "n")] private Real[] trial;
                        [State(Shape = "n")] private Real[] trialGradient;

                        [Transition]
                        private void Update<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value,
                            Span<Real> update, ref TObjective objective) where TObjective : IObjective<Real>
                        {
                            int n = gradient.Length;
                            var ring = new CurvatureRing(state.SMemory, state.YMemory, state.Rho, n);
                            Span<Real> q = state.Direction;
                            gradient.CopyTo(q);

                            long stored = Math.Min(state.Head, (Integer)MemorySize);
                            for (int k = 0; k < stored; k++)
                            {
                                int row = ring.RowOf(state.Head, k);
                                Real a = ring.Rho(row) * Dot(ring.S(row), q);
                                state.Alpha[row] = a;
                                Axpy(-a, ring.Y(row), q);
                            }

                            Real gamma = 1;
                            if (stored > 0)
                            {
                                int newest = ring.RowOf(state.Head, 0);
                                ReadOnlySpan<Real> yNew = ring.Y(newest);
                                gamma = Dot(ring.S(newest), yNew) / Dot(yNew, yNew);
                            }
                            foreach (ref Real qi in q)
                                qi *= gamma;

                            for (long k = stored - 1; k >= 0; k--)
                            {
                                int row = ring.RowOf(state.Head, (int)k);
                                Real b = ring.Rho(row) * Dot(ring.Y(row), q);
                                Axpy(state.Alpha[row] - b, ring.S(row), q);
                            }
                            foreach (ref Real qi in q)
                                qi = -qi;

                            var search = new BacktrackingLineSearch { Shrink = Shrink };
                            LineSearchResult result = search.Search(ref objective, parameters, q, value, Dot(gradient, q), state.Trial, state.TrialGradient);
                            state.NumLinesearchSteps = result.Evaluations;
                            state.TotalEvaluations += result.Evaluations;
                            for (int i = 0; i < n; i++)
                                update[i] = result.StepSize * q[i];

                            if (result.Accepted)
                            {
                                int row = (int)(state.Head % MemorySize);
                                Span<Real> s = ring.S(row);
                                Span<Real> y = ring.Y(row);
                                for (int i = 0; i < n; i++)
                                {
                                    s[i] = update[i];
                                    y[i] = state.TrialGradient[i] - gradient[i];
                                }
                                Real sy = Dot(s, y);
                                ring.Rho(row) = sy > 0 ? 1 / sy : 0;
                                state.Head++;
                            }
                            state.Iteration += 1;
                        }

                        private static Real Dot(ReadOnlySpan<Real> a, ReadOnlySpan<Real> b)
                        {
                            Real sum = 0;
                            for (int i = 0; i < a.Length; i++)
                                sum += a[i] * b[i];
                            return sum;
                        }

                        private static void Axpy(Real a, ReadOnlySpan<Real> x, Span<Real> y)
                        {
                            for (int i = 0; i < x.Length; i++)
                                y[i] += a * x[i];
                        }
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: L-BFGS with a zoom line search returning through out parameters, and local functions", Trivial)
        {
            Outside = """

                namespace Realistic.Zoom
                {
                    public enum ZoomOutcome { Accepted, MaxSteps, NotDescent }

                    public sealed record ZoomSettings(Real C1, Real C2, int MaxSteps);

                    public static class Zoom
                    {
                        public static ZoomOutcome Run<TObjective>(ref TObjective objective, ZoomSettings settings,
                            ReadOnlySpan<Real> x, ReadOnlySpan<Real> direction, Real value, Real slope,
                            Span<Real> trial, Span<Real> trialGradient, out Real step, out Integer evaluations)
                            where TObjective : IObjective<Real>
                        {
                            evaluations = 0;
                            step = 0;
                            if (slope >= 0)
                                return ZoomOutcome.NotDescent;

                            Real low = 0, high = Real.PositiveInfinity, t = 1;
                            for (var i = 0; i < settings.MaxSteps; i++)
                            {
                                for (int k = 0; k < x.Length; k++)
                                    trial[k] = x[k] + t * direction[k];
                                Real phi = objective.Evaluate(trial, trialGradient);
                                evaluations += 1;
                                Real dphi = DirectionalDerivative(trialGradient, direction);
                                if (phi > value + settings.C1 * t * slope)
                                    high = t;
                                else if (dphi < settings.C2 * slope)
                                    low = t;
                                else
                                {
                                    step = t;
                                    return ZoomOutcome.Accepted;
                                }
                                t = Real.IsPositiveInfinity(high) ? 2 * low : (low + high) / 2;
                            }
                            step = low;
                            return ZoomOutcome.MaxSteps;

                            static Real DirectionalDerivative(ReadOnlySpan<Real> g, ReadOnlySpan<Real> d)
                            {
                                Real s = 0;
                                for (int k = 0; k < g.Length; k++)
                                    s += g[k] * d[k];
                                return s;
                            }
                        }
                    }

                    [Optimizer]
                    public partial class ZoomLbfgs
                    {
                        [Hyperparameter(Minimum = 1)] public int MemorySize { get; init; } = 8;
                        [Hyperparameter] public Real C1 { get; init; } = (Real)1e-4;
                        [Hyperparameter] public Real C2 { get; init; } = (Real)0.9;
                        [Hyperparameter] public int MaxLinesearchSteps { get; init; } = 16;

                        [State] private Integer count;
                        [State] private Integer numLinesearchSteps;
                        [State] private Integer failures;
                        [State] private int lastOutcome;
                        [State] private long totalEvaluations;
                        [State(Shape = "MemorySize, n")] private Real[] s;
                        [State(Shape = "MemorySize, n")] private Real[] y;
                        [State(Shape = "MemorySize")] private Real[] rho;
                        [State(Shape = "n")] private Real[] q;
                        [State(Shape = "n")] private Real[] trial;
                        [State(Shape = "n")] private Real[] trialGradient;

                        [Transition]
                        private void Update<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value,
                            Span<Real> update, ref TObjective objective) where TObjective : IObjective<Real>
                        {
                            int n = gradient.Length;
                            Span<Real> q = state.Q;
                            gradient.CopyTo(q);
                            Span<Real> alpha = stackalloc Real[MemorySize];

                            int stored = state.Count > MemorySize ? MemorySize : (int)state.Count;
                            long first = state.Count - stored;
                            for (long k = state.Count - 1; k >= first; k--)
                            {
                                int row = (int)(k % MemorySize);
                                alpha[row] = state.Rho[row] * Dot(Row(state.S, row), q);
                                Axpy(-alpha[row], Row(state.Y, row), q);
                            }
                            if (stored > 0)
                            {
                                int newest = (int)((state.Count - 1) % MemorySize);
                                Real gamma = Dot(Row(state.S, newest), Row(state.Y, newest)) / Dot(Row(state.Y, newest), Row(state.Y, newest));
                                foreach (ref var qi in q) qi *= gamma;
                            }
                            for (long k = first; k < state.Count; k++)
                            {
                                int row = (int)(k % MemorySize);
                                Real beta = state.Rho[row] * Dot(Row(state.Y, row), q);
                                Axpy(alpha[row] - beta, Row(state.S, row), q);
                            }
                            foreach (ref var qi in q) qi = -qi;

                            var settings = new ZoomSettings(C1, C2, MaxLinesearchSteps);
                            ZoomOutcome outcome = Zoom.Run(ref objective, settings, parameters, q, value, Dot(gradient, q),
                                state.Trial, state.TrialGradient, out Real step, out state.NumLinesearchSteps);
                            state.LastOutcome = (int)outcome;
                            state.TotalEvaluations += state.NumLinesearchSteps;
                            state.Failures = outcome switch
                            {
                                ZoomOutcome.Accepted => 0,
                                _ => state.Failures + 1,
                            };

                            for (int i = 0; i < n; i++)
                                update[i] = step * q[i];

                            if (outcome == ZoomOutcome.Accepted)
                            {
                                int row = (int)(state.Count % MemorySize);
                                Span<Real> sRow = Row(state.S, row), yRow = Row(state.Y, row);
                                update.CopyTo(sRow);
                                for (int i = 0; i < n; i++)
                                    yRow[i] = state.TrialGradient[i] - gradient[i];
                                Real sy = Dot(sRow, yRow);
                                state.Rho[row] = sy > Real.Epsilon ? 1 / sy : 0;
                                state.Count++;
                            }

                            Span<Real> Row(Real[] memory, int r) => memory.AsSpan(r * n, n);
                        }

                        private static Real Dot(ReadOnlySpan<Real> a, ReadOnlySpan<Real> b)
                        {
                            Real sum = 0;
                            for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
                            return sum;
                        }

                        private static void Axpy(Real a, ReadOnlySpan<Real> x, Span<Real> y)
                        {
                            for (int i = 0; i < x.Length; i++) y[i] += a * x[i];
                        }
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: AdaBelief over Vector<Real> with MemoryMarshal.Cast and a scalar tail", Trivial)
        {
            Outside = """

                namespace Realistic.Simd
                {
                    using System.Runtime.InteropServices;

                    [Optimizer]
                    public partial class SimdAdaBelief
                    {
                        [Hyperparameter] public Real LearningRate { get; init; } = (Real)1e-3;
                        [Hyperparameter] public Real B1 { get; init; } = (Real)0.9;
                        [Hyperparameter] public Real B2 { get; init; } = (Real)0.999;
                        [Hyperparameter] public Real Eps { get; init; } = (Real)1e-16;

                        [State] private Integer count;
                        [State(Shape = "n")] private Real[] mu;
                        [State(Shape = "n")] private Real[] s;

                        [Transition]
                        private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                        {
                            state.Count++;
                            Real bc1 = 1 - Real.Pow(B1, state.Count);
                            Real bc2 = 1 - Real.Pow(B2, state.Count);
                            Real stepSize = LearningRate * Real.Sqrt(bc2) / bc1;

                            Span<Real> mu = state.Mu;
                            Span<Real> s = state.S;
                            int width = Vector<Real>.Count;
                            int vectorEnd = gradient.Length - gradient.Length % width;

                            var b1 = new Vector<Real>(B1);
                            var b2 = new Vector<Real>(B2);
                            var oneMinusB1 = new Vector<Real>(1 - B1);
                            var oneMinusB2 = new Vector<Real>(1 - B2);
                            var eps = new Vector<Real>(Eps);
                            var scale = new Vector<Real>(-stepSize);

                            ReadOnlySpan<Vector<Real>> gv = MemoryMarshal.Cast<Real, Vector<Real>>(gradient[..vectorEnd]);
                            Span<Vector<Real>> mv = MemoryMarshal.Cast<Real, Vector<Real>>(mu[..vectorEnd]);
                            Span<Vector<Real>> sv = MemoryMarshal.Cast<Real, Vector<Real>>(s[..vectorEnd]);
                            Span<Vector<Real>> uv = MemoryMarshal.Cast<Real, Vector<Real>>(update[..vectorEnd]);
                            for (int v = 0; v < gv.Length; v++)
                            {
                                Vector<Real> g = gv[v];
                                Vector<Real> m = b1 * mv[v] + oneMinusB1 * g;
                                Vector<Real> diff = g - m;
                                sv[v] = b2 * sv[v] + oneMinusB2 * diff * diff + eps;
                                mv[v] = m;
                                uv[v] = scale * m / (Vector.SquareRoot(sv[v]) + eps);
                            }

                            for (int i = vectorEnd; i < gradient.Length; i++)
                            {
                                Real g = gradient[i];
                                mu[i] = B1 * mu[i] + (1 - B1) * g;
                                Real d = g - mu[i];
                                s[i] = B2 * s[i] + (1 - B2) * d * d + Eps;
                                update[i] = -stepSize * mu[i] / (Real.Sqrt(s[i]) + Eps);
                            }
                        }
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: Lion written with LINQ", Trivial)
        {
            Outside = """

                namespace Realistic.Linq
                {
                    using System.Linq;

                    [Optimizer]
                    public partial class LinqLion
                    {
                        [Hyperparameter] public Real LearningRate { get; init; } = (Real)1e-4;
                        [Hyperparameter] public Real B1 { get; init; } = (Real)0.9;
                        [Hyperparameter] public Real B2 { get; init; } = (Real)0.99;
                        [Hyperparameter] public Real WeightDecay { get; init; } = (Real)1e-3;

                        [State] private Integer steps;
                        [State] private Integer positiveSigns;
                        [State] private Real meanAbsMomentum;
                        [State(Shape = "n")] private Real[] momentum;

                        [Transition]
                        private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
                        {
                            Real[] g = gradient.ToArray();
                            Real[] p = parameters.ToArray();
                            Real[] m = state.Momentum;
                            Real[] direction = m.Zip(g, (mi, gi) => Real.Sign(B1 * mi + (1 - B1) * gi) * (Real)1).ToArray();
                            Real[] next = m.Select((mi, i) => B2 * mi + (1 - B2) * g[i]).ToArray();
                            next.CopyTo(state.Momentum, 0);

                            direction.Select((d, i) => -LearningRate * (d + WeightDecay * p[i]))
                                     .ToArray()
                                     .CopyTo(update);

                            state.PositiveSigns = (Integer)direction.Count(d => d > 0);
                            state.MeanAbsMomentum = next.Length == 0 ? 0 : next.Average(Real.Abs);
                            state.Steps += 1;
                        }
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: float momentum, a double loss average, a long step count and a masked window", Trivial)
        {
            Outside = """

                namespace Realistic.Mixed
                {
                    [Optimizer]
                    public partial class MixedSlots
                    {
                        [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.01;
                        [Hyperparameter] public Real Beta { get; init; } = (Real)0.9;
                        [Hyperparameter(Minimum = 1)] public int PowerOfTwoWindow { get; init; } = 8;

                        [State] private long totalSteps;
                        [State] private Integer steps;
                        [State] private double lossEma;
                        [State] private float momentumScale;
                        [State(Shape = "n")] private float[] compactMomentum;
                        [State(Shape = "PowerOfTwoWindow")] private Real[] recentLosses;
                        [State(Shape = "PowerOfTwoWindow")] private Integer[] recentSteps;

                        [Transition]
                        private void Update(ref State state, ReadOnlySpan<Real> gradient, Real value, Span<Real> update)
                        {
                            state.TotalSteps++;
                            state.Steps = (Integer)state.TotalSteps;
                            state.LossEma = 0.9 * state.LossEma + 0.1 * (double)value;

                            int slot = (int)(state.TotalSteps & (PowerOfTwoWindow - 1));
                            state.RecentLosses[slot] = value;
                            state.RecentSteps[slot] = state.Steps;

                            float scale = 0;
                            for (int i = 0; i < gradient.Length; i++)
                            {
                                state.CompactMomentum[i] = (float)(Beta * state.CompactMomentum[i] + gradient[i]);
                                scale = MathF.Max(scale, MathF.Abs(state.CompactMomentum[i]));
                                update[i] = -LearningRate * state.CompactMomentum[i];
                            }
                            state.MomentumScale = scale;
                        }
                    }
                }
                """,
        };
    }
}
