using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.CodeFixes;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// The code fixes: each test applies one fix (and fix-all in document, project and solution scope, which the
/// framework runs whenever a document has several diagnostics) and checks that the fixed code compiles with no
/// OPT diagnostic left.
/// </summary>
public sealed class CodeFixTests
{
    private const string ZoomLineSearch = """
        private struct ZoomLineSearch
        {
            public int NumSteps;
        }

        private ZoomLineSearch Zoom(ReadOnlySpan<Real> gradient)
        {
            var search = new ZoomLineSearch();
            while (search.NumSteps < 20 && gradient[0] > (Real)search.NumSteps)
                search.NumSteps++;
            return search;
        }
        """;

    [Theory]
    [InlineData(Mode.Double)]
    public Task Seed_is_fixed_by_casting_to_the_slots_type(Mode mode) => VerifyAsync<SlotValueCodeFix>(mode,
        SpecTemplate.Wrap("state.NumLinesearchSteps = {|OPT0002:Zoom(gradient).NumSteps|};", ZoomLineSearch),
        SpecTemplate.Wrap("state.NumLinesearchSteps = (Integer)Zoom(gradient).NumSteps;", ZoomLineSearch),
        SlotValueCodeFix.CastKey);

    [Fact]
    public Task Seed_is_fixed_by_declaring_the_counter_Integer() => VerifyAsync<SlotValueCodeFix>(Mode.Double,
        SpecTemplate.Wrap("state.NumLinesearchSteps = {|OPT0002:Zoom(gradient).NumSteps|};", ZoomLineSearch),
        SpecTemplate.Wrap("state.NumLinesearchSteps = Zoom(gradient).NumSteps;", ZoomLineSearch.Replace("public int NumSteps;", "public Integer NumSteps;")),
        SlotValueCodeFix.ChangeTypeKey);

    [Theory]
    [InlineData(Mode.Double)]
    [InlineData(Mode.Single)]
    public Task A_local_feeding_a_long_slot_is_declared_long(Mode mode) => VerifyAsync<SlotValueCodeFix>(mode,
        SpecTemplate.Wrap("""
            int inner = MemorySize;
            state.Total = {|OPT0002:inner|};
            """),
        SpecTemplate.Wrap("""
            long inner = MemorySize;
            state.Total = inner;
            """),
        SlotValueCodeFix.ChangeTypeKey);

    [Fact]
    public Task A_method_return_feeding_a_slot_is_declared_Integer() => VerifyAsync<SlotValueCodeFix>(Mode.Double,
        SpecTemplate.Wrap("state.Count = {|OPT0002:CountSteps()|};", "private int CountSteps() => MemorySize + 1;"),
        SpecTemplate.Wrap("state.Count = CountSteps();", "private Integer CountSteps() => MemorySize + 1;"),
        SlotValueCodeFix.ChangeTypeKey);

    [Fact]
    public Task Both_conditional_arms_are_cast() => VerifyAsync<SlotValueCodeFix>(Mode.Double,
        SpecTemplate.Wrap("""
            int inner = MemorySize;
            state.Count = gradient.Length > 2 ? {|OPT0002:inner|} : {|OPT0002:inner + 1|};
            """),
        SpecTemplate.Wrap("""
            int inner = MemorySize;
            state.Count = gradient.Length > 2 ? (Integer)inner : (Integer)(inner + 1);
            """),
        SlotValueCodeFix.CastKey);

    [Fact]
    public Task A_narrowing_cast_becomes_a_cast_to_Real() => VerifyAsync<NarrowingConversionCodeFix>(Mode.Double,
        SpecTemplate.Wrap("""
            update[0] = {|OPT0001:(float)gradient[0]|} * LearningRate;
            var steps = {|OPT0001:(int)state.Count|};
            update[1] = steps;
            """),
        SpecTemplate.Wrap("""
            update[0] = (Real)gradient[0] * LearningRate;
            var steps = (Integer)state.Count;
            update[1] = steps;
            """),
        NarrowingConversionCodeFix.Key);

