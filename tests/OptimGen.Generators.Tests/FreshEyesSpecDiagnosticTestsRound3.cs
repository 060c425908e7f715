using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Generators.Tests.Infrastructure;
using static OptimGen.Generators.Tests.Infrastructure.SpecDiagnosticTest;
using static OptimGen.Generators.Tests.Infrastructure.SpecSources;
using static OptimGen.Generators.Tests.Infrastructure.SpecVerification;
using static OptimGen.Generators.Tests.Infrastructure.SpecOutcome;

namespace OptimGen.Generators.Tests;

/// <summary>
/// The third fresh-eyes round of spec diagnostics, written from the contract, the issues and docs/ alone before
/// reading the reader, on what a .NET 10 user writes that the first two rounds
/// (<see cref="FreshEyesSpecDiagnosticTests"/>, <see cref="FreshEyesSpecDiagnosticTestsRound2"/>) did not try:
/// primary constructors, collection expressions, <c>field</c>-keyword and partial properties, <c>required</c>,
/// <c>scoped</c>/<c>ref readonly</c>/<c>params</c> parameters on hooks, file-local and abstract types, specs in
/// top-level-statement programs, global and local using aliases of <c>Real</c> and <c>Integer</c>, attribute
/// spellings and constant arguments, specs sharing a name (or a name up to case) across namespaces and arities,
/// files marked auto-generated, Unicode escapes and characters, and the compiler's less common suppression forms.
/// Each spec either compiles in both modes or gets the documented OPT1xxx at its span; nothing throws.
/// </summary>
public sealed class FreshEyesSpecDiagnosticTestsRound3
{
    /// <summary>The generated files of <paramref name="sources"/> in <paramref name="precision"/>, for checks of what they declare.</summary>
    private static string Generated(string precision, params string[] sources)
    {
        GenerationCheck.Outcome outcome = GenerationCheck.Run(sources, precision);
        return string.Join("\n", outcome.Output.SyntaxTrees.Where(t => t.FilePath.Contains("OptimGen.Generators", StringComparison.Ordinal)).Select(t => t.ToString()));
    }

    private const string SuppressMessage = "System.Diagnostics.CodeAnalysis.SuppressMessage";

    // ---------------------------------------------------------------- primary constructors

