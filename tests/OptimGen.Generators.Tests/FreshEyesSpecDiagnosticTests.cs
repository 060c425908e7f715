using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Generators.Tests.Infrastructure;
using static OptimGen.Generators.Tests.Infrastructure.SpecDiagnosticTest;
using static OptimGen.Generators.Tests.Infrastructure.SpecSources;
using static OptimGen.Generators.Tests.Infrastructure.SpecOutcome;

namespace OptimGen.Generators.Tests;

/// <summary>
/// Specs a C# programmer writes when they get the spec slightly wrong, or right in an unusual but valid way,
/// written from the contract and docs/ alone (docs/spec.md, docs/diagnostics/OPT1*.md) before reading the
/// reader: a malformed one gets its OPT1xxx at the documented span with the documented arguments, a valid one
/// gets no diagnostic and generated code that compiles in both precision modes, and neither makes the generator
/// or an analyzer throw. The suppression forms are tried with ids the configuration tests do not use.
/// </summary>
public sealed class FreshEyesSpecDiagnosticTests
{
    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        new SpecDiagnosticTest(source).Expect(expected).RunAsync();

    private static Task VerifyFiles(string first, string second, params DiagnosticResult[] expected)
    {
        var test = new SpecDiagnosticTest(first);
        test.TestState.Sources.Add(("/0/Second.cs", second));
        return test.Expect(expected).RunAsync();
    }

    // ---------------------------------------------------------------- valid specs in unusual shapes

    [Fact]
    public void A_spec_split_over_two_files_with_the_attribute_on_the_part_without_the_transition_is_valid() => AssertValid(
        Usings + """
        namespace Lib;

        [Optimizer]
        public partial class Split
        {
            [Hyperparameter] public int MemorySize { get; init; } = 4;
        }
        """,
        Usings + """
        namespace Lib;

        public partial class Split
        {
            [State(Shape = "MemorySize, n")] private Real[] history;
            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps += 1;
                state.History[0] = gradient[0];
                gradient.CopyTo(update);
            }
        }
        """);

    [Fact]
    public void A_spec_in_nested_block_namespaces_and_nested_partial_types_is_valid() => AssertValid(Usings + """
        namespace Outer
        {
            namespace Inner
            {
                public partial class Optimizers
                {
                    internal static partial class Nested
                    {
                        [Optimizer]
                        internal sealed partial class Momentum
                        {
                            [State(Shape = "n")] private Real[] velocity;

                            [Transition]
                            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                            {
                                for (int i = 0; i < gradient.Length; i++)
                                    update[i] = state.Velocity[i] = gradient[i];
                            }
                        }
                    }
                }
            }
        }
        """);

    [Fact]
    public void Fully_qualified_attribute_names_without_using_OptimGen_are_valid() => AssertValid("""
        namespace Lib;

        [OptimGen.Optimizer]
        public partial class Qualified
        {
            [OptimGen.Hyperparameter] public Real Rate { get; init; } = (Real)0.1;
            [OptimGen.State(Shape = "n")] private Real[] velocity;

            [OptimGen.Transition]
            private void Update(ref State state, System.ReadOnlySpan<Real> gradient, System.Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = state.Velocity[i] = -Rate * gradient[i];
            }
        }
        """);

    [Fact]
    public void Attribute_names_spelled_with_the_Attribute_suffix_are_valid() => AssertValid(InSpec("""
            [HyperparameterAttribute] public Real Rate { get; init; } = (Real)0.1;
            [StateAttribute] private Integer steps;

            [TransitionAttribute]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }

            [InitAttribute]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Steps = 0;
        """, "[OptimizerAttribute]\npublic partial class Suffixed").Replace("[Optimizer]\n", ""));

    [Fact]
    public void Attributes_through_using_aliases_are_valid() => AssertValid("""
        using System;
        using Spec = OptimGen.OptimizerAttribute;
        using Slot = OptimGen.StateAttribute;
        using Step = OptimGen.TransitionAttribute;

        [Spec]
        public partial class Aliased
        {
            [Slot] private Integer steps;

            [Step]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps += 1;
                gradient.CopyTo(update);
            }
        }
        """);

