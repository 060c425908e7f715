using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.CodeFixes;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// The fixes of the rules checked for both modes: each applies one fix (and the framework's fix-all passes) and
/// checks that the fixed code has no OPT0004–OPT0006 left, in the mode given.
/// </summary>
public sealed class PrecisionCodeFixTests
{
    private const string CountingSpec = """
        using System;
        using OptimGen;

        [Optimizer]
        public partial class Counting
        {
            [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.1;

            [State] private Real steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                [|state.Steps++|];
                for (int i = 0; i < update.Length; i++)
                    update[i] = -LearningRate * gradient[i] / (state.Steps + 1);
            }
        }
        """;

    [Theory]
    [InlineData(Mode.Double)]
    [InlineData(Mode.Single)]
    public Task A_Real_counter_is_declared_Integer(Mode mode) => VerifyAsync<IntegerCounterCodeFix>(mode,
        CountingSpec.Replace("[|", "{|OPT0005:"),
        CountingSpec.Replace("[|", string.Empty).Replace("|]", string.Empty).Replace("[State] private Real steps;", "[State] private Integer steps;"),
        IntegerCounterCodeFix.Key);

    [Fact]
    public Task A_long_stored_in_an_Integer_slot_is_cast_to_Integer() => VerifyAsync<OtherModeCodeFix>(Mode.Double,
        SpecTemplate.Wrap("long big = state.Total;\nstate.Count = {|OPT0006:big|};"),
        SpecTemplate.Wrap("long big = state.Total;\nstate.Count = (Integer)big;"),
        OtherModeCodeFix.Key);

    [Fact]
    public Task The_seed_bug_of_Single_mode_is_cast_to_the_slots_type() => VerifyAsync<OtherModeCodeFix>(Mode.Double,
        SpecTemplate.Wrap("state.Total = {|OPT0006:state.Count|};"),
        SpecTemplate.Wrap("state.Total = (long)state.Count;"),
        OtherModeCodeFix.Key);

    [Fact]
    public Task A_double_literal_default_of_a_Real_hyperparameter_is_cast_to_Real() => VerifyAsync<OtherModeCodeFix>(Mode.Double,
        SpecTemplate.Wrap("state.Value += Eps;", "[Hyperparameter] public Real Eps { get; init; } = {|OPT0006:1e-8|};"),
        SpecTemplate.Wrap("state.Value += Eps;", "[Hyperparameter] public Real Eps { get; init; } = (Real)1e-8;"),
        OtherModeCodeFix.Key);

    [Fact]
    public Task A_double_literal_in_a_Real_local_of_the_transition_is_cast_to_Real() => VerifyAsync<OtherModeCodeFix>(Mode.Double,
        SpecTemplate.Wrap("Real half = {|OPT0006:0.5|};\nstate.Value *= half;"),
        SpecTemplate.Wrap("Real half = (Real)0.5;\nstate.Value *= half;"),
        OtherModeCodeFix.Key);

    private const string ScaledChain = """
        [Optimizer]
        public partial class Scale
        {
            [Hyperparameter] public Real Factor { get; init; } = (Real)1;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = Factor * gradient[i];
            }
        }

        [Optimizer]
        public partial class ScaledSpec
        {
            [Component] public Scale First { get; init; } = new() { Factor = VALUE };
            [Component] public Spec Then { get; init; } = new();
        }
        """;

    [Fact]
    public Task A_double_literal_set_on_a_chain_component_is_cast_to_Real() => VerifyAsync<OtherModeCodeFix>(Mode.Double,
        SpecTemplate.Wrap("state.Value = gradient[0];", outside: ScaledChain.Replace("VALUE", "{|OPT0006:3e-4|}")),
        SpecTemplate.Wrap("state.Value = gradient[0];", outside: ScaledChain.Replace("VALUE", "(Real)3e-4")),
        OtherModeCodeFix.Key);

    [Fact]
    public Task A_Real_stored_in_a_float_local_is_not_cast_to_Real() => VerifyAsync<OtherModeCodeFix>(Mode.Single,
        SpecTemplate.Wrap("float single = 0;\nsingle = {|OPT0006:state.Value|};\nstate.Scale = single;"),
        SpecTemplate.Wrap("float single = 0;\nsingle = {|OPT0006:state.Value|};\nstate.Scale = single;"),
        OtherModeCodeFix.Key);

    [Fact]
    public Task A_double_literal_returned_as_Real_is_cast_to_Real() => VerifyAsync<OtherModeCodeFix>(Mode.Double,
        SpecTemplate.Wrap("state.Value *= Rate;", "private static Real Rate => {|OPT0006:0.5|};"),
        SpecTemplate.Wrap("state.Value *= Rate;", "private static Real Rate => (Real)0.5;"),
        OtherModeCodeFix.Key);

    [Fact]
    public Task A_counter_written_as_x_equals_x_plus_1_is_declared_Integer() => VerifyAsync<IntegerCounterCodeFix>(Mode.Double,
        CountingSpec.Replace("[|state.Steps++|]", "{|OPT0005:state.Steps = state.Steps + 1|}"),
        CountingSpec.Replace("[|state.Steps++|]", "state.Steps = state.Steps + 1").Replace("[State] private Real steps;", "[State] private Integer steps;"),
        IntegerCounterCodeFix.Key);

    /// <summary>A Real written into the slot elsewhere would not compile once it is Integer: no fix (found by CodeFixSweepTests).</summary>
    [Theory]
    [InlineData("state.Steps = Real.Max(state.Steps, LearningRate);")]
    [InlineData("Bump(ref state.Steps);\nstatic void Bump(ref Real steps) => {|OPT0005:steps += 1|};")]
    public Task A_counter_also_given_a_Real_is_not_declared_Integer(string otherUse)
    {
        string source = CountingSpec.Replace("[|state.Steps++|];", "{|OPT0005:state.Steps++|};\n" + otherUse);
        return VerifyAsync<IntegerCounterCodeFix>(Mode.Double, source, source, IntegerCounterCodeFix.Key);
    }

    private static async Task VerifyAsync<TCodeFix>(Mode mode, string source, string fixedSource, string equivalenceKey)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new PrecisionCodeFixTest<TCodeFix>(mode)
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        await test.RunAsync();
    }
}