    [Fact]
    public Task CreateTruncating_converts_to_the_alias() => VerifyAsync<NarrowingConversionCodeFix>(Mode.Double,
        SpecTemplate.Wrap("""
            var f = {|OPT0001:float.CreateTruncating(state.Precise)|};
            update[0] = f;
            """),
        SpecTemplate.Wrap("""
            var f = Real.CreateTruncating(state.Precise);
            update[0] = f;
            """),
        NarrowingConversionCodeFix.Key);

    [Fact]
    public Task A_conversion_call_stored_in_a_slot_is_fixed_where_it_converts() => VerifyAsync<NarrowingConversionCodeFix>(Mode.Double,
        SpecTemplate.Wrap("state.Count = {|OPT0001:int.CreateTruncating(state.Value)|};"),
        SpecTemplate.Wrap("state.Count = Integer.CreateTruncating(state.Value);"),
        NarrowingConversionCodeFix.Key);

    [Fact]
    public Task A_TensorPrimitives_conversion_is_offered_no_fix_that_would_not_compile() => VerifyAsync<NarrowingConversionCodeFix>(Mode.Double,
        SpecTemplate.Wrap("""
            Span<float> scratch = stackalloc float[gradient.Length];
            {|OPT0001:System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<Real, float>(gradient, scratch)|};
            update[0] = scratch[0];
            """),
        SpecTemplate.Wrap("""
            Span<float> scratch = stackalloc float[gradient.Length];
            {|OPT0001:System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<Real, float>(gradient, scratch)|};
            update[0] = scratch[0];
            """),
        NarrowingConversionCodeFix.Key);

    [Fact]
    public Task A_generic_store_helper_argument_is_fixed_by_casting() => VerifyAsync<SlotValueCodeFix>(Mode.Double,
        SpecTemplate.Wrap("Set(ref state.NumLinesearchSteps, {|OPT0002:CountSteps(gradient)|});", SetHelper + CountSteps),
        SpecTemplate.Wrap("Set(ref state.NumLinesearchSteps, (Integer)CountSteps(gradient));", SetHelper + CountSteps),
        SlotValueCodeFix.CastKey);

    private const string SetHelper = """
        private static void Set<T>(ref T field, T value) => field = value;

        """;

    [Fact]
    public Task A_type_pattern_and_a_switch_section_are_fixed_by_casting() => VerifyAsync<SlotValueCodeFix>(Mode.Double,
        SpecTemplate.Wrap("""
            object boxed = gradient.Length;
            switch (boxed)
            {
                case int n when n > 0:
                    state.NumLinesearchSteps = {|OPT0002:n|};
                    break;
                default:
                    if (boxed is short s)
                        state.Count = {|OPT0002:s|};
                    break;
            }
            """),
        SpecTemplate.Wrap("""
            object boxed = gradient.Length;
            switch (boxed)
            {
                case int n when n > 0:
                    state.NumLinesearchSteps = (Integer)n;
                    break;
                default:
                    if (boxed is short s)
                        state.Count = (Integer)s;
                    break;
            }
            """),
        SlotValueCodeFix.CastKey);

    [Fact]
    public Task Float_literals_and_hyperparameters_are_written_as_Real() => VerifyAsync<MixedPrecisionCodeFix>(Mode.Double,
        SpecTemplate.Wrap("""
            update[0] = gradient[0] * {|OPT0003:0.1f|} + {|OPT0003:1e-8f|};
            update[1] = gradient[1] * {|OPT0003:-Beta|} + {|OPT0003:Beta * 3f * 0.3f|} + gradient[0] * ({|OPT0003:1 - Beta|});
            """),
        SpecTemplate.Wrap("""
            update[0] = gradient[0] * (Real)0.1 + (Real)1e-8;
            update[1] = gradient[1] * -(Real)Beta + (Real)Beta * 3f * (Real)0.3 + gradient[0] * (1 - (Real)Beta);
            """),
        MixedPrecisionCodeFix.Key);

    private const string CountSteps = """
        private static int CountSteps(ReadOnlySpan<Real> gradient)
        {
            int count = 0;
            while (count < 20 && gradient[0] > (Real)count)
                count++;
            return count;
        }
        """;