    [Fact]
    public void Every_supported_slot_type_scalar_and_array_is_valid() => AssertValid(InSpec("""
            [Hyperparameter] public int MemorySize { get; init; } = 3;
            [Hyperparameter] public long Rows { get; init; } = 2;
            [Hyperparameter] public Integer Cols { get; init; } = 2;
            [State] private bool flag;
            [State] private int small;
            [State] private long big;
            [State] private float single;
            [State] private double wide;
            [State] private Real real;
            [State] private Integer count;
            [State(Shape = "n")] private bool[] mask;
            [State(Shape = "3")] private int[] ints;
            [State(Shape = "MemorySize")] private long[] longs;
            [State(Shape = "Rows, Cols")] private float[] floats;
            [State(Shape = "2, 3, n")] private double[] doubles;
            [State(Shape = "MemorySize, n")] private Integer[] counts;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Flag = !state.Flag;
                state.Small += 1;
                state.Big += 1;
                state.Single += 1f;
                state.Wide += 1d;
                state.Real += gradient[0];
                state.Count += 1;
                state.Mask[0] = true;
                state.Ints[2] = 1;
                state.Longs[0] = 1L;
                state.Floats[3] = 1f;
                state.Doubles[0] = 1d;
                state.Counts[0] = 1;
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public void Several_slots_in_one_field_declaration_are_each_a_slot() => AssertValid(InSpec("""
            [State] private Real alpha, beta;
            [State(Shape = "n")] private Real[] first, second;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Alpha += gradient[0];
                state.Beta -= gradient[0];
                state.First[0] = state.Second[0] = gradient[0];
                gradient.CopyTo(update);
            }
        """));

    [Theory]
    [InlineData("\" n , MemorySize \"")]
    [InlineData("\"n, n\"")]
    [InlineData("\"0\"")]
    [InlineData("nameof(MemorySize)")]
    [InlineData("Dimensions")]
    [InlineData("\"Memory\" + \"Size, n\"")]
    public void Unusual_but_valid_Shape_values_are_valid(string shape) => AssertValid(InSpec($$"""
            private const string Dimensions = "MemorySize, n";
            [Hyperparameter] public int MemorySize { get; init; } = 3;
            [State(Shape = {{shape}})] private Real[] history;
            [State] private Integer steps;
        {{Transition}}
        """));

    [Fact]
    public void A_Shape_naming_a_hyperparameter_declared_in_another_part_is_valid() => AssertValid(
        InSpec("""
            [State(Shape = "Window, n")] private Real[] history;
        """ + Transition),
        Usings + "public partial class Spec\n{\n    [Hyperparameter(Minimum = 1)] public int Window { get; init; } = 5;\n}\n");

    [Fact]
    public void Slot_fields_without_an_access_modifier_or_with_readonly_are_valid() => AssertValid(InSpec("""
            [State] Integer steps;
            [State(Shape = "n")] Real[] velocity;
            [State] private readonly Real total;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps += 1;
                state.Total += gradient[0];
                state.Velocity[0] = gradient[0];
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public void A_slot_type_written_as_a_System_type_name_is_valid() => AssertValid(InSpec("""
            [State] private System.Double total;
            [State] private System.Int64 steps;
            [State(Shape = "n")] private System.Single[] floats;
            [State] private Boolean flag;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Total += 1d;
                state.Steps += 1L;
                state.Floats[0] = 1f;
                state.Flag = true;
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public void Hyperparameters_of_every_kind_with_bounds_nullable_and_no_default_are_valid() => AssertValid(InSpec("""
            [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real LearningRate { get; init; } = (Real)0.1;
            [Hyperparameter(Minimum = 0, Maximum = 1)] public double Momentum { get; init; } = 0.9;
            [Hyperparameter(Maximum = 10)] public float Clip { get; init; } = 1f;
            [Hyperparameter(Minimum = 1)] public Integer Window { get; init; } = 4;
            [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real? MaxLearningRate { get; init; }
            [Hyperparameter] public bool Nesterov { get; init; }
            [Hyperparameter] public long Seed { get; init; } = 42;
            [Hyperparameter] public Real Decay { init; get; }
        {{Transition}}
        """.Replace("{{Transition}}", Transition)));

    [Fact]
    public void A_required_hyperparameter_is_valid() => AssertValid(InSpec(Transition + """

            [Hyperparameter] public required Real LearningRate { get; init; }
        """));

    [Fact]
    public void A_static_expression_bodied_transition_with_renamed_parameters_is_valid() => AssertValid(InSpec("""
            [Transition]
            private static void Apply(ref State s, ReadOnlySpan<Real> g, Span<Real> u) => g.CopyTo(u);
        """));

    [Fact]
    public void A_transition_with_every_optional_parameter_and_another_type_parameter_name_is_valid() => AssertValid(InSpec("""
            [State] private Real last;

            [Transition]
            private void Update<TObj>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value, Span<Real> update, ref TObj objective)
                where TObj : IObjective<Real>
            {
                state.Last = value + parameters[0];
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public void A_gate_transition_returning_bool_is_valid() => AssertValid(InSpec("""
            [Transition]
            public bool Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                gradient.CopyTo(update);
                return true;
            }
        """));

    [Fact]
    public void A_partial_method_transition_declared_in_one_part_and_implemented_in_the_other_is_valid() => AssertValid(
        InSpec("""
            [Transition]
            private partial void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update);
        """),
        Usings + "public partial class Spec\n{\n    private partial void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n}\n");

    [Fact]
    public void Static_hooks_of_every_kind_are_valid() => AssertValid(InSpec("""
            [State] private Integer failures;
            [State] private Real cachedValue;

            [Transition]
            private static void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);

            [Init]
            private static void Start(ref State state, ReadOnlySpan<Real> parameters) => state.CachedValue = parameters.Length;

            [CachedEvaluation]
            private static bool Reuse(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value)
            {
                value = state.CachedValue;
                return false;
            }

            [ConvergenceMeasure]
            private static Real Measure(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => gradient[0];

            [OptimizerFailure]
            private static bool Failed(ref State state) => state.Failures > 2;
        """));

    [Fact]
    public void A_chain_of_a_gate_and_a_plain_spec_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public partial class Gate
        {
            [Transition]
            private bool Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                gradient.CopyTo(update);
                return gradient[0] == gradient[0];
            }
        }

        [Optimizer]
        public partial class Chain
        {
            [Component] public Gate Guard { get; init; } = new();
            [Component] public Step1 Inner { get; init; } = new();
        }
        """ + Step1);

    [Fact]
    public void Non_slot_members_with_lower_case_generated_names_are_valid() => AssertValid(InSpec("""
            private int state;
            private int step;
            private static int scan() => 0;
            public int Layout => 1;
            public int ParameterCount => 2;
        """ + Transition));

    [Fact]
    public void A_hyperparameter_named_N_sizes_a_slot_distinctly_from_n() => AssertValid(InSpec("""
            [Hyperparameter] public int N { get; init; } = 3;
            [State(Shape = "N, n")] private Real[] history;
        """ + Transition));

    [Fact]
    public void A_spec_with_an_explicit_constructor_and_other_members_is_valid() => AssertValid(InSpec("""
            public Spec() { }
            public Spec(Real rate) => Rate = rate;
            [Hyperparameter] public Real Rate { get; init; } = (Real)0.1;
            public override string ToString() => "Spec";
            private Real Helper(Real x) => x * Rate;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Helper(gradient[i]);
            }
        """));

    [Fact]
    public void A_spec_in_a_partial_record_inside_a_file_scoped_namespace_is_valid() => AssertValid(Usings + """
        namespace Lib.Deep.Names;

        public partial record Container(int Id)
        {
            [Optimizer]
            public sealed partial record Spec
            {
                [State] private Integer steps;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    state.Steps++;
                    gradient.CopyTo(update);
                }
            }
        }
        """);

    // ------------------------------------------------------- shapes whose verdict the docs leave open

    [Theory]
    [InlineData("[Optimizer]\npublic abstract partial class Spec\n{\n    [Transition]\n    protected abstract void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update);\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n    [State] private Real toString;\n    [State] private Real getType;\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n    [State(Shape = \"n\")] private Real[]? maybe;\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n    [State(Shape = null)] private Real[] data;\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n    [State] private Real __;\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n    [Hyperparameter] public virtual Real Rate { get; init; } = (Real)0.1;\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)\n    {\n        [Transition] void Local(ref State s, ReadOnlySpan<Real> g, Span<Real> u) { }\n        gradient.CopyTo(update);\n    }\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n}\n[Optimizer]\npublic partial class Chain\n{\n    [Component] public Spec? First { get; init; }\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Broken\n{\n}\n[Optimizer]\npublic partial class Chain\n{\n    [Component] public Broken First { get; init; } = new();\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n    [Transition]\n    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n    [Hyperparameter] public Real this[int i] { get => 0; init { } }\n}\n")]
    public void Open_shapes_compile_or_are_refused_without_an_exception(string body) => AssertValidOrRefused(Usings + body);

    // [Optimizer] is valid on classes only (its AttributeUsage): the compiler refuses it on a struct or an
    // interface with CS0592, so the reader must not take such a type for a spec and emit nothing for it.
    [Theory]
    [InlineData("public partial struct Spec")]
    [InlineData("public partial record struct Spec")]
    [InlineData("public readonly partial struct Spec")]
    public void Optimizer_on_a_struct_is_the_compiler_s_CS0592_and_nothing_is_generated(string declaration)
    {
        foreach (string precision in new[] { "Double", "Single" })
        {
            GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { InSpec(Transition, declaration) }, precision);
            Assert.Empty(outcome.Exceptions);
            Assert.Contains(outcome.OwnErrors, d => d.Id == "CS0592");
            Assert.Empty(outcome.GenerationErrors);
        }
    }

    // ---------------------------------------------------------------- spec errors at their spans

    [Theory]
    [InlineData("public sealed class {|#0:Plain|}")]
    [InlineData("public record {|#0:Plain|}")]
    [InlineData("internal abstract class {|#0:Plain|}")]
    public Task OPT1001_spec_not_partial_in_other_declaration_forms(string declaration) =>
        Verify(InSpec(Transition, declaration), Diagnostic("OPT1001", 0, "Plain"));

    [Fact]
    public Task OPT1002_the_middle_of_three_enclosing_types_not_partial() => Verify(Usings + $$"""
        public partial class Outer
        {
            public class {|#0:Middle|}
            {
                [Optimizer]
                public partial class Spec
                {
        {{Transition}}
                }
            }
        }
        """, Diagnostic("OPT1002", 0, "Middle", "Spec"));

    [Fact]
    public Task OPT1002_enclosing_struct_not_partial() => Verify(Usings + $$"""
        namespace Lib;

        public struct {|#0:Holder|}
        {
            [Optimizer]
            public partial class Spec
            {
        {{Transition}}
            }
        }
        """, Diagnostic("OPT1002", 0, "Holder", "Spec"));

    [Fact]
    public Task OPT1003_only_hyperparameters_and_an_init() => Verify(Usings + """
        [Optimizer]
        public partial class {|#0:Idle|}
        {
            [Hyperparameter] public Real Rate { get; init; } = (Real)0.1;
            [State] private Real total;

            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Total = 1;
        }
        """, Diagnostic("OPT1003", 0, "Idle"));

    [Fact]
    public Task OPT1004_three_transitions_report_the_second_and_third() => Verify(InSpec("""
            [Transition] private void First(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }
            [Transition] private void {|#0:Second|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }
            [Transition] private static void {|#1:Third|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }
        """), Diagnostic("OPT1004", 0, "Spec", "First", "Second"), Diagnostic("OPT1004", 1, "Spec", "First", "Third"));

    [Fact]
    public Task OPT1004_transitions_in_two_partial_files() => VerifyFiles(
        InSpec(Transition),
        Usings + "public partial class Spec\n{\n    [Transition]\n    private void {|#0:Again|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }\n}\n",
        Diagnostic("OPT1004", 0, "Spec", "Update", "Again"));

    [Theory]
    [InlineData("private void Update({|#0:in State state|}, ReadOnlySpan<Real> gradient, Span<Real> update) { }",
        "parameter 1 must be 'ref State state'")]
    [InlineData("private void Update({|#0:out State state|}, ReadOnlySpan<Real> gradient, Span<Real> update) => state = null!;",
        "parameter 1 must be 'ref State state'")]
    [InlineData("private void Update(ref State state, {|#0:Span<Real> gradient|}, Span<Real> update) { }",
        "parameter 2 must be 'ReadOnlySpan<Real> parameters' or 'ReadOnlySpan<Real> gradient'")]
    [InlineData("private void Update(ref State state, {|#0:Real[] gradient|}, Span<Real> update) { }",
        "parameter 2 must be 'ReadOnlySpan<Real> parameters' or 'ReadOnlySpan<Real> gradient'")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, {|#0:Span<double> update|}) { }",
        "parameter 3 must be 'Span<Real> update'")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, {|#0:ref Span<Real> update|}) { }",
        "parameter 3 must be 'Span<Real> update'")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, {|#0:Real value|}) { }",
        "the parameter after 'update' must be 'ref TObjective objective' with TObjective a type parameter of the transition constrained to 'IObjective<Real>'")]
    [InlineData("private void Update<TObjective>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, {|#0:TObjective objective|}) where TObjective : IObjective<Real> { }",
        "the parameter after 'update' must be 'ref TObjective objective' with TObjective a type parameter of the transition constrained to 'IObjective<Real>'")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, {|#0:ref IObjective<Real> objective|}) { }",
        "the parameter after 'update' must be 'ref TObjective objective' with TObjective a type parameter of the transition constrained to 'IObjective<Real>'")]
    [InlineData("private {|#0:Real|} Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => 0;",
        "it returns 'double' but must return void (or bool: a gate)")]
    [InlineData("private {|#0:System.Threading.Tasks.Task|} Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => System.Threading.Tasks.Task.CompletedTask;",
        "it returns 'System.Threading.Tasks.Task' but must return void (or bool: a gate)")]
    [InlineData("private void {|#0:Update|}(ref State state) { }",
        "parameter 2 must be 'ReadOnlySpan<Real> parameters' or 'ReadOnlySpan<Real> gradient'")]
    [InlineData("private void {|#0:Update|}() { }",
        "parameter 1 must be 'ref State state'")]
    public Task OPT1005_transition_signatures_a_programmer_gets_wrong(string transition, string problem) =>
        Verify(InSpec("    [Transition]\n    " + transition), Diagnostic("OPT1005", 0, "Update", "Spec", problem));

    [Theory]
    [InlineData("protected Real {|#0:total|};", "total", "a protected field")]
    [InlineData("public static Real[] {|#0:velocity|};", "velocity", "a static field")]
    [InlineData("private const int {|#0:steps|} = 0;", "steps", "a constant")]
    public Task OPT1006_slot_declarations_that_are_not_private_instance_fields(string field, string name, string kind) =>
        Verify(InSpec("    [State] " + field + "\n" + Transition).Replace("[State] public static Real[]", "[State(Shape = \"n\")] public static Real[]"),
            Diagnostic("OPT1006", 0, name, "Spec", kind));

    [Theory]
    [InlineData("[State] private {|#0:Half|} half;", "half", "Half")]
    [InlineData("[State] private {|#0:uint|} count;", "count", "uint")]
    [InlineData("[State] private {|#0:Integer?|} maybe;", "maybe", "Integer?")]
    [InlineData("[State] private {|#0:string|} name;", "name", "string")]
    [InlineData("[State(Shape = \"n\")] private {|#0:System.Collections.Generic.List<Real>|} history;", "history", "System.Collections.Generic.List<Real>")]
    [InlineData("[State(Shape = \"n\")] private {|#0:System.Numerics.Vector<Real>|} lanes;", "lanes", "System.Numerics.Vector<Real>")]
    [InlineData("[State(Shape = \"n\")] private {|#0:decimal[]|} money;", "money", "decimal[]")]
    public Task OPT1007_slot_types_outside_the_list(string field, string name, string type) =>
        Verify(InSpec("    " + field + "\n" + Transition), Diagnostic("OPT1007", 0, name, "Spec", type));

    [Theory]
    [InlineData("\"N\"", "N")]
    [InlineData("\"n, memorySize\"", "memorySize")]
    [InlineData("\"Rows\"", "Rows")]
    [InlineData("\"Cols, n\"", "Cols")]
    [InlineData("\"steps\"", "steps")]
    public Task OPT1008_shape_entries_that_are_not_hyperparameters(string shape, string entry) => Verify(InSpec($$"""
            [Hyperparameter] public int MemorySize { get; init; } = 3;
            public int Rows { get; init; } = 3;
            private const int Cols = 3;
            [State] private Integer steps;
            [State(Shape = {|#0:{{shape}}|})] private Real[] history;
        {{Transition}}
        """), Diagnostic("OPT1008", 0, "history", "Spec", entry));

    [Theory]
    [InlineData("bool")]
    [InlineData("uint")]
    [InlineData("short")]
    [InlineData("Integer?")]
    [InlineData("float")]
    public Task OPT1009_shape_names_a_hyperparameter_of_another_type(string type) => Verify(InSpec($$"""
            [Hyperparameter] public {{type}} Size { get; init; }
            [State(Shape = {|#0:"Size, n"|})] private Real[] history;
        {{Transition}}
        """), Diagnostic("OPT1009", 0, "history", "Spec", "Size", type));

    [Theory]
    [InlineData("n, ", "it has an empty entry")]
    [InlineData(",n", "it has an empty entry")]
    [InlineData(" ", "it is empty; omit Shape for a scalar slot")]
    [InlineData("n;3", "'n;3' is neither 'n', an integer literal nor a hyperparameter name")]
    [InlineData("n x 3", "'n x 3' is neither 'n', an integer literal nor a hyperparameter name")]
    [InlineData("(n)", "'(n)' is neither 'n', an integer literal nor a hyperparameter name")]
    [InlineData("2147483648", "'2147483648' is not a non-negative integer literal that fits an int")]
    public Task OPT1010_malformed_shapes_a_programmer_writes(string shape, string problem) => Verify(InSpec($$"""
            [State(Shape = {|#0:"{{shape}}"|})] private Real[] history;
        {{Transition}}
        """), Diagnostic("OPT1010", 0, "history", "Spec", shape, problem));

    [Fact]
    public Task OPT1011_bool_array_without_shape_and_integer_scalar_with_one() => Verify(InSpec($$"""
            [Hyperparameter] public int MemorySize { get; init; } = 3;
            [State] private bool[] {|#0:mask|};
            [State(Shape = {|#1:"MemorySize"|})] private Integer count;
        {{Transition}}
        """),
        Diagnostic("OPT1011", 0, "mask", "Spec", "is an array and needs a Shape, for example [State(Shape = \"n\")]"),
        Diagnostic("OPT1011", 1, "count", "Spec", "is a scalar and cannot have a Shape; declare it as an array to give it one"));

    [Theory]
    [InlineData("protected Real {|#0:Rate|} { get; init; } = (Real)0.1;")]
    [InlineData("public Real {|#0:Rate|} { get; private init; } = (Real)0.1;")]
    [InlineData("public Real {|#0:Rate|} => (Real)0.1;")]
    [InlineData("public Real {|#0:Rate|} { get; protected set; } = (Real)0.1;")]
    [InlineData("private Real {|#0:Rate|} { get; init; } = (Real)0.1;")]
    public Task OPT1012_hyperparameter_accessors_a_programmer_gets_wrong(string property) =>
        Verify(InSpec("    [Hyperparameter] " + property + "\n" + Transition), Diagnostic("OPT1012", 0, "Rate", "Spec"));

    [Fact]
    public Task OPT1013_spec_two_levels_inside_a_generic_type() => Verify(Usings + $$"""
        public partial class {|#0:Registry|}<TKey>
        {
            public partial class Group
            {
                [Optimizer]
                public partial class Spec
                {
        {{Transition}}
                }
            }
        }
        """, Diagnostic("OPT1013", 0, "Spec", "Registry<TKey>"));

    [Theory]
    [InlineData("[State] private Real velocity;\n    [State] private Real {|#0:Velocity|};", "Velocity", "Velocity", "is also the name of slot 'velocity'")]
    [InlineData("[State] private Real {|#0:layout|};", "layout", "Layout", "is a member OptimGen generates on State")]
    [InlineData("[State] private Real {|#0:clone|};", "clone", "Clone", "is a member OptimGen generates on State")]
    [InlineData("[State] private Integer {|#0:getHashCode|};", "getHashCode", "GetHashCode", "is a member OptimGen generates on State")]
    [InlineData("[State(Shape = \"n\")] private Real[] {|#0:readSlots|};", "readSlots", "ReadSlots", "is a member OptimGen generates on State")]
    public Task OPT1014_slot_names_that_collide_after_PascalCase(string fields, string name, string publicName, string reason) =>
        Verify(InSpec("    " + fields + "\n" + Transition), Diagnostic("OPT1014", 0, name, "Spec", publicName, reason));

    [Fact]
    public void OPT1014_or_refused_a_slot_named_state_becomes_State_the_type_that_holds_it()
    {
        // State.State would be a member named like its enclosing type (CS0542): it must not be generated.
        string source = InSpec("    [State] private Real state;\n" + Transition);
        foreach (string precision in new[] { "Double", "Single" })
        {
            GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { source }, precision);
            Assert.Empty(outcome.Exceptions);
            Assert.Contains(outcome.SpecErrors, d => d.Id == "OPT1014");
            Assert.Empty(outcome.GenerationErrors);
        }
    }

    [Theory]
    [InlineData("public void {|#0:Init|}() { }", "Init")]
    [InlineData("[Hyperparameter] public Real {|#0:Step|} { get; init; } = (Real)0.1;", "Step")]
    [InlineData("[Hyperparameter] public int {|#0:State|} { get; init; } = 1;", "State")]
    [InlineData("public void {|#0:Scan|}(int steps) { }", "Scan")]
    [InlineData("public static object? {|#0:LoadCheckpoint|}(string path) => null;", "LoadCheckpoint")]
    [InlineData("public enum {|#0:State|} { Idle, Busy }", "State")]
    public Task OPT1015_members_named_like_what_the_generator_emits(string member, string name) =>
        Verify(InSpec("    " + member + "\n" + Transition), Diagnostic("OPT1015", 0, "Spec", name));

    [Theory]
    [InlineData("private void {|#0:Start|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> extra) { }", "it has 3 parameters but needs 2")]
    [InlineData("private void {|#0:Start|}(State state, ReadOnlySpan<Real> parameters) { }", "parameter 1 must be 'ref State state'")]
    [InlineData("private void {|#0:Start|}(ref State state, Span<Real> parameters) { }", "parameter 2 must be 'ReadOnlySpan<Real> parameters'")]
    [InlineData("private void {|#0:Start|}<T>(ref State state, ReadOnlySpan<Real> parameters) { }", "it must not be generic")]
    public Task OPT1016_init_signatures_a_programmer_gets_wrong(string method, string problem) =>
        Verify(InSpec("    [Init]\n    " + method + "\n" + Transition), Diagnostic("OPT1016", 0, "Start", "Spec", problem));

    [Fact]
    public Task OPT1016_a_second_init_method() => Verify(InSpec("""
            [Init] private void First(ref State state, ReadOnlySpan<Real> parameters) { }
            [Init] private void {|#0:Second|}(ref State state, ReadOnlySpan<Real> parameters) { }
        """ + Transition), Diagnostic("OPT1016", 0, "Second", "Spec", "'First' is already the [Init] method"));

    [Theory]
    [InlineData("[State(Shape = \"n\")] private Real[] history {|#0:= new Real[3]|};", "history")]
    [InlineData("[State] private Real alpha, beta {|#0:= (Real)1|};", "beta")]
    [InlineData("[State] private bool flag {|#0:= true|};", "flag")]
    public Task OPT1018_slot_initializers_in_other_forms(string field, string name) =>
        Verify(InSpec("    " + field + "\n" + Transition), Diagnostic("OPT1018", 0, name, "Spec"));

    [Theory]
    [InlineData("string", "\"x\"")]
    [InlineData("uint", "1")]
    [InlineData("decimal", "1")]
    public Task OPT1019_bounds_on_other_non_numeric_or_unsupported_types(string type, string initial) => Verify(InSpec($$"""
            [Hyperparameter(Minimum = 0)] public {{type}} {|#0:Value|} { get; init; } = {{initial}};
        {{Transition}}
        """), Diagnostic("OPT1019", 0, "Value", "Spec", type));

    [Theory]
    [InlineData("private bool {|#0:Reuse|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out double value) { value = 0; return false; }", "parameter 4 must be 'out Real value'")]
    [InlineData("private bool {|#0:Reuse|}(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, out Real value) { value = 0; return false; }", "parameter 3 must be 'Span<Real> gradient'")]
    [InlineData("private bool {|#0:Reuse|}(ref State state, Span<Real> gradient, out Real value) { value = 0; return false; }", "it has 3 parameters but needs 4")]
    public Task OPT1022_cached_evaluation_signatures_a_programmer_gets_wrong(string method, string problem) =>
        Verify(InSpec("    [CachedEvaluation]\n    " + method + "\n" + Transition), Diagnostic("OPT1022", 0, "Reuse", "Spec", problem));

    [Theory]
    [InlineData("[Component] public Step1 {|#0:First|} { get; } = new();", "must be a public instance property with 'get; init;' accessors")]
    [InlineData("[Component] private Step1 {|#0:First|} { get; init; } = new();", "must be a public instance property with 'get; init;' accessors")]
    [InlineData("[Component] public Helper {|#0:First|} { get; init; } = new();", "has type 'Helper', which is not an [Optimizer] spec")]
    public Task OPT1023_components_a_programmer_gets_wrong(string property, string problem) => Verify(Usings + $$"""
        public partial class Helper { }

        [Optimizer]
        public partial class Chain
        {
            {{property}}
            [Component] public Step1 Second { get; init; } = new();
        }
        """ + Step1, Diagnostic("OPT1023", 0, "First", "Chain", problem));

    [Theory]
    [InlineData("[Transition] private void {|#0:Update|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }", "a [Transition] method")]
    [InlineData("[Init] private void {|#0:Start|}(ref State state, ReadOnlySpan<Real> parameters) { }", "an [Init] method")]
    [InlineData("[CachedEvaluation] private bool {|#0:Reuse|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) { value = 0; return false; }", "a [CachedEvaluation] method")]
    [InlineData("[ConvergenceMeasure] private Real {|#0:Measure|}(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;", "a [ConvergenceMeasure] method")]
    public Task OPT1024_chain_with_its_own_method(string member, string what) => Verify(Usings + $$"""
        [Optimizer]
        public partial class Chain
        {
            [Component] public Step1 First { get; init; } = new();
            {{member}}
        }
        """ + Step1, Diagnostic("OPT1024", 0, "Chain", what));

    [Fact]
    public Task OPT1025_chain_containing_itself_directly() => Verify(Usings + """
        [Optimizer]
        public partial class Loop
        {
            [Component] public Loop {|#0:Self|} { get; init; } = null!;
        }
        """, Diagnostic("OPT1025", 0, "Self", "Loop", "Loop"));

    [Fact]
    public Task OPT1026_second_declaration_marked_with_the_suffixed_attribute_in_another_file() => VerifyFiles(
        InSpec(Transition),
        Usings + "[{|#0:OptimizerAttribute|}]\npublic partial class Spec\n{\n}\n",
        Diagnostic("OPT1026", 0, "Spec"));

    [Fact]
    public Task OPT1027_an_overload_of_the_init_method() => Verify(InSpec("""
            [Init] private void Start(ref State state, ReadOnlySpan<Real> parameters) { }
            private void {|#0:Start|}(ref State state) { }
        """ + Transition), Diagnostic("OPT1027", 0, "Spec", "Start", "[Init] method"));

    [Fact]
    public Task OPT1028_spec_inside_a_file_local_type() => Verify(Usings + $$"""
        file partial class {|#0:Outer|}
        {
            [Optimizer]
            public partial class Spec
            {
        {{Transition}}
            }
        }
        """, Diagnostic("OPT1028", 0, "Outer", "Spec"));

    [Theory]
    [InlineData("private Integer {|#0:Measure|}(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;", "it returns 'long' but must return Real")]
    [InlineData("private Real {|#0:Measure|}(State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;", "parameter 1 must be 'ref State state'")]
    public Task OPT1030_convergence_measures_a_programmer_gets_wrong(string method, string problem) =>
        Verify(InSpec("    [ConvergenceMeasure]\n    " + method + "\n" + Transition), Diagnostic("OPT1030", 0, "Measure", "Spec", problem));

    [Theory]
    [InlineData("private bool {|#0:Failed|}(in State state) => false;", "parameter 1 must be 'ref State state'")]
    [InlineData("private bool {|#0:Failed|}<T>(ref State state) => false;", "it must not be generic")]
    [InlineData("private bool? {|#0:Failed|}(ref State state) => false;", "it returns 'bool?' but must return bool")]
    public Task OPT1031_optimizer_failures_a_programmer_gets_wrong(string method, string problem) =>
        Verify(InSpec("    [OptimizerFailure]\n    " + method + "\n" + Transition), Diagnostic("OPT1031", 0, "Failed", "Spec", problem));

    [Fact]
    public Task OPT1031_a_second_optimizer_failure_method() => Verify(InSpec("""
            [OptimizerFailure] private static bool First(ref State state) => false;
            [OptimizerFailure] private static bool {|#0:Second|}(ref State state) => false;
        """ + Transition), Diagnostic("OPT1031", 0, "Second", "Spec", "'First' is already the [OptimizerFailure] method"));

    // ---------------------------------------------------------------- suppression with other ids

    private const string SuppressMessage = "System.Diagnostics.CodeAnalysis.SuppressMessage";

    [Fact]
    public Task Pragma_around_a_public_slot_suppresses_OPT1006() => Verify(InSpec(
        "#pragma warning disable OPT1006\n    [State] public Integer steps;\n#pragma warning restore OPT1006\n" + Transition));

    [Fact]
    public Task Pragma_without_an_id_suppresses_OPT1007() => Verify(InSpec(
        "#pragma warning disable\n    [State] private decimal total;\n" + Transition));

    [Fact]
    public Task SuppressMessage_on_the_slot_suppresses_OPT1007() => Verify(InSpec(
        $"    [State, {SuppressMessage}(\"OptimGen\", \"OPT1007:State slot has an unsupported type\")] private decimal total;\n" + Transition));

    [Fact]
    public Task SuppressMessage_on_the_transition_suppresses_OPT1005() => Verify(InSpec(
        $"    [Transition, {SuppressMessage}(\"OptimGen\", \"OPT1005\")]\n    private void Update(State state, ReadOnlySpan<Real> gradient, Span<Real> update) {{ }}"));

    [Fact]
    public Task SuppressMessage_on_the_type_suppresses_OPT1001_at_its_name() => Verify(InSpec(
        Transition, $"[{SuppressMessage}(\"OptimGen\", \"OPT1001\")]\npublic class Plain"));

    [Fact]
    public Task SuppressMessage_on_the_type_suppresses_OPT1018_on_a_member() => Verify(InSpec(
        "    [State] private Real scale = (Real)1;\n" + Transition, $"[{SuppressMessage}(\"OptimGen\", \"OPT1018\")]\npublic partial class Spec"));

    [Fact]
    public Task SuppressMessage_on_the_enclosing_type_suppresses_OPT1002() => Verify(Usings + $$"""
        [{{SuppressMessage}}("OptimGen", "OPT1002")]
        public class Outer
        {
            [Optimizer]
            public partial class Spec
            {
        {{Transition}}
            }
        }
        """);

    // An assembly attribute follows the using directives (CS1529 otherwise, and a file whose usings do not bind
    // has no spec to report on). Each test keeps a second, unsuppressed spec to prove the analyzer ran.
    private static string AssemblySuppression(string id, string scope, string target) =>
        $"[assembly: {SuppressMessage}(\"OptimGen\", \"{id}\", Scope = \"{scope}\", Target = \"{target}\")]\n";

    private static string SpecIn(string ns, string type, string slot) =>
        $"namespace {ns}\n{{\n[Optimizer]\npublic partial class {type}\n{{\n    {slot}\n{Transition}\n}}\n}}\n";

    [Fact]
    public Task SuppressMessage_at_namespace_and_descendants_scope_suppresses_OPT1010_in_a_nested_namespace_only() => Verify(
        Usings + AssemblySuppression("OPT1010", "namespaceanddescendants", "~N:Lib")
        + SpecIn("Lib.Inner", "Spec", "[State(Shape = \"n*2\")] private Real[] pairs;")
        + SpecIn("Other", "Spec", "[State(Shape = {|#0:\"n*2\"|})] private Real[] pairs;"),
        Diagnostic("OPT1010", 0, "pairs", "Spec", "n*2", "'n*2' is neither 'n', an integer literal nor a hyperparameter name"));

    [Fact]
    public Task SuppressMessage_on_a_nested_namespace_suppresses_OPT1006_below_it_but_not_in_its_parent() => Verify(
        Usings + AssemblySuppression("OPT1006", "namespaceanddescendants", "~N:Lib.Inner")
        + SpecIn("Lib.Inner", "Spec", "[State] public Integer steps;")
        + SpecIn("Lib", "Spec", "[State] public Integer {|#0:steps|};"),
        Diagnostic("OPT1006", 0, "steps", "Spec", "a public field"));

    [Fact]
    public Task SuppressMessage_at_type_scope_from_the_assembly_suppresses_OPT1008_in_that_type_only() => Verify(
        Usings + AssemblySuppression("OPT1008", "type", "~T:Lib.Spec")
        + SpecIn("Lib", "Spec", "[State(Shape = \"Rows\")] private Real[] history;")
        + SpecIn("Lib", "Other", "[State(Shape = {|#0:\"Rows\"|})] private Real[] history;"),
        Diagnostic("OPT1008", 0, "history", "Other", "Rows"));

    [Fact]
    public Task SuppressMessage_at_member_scope_from_the_assembly_suppresses_OPT1031_on_that_hook_only() => Verify(
        Usings + AssemblySuppression("OPT1031", "member", "~M:Lib.Spec.Failed(Lib.Spec.State)~System.Boolean")
        + SpecIn("Lib", "Spec", "[OptimizerFailure] private bool Failed(State state) => false;")
        + SpecIn("Lib", "Other", "[OptimizerFailure] private bool {|#0:Failed|}(State state) => false;"),
        Diagnostic("OPT1031", 0, "Failed", "Other", "parameter 1 must be 'ref State state'"));

    [Fact]
    public Task SuppressMessage_on_the_hook_suppresses_OPT1031() => Verify(InSpec(
        $"    [OptimizerFailure, {SuppressMessage}(\"OptimGen\", \"OPT1031\")]\n    private bool Failed(State state) => false;\n" + Transition));

    [Fact]
    public Task Pragma_around_the_hook_suppresses_OPT1030() => new SpecDiagnosticTest(InSpec(
            "#pragma warning disable OPT1030\n    [ConvergenceMeasure]\n    private double Measure(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;\n#pragma warning restore OPT1030\n" + Transition))
        .RunAsync();

    [Fact]
    public Task Editorconfig_lowers_OPT1008_to_a_warning() => new SpecDiagnosticTest(InSpec(
            "    [State(Shape = {|#0:\"Rows\"|})] private Real[] history;\n" + Transition))
        .WithConfig("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.OPT1008.severity = warning\n")
        .Expect(new DiagnosticResult("OPT1008", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("history", "Spec", "Rows"))
        .RunAsync();

    [Fact]
    public Task Editorconfig_turns_OPT1018_off() => new SpecDiagnosticTest(InSpec(
            "    [State] private Real scale = (Real)1;\n" + Transition))
        .WithConfig("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.OPT1018.severity = none\n")
        .RunAsync();

    // The analyzer test framework lists every supported id in the compilation's specific options, which keeps
    // the compiler from applying bulk settings; a plain compilation with the file's options shows them.
    [Theory]
    [InlineData("dotnet_analyzer_diagnostic.category-OptimGen.Spec.severity")]
    [InlineData("dotnet_analyzer_diagnostic.severity")]
    public async Task Editorconfig_bulk_settings_lower_every_spec_diagnostic(string key)
    {
        string source = InSpec("    [State] public Integer steps;\n    [State] private Real[] velocity;\n" + Transition);
        (GeneratorRunResult _, Compilation output) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FileOptions(key, "warning"));
        ImmutableArray<Diagnostic> reported = await output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new OptimGen.Analyzers.Specs.SpecAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();

        Assert.Equal(new[] { "OPT1006", "OPT1011" }, reported.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    /// <summary>One setting in every source file's section, as an <c>[*.cs]</c> section of an .editorconfig gives it.</summary>
    private sealed class FileOptions(string key, string value) : AnalyzerConfigOptionsProvider
    {
        private readonly Section section = new(key, value);

        public override AnalyzerConfigOptions GlobalOptions => Section.None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => section;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Section.None;

        private sealed class Section(string? key, string? value) : AnalyzerConfigOptions
        {
            public static readonly Section None = new(null, null);

            public override bool TryGetValue(string name, [NotNullWhen(true)] out string? found)
            {
                found = StringComparer.OrdinalIgnoreCase.Equals(name, key) ? value : null;
                return found is not null;
            }
        }
    }

    [Fact]
    public void A_suppressed_OPT1007_still_leaves_no_generated_code_for_the_spec()
    {
        string source = InSpec($"    [State, {SuppressMessage}(\"OptimGen\", \"OPT1007\")] private decimal total;\n" + Transition);
        foreach (string precision in new[] { "Double", "Single" })
        {
            GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { source }, precision);
            Assert.Empty(outcome.Exceptions);
            Assert.DoesNotContain(outcome.Output.SyntaxTrees, t => t.FilePath.EndsWith("/Spec.g.cs"));
            Assert.False(outcome.PlaceholderBroken, outcome.Describe());
            Assert.Empty(outcome.GenerationErrors);
        }
    }

    [Fact]
    public void Each_name_of_a_multi_declarator_slot_field_is_a_State_field_of_the_declared_type()
    {
        string source = InSpec("""
                [State] private Real alpha, beta;
                [State(Shape = "n")] private Real[] first, second;
            """ + Transition);
        GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { source }, "Single");
        string generated = string.Join("\n", outcome.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith("/Spec.g.cs")).Select(t => t.ToString()));
        foreach (string name in new[] { "Alpha", "Beta", "First", "Second" })
            Assert.Matches(@"public float(\[\])? " + name + "( =|;)", generated);
    }

    // ---------------------------------------------------------------- second round (written after the first fixes)

    [Theory]
    [InlineData("private void Update(ref Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("private void Update(ref global::Lib.Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("private void Update(ref State state, scoped ReadOnlySpan<Real> gradient, scoped Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("private void Update<TObjective>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective) where TObjective : OptimGen.IObjective<Real> => gradient.CopyTo(update);")]
    [InlineData("protected virtual void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]\n    internal void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    public void Transitions_in_other_valid_spellings_are_valid(string transition) =>
        AssertValid(Usings + "namespace Lib;\n[Optimizer]\npublic partial class Spec\n{\n    [Transition]\n    " + transition + "\n}\n");

    [Theory]
    [InlineData("private void Update(ref State state, {|#0:ref ReadOnlySpan<Real> gradient|}, Span<Real> update) { }", "parameter 2 must be 'ReadOnlySpan<Real> parameters' or 'ReadOnlySpan<Real> gradient'")]
    [InlineData("private void Update(ref State state, {|#0:in ReadOnlySpan<Real> gradient|}, Span<Real> update) { }", "parameter 2 must be 'ReadOnlySpan<Real> parameters' or 'ReadOnlySpan<Real> gradient'")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, {|#0:out Span<Real> update|}) => update = default;", "parameter 3 must be 'Span<Real> update'")]
    [InlineData("private void Update({|#0:ref readonly State state|}, ReadOnlySpan<Real> gradient, Span<Real> update) { }", "parameter 1 must be 'ref State state'")]
    public Task OPT1005_parameters_of_the_right_type_passed_the_wrong_way(string transition, string problem) =>
        Verify(InSpec("    [Transition]\n    " + transition), Diagnostic("OPT1005", 0, "Update", "Spec", problem));

    [Theory]
    [InlineData("ref Real value", "ref State state, ReadOnlySpan<Real> gradient, {|#0:ref Real value|}, Span<Real> update")]
    [InlineData("out Real value", "ref State state, ReadOnlySpan<Real> gradient, {|#0:out Real value|}, Span<Real> update")]
    public void OPT1005_a_value_parameter_passed_by_reference(string what, string parameters)
    {
        _ = what;
        AssertRefused("OPT1005", InSpec("    [Transition]\n    private void Update(" + parameters.Replace("{|#0:", "").Replace("|}", "") + ") { }"));
    }

    [Theory]
    [InlineData("private void {|#0:Start|}(ref State state, in ReadOnlySpan<Real> parameters) { }", "parameter 2 must be 'ReadOnlySpan<Real> parameters'")]
    [InlineData("private void {|#0:Start|}(ref State state, ref ReadOnlySpan<Real> parameters) { }", "parameter 2 must be 'ReadOnlySpan<Real> parameters'")]
    public Task OPT1016_init_parameters_passed_by_reference(string method, string problem) =>
        Verify(InSpec("    [Init]\n    " + method + "\n" + Transition), Diagnostic("OPT1016", 0, "Start", "Spec", problem));

    [Fact]
    public Task OPT1022_value_passed_by_ref_instead_of_out() => Verify(InSpec("""
            [CachedEvaluation]
            private bool {|#0:Reuse|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, ref Real value) => false;
        """ + Transition), Diagnostic("OPT1022", 0, "Reuse", "Spec", "parameter 4 must be 'out Real value'"));

    [Fact]
    public Task OPT1030_gradient_passed_by_ref() => Verify(InSpec("""
            [ConvergenceMeasure]
            private Real {|#0:Measure|}(ref State state, ReadOnlySpan<Real> parameters, ref ReadOnlySpan<Real> gradient) => 0;
        """ + Transition), Diagnostic("OPT1030", 0, "Measure", "Spec", "parameter 3 must be 'ReadOnlySpan<Real> gradient'"));

    [Theory]
    [InlineData("[Hyperparameter(Minimum = 0), Obsolete(\"use Rate2\")] public Real Rate { get; init; } = (Real)0.1;\n    [Hyperparameter] public Real Rate2 { get; init; } = (Real)0.1;")]
    [InlineData("[Obsolete(\"sized by n now\")][Hyperparameter(Minimum = 1)] public int MemorySize { get; init; } = 3;\n    [State(Shape = \"MemorySize\")] private Real[] history;")]
    [InlineData("[State] private Integer steps;\n    [Init, Obsolete(\"old\")] private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Steps = 1;")]
    [InlineData("[OptimizerFailure, Obsolete(\"old\")] private bool Failed(ref State state) => false;\n    [ConvergenceMeasure, Obsolete(\"old\")] private Real Measure(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => gradient[0];\n    [CachedEvaluation, Obsolete(\"old\")] private bool Reuse(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) { value = 0; return false; }")]
    public void Deprecated_hyperparameters_and_hooks_do_not_make_the_generated_code_warn(string members) =>
        AssertValid(InSpec("    " + members + "\n" + Transition));

    [Fact]
    public void A_deprecated_transition_does_not_make_the_generated_code_warn() => AssertValid(InSpec("""
            [Transition, Obsolete("replaced by a chain")]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        """));

    [Fact]
    public void A_deprecated_component_does_not_make_the_generated_code_warn() => AssertValid(Usings + """
        [Optimizer]
        public partial class Chain
        {
            [Component, Obsolete("kept for old configurations")] public Step1 First { get; init; } = new();
            [Component] public Step1 Second { get; init; } = new();
        }
        """ + Step1);

    [Fact]
    public void Hyperparameters_of_non_numeric_types_without_bounds_are_valid() => AssertValid(Usings + """
        public enum Mode { Fast, Careful }

        [Optimizer]
        public partial class Spec
        {
            [Hyperparameter] public Mode Kind { get; init; } = Mode.Careful;
            [Hyperparameter] public string Name { get; init; } = "spec";
            [Hyperparameter] public Real[]? Lower { get; init; }
            [Hyperparameter] public Func<int, Real>? Schedule { get; init; }

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                Real rate = Schedule?.Invoke(0) ?? (Real)0.1;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = Kind == Mode.Fast ? -rate * gradient[i] : -rate * gradient[i] / 2;
            }
        }
        """);

    [Fact]
    public Task OPT1019_bounds_on_an_array_hyperparameter() => Verify(InSpec("""
            [Hyperparameter(Minimum = 0)] public Real[]? {|#0:Lower|} { get; init; }
        """ + Transition), Diagnostic("OPT1019", 0, "Lower", "Spec", "Real[]?"));

    [Fact]
    public void Unicode_and_underscored_slot_names_are_valid() => AssertValid(InSpec("""
            [State] private Real η;
            [State(Shape = "n")] private Real[] m_velocity;
            [State] private Integer step_count;
            [State] private Real __total;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Η += 1;
                state.M_velocity[0] = gradient[0];
                state.Step_count++;
                state.Total += gradient[0];
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public void A_slot_and_a_hyperparameter_with_the_same_public_name_are_valid() => AssertValid(InSpec("""
            [Hyperparameter] public int Steps { get; init; } = 3;
            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps += Steps;
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public void A_chain_of_specs_from_other_namespaces_with_the_chain_s_own_name_is_valid() => AssertValid(
        Usings + "namespace Other;\n[Optimizer]\npublic partial class Spec\n{\n" + Transition + "\n}\n",
        Usings + "namespace Lib;\npublic partial class Outer\n{\n    [Optimizer]\n    public partial class Inner\n    {\n" + Transition + "\n    }\n}\n",
        Usings + """
        namespace Lib;

        [Optimizer]
        public partial class Spec
        {
            [Component] public Other.Spec First { get; init; } = new();
            [Component] public Outer.Inner Second { get; init; } = new();
            [Component] public global::Other.Spec Third { get; init; } = new();
        }
        """);

    [Fact]
    public void A_component_without_an_initializer_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public partial class Chain
        {
            [Component] public Step1 First { get; init; } = null!;
            [Component] public required Step1 Second { get; init; }
        }
        """ + Step1);

    [Fact]
    public void A_spec_with_unrelated_members_of_every_kind_is_valid() => AssertValid(InSpec("""
            static Spec() { }
            public event EventHandler? Stepped;
            public static Spec operator +(Spec a, Spec b) => a;
            public int this[int i] => i;
            public sealed class Helper { }
            public enum Kind { A, B }
            public delegate Real Schedule(int step);
            private const int Dimensions = 3;
            ~Spec() { }
        """ + Transition + """

            private void Raise() => Stepped?.Invoke(this, EventArgs.Empty);
        """));

    [Theory]
    [InlineData("[Transition] public static Spec operator +(Spec a, Spec b) => a;")]
    [InlineData("[Transition] public static implicit operator int(Spec s) => 0;")]
    [InlineData("[Transition] ~Spec() { }")]
    [InlineData("public Real Rate { [Transition] get => 0; }")]
    public void A_transition_attribute_on_an_operator_finalizer_or_accessor_is_OPT1005_or_OPT1003(string member)
    {
        foreach (string precision in new[] { "Double", "Single" })
        {
            GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { InSpec("    " + member) }, precision);
            Assert.Empty(outcome.Exceptions);
            Assert.Contains(outcome.SpecErrors, d => d.Id is "OPT1005" or "OPT1003");
            Assert.Empty(outcome.GenerationErrors);
        }
    }

    [Theory]
    [InlineData("nameof(Rows)", "Rows")]
    [InlineData("Dimensions", "Columns")]
    public Task OPT1008_shape_given_by_a_constant_expression_is_reported_at_it(string shape, string entry) => Verify(InSpec($$"""
            private const string Dimensions = "Columns, n";
            public int Rows { get; init; } = 3;
            [State(Shape = {|#0:{{shape}}|})] private Real[] history;
        {{Transition}}
        """), Diagnostic("OPT1008", 0, "history", "Spec", entry));

    [Theory]
    [InlineData("[State] private volatile int flag;")]
    [InlineData("[State] private new Real total;")]
    public void Slot_fields_with_other_harmless_modifiers_compile_or_are_refused(string field) =>
        AssertValidOrRefused(InSpec("    " + field + "\n" + Transition));

    [Fact]
    public void A_spec_deriving_from_a_plain_base_class_with_hyperparameters_is_valid() => AssertValid(Usings + """
        public abstract class OptimizerBase
        {
            public Real Scale { get; init; } = (Real)1;
            protected Real Scaled(Real x) => Scale * x;
        }

        [Optimizer]
        public partial class Spec : OptimizerBase, IDisposable
        {
            [Hyperparameter] public Real Rate { get; init; } = (Real)0.1;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rate * Scaled(gradient[i]);
            }

            public void Dispose() { }
        }
        """);

    [Fact]
    public void Members_under_conditional_compilation_and_nullable_disable_are_valid() => AssertValid(InSpec("""
        #nullable disable
            [Hyperparameter] public string Label { get; init; }
        #nullable restore
        #if NEVER_DEFINED
            [State] private Real neverThere;
        #endif
            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public Task OPT1005_a_transition_obsolete_as_an_error() => Verify(InSpec("""
            [Transition, Obsolete("gone", true)]
            private void {|#0:Update|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        """), Diagnostic("OPT1005", 0, "Update", "Spec", "it is marked [Obsolete] as an error, so the generated call would not compile"));

    [Fact]
    public Task OPT1031_a_hook_obsolete_as_an_error() => Verify(InSpec("""
            [OptimizerFailure, Obsolete("gone", error: true)]
            private static bool {|#0:Failed|}(ref State state) => false;
        """ + Transition), Diagnostic("OPT1031", 0, "Failed", "Spec", "it is marked [Obsolete] as an error, so the generated call would not compile"));

    [Theory]
    [InlineData("[Component, Obsolete(\"gone\", true)] public Step1 {|#0:First|} { get; init; } = new();", "is marked [Obsolete] as an error, so the generated chain could not read it")]
    [InlineData("[Component] public Step1 {|#0:First|} { get; private init; } = new();", "must be a public instance property with 'get; init;' accessors")]
    public Task OPT1023_a_component_the_generated_chain_cannot_use(string property, string problem) => Verify(Usings + $$"""
        [Optimizer]
        public partial class Chain
        {
            {{property}}
        }
        """ + Step1, Diagnostic("OPT1023", 0, "First", "Chain", problem));

    [Fact]
    public void A_spec_member_obsolete_as_an_error_is_refused_without_broken_generated_code() =>
        AssertRefused("OPT1005", InSpec("""
                [Transition, Obsolete("gone", true)]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
            """));

    [Fact]
    public Task Problems_in_the_part_without_Optimizer_are_reported_in_that_file() => VerifyFiles(
        InSpec(Transition),
        Usings + """
        public partial class Spec
        {
            [State] private {|#0:decimal|} total;
            [Hyperparameter] public Real {|#1:Rate|} { get; set; } = (Real)0.1;
        #pragma warning disable OPT1006
            [State] public Integer steps;
        #pragma warning restore OPT1006
        }
        """,
        Diagnostic("OPT1007", 0, "total", "Spec", "decimal"),
        Diagnostic("OPT1012", 1, "Rate", "Spec"));

    [Fact]
    public void A_hyperparameter_obsolete_as_an_error_that_the_generated_code_never_reads_is_valid() => AssertValid(InSpec("""
            [Hyperparameter, Obsolete("use Rate2", true)] public Real Rate { get; init; } = (Real)0.1;
            [Hyperparameter] public Real Rate2 { get; init; } = (Real)0.1;
        """ + Transition));

    [Theory]
    [InlineData("[State] private Real __;")]
    [InlineData("[State] private Real _;")]
    public void A_slot_named_only_with_underscores_is_OPT1014(string field) =>
        AssertRefused("OPT1014", InSpec("    " + field + "\n" + Transition));

    [Theory]
    [InlineData("Real")]
    [InlineData("Integer")]
    [InlineData("IObjective")]
    [InlineData("ScanResult")]
    public void A_spec_named_like_an_alias_or_a_runtime_type_in_a_namespace_compiles_or_is_refused(string name) =>
        AssertValidOrRefused(Usings + "namespace Lib;\n[Optimizer]\npublic partial class " + name + "\n{\n    [State] private Integer steps;\n" + Transition + "\n}\n");

    [Fact]
    public Task OPT1025_a_cycle_through_three_chains_is_reported_on_each() => Verify(Usings + """
        [Optimizer] public partial class A { [Component] public B {|#0:Next|} { get; init; } = null!; }
        [Optimizer] public partial class B { [Component] public C {|#1:Next|} { get; init; } = null!; }
        [Optimizer] public partial class C { [Component] public A {|#2:Next|} { get; init; } = null!; }
        """,
        Diagnostic("OPT1025", 0, "Next", "A", "A"),
        Diagnostic("OPT1025", 1, "Next", "B", "B"),
        Diagnostic("OPT1025", 2, "Next", "C", "C"));

    // OPT1032: the generated code reads a hyperparameter for its bounds or a shape; obsolete as an error, it would not compile there.
    [Theory]
    [InlineData("[Hyperparameter(Minimum = 0), Obsolete(\"gone\", true)] public Real {|#0:Rate|} { get; init; } = (Real)0.1;", "Rate", "to check its bounds")]
    [InlineData("[Hyperparameter, Obsolete(\"gone\", true)] public int {|#0:Rows|} { get; init; } = 2;\n    [State(Shape = \"Rows\")] private Real[] history;", "Rows", "to size slot 'history'")]
    [InlineData("[Obsolete(\"gone\", error: true)][Hyperparameter(Maximum = 10)] public int {|#0:Rows|} { get; init; } = 2;\n    [State(Shape = \"Rows, n\")] private Real[] history;", "Rows", "to check its bounds")]
    public Task OPT1032_a_hyperparameter_obsolete_as_an_error_that_the_generated_code_reads(string members, string name, string reads) =>
        Verify(InSpec("    " + members + "\n" + Transition), Diagnostic("OPT1032", 0, name, "Spec", reads));
}
