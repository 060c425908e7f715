using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// An eighth round of cases written from the docs and the contract before reading the analyzer, in the C# a .NET 10 SDK
/// user has by default (C# 14 for net10.0): extension blocks (instance and static methods, properties, generic blocks)
/// doing the narrowing, null-conditional assignment into slots and views, the <c>field</c> keyword in properties that
/// keep or write a view, first-class span conversions of array slots (receivers, arguments, locals), user-defined compound
/// assignment and increment operators, <c>params</c> spans and collections, <c>allows ref struct</c> generics over ref
/// structs implementing interfaces, ref locals and spans in iterators and async methods, partial properties, constructors
/// and events, <c>lock</c> on <see cref="System.Threading"/>'s <c>Lock</c>, <c>\e</c>, overload resolution priority and
/// index-from-end in object initializers, each with the seed bug's shape and quiet near misses. The Roslyn 4.8 of the
/// other tests cannot parse most of them and binds the rest differently (no span conversions, no priorities), so
/// <see cref="SdkCompilerTests"/> runs them with the SDK's compiler against every OptimGen analyzer: a case that is OPT0001
/// or OPT0002 in Double mode is OPT0006 naming it in Single mode. Names start with "fresh eyes 8: ".
/// </summary>
internal static class FreshEyesCasesRound8
{
    private const string Trivial = "update[0] = -gradient[0];";
    private const string Cast = "A cast";

    /// <summary>A spec member: the mean of a <c>params ReadOnlySpan&lt;Real&gt;</c>, as C# 13 lets it take its arguments.</summary>
    private const string Mean = """
        private static Real Mean(params ReadOnlySpan<Real> values)
        {
            Real sum = 0;
            foreach (Real v in values)
                sum += v;
            return sum / values.Length;
        }
        """;

    public static IEnumerable<AnalyzerCase> All() => Modern().Concat(Classic());

    /// <summary>The cases in C# 12, which the catalogue's Roslyn 4.8 also runs: what probing the fixes of this round found.</summary>
    public static IEnumerable<AnalyzerCase> Classic() =>
        AccessorsRun().Concat(NestedInitializers()).Concat(ViewsPerObject());

    /// <summary>The cases only the SDK's compiler parses or binds as a .NET 10 user's build does.</summary>
    public static IEnumerable<AnalyzerCase> Modern() => FoundBugs().Concat(ModernSample());