    [Theory]
    [InlineData(
        "System.Threading.Interlocked.Exchange(ref state.NumLinesearchSteps, {|OPT0002:CountSteps(gradient)|});",
        "System.Threading.Interlocked.Exchange(ref state.NumLinesearchSteps, (Integer)CountSteps(gradient));")]
    [InlineData(
        "(state.NumLinesearchSteps, state.Value) = gradient[0] > 0 ? ({|OPT0002:CountSteps(gradient)|}, state.Value) : (state.NumLinesearchSteps, state.Value);",
        "(state.NumLinesearchSteps, state.Value) = gradient[0] > 0 ? ((Integer)CountSteps(gradient), state.Value) : (state.NumLinesearchSteps, state.Value);")]
    [InlineData(
        "state.NumLinesearchSteps = {|OPT0002:Math.Min(CountSteps(gradient), MemorySize)|};",
        "state.NumLinesearchSteps = (Integer)Math.Min(CountSteps(gradient), MemorySize);")]
    [InlineData(
        "foreach (ref Integer r in state.Ring.AsSpan()) r = {|OPT0002:CountSteps(gradient)|};",
        "foreach (ref Integer r in state.Ring.AsSpan()) r = (Integer)CountSteps(gradient);")]
    [InlineData(
        "System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(state.Ring), 1) = {|OPT0002:CountSteps(gradient)|};",
        "System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(state.Ring), 1) = (Integer)CountSteps(gradient);")]
    public Task Seed_styles_are_fixed_by_casting_where_the_count_enters(string body, string fixedBody) =>
        VerifyAsync<SlotValueCodeFix>(Mode.Double, SpecTemplate.Wrap(body, CountSteps), SpecTemplate.Wrap(fixedBody, CountSteps), SlotValueCodeFix.CastKey);

    [Fact]
    public Task A_write_through_an_out_parameter_is_fixed_in_the_callee() => VerifyAsync<SlotValueCodeFix>(Mode.Double,
        SpecTemplate.Wrap("update[0] = Search(gradient, out state.NumLinesearchSteps);", Search("{|OPT0002:CountSteps(gradient)|}") + CountSteps),
        SpecTemplate.Wrap("update[0] = Search(gradient, out state.NumLinesearchSteps);", Search("(Integer)CountSteps(gradient)") + CountSteps),
        SlotValueCodeFix.CastKey);

    [Fact]
    public Task An_implicit_conversion_and_a_foreach_variable_are_declared_Real() => VerifyAsync<NarrowingConversionCodeFix>(Mode.Double,
        SpecTemplate.Wrap("""
            int steps = MemorySize * 3;
            float scaled = {|OPT0001:steps|};
            foreach ({|OPT0001:float|} g in state.Velocity)
                scaled += (float)0.5;
            update[0] = scaled;
            """),
        SpecTemplate.Wrap("""
            int steps = MemorySize * 3;
            Real scaled = steps;
            foreach (Real g in state.Velocity)
                scaled += (float)0.5;
            update[0] = scaled;
            """),
        NarrowingConversionCodeFix.Key);

    // The fixes that would not compile are not offered (found by CodeFixSweepTests): the code stays as it is.

    [Fact]
    public Task A_cast_into_a_float_parameter_is_offered_no_fix() => VerifyUnchangedAsync<NarrowingConversionCodeFix>(NarrowingConversionCodeFix.Key,
        SpecTemplate.Wrap("update[0] = Halve({|OPT0001:(float)state.Value|});", "private static Real Halve(float x) => x / 2;"));

    [Fact]
    public Task A_cast_initializing_a_local_changes_the_local_too() => VerifyAsync<NarrowingConversionCodeFix>(Mode.Double,
        SpecTemplate.Wrap("""
            int k = {|OPT0001:(int)Math.Floor(state.Value)|};
            update[0] = k * LearningRate;
            """),
        SpecTemplate.Wrap("""
            Integer k = (Integer)Math.Floor(state.Value);
            update[0] = k * LearningRate;
            """),
        NarrowingConversionCodeFix.Key);

    [Fact]
    public Task A_cast_initializing_a_local_used_as_a_span_index_is_offered_no_fix() => VerifyUnchangedAsync<NarrowingConversionCodeFix>(NarrowingConversionCodeFix.Key,
        SpecTemplate.Wrap("""
            int k = {|OPT0001:(int)Math.Floor(state.Value)|};
            update[k % update.Length] = LearningRate;
            """));

