using System.Collections.Generic;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// Objects a library method receives as an interface and then calls: typed by the interface already (a field or a
/// parameter), so every implementation in the compilation may run, or of a source type implementing it explicitly.
/// </summary>
internal static class InterfaceArgumentCases
{
    private const string Rule = ScopeCases.Rule;
    private const string Cast = "A cast";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "an IComparer<Integer> field handed to Array.Sort runs every implementation", """
            Integer[] sorted = (Integer[])state.Ring.Clone();
            Array.Sort(sorted, order);
            state.Count = sorted[0];
            """, """
            private readonly System.Collections.Generic.IComparer<Integer> order = Orders.Ascending();
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)],
            Outside = """
                internal static class Orders
                {
                    public static System.Collections.Generic.IComparer<Integer> Ascending() => new ByDifference();

                    private sealed class ByDifference : System.Collections.Generic.IComparer<Integer>
                    {
                        public int Compare(Integer a, Integer b) => {|#0:(int)(a - b)|};
                    }
                }
                """,
        };

        yield return new(Rule, "an IComparer<Integer> parameter handed on to List.Sort", """
            var sorted = new System.Collections.Generic.List<Integer>(state.Ring);
            SortWith(sorted, new Descending());
            state.Count = sorted[0];
            """, """
            private static void SortWith(System.Collections.Generic.List<Integer> values, System.Collections.Generic.IComparer<Integer> order) =>
                values.Sort(order);

            private sealed class Descending : System.Collections.Generic.IComparer<Integer>
            {
                int System.Collections.Generic.IComparer<Integer>.Compare(Integer a, Integer b) => {|#0:(int)(b - a)|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "an explicit IComparer<Integer> implementation given to Array.Sort", """
            Integer[] sorted = (Integer[])state.Ring.Clone();
            Array.Sort(sorted, new Descending());
            state.Count = sorted[0];
            """, """
            private sealed class Descending : System.Collections.Generic.IComparer<Integer>
            {
                int System.Collections.Generic.IComparer<Integer>.Compare(Integer a, Integer b) => {|#0:(int)(b - a)|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "an IComparer<Integer> field whose implementations compare without narrowing", """
            Integer[] sorted = (Integer[])state.Ring.Clone();
            Array.Sort(sorted, order);
            state.Count = sorted[0];
            """, """
            private readonly System.Collections.Generic.IComparer<Integer> order = new ByValue();

            private sealed class ByValue : System.Collections.Generic.IComparer<Integer>
            {
                public int Compare(Integer a, Integer b) => a.CompareTo(b);
            }
            """);

        yield return new(Rule, "an IComparer<Real> parameter handed to Array.Sort by an implementation that compares without narrowing", """
            Real[] sorted = (Real[])state.Weights.Clone();
            Sort(sorted, new ByMagnitude());
            state.Value = sorted[0];
            """, """
            private static void Sort(Real[] values, System.Collections.Generic.IComparer<Real> order) => Array.Sort(values, order);

            private sealed class ByMagnitude : System.Collections.Generic.IComparer<Real>
            {
                public int Compare(Real a, Real b) => Math.Abs(a).CompareTo(Math.Abs(b));
            }
            """);
    }
}
