using System.Collections.Generic;
using System.Collections.Immutable;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// The seed bug of optax#1210 (an inner line search counts in a 32-bit int and the count lands in the 64-bit
/// <c>NumLinesearchSteps</c> slot) written the ways C# code makes a line search pluggable and returns several
/// results: each fails the Double-mode build and builds in Single mode, where Integer is int.
/// </summary>
internal static class SeedStyleCases
{
    public const string Rule = "Seed";

    /// <summary>A backtracking line search that counts its halvings in an int.</summary>
    private const string CountSteps = """
        private static int CountSteps(ReadOnlySpan<Real> gradient)
        {
            int count = 0;
            Real step = (Real)1;
            while (count < 20 && step * gradient[0] > (Real)1e-3)
            {
                step *= (Real)0.5;
                count++;
            }

            return count;
        }
        """;

    private static readonly ImmutableArray<Expected> Seed = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")];

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "seed style: plain assignment of the int count", """
            int count = CountSteps(gradient);
            state.NumLinesearchSteps = {|#0:count|};
            """, CountSteps)
        { InDouble = Seed };

        yield return new(Rule, "seed style: the count returned through an out parameter bound to the slot", """
            Real step = Search(gradient, out state.NumLinesearchSteps);
            update[0] = -step * gradient[0];
            """, """
            private static Real Search(ReadOnlySpan<Real> gradient, out Integer steps)
            {
                int count = 0;
                Real step = (Real)1;
                while (count < 20 && step * gradient[0] > (Real)1e-3)
                {
                    step *= (Real)0.5;
                    count++;
                }

                steps = {|#0:count|};
                return step;
            }
            """)
        { InDouble = Seed };

        yield return new(Rule, "seed style: a record struct deconstructed into the slots", """
            (state.NumLinesearchSteps, state.Value) = {|#0:Search(gradient)|};
            """, """
            private readonly record struct SearchResult(int Steps, Real Step);

            private static SearchResult Search(ReadOnlySpan<Real> gradient) => new(CountSteps(gradient), (Real)0.5);
            """ + CountSteps)
        { InDouble = Seed };

        yield return new(Rule, "seed style: a generic struct strategy TSearch : struct, ILineSearch", """
            update[0] = -Advance<Backtracking>(gradient, ref state) * gradient[0];
            """, """
            private interface ILineSearch
            {
                Real Search(ReadOnlySpan<Real> gradient, out Integer steps);
            }

            private struct Backtracking : ILineSearch
            {
                public Real Search(ReadOnlySpan<Real> gradient, out Integer steps)
                {
                    int count = CountSteps(gradient);
                    steps = {|#0:count|};
                    return (Real)0.5;
                }
            }

            private static Real Advance<TSearch>(ReadOnlySpan<Real> gradient, ref State state)
                where TSearch : struct, ILineSearch
                => default(TSearch).Search(gradient, out state.NumLinesearchSteps);
            """ + CountSteps)
        { InDouble = Seed };

        yield return new(Rule, "seed style: the line search behind an interface-typed field", """
            update[0] = -lineSearch.Run(ref state, gradient) * gradient[0];
            """, """
            private readonly ILineSearch lineSearch = new Backtracking();

            private interface ILineSearch
            {
                Real Run(ref State state, ReadOnlySpan<Real> gradient);
            }

            private sealed class Backtracking : ILineSearch
            {
                public Real Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    int count = CountSteps(gradient);
                    state.NumLinesearchSteps = {|#0:count|};
                    return (Real)0.5;
                }
            }
            """ + CountSteps)
        { InDouble = Seed };

        yield return new(Rule, "seed style: the line search in a delegate field", """
            update[0] = -lineSearch(ref state, gradient) * gradient[0];
            """, """
            private delegate Real LineSearch(ref State state, ReadOnlySpan<Real> gradient);

            private readonly LineSearch lineSearch = Backtrack;

            private static Real Backtrack(ref State state, ReadOnlySpan<Real> gradient)
            {
                int count = CountSteps(gradient);
                state.NumLinesearchSteps = {|#0:count|};
                return (Real)0.5;
            }
            """ + CountSteps)
        { InDouble = Seed };

        yield return new(Rule, "seed style: Interlocked.Exchange(ref slot, count)", """
            int count = CountSteps(gradient);
            System.Threading.Interlocked.Exchange(ref state.NumLinesearchSteps, {|#0:count|});
            """, CountSteps)
        { InDouble = Seed };

        yield return new(Rule, "seed style: a conditional of tuples deconstructed into the slots", """
            int count = CountSteps(gradient);
            bool accepted = count < MemorySize;
            (state.NumLinesearchSteps, state.Value) = accepted
                ? ({|#0:count|}, state.Value * (Real)0.5)
                : (state.NumLinesearchSteps, state.Value);
            """, CountSteps)
        { InDouble = Seed };

        yield return new(Rule, "seed style: the count clamped with Math.Min(int, int)", """
            int count = CountSteps(gradient);
            state.NumLinesearchSteps = {|#0:Math.Min(count, MemorySize)|};
            """, CountSteps)
        { InDouble = Seed };

        yield return new(Rule, "seed style fixed: the count declared Integer, whatever the shape", """
            Integer count = CountSteps(gradient);
            System.Threading.Interlocked.Exchange(ref state.NumLinesearchSteps, count);
            (state.NumLinesearchSteps, state.Value) = count > 3 ? (count, state.Value) : (state.NumLinesearchSteps, state.Value);
            state.NumLinesearchSteps = Math.Min(count, MaxSteps);
            """, CountSteps);

        yield return new(Rule, "seed style fixed behind an interface, a delegate and an out parameter", """
            Real step = lineSearch.Run(gradient, out state.NumLinesearchSteps) + search(gradient, out state.Count);
            update[0] = -step * gradient[0];
            """, """
            private delegate Real Search(ReadOnlySpan<Real> gradient, out Integer steps);

            private readonly ILineSearch lineSearch = new Backtracking();
            private readonly Search search = Count;

            private interface ILineSearch
            {
                Real Run(ReadOnlySpan<Real> gradient, out Integer steps);
            }

            private sealed class Backtracking : ILineSearch
            {
                public Real Run(ReadOnlySpan<Real> gradient, out Integer steps) => Count(gradient, out steps);
            }

            private static Real Count(ReadOnlySpan<Real> gradient, out Integer steps)
            {
                steps = (Integer)CountSteps(gradient);
                return (Real)0.5;
            }
            """ + CountSteps);
    }
}