    [Fact]
    public Task A_cast_initializing_a_local_used_as_a_float_is_offered_no_fix() => VerifyUnchangedAsync<NarrowingConversionCodeFix>(NarrowingConversionCodeFix.Key,
        SpecTemplate.Wrap("""
            float peak = {|OPT0001:(float)gradient[0]|};
            state.Scale = peak;
            """));

    [Fact]
    public Task CreateTruncating_on_a_type_parameter_is_offered_no_fix() => VerifyUnchangedAsync<NarrowingConversionCodeFix>(NarrowingConversionCodeFix.Key,
        SpecTemplate.Wrap(
            "update[0] = Convert<float>(state.Value);",
            "private static T Convert<T>(Real value) where T : INumberBase<T> => {|OPT0001:T.CreateTruncating(value)|};"));

    [Fact]
    public Task A_foreach_variable_added_to_a_float_slot_is_offered_no_fix() => VerifyUnchangedAsync<NarrowingConversionCodeFix>(NarrowingConversionCodeFix.Key,
        SpecTemplate.Wrap("""
            foreach ({|OPT0001:float|} g in gradient)
                state.Scale += g;
            """));

    [Fact]
    public Task A_local_used_as_a_span_index_is_cast_not_redeclared() => VerifyUnchangedAsync<SlotValueCodeFix>(SlotValueCodeFix.ChangeTypeKey,
        SpecTemplate.Wrap("""
            int k = 0;
            while (k < gradient.Length && gradient[k] != 0)
                k++;
            state.Count = {|OPT0002:k|};
            """));

    [Fact]
    public Task A_virtual_method_keeps_its_return_type() => VerifyUnchangedAsync<SlotValueCodeFix>(SlotValueCodeFix.ChangeTypeKey,
        SpecTemplate.Wrap("state.Count = {|OPT0002:new Counter().Window(gradient)|};", """
            private class Counter
            {
                public virtual int Window(ReadOnlySpan<Real> g) => g.Length;
            }
            """));

    [Fact]
    public Task A_slot_of_the_generated_State_is_not_redeclared() => VerifyUnchangedAsync<SlotValueCodeFix>(SlotValueCodeFix.ChangeTypeKey,
        SpecTemplate.Wrap("state.Count = {|OPT0002:state.Small|};"));

    /// <summary>In Double mode, where every case above is reported: the fix of <paramref name="equivalenceKey"/> is not offered.</summary>
    private static Task VerifyUnchangedAsync<TCodeFix>(string equivalenceKey, string source)
        where TCodeFix : CodeFixProvider, new() => VerifyAsync<TCodeFix>(Mode.Double, source, source, equivalenceKey);

    private static string Search(string count) => $$"""
        private static Real Search(ReadOnlySpan<Real> gradient, out Integer steps)
        {
            steps = {{count}};
            return (Real)0.5;
        }
        """;

    [Fact]
    public async Task Fix_all_reaches_every_document_of_the_solution()
    {
        var test = new NarrowingCodeFixTest<MixedPrecisionCodeFix>(Mode.Double) { CodeActionEquivalenceKey = MixedPrecisionCodeFix.Key };
        test.TestState.Sources.Add(SpecTemplate.Wrap("update[0] = Damp(gradient[0]) * {|OPT0003:0.1f|};"));
        test.TestState.Sources.Add(Helper("{|OPT0003:0.9f|}"));
        test.FixedState.Sources.Add(SpecTemplate.Wrap("update[0] = Damp(gradient[0]) * (Real)0.1;"));
        test.FixedState.Sources.Add(Helper("(Real)0.9"));
        await test.RunAsync();

        static string Helper(string factor) => $$"""
            using OptimGen;

            public partial class Spec
            {
                private static Real Damp(Real value) => value * {{factor}};
            }
            """;
    }

    private static async Task VerifyAsync<TCodeFix>(Mode mode, string source, string fixedSource, string equivalenceKey)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new NarrowingCodeFixTest<TCodeFix>(mode)
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        await test.RunAsync();
    }
}
