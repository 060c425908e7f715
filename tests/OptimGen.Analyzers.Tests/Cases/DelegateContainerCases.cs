using System.Collections.Generic;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// Delegates the transition reaches through a container or an event rather than a delegate-typed member: the elements of
/// an array or a <c>List&lt;Func&lt;...&gt;&gt;</c> (written by an initializer, by element assignments or by <c>Add</c>), a
/// <c>foreach</c> over such a list, a delegate invoked as <c>callback?.Invoke(...)</c>, and the handlers subscribed to an
/// event the transition raises. What is stored there runs in the transition's scope; what is not invoked from it does not.
/// </summary>
internal static class DelegateContainerCases
{
    private const string Cast = "A cast";

    private const string Quiet = "update[0] = -gradient[0];";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(ScopeCases.Rule, "delegate container: array elements assigned one by one in a static constructor", """
            Real g = gradient[0];
            for (int k = 0; k < Rules.Steps.Length; k++) g = Rules.Steps[k](g);
            update[0] = -g;
            """)
        {
            Outside = """
                static class Rules
                {
                    public static readonly Func<Real, Real>[] Steps = new Func<Real, Real>[2];

                    static Rules()
                    {
                        Steps[0] = x => x * (Real)0.5;
                        Steps[1] = x => (Real){|#0:(float)x|};
                    }
                }
                """,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(ScopeCases.Rule, "delegate container: a List of Func with a collection initializer, indexed", """
            update[0] = -Schedules[state.Count < 100 ? 0 : 1](state.Count) * gradient[0];
            state.Count += 1;
            """, """
            private static readonly System.Collections.Generic.List<Func<Integer, Real>> Schedules = new()
            {
                count => (Real)0.1,
                count => (Real){|#0:(float)(0.1 / (count + 1))|},
            };
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(ScopeCases.Rule, "delegate container: a List of Func filled by Add, run by foreach", """
            Real g = gradient[0];
            foreach (Func<Real, Real> hook in Hooks.All) g = hook(g);
            update[0] = -g;
            """)
        {
            Outside = """
                static class Hooks
                {
                    public static readonly System.Collections.Generic.List<Func<Real, Real>> All = new();

                    public static void Register()
                    {
                        All.Add(x => Real.Clamp(x, -1, 1));
                        All.Add(Quantize);
                    }

                    private static Real Quantize(Real x) => (Real){|#0:(Half)x|};
                }
                """,
            InDouble = [Conversion(Cast, "Double", "Half", RealDouble)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle)],
        };

        yield return new(ScopeCases.Rule, "delegate container: a collection expression of method groups, run by foreach with var", """
            Real g = gradient[0];
            foreach (var clip in Clips) g = clip(g);
            update[0] = -g;
            """, """
            private static readonly Func<Real, Real>[] Clips = [Identity, Narrow];

            private static Real Identity(Real x) => x;

            private static Real Narrow(Real x) => (Real){|#0:(float)x|};
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(ScopeCases.Rule, "delegate container: a callback invoked with ?.Invoke", """
            update[0] = -gradient[0];
            OnStep?.Invoke(gradient[0]);
            """, """
            public Action<Real>? OnStep { get; init; } = g => Telemetry.Last = {|#0:(float)g|};
            """)
        {
            Outside = """
                static class Telemetry
                {
                    public static float Last;
                }
                """,
            NullableProject = true,
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(ScopeCases.Rule, "delegate container: the handlers of an event the transition raises", """
            update[0] = -gradient[0];
            Progress.Raise(state.Count);
            state.Count += 1;
            """)
        {
            Outside = """
                static class Progress
                {
                    public static event Action<Integer>? Stepped;

                    public static void Raise(Integer count) => Stepped?.Invoke(count);
                }

                static class Listener
                {
                    public static int LastStep;

                    public static void Attach() => Progress.Stepped += count => LastStep = {|#0:(int)count|};
                }
                """,
            NullableProject = true,
            InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)],
        };

        yield return new(ScopeCases.Rule, "delegate container: a list of Real rules filled by Add stays quiet", Quiet.Replace("-gradient[0]", "Hooks.All[0](gradient[0])"))
        {
            Outside = """
                static class Hooks
                {
                    public static readonly System.Collections.Generic.List<Func<Real, Real>> All = new();

                    static Hooks() => All.Add(x => -Real.Clamp(x, -1, 1));
                }
                """,
        };

        yield return new(ScopeCases.Rule, "delegate container: a list of rules the transition never runs stays quiet", Quiet)
        {
            Outside = """
                static class Hooks
                {
                    public static readonly System.Collections.Generic.List<Func<Real, Real>> All = new() { x => (Real)(float)x };

                    public static Real RunAll(Real x)
                    {
                        foreach (Func<Real, Real> hook in All) x = hook(x);
                        return x;
                    }
                }
                """,
        };

        yield return new(ScopeCases.Rule, "delegate container: an element written to one list does not put another list's lambdas in scope", """
            update[0] = -Hooks.Used[0](gradient[0]);
            """)
        {
            Outside = """
                static class Hooks
                {
                    public static readonly System.Collections.Generic.List<Func<Real, Real>> Used = new() { x => x };
                    public static readonly System.Collections.Generic.List<Func<Real, Real>> Unused = new();

                    static Hooks()
                    {
                        Unused.Add(x => (Real)(float)x);
                        Unused[0] = x => (Real)(Half)x;
                    }
                }
                """,
        };
    }
}