    [SampledFact]
    public void A_primary_constructor_parameter_captured_by_the_transition_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public partial class Spec(Real scale)
        {
            public Spec() : this((Real)1) { }

            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -scale * gradient[i];
            }
        }
        """);

    // Named like the generated Step's parameters and like a slot: a captured parameter is a hidden field, not a member.
    [SampledFact]
    public void Primary_constructor_parameters_named_like_generated_parameters_and_a_slot_are_valid() => AssertValid(Usings + """
        [Optimizer]
        public partial class Spec(Real gradient, int update, Integer steps, Real state)
        {
            [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = gradient + state;
            [Hyperparameter(Minimum = 1)] public int Depth { get; init; } = update;
            [Hyperparameter] public Integer Start { get; init; } = steps;
            [State] private Integer steps;
            [State(Shape = "Depth, n")] private Real[] history;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps += Start;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rate * gradient[i];
            }
        }
        """);

    // Without a parameterless constructor the spec is still a spec: Init, Step and Scan are instance members.
    [SampledFact]
    public void A_spec_whose_only_constructor_is_a_primary_one_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public sealed partial class Spec(int depth)
        {
            [Hyperparameter(Minimum = 1)] public int Depth { get; init; } = depth;
            [State(Shape = "Depth")] private Real[] window;
        """ + Transition + """

        }

        public static class Use
        {
            public static Spec.State Start(Real[] x) => new Spec(4).Init(x);
        }
        """);

    // On a class (not a record) 'property:' targets nothing (the compiler's warning CS0657): no hyperparameter exists.
    [SampledFact]
    public Task OPT1008_a_property_targeted_hyperparameter_on_a_class_primary_constructor_declares_nothing() => Verify(Usings + """
        [Optimizer]
        public partial class Spec([property: Hyperparameter(Minimum = 1)] int Depth)
        {
            [State(Shape = {|#0:"Depth, n"|})] private Real[] history;
        """ + Transition + "\n}\n", Diagnostic("OPT1008", 0, "history", "Spec", "Depth"));

    [SampledFact]
    public void A_hyperparameter_attribute_on_a_primary_constructor_parameter_is_the_compiler_s_CS0592_only() =>
        AssertCompilerError("CS0592", null, null, Usings + "[Optimizer]\npublic partial class Spec([Hyperparameter] int depth)\n{\n" + Transition + "\n}\n");

    [SampledFact]
    public void A_record_struct_host_with_a_primary_constructor_around_a_spec_is_valid() => AssertValid(Usings + """
        public readonly partial record struct Settings(int Depth)
        {
            [Optimizer]
            public partial class Spec
            {
                [Hyperparameter(Minimum = 1)] public int Depth { get; init; } = 2;
                [State(Shape = "Depth, n")] private Real[] history;
        """ + Transition + "\n    }\n}\n");

    // ---------------------------------------------------------------- collection expressions and C# 12 aliases

    [SampledFact]
    public void Collection_expressions_as_hyperparameter_defaults_are_valid() => AssertValid(
        "using System.Collections.Generic;\nusing System.Collections.Immutable;\n" + InSpec("""
            [Hyperparameter] public Real[] Weights { get; init; } = [(Real)0.5, (Real)0.25];
            [Hyperparameter] public ImmutableArray<Real> Betas { get; init; } = [(Real)0.9, (Real)0.999];
            [Hyperparameter] public int[] Sizes { get; init; } = [];
            [Hyperparameter] public IReadOnlyList<Integer> Milestones { get; init; } = [10, 20, .. Later];
            private static readonly Integer[] Later = [30];

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Weights[0] * Betas[0] * gradient[i];
            }
        """));

    [SampledFact]
    public Task OPT1019_bounds_on_a_collection_hyperparameter_with_a_collection_expression_default() => Verify(
        "using System.Collections.Immutable;\n" + InSpec("""
            [Hyperparameter(Minimum = 0)] public ImmutableArray<Real> {|#0:Betas|} { get; init; } = [(Real)0.9];
        """ + Transition), Diagnostic("OPT1019", 0, "Betas", "Spec", "ImmutableArray<Real>"));

    [SampledFact]
    public void A_tuple_hyperparameter_without_bounds_is_valid() => AssertValid(InSpec("""
            [Hyperparameter] public (Real B1, Real B2) Betas { get; init; } = ((Real)0.9, (Real)0.999);

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Betas.B1 * gradient[i];
            }
        """));

    // C# 12 aliases any type: a tuple, a nullable or an inline array is still outside the slot types.
    [SampledTheory]
    [InlineData("using Pair = (double, double);", "[State] private {|#0:Pair|} both;", "both", "Pair")]
    [InlineData("using MaybeCount = long?;", "[State] private {|#0:MaybeCount|} count;", "count", "MaybeCount")]
    [InlineData("using Wide = System.Int128;", "[State] private {|#0:Wide|} total;", "total", "Wide")]
    public Task OPT1007_slots_declared_through_C_12_aliases_of_unsupported_types(string alias, string field, string name, string type) =>
        Verify(alias + "\n" + InSpec("    " + field + "\n" + Transition), Diagnostic("OPT1007", 0, name, "Spec", type));

    [SampledTheory]
    [InlineData("[State] private {|#0:Int128|} total;", "total", "Int128")]
    [InlineData("[State(Shape = \"n\")] private {|#0:UInt128[]|} totals;", "totals", "UInt128[]")]
    [InlineData("[State] private {|#0:dynamic|} anything;", "anything", "dynamic")]
    [InlineData("[State(Shape = \"n\")] private {|#0:Real?[]|} maybe;", "maybe", "Real?[]")]
    [InlineData("[State] private {|#0:Buffer4|} lanes;", "lanes", "Buffer4")]
    public Task OPT1007_newer_runtime_types_as_slots(string field, string name, string type) => Verify(InSpec("    " + field + "\n" + Transition) + """

        [System.Runtime.CompilerServices.InlineArray(4)]
        public struct Buffer4
        {
            private Real element;
        }
        """, Diagnostic("OPT1007", 0, name, "Spec", type));

    // ---------------------------------------------------------------- field-style accessors and partial properties (newest C#)

    // (The test host's Roslyn 4.11 has no 'field' keyword yet, so a valid field-keyword hyperparameter cannot be compiled
    // here; what the analyzer reads is the accessor list, which this case checks.)
    [SampledFact]
    public Task OPT1012_a_hyperparameter_with_field_style_get_and_set_bodies() => VerifyAt(LanguageVersion.Preview, InSpec("""
            [Hyperparameter] public Real {|#0:Rate|} { get => field; set => field = value; } = (Real)0.1;
        """ + Transition), Diagnostic("OPT1012", 0, "Rate", "Spec"));

    // C# 13 partial properties: the attributes of both declarations merge, as for partial methods.
    [SampledTheory]
    [InlineData("[Hyperparameter(Minimum = 1)] public partial int Depth { get; init; }", "public partial int Depth { get => depth; init => depth = value; }")]
    [InlineData("public partial int Depth { get; init; }", "[Hyperparameter(Minimum = 1)] public partial int Depth { get => depth; init => depth = value; }")]
    public void A_partial_property_hyperparameter_split_over_two_files_is_valid(string declaration, string implementation) => AssertValid(SpecProject.Preview,
        InSpec("    " + declaration + "\n    [State(Shape = \"Depth, n\")] private Real[] history;\n" + Transition),
        Usings + "public partial class Spec\n{\n    private int depth = 2;\n    " + implementation + "\n}\n");

    [SampledFact]
    public void A_partial_component_property_is_valid() => AssertValid(SpecProject.Preview,
        Usings + "[Optimizer]\npublic partial class Chain\n{\n    [Component] public partial Step1 First { get; init; }\n}\n" + Step1,
        Usings + "public partial class Chain\n{\n    private Step1 first = new();\n    public partial Step1 First { get => first; init => first = value; }\n}\n");

    // ---------------------------------------------------------------- required members

    [SampledFact]
    public void A_required_component_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public partial class Chain
        {
            [Component] public required Step1 First { get; init; }
            [Component] public Step1 Second { get; init; } = new();
        }

        public static class Use
        {
            public static Chain Make() => new() { First = new() };
        }
        """ + Step1);

    // A component type with a required hyperparameter: the chain must not construct it itself.
    [SampledFact]
    public void A_component_whose_type_has_a_required_hyperparameter_compiles_or_is_refused() => AssertValidOrRefused(Usings + """
        [Optimizer]
        public partial class Chain
        {
            [Component] public Rated First { get; init; } = new() { Rate = (Real)0.1 };
            [Component] public Rated Second { get; init; } = null!;
        }

        [Optimizer]
        public partial class Rated
        {
            [Hyperparameter(Minimum = 0)] public required Real Rate { get; init; }
        """ + Transition + "\n}\n");

    [SampledFact]
    public void A_spec_with_SetsRequiredMembers_constructor_is_valid() => AssertValid(InSpec("""
            [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
            public Spec() => Rate = (Real)0.1;

            [Hyperparameter(Minimum = 0)] public required Real Rate { get; init; }
        """ + Transition));

    [SampledFact]
    public void A_required_slot_field_is_the_compiler_s_error_without_a_crash() =>
        AssertValidOrRefusedWithCompilerError("CS9032", InSpec("    [State] private required Integer steps;\n" + Transition));

    // ---------------------------------------------------------------- scoped, ref readonly, in, params on hooks

    [SampledTheory]
    [InlineData("private void Update(scoped ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("private void Update(ref State state, scoped ReadOnlySpan<Real> parameters, scoped ReadOnlySpan<Real> gradient, Real value, scoped Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("private static void Update<TObjective>(scoped ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, scoped ref TObjective objective) where TObjective : IObjective<Real> => gradient.CopyTo(update);")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, [System.Diagnostics.CodeAnalysis.NotNull] Span<Real> update) => gradient.CopyTo(update);")]
    public void Transitions_with_scoped_parameters_are_valid(string transition) => AssertValid(InSpec("    [Transition]\n    " + transition));

    [SampledFact]
    public void Hooks_with_scoped_parameters_are_valid() => AssertValid(InSpec("""
            [State] private Real cached;

            [Init]
            private void Start(scoped ref State state, scoped ReadOnlySpan<Real> parameters) => state.Cached = parameters[0];

            [CachedEvaluation]
            private static bool Reuse(scoped ref State state, scoped ReadOnlySpan<Real> parameters, scoped Span<Real> gradient, out Real value)
            {
                value = state.Cached;
                return false;
            }

            [ConvergenceMeasure]
            private static Real Measure(scoped ref State state, scoped ReadOnlySpan<Real> parameters, scoped ReadOnlySpan<Real> gradient) => gradient[0];

            [OptimizerFailure]
            private static bool Failed(scoped ref State state) => state.Cached > 1;
        """ + Transition));

    [SampledTheory]
    [InlineData("OPT1016", "[Init] private void {|#0:Start|}(ref readonly State state, ReadOnlySpan<Real> parameters) { }", "Start", "parameter 1 must be 'ref State state'")]
    [InlineData("OPT1016", "[Init] private void {|#0:Start|}(ref State state, ref readonly ReadOnlySpan<Real> parameters) { }", "Start", "parameter 2 must be 'ReadOnlySpan<Real> parameters'")]
    [InlineData("OPT1022", "[CachedEvaluation] private bool {|#0:Reuse|}(ref State state, in ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) { value = 0; return false; }", "Reuse", "parameter 2 must be 'ReadOnlySpan<Real> parameters'")]
    [InlineData("OPT1022", "[CachedEvaluation] private bool {|#0:Reuse|}(ref readonly State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) { value = 0; return false; }", "Reuse", "parameter 1 must be 'ref State state'")]
    [InlineData("OPT1030", "[ConvergenceMeasure] private Real {|#0:Measure|}(in State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;", "Measure", "parameter 1 must be 'ref State state'")]
    [InlineData("OPT1030", "[ConvergenceMeasure] private Real {|#0:Measure|}(ref State state, ReadOnlySpan<Real> parameters, ref readonly ReadOnlySpan<Real> gradient) => 0;", "Measure", "parameter 3 must be 'ReadOnlySpan<Real> gradient'")]
    [InlineData("OPT1031", "[OptimizerFailure] private bool {|#0:Failed|}(ref readonly State state) => false;", "Failed", "parameter 1 must be 'ref State state'")]
    [InlineData("OPT1031", "[OptimizerFailure] private bool {|#0:Failed|}(out State state) { state = null!; return false; }", "Failed", "parameter 1 must be 'ref State state'")]
    public Task Hooks_with_parameters_passed_the_wrong_way(string id, string hook, string name, string problem) =>
        Verify(InSpec("    " + hook + "\n" + Transition), Diagnostic(id, 0, name, "Spec", problem));

    [SampledTheory]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, {|#0:in Real value|}, Span<Real> update) { }")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, {|#0:ref readonly Real value|}, Span<Real> update) { }")]
    public void OPT1005_a_value_parameter_passed_as_in_or_ref_readonly(string transition) =>
        AssertRefused("OPT1005", InSpec("    [Transition]\n    " + transition.Replace("{|#0:", "").Replace("|}", "")));

    [SampledFact]
    public Task OPT1005_the_objective_passed_as_ref_readonly() => Verify(InSpec("""
            [Transition]
            private void Update<TObjective>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, {|#0:ref readonly TObjective objective|}) where TObjective : IObjective<Real> { }
        """), Diagnostic("OPT1005", 0, "Update", "Spec",
        "the parameter after 'update' must be 'ref TObjective objective' with TObjective a type parameter of the transition constrained to 'IObjective<Real>'"));

    // C# 13 params collections change nothing for a positional caller. ('allows ref struct' needs a .NET 9 runtime: CS9240 on
    // the .NET 8 reference assemblies these tests compile against.)
    [SampledTheory]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, params Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, params Real[] extra) => gradient.CopyTo(update);")]
    public void Transitions_in_C_13_forms_compile_or_are_refused(string transition) =>
        AssertValidOrRefused(SpecProject.Preview, InSpec("    [Transition]\n    " + transition));

    [SampledFact]
    public void A_params_span_init_hook_compiles_or_is_refused() => AssertValidOrRefused(SpecProject.Preview, InSpec(
        "    [Init] private void Start(ref State state, params ReadOnlySpan<Real> parameters) { }\n" + Transition));

    // ---------------------------------------------------------------- generic specs and generic containers

    [SampledFact]
    public Task OPT1013_a_generic_spec_with_the_allows_ref_struct_anti_constraint() => VerifyAt(LanguageVersion.Preview, Usings + """
        [Optimizer]
        public partial class {|#0:Spec|}<TBuffer> where TBuffer : allows ref struct
        {
        """ + Transition + "\n}\n", Diagnostic("OPT1013", 0, "Spec", "Spec<TBuffer>"));

    // Spec and Spec<T> are two types; only the generic one is refused, and each keeps its own generated file.
    [SampledFact]
    public Task OPT1013_a_generic_spec_beside_a_non_generic_one_of_the_same_name() => Verify(Usings + """
        [Optimizer]
        public partial class Spec
        {
        """ + Transition + """

        }

        [Optimizer]
        public partial class {|#0:Spec|}<T>
        {
        """ + Transition + "\n}\n", Diagnostic("OPT1013", 0, "Spec", "Spec<T>"));

    [SampledFact]
    public void A_generic_and_a_non_generic_spec_of_the_same_name_leave_the_valid_one_compiling() => AssertRefused("OPT1013", Usings + """
        [Optimizer]
        public partial class Spec
        {
            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }
        }

        [Optimizer]
        public partial class Spec<T>
        {
        """ + Transition + """

        }

        public static class Use
        {
            public static long Steps(Real[] x) => new Spec().Init(x).Steps;
        }
        """);

    // Two malformed specs Outer<A>.Spec and Outer<A, B>.Spec share a simple and a nested name: neither may break the other.
    [SampledFact]
    public void Specs_nested_in_generic_types_of_two_arities_are_both_refused_without_a_crash() => AssertRefused("OPT1013", Usings + """
        public partial class Outer<A>
        {
            [Optimizer]
            public partial class Spec
            {
        """ + Transition + """

            }
        }

        public partial class Outer<A, B>
        {
            [Optimizer]
            public partial class Spec
            {
        """ + Transition + """

            }
        }

        public partial class Outer
        {
            [Optimizer]
            public partial class Spec
            {
        """ + Transition + "\n    }\n}\n");

    [SampledFact]
    public Task OPT1013_a_spec_in_a_non_generic_type_inside_a_generic_record() => Verify(Usings + """
        public partial record {|#0:Outer|}<T>(T Value)
        {
            public partial class Middle
            {
                [Optimizer]
                public partial class Spec
                {
        """ + Transition + "\n        }\n    }\n}\n", Diagnostic("OPT1013", 0, "Spec", "Outer<T>"));

    // A generic base class (a curiously recurring pattern) does not make the spec generic.
    [SampledFact]
    public void A_spec_deriving_from_a_generic_base_over_itself_is_valid() => AssertValid(Usings + """
        public abstract class Described<TSelf> where TSelf : Described<TSelf>
        {
            public string Name => typeof(TSelf).Name;
        }

        [Optimizer]
        public partial class Spec : Described<Spec>
        {
        """ + Transition + "\n}\n");

    [SampledFact]
    public void A_spec_implementing_an_interface_with_static_abstract_members_is_valid() => AssertValid(Usings + """
        public interface INamed<TSelf> where TSelf : INamed<TSelf>
        {
            static abstract string Name { get; }
            static virtual string Describe() => TSelf.Name;
        }

        [Optimizer]
        public partial class Spec : INamed<Spec>
        {
            public static string Name => "spec";
        """ + Transition + "\n}\n");

    // ---------------------------------------------------------------- static, abstract, sealed, record, unsafe specs

    [SampledTheory]
    [InlineData("public abstract partial class Spec")]
    [InlineData("public abstract partial record Spec")]
    [InlineData("internal sealed partial class Spec")]
    [InlineData("public sealed partial record Spec(int Id)")]
    public void Specs_with_class_modifiers_a_library_uses_are_valid(string declaration) =>
        AssertValid(InSpec("    [State] private Integer steps;\n" + Transition, declaration));

    [SampledFact]
    public void An_abstract_spec_with_an_abstract_hyperparameter_compiles_or_is_refused() => AssertValidOrRefused(InSpec("""
            [Hyperparameter(Minimum = 0)] public abstract Real Rate { get; init; }
            [Hyperparameter(Minimum = 1)] public abstract int Depth { get; init; }
            [State(Shape = "Depth")] private Real[] window;
        """ + Transition, "public abstract partial class Spec"));

    [SampledFact]
    public Task OPT1017_a_static_spec_declared_in_two_parts_where_only_one_says_static() => VerifyFiles(
        new[]
        {
            Usings + "[Optimizer]\npublic partial class {|#0:Spec|}\n{\n    [Transition]\n    private static void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }\n}\n",
            Usings + "public static partial class Spec\n{\n}\n",
        },
        Diagnostic("OPT1017", 0, "Spec"));

    [SampledFact]
    public Task OPT1001_a_sealed_record_spec_without_partial() => Verify(InSpec(Transition, "public sealed record {|#0:Spec|}"), Diagnostic("OPT1001", 0, "Spec"));

    [SampledFact]
    public Task OPT1015_a_record_spec_deriving_from_a_record_spec() => Verify(Usings + """
        [Optimizer]
        public partial record Base
        {
        """ + Transition + """

        }

        [Optimizer]
        public partial record {|#0:Derived|} : Base
        {
            [Transition]
            private void Step2(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        }
        """, Diagnostic("OPT1015", 0, "Derived", "State', inherited from 'Base"));

    [SampledFact]
    public void A_record_spec_used_with_a_with_expression_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public sealed partial record Spec
        {
            [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = (Real)0.1;
            public sealed override string ToString() => "Spec";
        """ + Transition + """

        }

        public static class Use
        {
            public static Spec Faster(Spec spec) => spec with { Rate = spec.Rate * 2 };
        }
        """);

    [SampledFact]
    public void An_unsafe_spec_in_a_project_without_unsafe_code_is_the_compiler_s_CS0227_only() =>
        AssertCompilerError("CS0227", null, null, InSpec(Transition, "public unsafe partial class Spec"));

    [SampledFact]
    public void An_extern_transition_compiles_or_is_refused() => AssertValidOrRefused(InSpec("""
            [Transition, System.Runtime.InteropServices.DllImport("optim")]
            private static extern void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update);
        """));

    [SampledFact]
    public void An_async_transition_is_the_compiler_s_error_without_broken_generated_code() =>
        AssertValidOrRefusedWithCompilerError("CS1988", InSpec("""
            [Transition]
            private async void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => await System.Threading.Tasks.Task.Yield();
        """));

    // ---------------------------------------------------------------- transitions that are not the spec's own members

    [SampledFact]
    public Task OPT1003_the_only_transition_is_on_a_method_of_a_class_nested_in_the_spec() => Verify(Usings + """
        [Optimizer]
        public partial class {|#0:Spec|}
        {
            [State] private Integer steps;

            private static class Steps
            {
                [Transition]
                public static void Update(ref Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
            }
        }
        """, Diagnostic("OPT1003", 0, "Spec"));

    [SampledFact]
    public void A_transition_attribute_on_a_lambda_in_the_spec_is_not_a_second_transition() => AssertValid(InSpec("""
            private static readonly Action<int> Log = [Transition] (int step) => { };
        """ + Transition));

    [SampledFact]
    public Task OPT1003_a_transition_attribute_only_on_a_lambda() => Verify(InSpec("""
            private static readonly Func<int, int> Twice = [Transition] (int step) => step * 2;
            [State] private Integer steps;
        """, "public partial class {|#0:Spec|}"), Diagnostic("OPT1003", 0, "Spec"));

    // ---------------------------------------------------------------- top-level-statement programs

    private const string ProgramUse = """
        using System;
        using OptimGen;

        var optimizer = new Momentum();
        Real[] x = { 1, 2 };
        Momentum.State state = optimizer.Init(x);
        Console.WriteLine(state.Steps);

        """;

    [SampledFact]
    public void A_spec_after_the_top_level_statements_that_use_it_is_valid() => AssertValid(SpecProject.Program, ProgramUse + Momentum);

    [SampledFact]
    public void A_spec_in_a_namespace_after_top_level_statements_is_valid() => AssertValid(SpecProject.Program,
        ProgramUse.Replace("new Momentum()", "new Lib.Momentum()").Replace("Momentum.State", "Lib.Momentum.State") + "namespace Lib\n{\n" + Momentum + "\n}\n");

    // The class the compiler makes for top-level statements is Program; a spec may extend it.
    [SampledFact]
    public void The_top_level_program_class_as_a_spec_is_valid() => AssertValid(SpecProject.Program, """
        using System;
        using OptimGen;

        var state = new Program().Init(new Real[] { 1, 2 });
        Console.WriteLine(state.Steps);

        [Optimizer]
        public partial class Program
        {
            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }
        }
        """);

    [SampledFact]
    public void A_top_level_local_function_marked_as_a_transition_is_no_spec_member() => AssertValid(SpecProject.Program, ProgramUse + """
        [Transition]
        static void Update(ref Momentum.State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);

        """ + Momentum);

    [SampledFact]
    public void A_malformed_spec_in_a_top_level_program_is_refused_at_its_span() => AssertRefused(SpecProject.Program, "OPT1007",
        "using System;\nusing OptimGen;\n\nConsole.WriteLine(1);\n\n" + Momentum.Replace("[State] private Integer steps;", "[State] private decimal steps;").Replace("state.Steps++;", ""));

    [SampledFact]
    public async Task OPT1018_in_a_top_level_program()
    {
        foreach (string precision in Precisions)
        {
            var test = new SpecDiagnosticTest("using System;\nusing OptimGen;\n\nConsole.WriteLine(1);\n\n"
                + Momentum.Replace("[State] private Integer steps;", "[State] private Integer steps {|#0:= 1|};"), precision);
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            await test.Expect(Diagnostic("OPT1018", 0, "steps", "Momentum")).RunAsync();
        }
    }

    // ---------------------------------------------------------------- global usings and aliases of Real and Integer

    [SampledFact]
    public void A_spec_whose_only_import_of_OptimGen_is_a_global_using_in_another_file_is_valid() => AssertValid(
        "global using OptimGen;\nglobal using System;\n",
        Momentum);

    [SampledFact]
    public void Attributes_through_a_global_namespace_alias_and_the_alias_qualifier_are_valid() => AssertValid(
        "global using Og = OptimGen;\n",
        """
        using System;

        [Og::Optimizer]
        public partial class Spec
        {
            [Og::Hyperparameter(Minimum = 1)] public int Depth { get; init; } = 2;
            [Og.State(Shape = "Depth, n")] private Real[] history;
            [global::OptimGen.StateAttribute()] private Integer steps;

            [Og::TransitionAttribute]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }
        }
        """);

    [SampledFact]
    public void Global_aliases_of_concrete_types_declare_slots_that_keep_their_types()
    {
        string[] sources =
        {
            "global using Count = System.Int64;\nglobal using Weights = float[];\n",
            InSpec("""
                [State] private Count steps;
                [State(Shape = "n")] private Weights mask;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    state.Steps += 1L;
                    state.Mask[0] = 1f;
                    gradient.CopyTo(update);
                }
            """),
        };
        AssertValid(sources);
        foreach (string precision in Precisions)
        {
            string generated = Generated(precision, sources);
            Assert.Contains("public long Steps", generated);
            Assert.Contains("public float[] Mask", generated);
        }
    }

    // A using alias inside a namespace shadows the global alias: there, 'Integer' is short, a type no slot may have.
    [SampledFact]
    public void A_namespace_alias_shadowing_Integer_with_an_unsupported_type_is_OPT1007() => AssertRefused("OPT1007", Usings + """
        namespace Lib
        {
            using Integer = System.Int16;

            [Optimizer]
            public partial class Spec
            {
                [State] private Integer steps;
        """ + Transition + "\n    }\n}\n");

    // ...and 'Real' float in both modes: a transition written against float, not against the project's Real.
    [Fact]
    public void A_namespace_alias_shadowing_Real_with_float_is_OPT1005() => AssertRefused("OPT1005", Usings + """
        namespace Lib
        {
            using Real = System.Single;

            [Optimizer]
            public partial class Spec
            {
                [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = 0.1f;
                [State(Shape = "n")] private Real[] velocity;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    for (int i = 0; i < gradient.Length; i++)
                        update[i] = -Rate * (state.Velocity[i] = gradient[i]);
                }
            }
        }
        """);

    // The near miss: an alias named Real in a namespace that does not enclose the spec changes nothing for it.
    [Fact]
    public void An_alias_named_Real_in_another_namespace_leaves_the_spec_on_the_global_Real() => AssertValid(Usings + """
        namespace Other
        {
            using Real = System.Single;

            public static class Helper
            {
                public static Real Half(Real x) => x / 2;
            }
        }

        namespace Lib
        {
            [Optimizer]
            public partial class Spec
            {
                [State(Shape = "n")] private Real[] velocity;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    for (int i = 0; i < gradient.Length; i++)
                        update[i] = -(state.Velocity[i] = gradient[i]);
                }
            }
        }
        """);

    [SampledFact]
    public void A_namespace_alias_making_Real_double_keeps_every_slot_double_in_both_modes() => AssertValidOrRefused(Usings + """
        namespace Lib
        {
            using Real = System.Double;

            [Optimizer]
            public partial class Spec
            {
                [State] private Real total;
                [Transition]
                private void Update(ref State state, ReadOnlySpan<global::Real> gradient, Span<global::Real> update) => gradient.CopyTo(update);
            }
        }
        """);

    // The project declares OptimGen's own alias again: one OPT1033 at its alias, and the compiler's duplicate-alias error
    // (CS1537) nowhere, in particular not in OptimGen's alias file, which leaves the name out.
    [Theory]
    [InlineData("global using {|#0:Real|} = System.Double;\n", "Real")]
    [InlineData("global using {|#0:Integer|} = long;\n", "Integer")]
    public Task OPT1033_a_project_global_alias_named_like_a_precision_alias(string alias, string name) => VerifyFiles(
        new[] { alias, Usings + Momentum }, new DiagnosticResult("OPT1033", DiagnosticSeverity.Error).WithLocation(0).WithArguments(name, "remove this alias"));

    // In the mode whose types the project's aliases name, the specs are emitted; in the other, the code written against
    // those aliases would not meet the generated code, so none is emitted: OPT1033 is the one error either way.
    [Theory]
    [InlineData("global using Real = double;\nglobal using Integer = long;\n")]
    [InlineData("global using Real = float;\n")]
    [InlineData("global using Integer = System.Int16;\n")]
    public void A_project_declaring_precision_aliases_is_refused_without_broken_generated_code(string aliases) =>
        AssertRefused("OPT1033", aliases, Usings + Momentum);

    [Fact]
    public void Project_global_usings_of_other_names_are_valid() => AssertValid(
        "global using Scalar = double;\nglobal using static System.Math;\nglobal using RealNumbers = System.Collections.Generic.List<double>;\n",
        Usings + Momentum);

    // A file's own (not global) alias of the name sits beside the global one in that file: the compiler's error, which must
    // be reported in the user's file, not in OptimGen's.
    [Fact]
    public void A_file_level_alias_named_Real_compiles_or_is_refused() => AssertValidOrRefusedWithCompilerError("CS1537",
        "using Real = System.Double;\n" + Usings + Momentum);

    // A nested type named Real or Integer inside the spec hides the global alias for the spec's own members, and for
    // generated code emitted into the spec.
    [SampledTheory]
    [InlineData("private struct Real { }\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }")]
    [InlineData("private struct Real { }\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<double> gradient, Span<double> update) => gradient.CopyTo(update);")]
    [InlineData("private enum Integer { Zero }\n    [State] private Integer steps;\n" + Transition)]
    [InlineData("private sealed class Integer { }\n    [State(Shape = \"n\")] private Real[] velocity;\n    [Hyperparameter(Minimum = 1)] public int Depth { get; init; } = 1;\n" + Transition)]
    [InlineData("public static class Real { public const double Zero = 0; }\n" + Transition)]
    public void A_nested_type_named_like_an_alias_compiles_or_is_refused(string members) => AssertValidOrRefused(InSpec("    " + members));

    [SampledTheory]
    [InlineData("[State] private Real real;\n    [State] private Integer integer;")]
    [InlineData("[State] private Real _real;\n    [State(Shape = \"n\")] private Real[] readOnlySpan;\n    [State(Shape = \"n\")] private Real[] span;")]
    [InlineData("[Hyperparameter] public bool Real { get; init; }\n    [Hyperparameter(Minimum = 1)] public int Integer { get; init; } = 1;\n    [State(Shape = \"Integer\")] private Real[] window;")]
    [InlineData("[State] private Real optimGen;\n    [State] private Real global;\n    [State] private Real stateLayout;")]
    public void Members_named_like_the_aliases_and_runtime_types_are_valid(string members) => AssertValid(InSpec("    " + members + "\n" + Transition));

    // ---------------------------------------------------------------- attribute spellings and user attributes of the same names

    [SampledFact]
    public void Attributes_with_empty_argument_lists_global_qualified_and_suffixed_are_valid() => AssertValid(Usings + """
        [global::OptimGen.OptimizerAttribute()]
        public partial class Spec
        {
            [global::OptimGen.HyperparameterAttribute(Minimum = 0)] public Real Rate { get; init; } = (Real)0.1;
            [StateAttribute()] private Integer steps;
            [OptimGen.State()] private Real total;

            [TransitionAttribute()]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                state.Total += gradient[0];
                gradient.CopyTo(update);
            }

            [global::OptimGen.InitAttribute]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Total = 1;
        }
        """);

    // Attribute names written with Unicode escapes are the same names to C#.
    [SampledFact]
    public void Attribute_and_member_names_written_with_Unicode_escapes_are_valid() => AssertValid(Usings + """
        [\u004Fptimizer]
        public partial class \u0053pec
        {
            [\u0048yperparameter(Minimum = 1)] public int D\u0065pth { get; init; } = 2;
            [\u0053tate(Shape = "Depth, \u006E")] private Real[] history;
            [St\u0061te] private Integer st\u0065ps;

            [\u0054ransition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }
        }
        """);

    [SampledFact]
    public Task OPT1007_a_slot_whose_attribute_is_written_with_a_Unicode_escape() => Verify(InSpec("""
            [\u0053tate] private {|#0:decimal|} total;
        """ + Transition), Diagnostic("OPT1007", 0, "total", "Spec", "decimal"));

    // A user's own StateAttribute in the spec's namespace wins over the imported one: that field is no slot.
    [SampledFact]
    public void A_user_StateAttribute_closer_than_OptimGen_s_declares_no_slot()
    {
        string source = Usings + """
            namespace Lib
            {
                [AttributeUsage(AttributeTargets.Field)]
                public sealed class StateAttribute : Attribute { }

                [Optimizer]
                public partial class Spec
                {
                    [State] private Integer steps;
                    [OptimGen.State] private Real total;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        state.Total += gradient[0];
                        gradient.CopyTo(update);
                    }
                }
            }
            """;
        AssertValid(source);
        foreach (string precision in Precisions)
        {
            string generated = Generated(precision, source);
            Assert.Contains(" Total", generated);
            Assert.DoesNotContain(" Steps", generated);
        }
    }

    [SampledFact]
    public Task OPT1003_the_transition_carries_a_user_attribute_of_the_same_name() => Verify(Usings + """
        namespace Lib
        {
            [AttributeUsage(AttributeTargets.Method)]
            public sealed class TransitionAttribute : Attribute { }

            [Optimizer]
            public partial class {|#0:Spec|}
            {
                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
            }
        }
        """, Diagnostic("OPT1003", 0, "Spec"));

    [SampledFact]
    public void An_ambiguous_transition_attribute_is_the_compiler_s_CS0104_without_broken_generated_code() =>
        AssertValidOrRefusedWithCompilerError("CS0104", Usings + """
            using Other;

            namespace Other
            {
                [AttributeUsage(AttributeTargets.Method)]
                public sealed class TransitionAttribute : Attribute { }
            }

            [Optimizer]
            public partial class Spec
            {
                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
            }
            """);

    // ---------------------------------------------------------------- attribute arguments as constants

    [SampledTheory]
    [InlineData("private const string Dims = \"Depth, n\";\n    [State(Shape = Dims)] private Real[] history;")]
    [InlineData("[State(Shape = Shapes.Window + \", n\")] private Real[] history;")]
    [InlineData("[State(Shape = nameof(Depth) + \",\" + \"n\")] private Real[] history;")]
    [InlineData("[State(Shape = \"\"\"Depth, n\"\"\")] private Real[] history;")]
    [InlineData("[State(Shape = $\"{Shapes.Window}, {Shapes.PerParameter}\")] private Real[] history;")]
    [InlineData("[State(Shape = \"Depth, \\u006E\")] private Real[] history;")]
    [InlineData("[State(Shape = @\"Depth, n\")] private Real[] history;")]
    public void A_shape_given_by_a_constant_expression_is_valid(string slot) => AssertValid(InSpec(
        "    [Hyperparameter(Minimum = 1)] public int Depth { get; init; } = 2;\n    " + slot + "\n" + Transition)
        + "\ninternal static class Shapes\n{\n    public const string Window = \"Depth\";\n    public const string PerParameter = \"n\";\n}\n");

    [SampledTheory]
    [InlineData("private const double Floor = 0;\n    [Hyperparameter(Minimum = Floor, Maximum = Floor + 1)] public Real Momentum { get; init; } = (Real)0.9;")]
    [InlineData("[Hyperparameter(Minimum = -Math.PI, Maximum = Math.PI)] public Real Angle { get; init; } = 0;")]
    [InlineData("[Hyperparameter(Minimum = 1 << 2, Maximum = int.MaxValue)] public int Depth { get; init; } = 4;")]
    [InlineData("[Hyperparameter(Minimum = 1e-3f, ExclusiveMinimum = true)] public Real Eps { get; init; } = (Real)1e-2;")]
    [InlineData("[Hyperparameter(Maximum = (double)Integer.MaxValue)] public Integer Limit { get; init; } = 10;")]
    [InlineData("[Hyperparameter(ExclusiveMaximum = true, Maximum = 1, Minimum = 0)] public Real Beta { get; init; } = (Real)0.5;")]
    public void Bounds_given_by_constant_expressions_are_valid(string hyperparameter) => AssertValid(InSpec("    " + hyperparameter + "\n" + Transition));

    [SampledFact]
    public void A_UTF8_string_as_a_shape_is_the_compiler_s_error_and_OPT1010() =>
        AssertCompilerError("CS0029", "OPT1010", null, InSpec("    [State(Shape = \"n\"u8)] private Real[] history;\n" + Transition));

    [SampledFact]
    public Task OPT1008_a_constant_shape_naming_a_property_that_is_not_a_hyperparameter() => Verify(InSpec("""
            public int Depth { get; init; } = 2;
            private const string Dims = "n, " + nameof(Depth);
            [State(Shape = {|#0:Dims|})] private Real[] history;
        """ + Transition), Diagnostic("OPT1008", 0, "history", "Spec", "Depth"));

    [SampledFact]
    public Task OPT1010_a_raw_string_shape_with_an_expression() => Verify(InSpec(
        "    [State(Shape = {|#0:\"\"\"n * 2\"\"\"|})] private Real[] history;\n" + Transition),
        Diagnostic("OPT1010", 0, "history", "Spec", "n * 2", "'n * 2' is neither 'n', an integer literal nor a hyperparameter name"));

    [SampledTheory]
    [InlineData("[Hyperparameter(Minimum = 0, Minimum = 1)] public Real Rate { get; init; } = (Real)2;", "CS0643")]
    [InlineData("[State(Shape = \"n\", Shape = \"3\")] private Real[] velocity;", "CS0643")]
    [InlineData("[State(Size = 3)] private Real[] velocity;", "CS0246")]
    [InlineData("[State(\"n\")] private Real[] velocity;", "CS1729")]
    public void Attribute_argument_mistakes_are_the_compiler_s_error_without_broken_generated_code(string member, string compilerId) =>
        AssertValidOrRefusedWithCompilerError(compilerId, InSpec("    " + member + "\n" + Transition));

    // ---------------------------------------------------------------- nullable contexts

    [SampledTheory]
    [InlineData("#nullable enable annotations")]
    [InlineData("#nullable disable warnings")]
    [InlineData("#nullable enable warnings")]
    [InlineData("#nullable restore")]
    public void A_spec_under_each_nullable_directive_is_valid(string directive) => AssertValid(directive + "\n" + InSpec("""
            [Hyperparameter] public Real[]? Lower { get; init; }
            [Hyperparameter] public string? Label { get; init; }
            [Hyperparameter(Minimum = 0)] public Real? Clip { get; init; }
            [State(Shape = "n")] private Real[] velocity;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = Clip is { } c ? Real.Clamp(gradient[i], -c, c) : gradient[i];
            }
        """));

    [SampledFact]
    public void Parts_of_one_spec_in_files_of_different_nullable_contexts_are_valid() => AssertValid(
        "#nullable disable\n" + InSpec("    [Hyperparameter] public string Label { get; init; }\n    [State(Shape = \"n\")] private Real[] velocity;\n"),
        "#nullable enable\n" + Usings + "public partial class Spec\n{\n    [Hyperparameter] public string? Note { get; init; }\n" + Transition + "\n}\n");

    [SampledFact]
    public Task OPT1007_a_nullable_scalar_slot_written_as_Nullable_of_Real_under_nullable_disable() => Verify("#nullable disable\n" + InSpec("""
            [State] private {|#0:Nullable<Real>|} maybe;
        """ + Transition), Diagnostic("OPT1007", 0, "maybe", "Spec", "Nullable<Real>"));

    // ---------------------------------------------------------------- parts across files and declaration styles

    [SampledFact]
    public void Parts_in_a_file_scoped_and_a_block_namespace_of_the_same_name_are_valid() => AssertValid(
        Usings + "namespace Lib.Optim;\n\n[Optimizer]\npublic partial class Spec\n{\n    [State] private Integer steps;\n}\n",
        Usings + "namespace Lib\n{\n    namespace Optim\n    {\n        public partial class Spec\n        {\n" + Transition + "\n        }\n    }\n}\n");

    [SampledFact]
    public Task OPT1007_in_a_part_written_in_a_block_namespace() => VerifyFiles(
        new[]
        {
            Usings + "namespace Lib.Optim;\n\n[Optimizer]\npublic partial class Spec\n{\n" + Transition + "\n}\n",
            Usings + "namespace Lib.Optim\n{\n    public partial class Spec\n    {\n        [State] private {|#0:ulong|} total;\n    }\n}\n",
        },
        Diagnostic("OPT1007", 0, "total", "Spec", "ulong"));

    // A part of another arity is another type: the slot there is no slot of the spec.
    [SampledFact]
    public void A_part_of_another_arity_is_another_type() => AssertRefused("OPT1013", Usings + """
        [Optimizer]
        public partial class Spec
        {
        """ + Transition + """

        }

        public partial class Spec<T>
        {
            [State] private decimal total;
        }

        [Optimizer]
        public partial class Spec<T>
        {
        }
        """);

    [SampledFact]
    public void A_part_of_the_spec_in_a_file_marked_auto_generated_is_valid() => AssertValid(
        "// <auto-generated/>\n" + Usings + "public partial class Spec\n{\n    [State] private Integer steps;\n}\n",
        InSpec("""
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }
        """));

    // A spec written by another tool (a file marked auto-generated) is still a spec: when malformed, the user must be told.
    [Theory]
    [InlineData("// <auto-generated/>\n")]
    [InlineData("// <autogenerated />\n")]
    [InlineData("/* <auto-generated> by a T4 template </auto-generated> */\n")]
    public void A_malformed_spec_in_a_file_marked_auto_generated_is_refused(string header) =>
        AssertRefused("OPT1007", header + InSpec("    [State] private decimal total;\n" + Transition));

    [Fact]
    public void A_whole_valid_spec_in_a_file_marked_auto_generated_is_valid() => AssertValid("// <auto-generated/>\n" + Usings + Momentum);

    [Fact]
    public void A_malformed_slot_in_an_auto_generated_part_of_a_spec_is_refused() => AssertRefused("OPT1006",
        InSpec(Transition),
        "// <auto-generated/>\n" + Usings + "public partial class Spec\n{\n    [State] public Integer steps;\n}\n");

    // ---------------------------------------------------------------- specs sharing a name

    [SampledFact]
    public void Specs_of_one_name_in_three_namespaces_and_the_global_one_are_valid() => AssertValid(
        Usings + Momentum,
        Usings + "namespace Lib.A;\n\n" + Momentum,
        Usings + "namespace Lib.B;\n\n" + Momentum,
        Usings + "namespace Lib.A.Momentum2;\n\n" + Momentum + """

        public static class Use
        {
            public static long Steps(Real[] x) => new global::Momentum().Init(x).Steps + new Lib.A.Momentum().Init(x).Steps + new Lib.B.Momentum().Init(x).Steps;
        }
        """);

    // Names that differ only in case: distinct types to C#, but a file system (and the generator's file names) may fold case.
    [SampledFact]
    public void Specs_whose_names_differ_only_in_case_are_valid() => AssertValid(
        Usings + Momentum,
        Usings + Momentum.Replace("class Momentum", "class MOMENTUM"),
        Usings + "namespace Lib;\n\n" + Momentum,
        Usings + "namespace lib;\n\n" + Momentum);

    [SampledFact]
    public void A_valid_and_a_malformed_spec_whose_names_differ_only_in_case_keep_the_valid_one_compiling() => AssertRefused("OPT1007",
        Usings + Momentum + "\npublic static class Use\n{\n    public static long Steps(Real[] x) => new Momentum().Init(x).Steps;\n}\n",
        Usings + Momentum.Replace("class Momentum", "class momentum").Replace("[State] private Integer steps;", "[State] private decimal steps;").Replace("state.Steps++;", ""));

    [SampledFact]
    public void A_spec_nested_in_a_type_named_like_another_namespace_s_spec_is_valid() => AssertValid(
        Usings + "namespace Lib;\n\npublic partial class Outer\n{\n" + Momentum + "\n}\n",
        Usings + "namespace Lib.Outer2;\n\n" + Momentum,
        Usings + "namespace Lib;\n\n" + Momentum.Replace("class Momentum", "class Outer_Momentum"),
        Usings + "namespace Lib_Outer;\n\n" + Momentum);

    [SampledFact]
    public void A_chain_of_two_specs_of_one_name_from_two_namespaces_is_valid() => AssertValid(
        Usings + "namespace Lib.A;\n\n" + Momentum,
        Usings + "namespace Lib.B;\n\n" + Momentum,
        Usings + """
        using First = Lib.A.Momentum;

        [Optimizer]
        public partial class Chain
        {
            [Component] public First Fast { get; init; } = new() { Rate = (Real)0.5 };
            [Component] public Lib.B.Momentum Slow { get; init; } = new();
        }
        """);

    // ---------------------------------------------------------------- Unicode names

    [SampledTheory]
    [InlineData("Оптимизатор")]
    [InlineData("最適化")]
    [InlineData("Ωmega")]
    [InlineData("Café")]
    [InlineData("_Spec")]
    [InlineData("Spec\u0301")]
    public void Specs_named_in_other_scripts_are_valid(string name) => AssertValid(Usings + "namespace Ünïcode.Библиотека;\n\n"
        + Momentum.Replace("class Momentum", "class " + name));

    // A soft hyphen is a formatting character, which C# ignores in identifiers: st\u00ADeps is steps.
    [SampledFact]
    public Task OPT1014_a_slot_name_that_differs_only_by_a_formatting_character() => Verify(InSpec("""
            [State] private Integer steps;
            [State] private Integer {|#0:st\u00ADeps|};
        """ + Transition), Diagnostic("OPT1014", 0, "steps", "Spec", "Steps", "is also the name of slot 'steps'"));

    // Dropping leading underscores must leave a name that can start a C# identifier.
    [SampledTheory]
    [InlineData("[State] private Real _1st;")]
    [InlineData("[State] private Integer __2;")]
    [InlineData("[State(Shape = \"n\")] private Real[] _\u0661;")]
    public void A_slot_whose_name_after_its_underscores_starts_with_a_digit_compiles_or_is_refused(string slot) =>
        AssertValidOrRefused(InSpec("    " + slot + "\n" + Transition));

    [SampledTheory]
    [InlineData("[State] private Real ßeta;")]
    [InlineData("[State] private Real ﬁrst;")]
    [InlineData("[State] private Real ǉ;")]
    [InlineData("[State] private Real ᾳ;")]
    [InlineData("[State] private Real ŉ;")]
    public void Slots_whose_first_letter_upper_cases_unusually_compile_or_are_refused(string slot) =>
        AssertValidOrRefused(InSpec("    " + slot + "\n" + Transition));

    [Fact]
    public void Hyperparameters_and_a_shape_in_Unicode_with_a_combining_mark_are_valid() => AssertValid(InSpec("""
            [Hyperparameter(Minimum = 1)] public int Tiefe\u0301 { get; init; } = 2;
            [State(Shape = "Tiefe\u0301, n")] private Real[] verlauf;
        """ + Transition));

    // A Shape entry is read as C# reads the hyperparameter's name: a formatting character (a soft hyphen) is ignored...
    [Fact]
    public void A_shape_entry_with_a_formatting_character_names_the_hyperparameter_without_it() => AssertValid(InSpec("""
            [Hyperparameter(Minimum = 1)] public int Depth { get; init; } = 2;
            [State(Shape = "De\u00ADpth, n")] private Real[] history;
        """ + Transition));

    // ...but it is still one identifier: a space or an operator inside is no name.
    [Theory]
    [InlineData("Tie fe, n", "'Tie fe' is neither 'n', an integer literal nor a hyperparameter name")]
    [InlineData("Tiefe\u0301+1", "'Tiefe\u0301+1' is neither 'n', an integer literal nor a hyperparameter name")]
    public Task OPT1010_a_shape_entry_that_is_not_one_identifier(string shape, string problem) => Verify(InSpec($$"""
            [Hyperparameter(Minimum = 1)] public int Tiefe\u0301 { get; init; } = 2;
            [State(Shape = {|#0:"{{shape}}"|})] private Real[] verlauf;
        {{Transition}}
        """), Diagnostic("OPT1010", 0, "verlauf", "Spec", shape, problem));

    // ---------------------------------------------------------------- events, and [field: State] on them

    [SampledFact]
    public void A_spec_with_events_and_an_event_named_like_a_generated_parameter_is_valid() => AssertValid(InSpec("""
            public event EventHandler? Stepped;
            public event Action<Real>? gradient;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                Stepped?.Invoke(this, EventArgs.Empty);
                this.gradient?.Invoke(gradient[0]);
                gradient.CopyTo(update);
            }
        """));

    [Theory]
    [InlineData("[field: OptimGen.State(Shape = \"n\")] private event Action? {|#0:Changed|};", "Changed")]
    [InlineData("[field: global::OptimGen.StateAttribute] private event EventHandler? {|#0:Stepped|};", "Stepped")]
    [InlineData("[field: StateAttribute()] event EventHandler<int>? {|#0:Counted|};", "Counted")]
    public Task OPT1006_a_state_attribute_on_the_backing_field_of_an_event_however_spelled(string member, string name) =>
        Verify(InSpec("    " + member + "\n" + Transition), Diagnostic("OPT1006", 0, name, "Spec", $"the backing field of event '{name}'"));

    // One declaration of two events puts the attribute on both backing fields.
    [Fact]
    public Task OPT1006_on_each_event_of_a_declaration_with_a_field_targeted_state_attribute() => Verify(InSpec(
        "    [field: State] private event EventHandler? {|#0:Stepped|}, {|#1:Restarted|};\n" + Transition),
        Diagnostic("OPT1006", 0, "Stepped", "Spec", "the backing field of event 'Stepped'"),
        Diagnostic("OPT1006", 1, "Restarted", "Spec", "the backing field of event 'Restarted'"));

    // The near misses: another attribute on the backing field, [State] on an event with accessors (where field: is the
    // compiler's CS0657 and nothing is applied).
    [Fact]
    public void Other_attributes_on_an_event_s_backing_field_are_valid() => AssertValid(InSpec("""
            [field: NonSerialized] private event EventHandler? Changed;
            private void Raise() => Changed?.Invoke(this, EventArgs.Empty);
        """ + Transition));

    [Fact]
    public void A_field_targeted_state_attribute_on_an_event_with_accessors_applies_to_nothing() => AssertValid(InSpec(
        "#pragma warning disable CS0657\n    [field: State] private event EventHandler? Changed { add { } remove { } }\n#pragma warning restore CS0657\n" + Transition));

    // ---------------------------------------------------------------- configuration: forms the earlier rounds left out

    [SampledFact]
    public Task UnconditionalSuppressMessage_on_the_slot_suppresses_OPT1007() => Verify(InSpec(
        "    [State, System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage(\"OptimGen\", \"OPT1007\")] private decimal total;\n" + Transition));

    [SampledFact]
    public Task SuppressMessage_with_another_category_and_a_justification_still_suppresses() => Verify(InSpec(
        $"    [{SuppressMessage}(\"Whatever.Category\", \"OPT1012\", Justification = \"kept for a serializer\")]\n    [Hyperparameter] public Real Rate {{ get; set; }}\n" + Transition));

    [SampledFact]
    public Task SuppressMessage_for_another_id_does_not_suppress() => Verify(InSpec(
        $"    [{SuppressMessage}(\"OptimGen\", \"OPT1006\")]\n    [Hyperparameter] public Real {{|#0:Rate|}} {{ get; set; }}\n" + Transition),
        Diagnostic("OPT1012", 0, "Rate", "Spec"));

    [SampledFact]
    public Task SuppressMessage_on_one_part_of_the_spec_covers_a_member_in_another_file() => VerifyFiles(
        new[]
        {
            Usings + $"[Optimizer, {SuppressMessage}(\"OptimGen\", \"OPT1007\")]\npublic partial class Spec\n{{\n" + Transition + "\n}\n",
            Usings + "public partial class Spec\n{\n    [State] private decimal total;\n}\n",
        });

    [SampledFact]
    public Task SuppressMessage_on_a_type_enclosing_the_spec_covers_the_spec_s_members() => Verify(Usings + $$"""
        [{{SuppressMessage}}("OptimGen", "OPT1019")]
        public partial class Outer
        {
            [Optimizer]
            public partial class Spec
            {
                [Hyperparameter(Minimum = 0)] public string Name { get; init; } = "";
        {{Transition}}
            }
        }
        """);

    [SampledFact]
    public Task SuppressMessage_on_the_component_suppresses_OPT1023() => Verify(Usings + $$"""
        [Optimizer]
        public partial class Chain
        {
            [Component, {{SuppressMessage}}("OptimGen", "OPT1023")] public string Name { get; init; } = "";
            [Component] public Step1 First { get; init; } = new();
        }
        """ + Step1);

    [SampledFact]
    public Task SuppressMessage_on_the_hyperparameter_suppresses_OPT1032() => Verify(InSpec($$"""
            [Hyperparameter(Minimum = 0), Obsolete("gone", true), {{SuppressMessage}}("OptimGen", "OPT1032")] public Real Rate { get; init; } = (Real)0.1;
        {{Transition}}
        """));

    // A pragma only covers what follows it.
    [SampledFact]
    public Task A_pragma_after_the_span_does_not_suppress() => Verify(InSpec(
        "    [State] private {|#0:decimal|} total;\n#pragma warning disable OPT1007\n    [State] private decimal other;\n" + Transition),
        Diagnostic("OPT1007", 0, "total", "Spec", "decimal"));

    [SampledFact]
    public Task A_pragma_between_the_attribute_and_the_type_suppresses() => Verify(InSpec(
        "    [State] private\n#pragma warning disable OPT1007\n        decimal total;\n#pragma warning restore OPT1007\n" + Transition));

    [SampledFact]
    public Task A_pragma_for_a_prefix_of_the_id_does_not_suppress() => Verify("#pragma warning disable OPT100\n" + InSpec(
        "    [State] private {|#0:decimal|} total;\n" + Transition), Diagnostic("OPT1007", 0, "total", "Spec", "decimal"));

    [SampledFact]
    public Task A_pragma_listing_several_ids_suppresses_each() => Verify("#pragma warning disable CS0168, OPT1006, OPT1018 // kept on purpose\n" + InSpec(
        "    [State] public Integer steps;\n    [State] private Real scale = 1;\n" + Transition));

    [SampledFact]
    public Task A_global_config_turns_OPT1014_off() => new SpecDiagnosticTest(InSpec(
            "    [State] private Integer steps;\n    [State] private Integer _steps;\n" + Transition))
        .WithConfig("/.globalconfig2", "is_global = true\ndotnet_diagnostic.OPT1014.severity = none\n")
        .RunAsync();

    [SampledFact]
    public Task Editorconfig_makes_OPT1001_a_suggestion() => new SpecDiagnosticTest(InSpec(Transition, "public class {|#0:Spec|}"))
        .WithConfig("/.editorconfig", "root = true\n\n[*.{cs,csx}]\ndotnet_diagnostic.OPT1001.severity = suggestion\n")
        .Expect(new DiagnosticResult("OPT1001", DiagnosticSeverity.Info).WithLocation(0).WithArguments("Spec"))
        .RunAsync();

    // Scope = "namespace" covers what is reported on the namespace itself, not the types in it (that is
    // "namespaceanddescendants"): both specs keep their OPT1018.
    [SampledFact]
    public Task SuppressMessage_at_namespace_scope_does_not_reach_the_types_in_it() => Verify(
        Usings + $"[assembly: {SuppressMessage}(\"OptimGen\", \"OPT1018\", Scope = \"namespace\", Target = \"~N:Lib\")]\n"
        + "namespace Lib\n{\n    [Optimizer]\n    public partial class Spec\n    {\n        [State] private Integer steps {|#0:= 1|};\n" + Transition + "\n    }\n\n"
        + "    namespace Inner\n    {\n        [Optimizer]\n        public partial class Spec\n        {\n            [State] private Integer steps {|#1:= 1|};\n" + Transition + "\n        }\n    }\n}\n",
        Diagnostic("OPT1018", 0, "steps", "Spec"), Diagnostic("OPT1018", 1, "steps", "Spec"));

    // ---------------------------------------------------------------- written after reading the reader

    // '#line' maps what the user sees elsewhere (a Razor-like tool writes it); '#line hidden' hides the lines from a debugger.
    // Neither makes a malformed spec less malformed.
    [Theory]
    [InlineData("#line hidden\n")]
    [InlineData("#line 200 \"Optimizers.razor\"\n")]
    public void A_malformed_spec_under_a_line_directive_is_refused(string directive) =>
        AssertRefused("OPT1007", Usings + directive + "[Optimizer]\npublic partial class Spec\n{\n    [State] private decimal total;\n" + Transition + "\n}\n");

    // A namespace's alias of Integer to int gives an int slot in both modes, as a slot declared 'int' does.
    [Fact]
    public void A_namespace_alias_of_Integer_to_int_declares_an_int_slot_in_both_modes()
    {
        string source = Usings + """
            namespace Lib
            {
                using Integer = System.Int32;

                [Optimizer]
                public partial class Spec
                {
                    [State] private Integer steps;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        state.Steps += 1;
                        gradient.CopyTo(update);
                    }
                }
            }
            """;
        AssertValid(source);
        foreach (string precision in Precisions)
            Assert.Contains("public int Steps", Generated(precision, source));
    }

    // A Shape entry names a hyperparameter as C# names it: '@int' and 'int' are both the hyperparameter declared '@int'.
    [Theory]
    [InlineData("@int, n")]
    [InlineData("int, n")]
    public void A_shape_naming_a_keyword_named_hyperparameter_is_valid(string shape) => AssertValid(InSpec(
        "    [Hyperparameter(Minimum = 1)] public int @int { get; init; } = 2;\n    [State(Shape = \"" + shape + "\")] private Real[] history;\n" + Transition));

    [Fact]
    public Task OPT1006_an_event_backing_field_marked_in_another_part() => VerifyFiles(
        new[]
        {
            InSpec(Transition),
            Usings + "public partial class Spec\n{\n    [field: State] private event EventHandler? {|#0:Changed|};\n    private void Raise() => Changed?.Invoke(this, EventArgs.Empty);\n}\n",
        },
        Diagnostic("OPT1006", 0, "Changed", "Spec", "the backing field of event 'Changed'"));

    [Fact]
    public Task OPT1033_suppressed_by_a_pragma_around_the_alias() => VerifyFiles(new[]
    {
        "#pragma warning disable OPT1033\nglobal using Real = double;\n#pragma warning restore OPT1033\n", Usings + Momentum,
    });

    // ---------------------------------------------------------------- helpers

    /// <summary>
    /// The user's code has the compiler error <paramref name="compilerId"/>; OptimGen may or may not add an OPT1xxx on
    /// top (the docs leave it open), but nothing throws and no generated file has an error of its own.
    /// </summary>
    private static void AssertValidOrRefusedWithCompilerError(string compilerId, params string[] sources)
    {
        foreach (string precision in Precisions)
        {
            GenerationCheck.Outcome outcome = GenerationCheck.Run(sources, precision);
            Assert.True(outcome.Exceptions.Count == 0, precision + ":\n" + outcome.Describe());
            Assert.True(outcome.OwnErrors.Any(d => d.Id == compilerId), precision + ": no " + compilerId + "\n" + outcome.Describe());
            Assert.True(outcome.GenerationErrors.Count == 0, precision + ":\n" + outcome.Describe());
        }
    }
}