    /// <summary>The SDK-only cases that found bugs, blind or by probing the fixes, and their near misses: CI runs all of them.</summary>
    public static IEnumerable<AnalyzerCase> FoundBugs()
    {
        const string Latest = """
            public static class RingExtensions
            {
                extension(Integer[] ring)
                {
                    public int Latest
                    {
                        get => (int)ring[0];
                        set => ring[0] = value;
                    }
                }
            }
            """;

        const string NullableHolder = """
            public sealed class RingHolder(Integer[] ring)
            {
                public Integer[]? Ring { get; } = ring;
            }
            """;

        yield return Seed("fresh eyes 8: an extension property's setter writes the latest count into the ring", $$"""
            int evaluations = gradient.Length > 4 ? 4 : gradient.Length;
            state.Ring.Latest = evaluations;
            {{Trivial}}
            """, outside: Marked(Latest, "value"), slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: an extension property typed Integer writes the latest count into the ring", $$"""
            int evaluations = gradient.Length > 4 ? 4 : gradient.Length;
            state.Ring.Latest = evaluations;
            {{Trivial}}
            """, outside: Corrected(Latest, ("public int Latest", "public Integer Latest"), ("(int)ring[0]", "ring[0]")));

        yield return Seed("fresh eyes 8: a null-conditional element assignment into the ring slot", """
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < 10) { step /= 2; trials++; }
            state.Ring?[0] = {|#0:trials|};
            update[0] = -step * gradient[0];
            """, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: a null-conditional element assignment with a cast to Integer stays quiet", """
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < 10) { step /= 2; trials++; }
            state.Ring?[0] = (Integer)trials;
            update[0] = -step * gradient[0];
            """);

        yield return ToInt32("fresh eyes 8: an extension property read in scope runs its narrowing getter", $$"""
            int latest = state.Ring.Latest;
            update[0] = -gradient[0] * latest;
            """, outside: Marked(Latest, "(int)ring[0]"));

        yield return Seed("fresh eyes 8: a chain of null-conditional accesses writes the count into the ring a holder keeps", """
            RingHolder? holder = gradient.Length > 0 ? new RingHolder(state.Ring) : null;
            holder?.Ring?[^1] = {|#0:gradient.Length|};
            update[0] = -LearningRate * gradient[0];
            """, outside: NullableHolder, slot: "Ring");
        yield return Quiet("OPT0002", "fresh eyes 8: a null-conditional write through a holder of a scratch ring beside one of the slot stays quiet", """
            RingHolder? live = new RingHolder(state.Ring);
            RingHolder? scratch = new RingHolder(new Integer[4]);
            scratch?.Ring?[0] = gradient.Length;
            live?.Ring?[0] += gradient.Length;
            update[0] = -LearningRate * gradient[0];
            """, outside: NullableHolder);

        yield return Seed("fresh eyes 8: a null-conditional write through the holder of the slot beside one of a scratch ring", """
            RingHolder? live = new RingHolder(state.Ring);
            RingHolder? scratch = new RingHolder(new Integer[4]);
            scratch?.Ring?[0] = gradient.Length;
            live?.Ring?[0] = {|#0:gradient.Length|};
            update[0] = -LearningRate * gradient[0];
            """, outside: NullableHolder, slot: "Ring");
    }

    /// <summary>The other SDK-only cases, of which CI runs a sample.</summary>
    public static IEnumerable<AnalyzerCase> ModernSample() =>
        ExtensionBlocks().Concat(NullConditionalAssignment()).Concat(FieldKeyword()).Concat(FirstClassSpans())
            .Concat(CompoundOperators()).Concat(ParamsCollections()).Concat(RefStructGenerics()).Concat(IteratorsAndAsync())
            .Concat(PartialMembers()).Concat(LocksAndEscapes()).Concat(OverloadPriority()).Concat(SingleValuesWidened());

    /// <summary>An <c>int</c> stored in an <c>Integer</c> slot: OPT0002 in Double mode, OPT0006 naming it in Single mode.</summary>
    private static AnalyzerCase Seed(string name, string body, string members = "", string outside = "", string slot = "NumLinesearchSteps") =>
        WrongInDouble(SlotValue(slot, IntegerDouble, "an Int32"), $"Slot '{slot}' is {IntegerDouble} but is assigned an Int32 value", name, body, members, outside);

    /// <summary>A <c>float</c> stored in a <c>Real</c> slot: OPT0002 in Double mode, OPT0006 naming it in Single mode.</summary>
    private static AnalyzerCase SingleIntoReal(string name, string body, string slot, string members = "", string outside = "") =>
        WrongInDouble(SlotValue(slot, RealDouble, "a Single"), $"Slot '{slot}' is {RealDouble} but is assigned a Single value", name, body, members, outside);

    /// <summary>A cast of a <c>Real</c> (or <c>double</c>) to <c>float</c>: OPT0001 in Double mode, OPT0006 naming it in Single mode.</summary>
    private static AnalyzerCase ToSingle(string name, string body, string members = "", string outside = "") =>
        WrongInDouble(Conversion(Cast, "Double", "Single", RealDouble), $"A cast converts Double to Single, which is narrower than {RealDouble}",
            name, body, members, outside);

    /// <summary>A cast of an <c>Integer</c> to <c>int</c>: OPT0001 in Double mode, OPT0006 naming it in Single mode.</summary>
    private static AnalyzerCase ToInt32(string name, string body, string members = "", string outside = "") =>
        WrongInDouble(Conversion(Cast, "Int64", "Int32", IntegerDouble), $"A cast converts Int64 to Int32, which is narrower than {IntegerDouble}",
            name, body, members, outside);

    /// <summary>A Double-mode OPT0001 or OPT0002 (<paramref name="message"/> its text) that a Single-mode build reports as OPT0006 at the same place.</summary>
    private static AnalyzerCase WrongInDouble(Expected inDouble, string message, string name, string body, string members, string outside) =>
        new(inDouble.Id, name, body, members)
        {
            Outside = outside,
            NullableProject = true,
            InDouble = [inDouble],
            InSingle = [OtherMode(inDouble.Id, "Double", message)],
        };

    /// <summary>A <c>float</c> widened into Double-mode arithmetic: OPT0003 in Double mode only.</summary>
    private static AnalyzerCase Widened(string name, string body, string expression, string members = "", string outside = "") =>
        new("OPT0003", name, body, members) { Outside = outside, NullableProject = true, InDouble = [MixedPrecision(expression)] };

    private static AnalyzerCase Quiet(string rule, string name, string body, string members = "", string outside = "") =>
        new(rule, name, body, members) { Outside = outside, NullableProject = true };

    /// <summary>A positive case's code without its markup: the near miss that differs only in where it is reported.</summary>
    private static string Unmarked(string marked) => marked.Replace("{|#0:", "").Replace("|}", "");

    /// <summary>Code with its first <paramref name="narrow"/> marked as where the diagnostic is expected.</summary>
    private static string Marked(string code, string narrow)
    {
        int at = code.IndexOf(narrow, System.StringComparison.Ordinal);
        return code.Substring(0, at) + "{|#0:" + narrow + "|}" + code.Substring(at + narrow.Length);
    }

    /// <summary>A positive case's code, unmarked, with its narrowing corrected: the near miss that must stay quiet.</summary>
    private static string Corrected(string marked, params (string Narrow, string Fixed)[] corrections) =>
        corrections.Aggregate(Unmarked(marked), (code, correction) => code.Replace(correction.Narrow, correction.Fixed));

    private static IEnumerable<AnalyzerCase> ExtensionBlocks()
    {
        yield return Seed("fresh eyes 8: an extension block on Span<Integer> stamps the count, the array slot its receiver by a span conversion", $$"""
            int trials = 0;
            while (trials < 5 && gradient[0] * LearningRate > trials)
                trials++;
            state.Ring.Stamp(trials);
            {{Trivial}}
            """, outside: """
            public static class RingExtensions
            {
                extension(Span<Integer> ring)
                {
                    public void Stamp(int trials) => ring[^1] = {|#0:trials|};
                }
            }
            """, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: an extension block on Span<Integer> stamps an Integer count stays quiet", $$"""
            Integer trials = 0;
            while (trials < 5 && gradient[0] * LearningRate > trials)
                trials++;
            state.Ring.Stamp(trials);
            {{Trivial}}
            """, outside: """
            public static class RingExtensions
            {
                extension(Span<Integer> ring)
                {
                    public void Stamp(Integer trials) => ring[^1] = trials;
                }
            }
            """);

        yield return Seed("fresh eyes 8: an extension property getter counts the trials read into the slot", """
            var search = new Backtracking { Shrink = (Real)0.5 };
            search.Run(gradient);
            state.NumLinesearchSteps = {|#0:search.Trials|};
            update[0] = -search.Step * gradient[0];
            """, outside: """
            public sealed class Backtracking
            {
                public Real Shrink { get; init; }
                public Real Step { get; private set; } = 1;
                public List<Real> Steps { get; } = [];
                public void Run(ReadOnlySpan<Real> g)
                {
                    while (Steps.Count < 8 && Step * Real.Abs(g[0]) > 1)
                    {
                        Step *= Shrink;
                        Steps.Add(Step);
                    }
                }
            }

            public static class BacktrackingExtensions
            {
                extension(Backtracking search)
                {
                    public int Trials => search.Steps.Count;
                }
            }
            """);

        const string Factory = """
            public readonly record struct SearchResult(int Trials, Real Step);

            public static class SearchResultExtensions
            {
                extension(SearchResult)
                {
                    public static SearchResult FromTrials(int trials) => new(trials, Real.Pow((Real)0.5, trials));
                }
            }
            """;

        yield return Seed("fresh eyes 8: a static extension factory builds the result whose count lands in the slot", """
            var result = SearchResult.FromTrials(gradient.Length / 2);
            state.NumLinesearchSteps = {|#0:result.Trials|};
            update[0] = -result.Step * gradient[0];
            """, outside: Factory);

        yield return Quiet("OPT0002", "fresh eyes 8: a static extension factory with an Integer count stays quiet", """
            var result = SearchResult.FromTrials(gradient.Length / 2);
            state.NumLinesearchSteps = result.Trials;
            update[0] = -result.Step * gradient[0];
            """, outside: Corrected(Factory, ("SearchResult(int Trials", "SearchResult(Integer Trials")));

        yield return Seed("fresh eyes 8: a static extension property on the State type gives the default budget", """
            state.NumLinesearchSteps = {|#0:Spec.State.DefaultBudget|};
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public static class StateExtensions
            {
                extension(Spec.State)
                {
                    public static int DefaultBudget => 20;
                }
            }
            """);

        yield return Quiet("OPT0002", "fresh eyes 8: a static extension constant budget of type Integer stays quiet", """
            state.NumLinesearchSteps = Spec.State.DefaultBudget;
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public static class StateExtensions
            {
                extension(Spec.State)
                {
                    public static Integer DefaultBudget => 20;
                }
            }
            """);

        const string Quantize = """
            public static class QuantizeExtensions
            {
                extension(Span<Real> values)
                {
                    public void Quantize()
                    {
                        for (int i = 0; i < values.Length; i++)
                            values[i] = {|#0:(float)values[i]|};
                    }
                }
            }
            """;

        yield return ToSingle("fresh eyes 8: an extension block on Span<Real> quantizes the velocity through a cast", $$"""
            state.Velocity.Quantize();
            {{Trivial}}
            """, outside: Quantize);

        yield return Quiet("OPT0001", "fresh eyes 8: an extension block on Span<Real> rounding at Real stays quiet", $$"""
            state.Velocity.Quantize();
            {{Trivial}}
            """, outside: Corrected(Quantize, ("values[i] = (float)values[i];", "values[i] = Real.Round(values[i] * 1024) / 1024;")));

        yield return Quiet("OPT0002", "fresh eyes 8: a generic extension block over INumber<T> creates the slot's type from an int stays quiet", $$"""
            int trials = gradient.Length / 3;
            state.Ring.SetHead(trials);
            {{Trivial}}
            """, outside: """
            public static class GenericExtensions
            {
                extension<T>(Span<T> span) where T : INumber<T>
                {
                    public void SetHead(int value) => span[0] = T.CreateChecked(value);
                }
            }
            """);

        yield return new("OPT0001", "fresh eyes 8: a generic extension block converting the slot's elements to T at T = short", $$"""
            Span<short> codes = stackalloc short[state.Ring.Length];
            state.Ring.ConvertInto(codes);
            {{Trivial}}
            """)
        {
            Outside = """
                public static class GenericExtensions
                {
                    extension<TFrom>(ReadOnlySpan<TFrom> source) where TFrom : INumber<TFrom>
                    {
                        public void ConvertInto<TTo>(Span<TTo> destination) where TTo : INumber<TTo>
                        {
                            for (int i = 0; i < source.Length; i++)
                                destination[i] = {|#0:TTo.CreateTruncating(source[i])|};
                        }
                    }
                }
                """,
            NullableProject = true,
            InDouble = [Conversion("'TTo.CreateTruncating'", "Int64", "Int16", IntegerDouble)],
            InSingle = [Conversion("'TTo.CreateTruncating'", "Int32", "Int16", IntegerSingle)],
        };
    }

    private static IEnumerable<AnalyzerCase> NullConditionalAssignment()
    {

        yield return Quiet("OPT0002", "fresh eyes 8: a null-conditional compound assignment adds an int count stays quiet", """
            int trials = gradient.Length / 2;
            state.Ring?[0] += trials;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Seed("fresh eyes 8: a helper sets the count on a nullable state by null-conditional assignment", """
            Record(state, gradient.Length / 2);
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static void Record(State? target, int trials) => target?.NumLinesearchSteps = {|#0:trials|};
            """);

        yield return Quiet("OPT0002", "fresh eyes 8: a helper sets the count on a nullable state from an Integer stays quiet", """
            Record(state, gradient.Length / 2);
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static void Record(State? target, Integer trials) => target?.NumLinesearchSteps = trials;
            """);

        yield return Seed("fresh eyes 8: a null-conditional assignment through a holder's view of the ring", """
            var holder = new RingHolder(state.Ring);
            int trials = gradient.Length > 2 ? 2 : 1;
            holder?.Ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public sealed class RingHolder(Integer[] ring)
            {
                public Integer[] Ring { get; } = ring;
            }
            """, slot: "Ring");

        yield return SingleIntoReal("fresh eyes 8: a null-conditional assignment stores a MathF result in the Real slot", """
            float damp = MathF.Sqrt(state.Scale);
            state?.Value = {|#0:damp|};
            update[0] = -LearningRate * gradient[0];
            """, slot: "Value");

        yield return Quiet("OPT0002", "fresh eyes 8: a null-conditional assignment stores a float into the float slot stays quiet", """
            float damp = MathF.Sqrt(state.Scale + 1);
            state?.Scale = damp;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return ToSingle("fresh eyes 8: a null-conditional assignment of a float cast into the Real slot", """
            state?.Value = {|#0:(float)(state.Value * LearningRate)|};
            update[0] = -LearningRate * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> FieldKeyword()
    {
        const string Tracker = """
            public sealed class Tracker
            {
                private readonly Integer[] ring;
                public Tracker(Integer[] ring) => this.ring = ring;
                public int Last
                {
                    get;
                    set
                    {
                        field = value;
                        ring[0] = {|#0:value|};
                    }
                }
            }
            """;

        yield return Seed("fresh eyes 8: a field-keyword setter copies the count into a held view of the ring", """
            var tracker = new Tracker(state.Ring);
            for (int k = 0; k < 3; k++)
                tracker.Last = k;
            update[0] = -LearningRate * gradient[0];
            """, outside: Tracker, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: a field-keyword setter copying an Integer into the held ring stays quiet", """
            var tracker = new Tracker(state.Ring);
            for (int k = 0; k < 3; k++)
                tracker.Last = k;
            update[0] = -LearningRate * gradient[0];
            """, outside: Corrected(Tracker, ("public int Last", "public Integer Last")));

        const string FieldWindow = """
            public sealed class Window
            {
                public Integer[] Ring
                {
                    get => field ?? [];
                    set => field = value ?? throw new ArgumentNullException(nameof(value));
                }
            }
            """;

        yield return Seed("fresh eyes 8: a property with the field keyword holds the view the count is written through", """
            var window = new Window();
            window.Ring = state.Ring;
            int trials = gradient.Length / 4;
            window.Ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """, outside: FieldWindow, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: a field-keyword view of a scratch array given an int stays quiet", """
            var window = new Window();
            window.Ring = new Integer[state.Ring.Length];
            int trials = gradient.Length / 4;
            window.Ring[0] = trials;
            state.Count += window.Ring[0];
            update[0] = -LearningRate * gradient[0];
            """, outside: Unmarked(FieldWindow));

        yield return Seed("fresh eyes 8: a field-keyword counter with a clamping setter read into the slot", """
            var budget = new Budget { Remaining = gradient.Length };
            state.NumLinesearchSteps = {|#0:budget.Remaining|};
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public sealed class Budget
            {
                public int Remaining { get; set => field = Math.Max(0, value); }
            }
            """);

        yield return Quiet("OPT0002", "fresh eyes 8: a field-keyword Integer counter with a clamping setter stays quiet", """
            var budget = new Budget { Remaining = gradient.Length };
            state.NumLinesearchSteps = budget.Remaining;
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public sealed class Budget
            {
                public Integer Remaining { get; set => field = Math.Max(0, value); }
            }
            """);

        yield return ToSingle("fresh eyes 8: a field-keyword setter rounding the step to float", """
            var schedule = new Schedule { Step = LearningRate };
            update[0] = -schedule.Step * gradient[0];
            """, outside: """
            public sealed class Schedule
            {
                public Real Step { get; set => field = {|#0:(float)value|}; }
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> FirstClassSpans()
    {
        yield return Seed("fresh eyes 8: a span local converted from the ring slot without AsSpan", """
            Span<Integer> ring = state.Ring;
            int trials = gradient.Length / 2;
            ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: a span local over a copy of the ring given an int stays quiet", """
            Span<Integer> ring = state.Ring.ToArray();
            int trials = gradient.Length / 2;
            ring[0] = trials;
            state.Count = ring[0];
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Seed("fresh eyes 8: the ring slot passed to a Span<Integer> parameter by a span conversion", """
            Push(state.Ring, gradient.Length);
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static void Push(Span<Integer> ring, int trials)
            {
                ring[1..].CopyTo(ring);
                ring[^1] = {|#0:trials|};
            }
            """, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: the ring slot passed to a ReadOnlySpan<Integer> parameter is only read", """
            state.Count = Sum(state.Ring);
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static Integer Sum(ReadOnlySpan<Integer> ring)
            {
                Integer total = 0;
                foreach (Integer r in ring)
                    total += r;
                return total;
            }
            """);

        yield return Seed("fresh eyes 8: an int array's sum by a ReadOnlySpan<int> extension lands in the slot", """
            int[] trialsPerRestart = [gradient.Length, 2, 3];
            state.NumLinesearchSteps = {|#0:trialsPerRestart.Total()|};
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public static class CountExtensions
            {
                extension(ReadOnlySpan<int> counts)
                {
                    public int Total()
                    {
                        int sum = 0;
                        foreach (int c in counts)
                            sum += c;
                        return sum;
                    }
                }
            }
            """);

        yield return Seed("fresh eyes 8: Replace on the ring slot as a span by the C# 14 receiver conversion", """
            int trials = gradient.Length / 2;
            state.Ring.Replace(0, {|#0:trials|});
            update[0] = -LearningRate * gradient[0];
            """, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: Replace on the ring slot with an Integer stays quiet", """
            Integer trials = gradient.Length / 2;
            state.Ring.Replace(0, trials);
            state.Velocity.Reverse();
            state.Velocity.Reverse();
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Quiet("OPT0002", "fresh eyes 8: Contains and IndexOf on the ring slot read an int stay quiet", """
            int trials = gradient.Length / 2;
            if (!state.Ring.Contains(trials))
                state.Count += 1;
            int at = state.Ring.AsSpan().IndexOf(trials);
            update[0] = -LearningRate * gradient[0] * (at < 0 ? 1 : 2);
            """);

        yield return ToSingle("fresh eyes 8: the velocity slot given to a ReadOnlySpan<Real> norm helper that returns a float", """
            Real norm = Norm(state.Velocity);
            update[0] = -LearningRate * gradient[0] / (norm + 1);
            """, members: """
            private static float Norm(ReadOnlySpan<Real> values)
            {
                Real sum = 0;
                foreach (Real v in values)
                    sum += v * v;
                return {|#0:(float)Real.Sqrt(sum)|};
            }
            """);

        yield return Seed("fresh eyes 8: a ternary of span conversions picks the ring to write", """
            bool primary = gradient[0] > 0;
            Integer[] scratch = new Integer[state.Ring.Length];
            Span<Integer> target = primary ? state.Ring : scratch;
            target[0] = {|#0:gradient.Length|};
            update[0] = -LearningRate * gradient[0];
            """, slot: "Ring");
    }

    private static IEnumerable<AnalyzerCase> CompoundOperators()
    {
        const string RingWindow = """
            public sealed class RingWindow(Integer[] ring)
            {
                private readonly Integer[] ring = ring;
                private int cursor;
                public void operator +=(int trials)
                {
                    ring[cursor] = {|#0:trials|};
                    cursor = (cursor + 1) % ring.Length;
                }
            }
            """;

        yield return Seed("fresh eyes 8: a user-defined += records the trial count into a held ring", """
            var window = new RingWindow(state.Ring);
            int trials = gradient.Length / 2;
            window += trials;
            update[0] = -LearningRate * gradient[0];
            """, outside: RingWindow, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: a user-defined += records the trial count as Integer stays quiet", """
            var window = new RingWindow(state.Ring);
            int trials = gradient.Length / 2;
            window += trials;
            update[0] = -LearningRate * gradient[0];
            """, outside: Corrected(RingWindow, ("ring[cursor] = trials;", "ring[cursor] = (Integer)trials;")));

        yield return Quiet("OPT0002", "fresh eyes 8: a user-defined ++ increments the held count stays quiet", """
            var counter = new SlotCounter(state.Ring);
            counter++;
            ++counter;
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public sealed class SlotCounter(Integer[] ring)
            {
                public void operator ++() => ring[0]++;
            }
            """);

        const string Momentum = """
            public readonly struct Momentum(Real[] values)
            {
                public void operator *=(Real factor)
                {
                    for (int i = 0; i < values.Length; i++)
                        values[i] = {|#0:(float)(values[i] * factor)|};
                }
            }
            """;

        yield return ToSingle("fresh eyes 8: a user-defined *= scales a held velocity through float", """
            var momentum = new Momentum(state.Velocity);
            momentum *= (Real)0.9;
            update[0] = -LearningRate * gradient[0];
            """, outside: Momentum);

        yield return Quiet("OPT0001", "fresh eyes 8: a user-defined *= scaling a held velocity at Real stays quiet", """
            var momentum = new Momentum(state.Velocity);
            momentum *= (Real)0.9;
            update[0] = -LearningRate * gradient[0];
            """, outside: Corrected(Momentum, ("values[i] = (float)(values[i] * factor);", "values[i] *= factor;")));

        yield return Seed("fresh eyes 8: a user-defined checked += stores an int count", """
            var tally = new Tally(state);
            checked { tally += gradient.Length; }
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public sealed class Tally(Spec.State state)
            {
                public void operator +=(int trials) => state.NumLinesearchSteps = unchecked(trials);
                public void operator checked +=(int trials) => state.NumLinesearchSteps = {|#0:checked(trials + 0)|};
            }
            """);

        yield return Quiet("OPT0002", "fresh eyes 8: an extension += operator adds an int to the state's count stays quiet", """
            var s = state;
            s += gradient.Length;
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public static class StateOperators
            {
                extension(Spec.State state)
                {
                    public void operator +=(int trials) => state.Count += trials;
                }
            }
            """);

        yield return Seed("fresh eyes 8: an extension += operator replaces the state's count with an int", """
            var s = state;
            s += gradient.Length;
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public static class StateOperators
            {
                extension(Spec.State state)
                {
                    public void operator +=(int trials) => state.Count = {|#0:trials|};
                }
            }
            """, slot: "Count");
    }

    private static IEnumerable<AnalyzerCase> ParamsCollections()
    {
        const string Push = """
            private static void Push(Integer[] ring, params ReadOnlySpan<int> counts)
            {
                for (int i = 0; i < counts.Length && i < ring.Length; i++)
                    ring[i] = {|#0:counts[i]|};
            }
            """;

        yield return Seed("fresh eyes 8: a params ReadOnlySpan<int> helper copies the counts into the ring", """
            int accepted = gradient.Length / 2, rejected = gradient.Length - accepted;
            Push(state.Ring, accepted, rejected);
            update[0] = -LearningRate * gradient[0];
            """, members: Push, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: a params ReadOnlySpan<Integer> helper converting its int arguments at the call stays quiet", """
            int accepted = gradient.Length / 2, rejected = gradient.Length - accepted;
            Push(state.Ring, accepted, rejected);
            update[0] = -LearningRate * gradient[0];
            """, members: Corrected(Push, ("params ReadOnlySpan<int> counts", "params ReadOnlySpan<Integer> counts")));

        yield return Seed("fresh eyes 8: a params Span<int> helper returns the largest count into the slot", """
            state.NumLinesearchSteps = {|#0:Largest(gradient.Length, 3, MemorySize)|};
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static int Largest(params Span<int> counts)
            {
                counts.Sort();
                return counts[^1];
            }
            """);

        yield return Seed("fresh eyes 8: a params List<int> helper stores the first count", """
            Remember(state, gradient.Length, 4);
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static void Remember(State target, params List<int> counts) => target.Count = {|#0:counts[0]|};
            """, slot: "Count");

        yield return ToSingle("fresh eyes 8: a params ReadOnlySpan<Real> argument rounded through float", """
            Real mean = Mean(gradient[0], {|#0:(float)state.Value|}, LearningRate);
            update[0] = -mean;
            """, members: Mean);

        yield return Quiet("OPT0001", "fresh eyes 8: a params ReadOnlySpan<Real> mean of Real arguments stays quiet", """
            Real mean = Mean(gradient[0], state.Value, LearningRate);
            update[0] = -mean;
            """, members: Mean);
    }

    private static IEnumerable<AnalyzerCase> RefStructGenerics()
    {
        const string Sinks = """
            public interface ICountSink
            {
                void Put(int trials);
            }

            public ref struct RingSink : ICountSink
            {
                private readonly Span<Integer> ring;
                public RingSink(Span<Integer> ring) => this.ring = ring;
                public void Put(int trials) => ring[0] = {|#0:trials|};
            }
            """;

        yield return Seed("fresh eyes 8: a ref struct sink given through an allows-ref-struct generic writes the count", """
            Drain(new RingSink(state.Ring), gradient.Length / 2);
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static void Drain<TSink>(TSink sink, int trials) where TSink : ICountSink, allows ref struct => sink.Put(trials);
            """, outside: Sinks, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: a ref struct sink writing an Integer through an allows-ref-struct generic stays quiet", """
            Drain(new RingSink(state.Ring), gradient.Length / 2);
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static void Drain<TSink>(TSink sink, int trials) where TSink : ICountSink, allows ref struct => sink.Put(trials);
            """, outside: """
            public interface ICountSink
            {
                void Put(int trials);
            }

            public ref struct RingSink : ICountSink
            {
                private readonly Span<Integer> ring;
                public RingSink(Span<Integer> ring) => this.ring = ring;
                public void Put(int trials) => ring[0] = (Integer)trials;
            }
            """);

        yield return Seed("fresh eyes 8: a ref struct line search behind a static abstract interface counts in int", """
            state.NumLinesearchSteps = {|#0:Search<Halving>(gradient, LearningRate)|};
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static int Search<TRule>(ReadOnlySpan<Real> g, Real step) where TRule : IShrink, allows ref struct
            {
                int trials = 0;
                while (step * Real.Abs(g[0]) > 1 && trials < 20)
                {
                    step = TRule.Shrink(step);
                    trials++;
                }
                return trials;
            }
            """, outside: """
            public interface IShrink
            {
                static abstract Real Shrink(Real step);
            }

            public ref struct Halving : IShrink
            {
                public static Real Shrink(Real step) => step / 2;
            }
            """);

        const string Halving = """
            public interface IShrink
            {
                static abstract Real Shrink(Real step);
            }

            public ref struct Halving : IShrink
            {
                public static Real Shrink(Real step) => {|#0:(float)(step / 2)|};
            }
            """;

        yield return ToSingle("fresh eyes 8: a ref struct rule behind a static abstract member rounds the step to float", """
            Real step = LearningRate;
            for (int k = 0; k < 3; k++)
                step = Shrink<Halving>(step);
            update[0] = -step * gradient[0];
            """, members: """
            private static Real Shrink<TRule>(Real step) where TRule : IShrink, allows ref struct => TRule.Shrink(step);
            """, outside: Halving);

        yield return Quiet("OPT0001", "fresh eyes 8: a ref struct rule behind a static abstract member halving at Real stays quiet", """
            Real step = LearningRate;
            for (int k = 0; k < 3; k++)
                step = Shrink<Halving>(step);
            update[0] = -step * gradient[0];
            """, members: """
            private static Real Shrink<TRule>(Real step) where TRule : IShrink, allows ref struct => TRule.Shrink(step);
            """, outside: Corrected(Halving, ("(float)(step / 2)", "step / 2")));
    }

    private static IEnumerable<AnalyzerCase> IteratorsAndAsync()
    {
        const string Probe = """
            private static IEnumerable<int> Probe(Integer[] ring, int trials)
            {
                for (int t = 0; t < trials; t++)
                {
                    {
                        ref Integer slot = ref ring[t % ring.Length];
                        slot = {|#0:t|};
                    }
                    yield return t;
                }
            }
            """;

        yield return Seed("fresh eyes 8: an iterator writes each trial through a ref local into the ring", """
            int seen = 0;
            foreach (int trial in Probe(state.Ring, 3))
                seen += trial;
            update[0] = -LearningRate * gradient[0] * seen;
            """, members: Probe, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: an iterator writing an Integer through a ref local stays quiet", """
            int seen = 0;
            foreach (int trial in Probe(state.Ring, 3))
                seen += trial;
            update[0] = -LearningRate * gradient[0] * seen;
            """, members: Corrected(Probe, ("slot = t;", "slot = (Integer)t;")));

        yield return Seed("fresh eyes 8: an async helper writes the count through a span after an await", """
            RecordAsync(state.Ring, gradient.Length / 2).GetAwaiter().GetResult();
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static async Task RecordAsync(Integer[] ring, int trials)
            {
                await Task.Yield();
                Span<Integer> view = ring;
                view[0] = {|#0:trials|};
            }
            """, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: an async helper writes an Integer through a ref local stays quiet", """
            RecordAsync(state.Ring, gradient.Length / 2).GetAwaiter().GetResult();
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static async Task RecordAsync(Integer[] ring, Integer trials)
            {
                await Task.Yield();
                ref Integer head = ref ring[0];
                head = trials;
            }
            """);

        yield return Seed("fresh eyes 8: an async helper writes through a ref local the int count", """
            RecordAsync(state.Ring, gradient.Length / 2).GetAwaiter().GetResult();
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static async Task RecordAsync(Integer[] ring, int trials)
            {
                await Task.Yield();
                ref Integer head = ref ring[0];
                head = {|#0:trials|};
            }
            """, slot: "Ring");
    }

    private static IEnumerable<AnalyzerCase> PartialMembers()
    {
        const string RingWriter = """
            public partial class RingWriter
            {
                private readonly Integer[] ring;
                public partial RingWriter(Integer[] ring);
            }

            public partial class RingWriter
            {
                public partial RingWriter(Integer[] ring) => this.ring = ring;
                public void Put(int trials) => ring[0] = {|#0:trials|};
            }
            """;

        yield return Seed("fresh eyes 8: a partial constructor keeps the ring view the count is written through", """
            var writer = new RingWriter(state.Ring);
            writer.Put(gradient.Length / 2);
            update[0] = -LearningRate * gradient[0];
            """, outside: RingWriter, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: a partial constructor keeping a copy of the ring stays quiet", """
            var writer = new RingWriter(state.Ring);
            writer.Put(gradient.Length / 2);
            update[0] = -LearningRate * gradient[0];
            """, outside: Corrected(RingWriter, ("this.ring = ring;", "this.ring = (Integer[])ring.Clone();")));

        yield return Seed("fresh eyes 8: a partial property of the spec gives the trial budget", """
            state.NumLinesearchSteps = {|#0:Budget|};
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private partial int Budget { get; }
            private partial int Budget => MemorySize * 2;
            """);

        yield return Quiet("OPT0002", "fresh eyes 8: a partial property of the spec typed Integer gives the trial budget", """
            state.NumLinesearchSteps = Budget;
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private partial Integer Budget { get; }
            private partial Integer Budget => MemorySize * 2;
            """);

        yield return Seed("fresh eyes 8: a partial property with the field keyword holds the ring view", """
            var window = new PartialWindow { Ring = state.Ring };
            window.Ring[0] = {|#0:gradient.Length|};
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public partial class PartialWindow
            {
                public partial Integer[] Ring { get; set; }
            }

            public partial class PartialWindow
            {
                public partial Integer[] Ring { get => field ?? []; set => field = value; }
            }
            """, slot: "Ring");

        yield return ToInt32("fresh eyes 8: a partial property's getter narrows the budget to int", """
            int evaluations = 0;
            for (int k = 0; k < Cap; k++)
                evaluations++;
            state.NumLinesearchSteps += evaluations;
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private partial int Cap { get; }
            private partial int Cap => {|#0:(int)MaxSteps|};
            """);

        const string Search = """
            public partial class Search
            {
                public partial event Action<int>? Stepped;
            }

            public partial class Search
            {
                private Action<int>? handlers;
                public partial event Action<int>? Stepped { add => handlers += value; remove => handlers -= value; }
                public void Run(ReadOnlySpan<Real> g) => handlers?.Invoke(g.Length / 2);
            }
            """;

        yield return Seed("fresh eyes 8: a partial event's handler stores the count into the state", """
            var search = new Search();
            Spec.State target = state;
            search.Stepped += trials => target.NumLinesearchSteps = {|#0:trials|};
            search.Run(gradient);
            update[0] = -LearningRate * gradient[0];
            """, outside: Search);

        yield return Quiet("OPT0002", "fresh eyes 8: a partial event's handler adding the count stays quiet", """
            var search = new Search();
            Spec.State target = state;
            search.Stepped += trials => target.NumLinesearchSteps += trials;
            search.Run(gradient);
            update[0] = -LearningRate * gradient[0];
            """, outside: Unmarked(Search));
    }

    private static IEnumerable<AnalyzerCase> LocksAndEscapes()
    {
        yield return Seed("fresh eyes 8: the count stored under a lock on System.Threading.Lock", """
            int trials = gradient.Length / 2;
            lock (Gate)
            {
                state.NumLinesearchSteps = {|#0:trials|};
            }
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static readonly Lock Gate = new();
            """);

        yield return Quiet("OPT0002", "fresh eyes 8: the count added under a lock on System.Threading.Lock stays quiet", """
            int trials = gradient.Length / 2;
            lock (Gate)
            {
                state.NumLinesearchSteps += trials;
            }
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private static readonly Lock Gate = new();
            """);

        yield return Seed("fresh eyes 8: the count stored in a Lock.EnterScope using block", """
            using (Gate.EnterScope())
                state.Count = {|#0:gradient.Length|};
            update[0] = -LearningRate * gradient[0];
            """, members: """
            private readonly Lock Gate = new();
            """, slot: "Count");

        yield return Quiet("OPT0002", "fresh eyes 8: a status line with the \\e escape around an Integer count stays quiet", """
            const string Bold = "\e[1m", Reset = "\e[0m";
            state.Count += 1;
            string status = $"{Bold}step {state.Count}{Reset}";
            update[0] = -LearningRate * gradient[0] * (status.Length > 0 ? 1 : 0);
            """);

        yield return new("OPT0002", "fresh eyes 8: the \\e character itself stored in the Integer slot", """
            char marker = gradient[0] > 0 ? '\e' : ' ';
            state.Count = {|#0:marker|};
            update[0] = -LearningRate * gradient[0];
            """)
        {
            NullableProject = true,
            InDouble = [SlotValue("Count", IntegerDouble, "a Char")],
            InSingle = [SlotValue("Count", IntegerSingle, "a Char")],
        };
    }

    private static IEnumerable<AnalyzerCase> OverloadPriority()
    {
        const string Priority = "[System.Runtime.CompilerServices.OverloadResolutionPriority(1)]";

        const string Overloads = """
            [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
            private static void Record(Integer[] ring, ReadOnlySpan<int> counts)
            {
                for (int i = 0; i < counts.Length; i++)
                    ring[i] = {|#0:counts[i]|};
            }

            private static void Record(Integer[] ring, int[] counts)
            {
                for (int i = 0; i < counts.Length; i++)
                    ring[i] = (Integer)counts[i];
            }
            """;

        yield return Seed("fresh eyes 8: overload resolution priority picks the span overload that stores int counts", """
            int[] counts = [gradient.Length, 1];
            Record(state.Ring, counts);
            update[0] = -LearningRate * gradient[0];
            """, members: Overloads, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: overload resolution priority on the overload that casts to Integer stays quiet", """
            int[] counts = [gradient.Length, 1];
            Record(state.Ring, counts);
            update[0] = -LearningRate * gradient[0];
            """, members: Corrected(Overloads,
                (Priority + "\n", ""),
                ("private static void Record(Integer[] ring, int[] counts)", Priority + "\nprivate static void Record(Integer[] ring, int[] counts)")));

        yield return Quiet("OPT0002", "fresh eyes 8: overload resolution priority prefers the Integer overload for an int argument", """
            int trials = gradient.Length / 2;
            Store(state.Ring, trials);
            update[0] = -LearningRate * gradient[0];
            """, members: """
            [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
            private static void Store(Span<Integer> ring, Integer value) => ring[0] = value;

            private static void Store(Integer[] ring, int value) => ring[0] = value;
            """);

        const string RingHolder = """
            public sealed class RingHolder(Integer[] ring)
            {
                public Integer[] Ring { get; } = ring;
            }
            """;

        yield return Seed("fresh eyes 8: index-from-end in an object initializer writes the count into the held ring", """
            var holder = new RingHolder(state.Ring) { Ring = { [^1] = {|#0:gradient.Length|} } };
            update[0] = -LearningRate * gradient[0] * holder.Ring.Length;
            """, outside: RingHolder, slot: "Ring");

        yield return Quiet("OPT0002", "fresh eyes 8: index-from-end in an object initializer writing an Integer stays quiet", """
            var holder = new RingHolder(state.Ring) { Ring = { [^1] = state.Count } };
            update[0] = -LearningRate * gradient[0] * holder.Ring.Length;
            """, outside: Unmarked(RingHolder));
    }

    private static IEnumerable<AnalyzerCase> SingleValuesWidened()
    {
        yield return Widened("fresh eyes 8: a params ReadOnlySpan<Real> given a float literal", """
            Real mean = Mean(gradient[0], {|#0:0.9f|});
            update[0] = -LearningRate * mean;
            """, "0.9f", members: Mean);

        yield return Widened("fresh eyes 8: a float property with a field-keyword setter enters the step", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * {|#0:Decay|} * gradient[i];
            """, "Decay", members: """
            private float Decay { get; set => field = Math.Clamp(value, 0f, 1f); } = 0.5f;
            """);

        yield return Quiet("OPT0003", "fresh eyes 8: a Real property with a field-keyword setter enters the step stays quiet", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * Decay * gradient[i];
            """, members: """
            private Real Decay { get; set => field = Real.Clamp(value, 0, 1); } = (Real)0.5;
            """);

        yield return Widened("fresh eyes 8: a float extension property of the spec scales the update", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * {|#0:this.Damping|} * gradient[i];
            """, "this.Damping", outside: """
            public static class SpecExtensions
            {
                extension(Spec spec)
                {
                    public float Damping => spec.Beta / 2;
                }
            }
            """);

        yield return Quiet("OPT0003", "fresh eyes 8: a Real extension property of the spec scales the update stays quiet", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * this.Damping * gradient[i];
            """, outside: """
            public static class SpecExtensions
            {
                extension(Spec spec)
                {
                    public Real Damping => (Real)spec.Beta / 2;
                }
            }
            """);

        yield return Quiet("OPT0003", "fresh eyes 8: a float slot updated by a float extension method stays quiet", """
            for (int i = 0; i < state.Mu.Length; i++)
                state.Scale = state.Scale.Ema(state.Mu[i]);
            update[0] = -LearningRate * gradient[0];
            """, outside: """
            public static class FloatExtensions
            {
                extension(float average)
                {
                    public float Ema(float sample) => average * 0.99f + sample * 0.01f;
                }
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> AccessorsRun()
    {
        const string Probe = """
            public sealed class Probe
            {
                private Integer evaluations;
                public int Evaluations
                {
                    get => {|#0:(int)evaluations|};
                    set => evaluations = value;
                }
            }
            """;

        yield return new("OPT0001", "fresh eyes 8: a property only set in scope does not run its narrowing getter", """
            var probe = new Probe();
            probe.Evaluations = gradient.Length;
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = Unmarked(Probe) };

        yield return new("OPT0001", "fresh eyes 8: a property read in scope runs its narrowing getter", """
            var probe = new Probe();
            probe.Evaluations = gradient.Length;
            Real scale = probe.Evaluations > 2 ? (Real)0.5 : 1;
            update[0] = -LearningRate * scale * gradient[0];
            """)
        { Outside = Probe, InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new("OPT0001", "fresh eyes 8: a property incremented in scope runs its narrowing getter", """
            var probe = new Probe();
            probe.Evaluations++;
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = Probe, InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new("OPT0001", "fresh eyes 8: a property named by nameof in scope does not run its narrowing getter", """
            var probe = new Probe();
            string label = nameof(probe.Evaluations);
            update[0] = -LearningRate * gradient[0] * label.Length;
            """)
        { Outside = Unmarked(Probe) };

        yield return new("OPT0001", "fresh eyes 8: an object initializer sets a property without running its narrowing getter", """
            var probe = new Probe { Evaluations = gradient.Length };
            (probe.Evaluations, state.Count) = (gradient.Length, state.Count + 1);
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = Unmarked(Probe) };
    }

    private static IEnumerable<AnalyzerCase> NestedInitializers()
    {
        const string Holder = """
            public sealed class RingHolder
            {
                public RingHolder(Integer[] ring) => Ring = ring;
                public Integer[] Ring { get; }
                public System.Collections.Generic.List<Real> Trace { get; } = new();
            }
            """;

        yield return new("OPT0002", "fresh eyes 8: a nested initializer writes the count into the ring the holder was given", """
            int trials = gradient.Length / 2;
            var holder = new RingHolder(state.Ring) { Ring = { [0] = {|#0:trials|} } };
            update[0] = -LearningRate * gradient[0] * holder.Ring.Length;
            """)
        { Outside = Holder, InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new("OPT0002", "fresh eyes 8: a nested initializer writes an Integer into the ring the holder was given", """
            int trials = gradient.Length / 2;
            var holder = new RingHolder(state.Ring) { Ring = { [0] = (Integer)trials }, Trace = { gradient[0] } };
            update[0] = -LearningRate * gradient[0] * holder.Ring.Length;
            """)
        { Outside = Holder };

        yield return new("OPT0002", "fresh eyes 8: a nested initializer writes the count into a holder of a scratch ring", """
            int trials = gradient.Length / 2;
            var holder = new RingHolder(new Integer[4]) { Ring = { [0] = trials } };
            state.Count += holder.Ring[0];
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = Holder };
    }

    private static IEnumerable<AnalyzerCase> ViewsPerObject()
    {
        const string Window = """
            public sealed class Window
            {
                public Window(Integer[] ring) => Ring = ring;
                public Integer[] Ring { get; }
            }
            """;

        yield return new("OPT0002", "fresh eyes 8: two windows of one type, the count written through the one over a scratch ring", """
            var live = new Window(state.Ring);
            var scratch = new Window(new Integer[state.Ring.Length]);
            int trials = gradient.Length / 2;
            scratch.Ring[0] = trials;
            live.Ring[0] = (Integer)trials;
            state.Count = scratch.Ring[0];
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = Window };

        yield return new("OPT0002", "fresh eyes 8: two windows of one type, the count written through the one over the slot", """
            var live = new Window(state.Ring);
            var scratch = new Window(new Integer[state.Ring.Length]);
            int trials = gradient.Length / 2;
            scratch.Ring[0] = trials;
            live.Ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = Window, InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new("OPT0002", "fresh eyes 8: two records of one type, the count written through the one over a scratch ring", """
            var live = new Buffers(state.Ring);
            var scratch = new Buffers(new Integer[MemorySize]);
            int trials = gradient.Length / 2;
            scratch.Ring[0] = trials;
            live.Ring[0] += trials;
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = "public sealed record Buffers(Integer[] Ring);" };

        yield return new("OPT0002", "fresh eyes 8: two records of one type, the count written through the one over the slot", """
            var live = new Buffers(state.Ring);
            var scratch = new Buffers(new Integer[MemorySize]);
            int trials = gradient.Length / 2;
            scratch.Ring[0] = trials;
            live.Ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = "public sealed record Buffers(Integer[] Ring);", InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new("OPT0002", "fresh eyes 8: two holders with a public field, the count written through the one over a scratch ring", """
            var live = new Holder(state.Ring);
            var scratch = new Holder(new Integer[MemorySize]);
            scratch.Ring[0] = gradient.Length;
            live.Ring[0] = state.Count;
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = "public sealed class Holder { public readonly Integer[] Ring; public Holder(Integer[] ring) { Ring = ring; } }" };

        yield return new("OPT0002", "fresh eyes 8: a window local that may be given the one over the slot still reports", """
            var live = new Window(state.Ring);
            var window = new Window(new Integer[state.Ring.Length]);
            if (gradient[0] > 0)
                window = live;
            window.Ring[0] = {|#0:gradient.Length|};
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = Window, InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new("OPT0002", "fresh eyes 8: a nested initializer fills a holder of a scratch ring beside one of the slot", """
            var live = new RingHolder(state.Ring);
            var scratch = new RingHolder(new Integer[MemorySize]) { Ring = { [0] = gradient.Length } };
            live.Ring[0] += scratch.Ring[0];
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = "public sealed class RingHolder(Integer[] ring) { public Integer[] Ring { get; } = ring; }" };

        yield return new("OPT0002", "fresh eyes 8: a nested initializer fills the holder of the slot beside one of a scratch ring", """
            var scratch = new RingHolder(new Integer[MemorySize]);
            var live = new RingHolder(state.Ring) { Ring = { [0] = {|#0:gradient.Length|} } };
            live.Ring[0] += scratch.Ring[0];
            update[0] = -LearningRate * gradient[0];
            """)
        {
            Outside = "public sealed class RingHolder(Integer[] ring) { public Integer[] Ring { get; } = ring; }",
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
        };

        yield return new("OPT0002", "fresh eyes 8: a holder with a public field re-pointed at the slot after its construction", """
            var holder = new Holder(new Integer[MemorySize]);
            holder.Reset(state.Ring);
            holder.Ring[0] = {|#0:gradient.Length|};
            update[0] = -LearningRate * gradient[0];
            """)
        {
            Outside = "public sealed class Holder { public Integer[] Ring; public Holder(Integer[] ring) { Ring = ring; } public void Reset(Integer[] ring) => Ring = ring; }",
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
        };
    }
}
