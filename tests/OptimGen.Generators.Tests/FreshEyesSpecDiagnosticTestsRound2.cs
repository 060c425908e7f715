using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Generators.Tests.Infrastructure;
using static OptimGen.Generators.Tests.Infrastructure.SpecDiagnosticTest;
using static OptimGen.Generators.Tests.Infrastructure.SpecSources;
using static OptimGen.Generators.Tests.Infrastructure.SpecVerification;
using static OptimGen.Generators.Tests.Infrastructure.SpecOutcome;

namespace OptimGen.Generators.Tests;

/// <summary>
/// The second fresh-eyes round of spec diagnostics, written from the contract and docs/ alone before reading the
/// reader, on themes the first round (<see cref="FreshEyesSpecDiagnosticTests"/>) left out: specs declared as
/// records, nested in interfaces, structs and generic types, split over several files; transitions and hooks in a
/// base class or behind an explicit interface implementation; slot types outside the list; wrong Shape arguments;
/// hyperparameter forms; attributes repeated or on the wrong target; names that collide with what the generator
/// emits, escaped keywords and Unicode; preprocessor regions; and every OPT1xxx through every configuration form.
/// A malformed spec gets its OPT1xxx at the documented span with the documented arguments in both modes; a valid
/// one gets none and compiles in both modes; nothing throws.
/// </summary>
public sealed class FreshEyesSpecDiagnosticTestsRound2
{
    /// <summary>The generated file of <paramref name="spec"/> in <paramref name="precision"/>, for checks of what it declares.</summary>
    private static string Generated(string precision, string spec, params string[] sources)
    {
        GenerationCheck.Outcome outcome = GenerationCheck.Run(sources, precision);
        return string.Join("\n", outcome.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith("/" + spec + ".g.cs", StringComparison.Ordinal)).Select(t => t.ToString()));
    }

    // ---------------------------------------------------------------- declaration forms

    [Fact]
    public void A_sealed_partial_record_class_spec_is_valid() => AssertValid(Usings + """
        namespace Lib;

        [Optimizer]
        public sealed partial record class Spec
        {
            [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = (Real)0.1;
            [State(Shape = "n")] private Real[] velocity;
            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rate * (state.Velocity[i] = gradient[i]);
            }
        }
        """);

    // A positional record's parameter can carry the hyperparameter attribute onto the property the compiler makes
    // from it (public, get; init;), and a Shape may name it like any other integer hyperparameter.
    [Fact]
    public void A_positional_record_whose_property_targeted_parameter_is_a_hyperparameter_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public partial record Windowed([property: Hyperparameter(Minimum = 1)] int MemorySize = 4)
        {
            [State(Shape = "MemorySize, n")] private Real[] history;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                gradient.CopyTo(state.History.AsSpan(0, gradient.Length));
                gradient.CopyTo(update);
            }
        }
        """);

    // The same with Real parameters: the property's type is written on the parameter, not on a property declaration.
    [Fact]
    public void A_positional_record_with_bounded_Real_and_Integer_hyperparameters_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public partial record Rated(
            [property: Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] Real Rate,
            [property: Hyperparameter(Minimum = 1)] Integer Depth,
            [property: Hyperparameter(Maximum = 1)] Real? Clip)
        {
            public Rated() : this((Real)0.1, 2, null) { }

            [State(Shape = "Depth, n")] private Real[] history;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rate * gradient[i];
            }
        }
        """);

    [Theory]
    [InlineData("public partial interface IHost")]
    [InlineData("public partial record struct Host")]
    [InlineData("public readonly partial struct Host")]
    [InlineData("public static partial class Host")]
    [InlineData("internal partial record class Host(int Id)")]
    public void A_spec_nested_in_other_partial_type_kinds_is_valid(string host) => AssertValid(Usings + "namespace Lib;\n\n" + host + """

        {
            [Optimizer]
            public sealed partial class Spec
            {
                [State] private Integer steps;

                [Transition]
                private static void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    state.Steps += 1;
                    gradient.CopyTo(update);
                }
            }
        }
        """);

    [Theory]
    [InlineData("public partial record struct {|#0:Host|}<TKey, TValue>", "Host<TKey, TValue>")]
    [InlineData("public static partial class {|#0:Host|}<T> where T : struct", "Host<T>")]
    public Task OPT1013_spec_nested_in_a_generic_struct_or_static_class(string host, string shown) => Verify(Usings + host + $$"""

        {
            [Optimizer]
            public partial class Spec
            {
        {{Transition}}
            }
        }
        """, Diagnostic("OPT1013", 0, "Spec", shown));

    [Fact]
    public Task OPT1013_generic_record_spec_with_a_constraint() => Verify(Usings + $$"""
        [Optimizer]
        public partial record {|#0:Spec|}<TFloat> where TFloat : struct
        {
        {{Transition}}
        }
        """, Diagnostic("OPT1013", 0, "Spec", "Spec<TFloat>"));

    [Fact]
    public void A_file_local_helper_used_by_the_transition_is_valid() => AssertValid(Usings + """
        namespace Lib;

        file static class Rates
        {
            public static Real Scale(Real x) => x / 2;
        }

        [Optimizer]
        public partial class Spec
        {
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rates.Scale(gradient[i]);
            }
        }
        """);

    // ---------------------------------------------------------------- specs over several declarations and files

    [Fact]
    public void A_spec_over_three_files_with_the_attribute_on_the_slots_part_is_valid() => AssertValid(
        Usings + "namespace Lib;\n\n[Optimizer]\npublic partial class Spec\n{\n    [State(Shape = \"Window, n\")] private Real[] history;\n    [State] private Integer steps;\n}\n",
        Usings + "namespace Lib;\n\npublic partial class Spec\n{\n    [Hyperparameter(Minimum = 1)] public int Window { get; init; } = 3;\n}\n",
        Usings + """
        namespace Lib;

        public partial class Spec
        {
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                int row = (int)(state.Steps % Window);
                gradient.CopyTo(state.History.AsSpan(row * gradient.Length, gradient.Length));
                state.Steps++;
                gradient.CopyTo(update);
            }

            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Steps = 0;
        }
        """);

    [Fact]
    public void Every_hook_in_its_own_partial_file_is_valid() => AssertValid(
        InSpec("    [State] private Real cached;\n    [State] private Integer failures;\n" + Transition),
        Usings + "public partial class Spec\n{\n    [Init] private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Cached = 1;\n}\n",
        Usings + "public partial class Spec\n{\n    [CachedEvaluation] private bool Reuse(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) { value = state.Cached; return false; }\n}\n",
        Usings + "public partial class Spec\n{\n    [ConvergenceMeasure] private static Real Measure(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => gradient[0];\n}\n",
        Usings + "public partial class Spec\n{\n    [OptimizerFailure] private static bool Failed(ref State state) => state.Failures > 1;\n}\n");

    // The attributes of a partial method's two declarations merge: the one on the implementation counts.
    [Fact]
    public void A_partial_transition_whose_attribute_is_on_the_implementing_declaration_is_valid() => AssertValid(
        InSpec("    private partial void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update);"),
        Usings + "public partial class Spec\n{\n    [Transition]\n    private partial void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);\n}\n");

    [Fact]
    public void A_partial_init_hook_declared_in_one_file_and_implemented_in_another_is_valid() => AssertValid(
        InSpec("    [State] private Real scale;\n    [Init] private partial void Start(ref State state, ReadOnlySpan<Real> parameters);\n" + Transition),
        Usings + "public partial class Spec\n{\n    private partial void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Scale = 1;\n}\n");

    [Fact]
    public Task OPT1016_a_second_init_in_another_file() => VerifyFiles(
        new[]
        {
            InSpec("    [Init] private void First(ref State state, ReadOnlySpan<Real> parameters) { }\n" + Transition),
            Usings + "public partial class Spec\n{\n    [Init] private void {|#0:Second|}(ref State state, ReadOnlySpan<Real> parameters) { }\n}\n",
        },
        Diagnostic("OPT1016", 0, "Second", "Spec", "'First' is already the [Init] method"));

    [Fact]
    public Task OPT1022_a_second_cached_evaluation_in_another_file() => VerifyFiles(
        new[]
        {
            InSpec("    [CachedEvaluation] private bool First(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) { value = 0; return false; }\n" + Transition),
            Usings + "public partial class Spec\n{\n    [CachedEvaluation] private bool {|#0:Second|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) { value = 0; return false; }\n}\n",
        },
        Diagnostic("OPT1022", 0, "Second", "Spec", "'First' is already the [CachedEvaluation] method"));

    [Fact]
    public Task OPT1030_a_second_convergence_measure() => Verify(InSpec("""
            [ConvergenceMeasure] private Real First(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;
            [ConvergenceMeasure] private static Real {|#0:Second|}(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;
        """ + Transition), Diagnostic("OPT1030", 0, "Second", "Spec", "'First' is already the [ConvergenceMeasure] method"));

    [Fact]
    public Task OPT1027_an_overload_of_the_transition_in_another_file() => VerifyFiles(
        new[]
        {
            InSpec(Transition),
            Usings + "public partial class Spec\n{\n    private void {|#0:Update|}(ReadOnlySpan<Real> gradient) { }\n}\n",
        },
        Diagnostic("OPT1027", 0, "Spec", "Update", "transition"));

    [Fact]
    public Task OPT1014_slots_colliding_across_two_files() => VerifyFiles(
        new[]
        {
            InSpec("    [State] private Integer steps;\n" + Transition),
            Usings + "public partial class Spec\n{\n    [State] private Integer {|#0:_steps|};\n}\n",
        },
        Diagnostic("OPT1014", 0, "_steps", "Spec", "Steps", "is also the name of slot 'steps'"));

    [Fact]
    public Task OPT1024_a_chain_whose_slot_is_in_another_file() => VerifyFiles(
        new[]
        {
            Usings + "[Optimizer]\npublic partial class Chain\n{\n    [Component] public Step1 First { get; init; } = new();\n}\n" + Step1,
            Usings + "public partial class Chain\n{\n    [State] private Integer {|#0:steps|};\n}\n",
        },
        Diagnostic("OPT1024", 0, "Chain", "[State] slots"));

    [Fact]
    public Task OPT1026_second_declaration_in_the_same_file_with_a_qualified_attribute_among_others() => Verify(InSpec(Transition) + """

        [Serializable, {|#0:OptimGen.Optimizer|}]
        public partial class Spec
        {
        }
        """, Diagnostic("OPT1026", 0, "Spec"));

    // ---------------------------------------------------------------- base classes and interfaces

    private const string BaseWithTransition = """
        public abstract class StepperBase
        {
            [Transition]
            protected void Update(ref Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        }

        """;

    // The transition is one of the spec's own methods; an inherited one is not read.
    [Fact]
    public Task OPT1003_a_transition_only_in_the_base_class() => Verify(Usings + BaseWithTransition + """
        [Optimizer]
        public partial class {|#0:Spec|} : StepperBase
        {
            [State] private Integer steps;
        }
        """, Diagnostic("OPT1003", 0, "Spec"));

    [Fact]
    public void A_transition_overriding_an_abstract_base_method_is_valid() => AssertValid(Usings + """
        public abstract class StepperBase
        {
            protected abstract void Update(ref Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update);
        }

        [Optimizer]
        public partial class Spec : StepperBase
        {
            [State] private Integer steps;

            [Transition]
            protected override void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }
        }
        """);

    [Fact]
    public void A_transition_implementing_an_interface_method_implicitly_is_valid() => AssertValid(Usings + """
        public interface IStepper
        {
            void Update(ref Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update);
        }

        [Optimizer]
        public partial class Spec : IStepper
        {
            [Transition]
            public void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        }
        """);

    // Whether or not an inherited [Init] is honoured, the generated Init must compile.
    [Fact]
    public void An_init_hook_in_the_base_class_leaves_code_that_compiles() => AssertValid(Usings + """
        public abstract class StepperBase
        {
            [Init]
            protected void Start(ref Spec.State state, ReadOnlySpan<Real> parameters) => state.Scale = 1;
        }

        [Optimizer]
        public partial class Spec : StepperBase
        {
            [State] private Real scale;
        """ + Transition + "\n}\n");

    // An explicit interface implementation has no name the generated Step, Init or Scan could call it by.
    [Theory]
    [InlineData("OPT1005", "void Update(ref Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update);",
        "[Transition] void IHooks.Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("OPT1016", "void Start(ref Spec.State state, ReadOnlySpan<Real> parameters);",
        "[Init] void IHooks.Start(ref State state, ReadOnlySpan<Real> parameters) { }\n" + Transition)]
    [InlineData("OPT1031", "bool Failed(ref Spec.State state);",
        "[OptimizerFailure] bool IHooks.Failed(ref State state) => false;\n" + Transition)]
    [InlineData("OPT1005", "static abstract void Update(ref Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update);",
        "[Transition] static void IHooks.Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    public void A_hook_written_as_an_explicit_interface_implementation_is_refused(string id, string interfaceMember, string specMembers) =>
        AssertRefused(id, Usings + "public interface IHooks\n{\n    " + interfaceMember + "\n}\n\n"
            + InSpec("    " + specMembers, "public partial class Spec : IHooks"));

    [Fact]
    public void A_hyperparameter_written_as_an_explicit_interface_implementation_is_OPT1012() => AssertRefused("OPT1012", Usings + """
        public interface IConfig
        {
            Real Rate { get; init; }
        }

        [Optimizer]
        public partial class Spec : IConfig
        {
            [Hyperparameter] Real IConfig.Rate { get; init; }
        """ + Transition + "\n}\n");

    // A base class member named like what the generator adds would be hidden by it (CS0108 in the generated file).
    [Theory]
    [InlineData("public int State { get; init; }", "State")]
    [InlineData("public int Scan => 0;", "Scan")]
    [InlineData("public void Init(ReadOnlySpan<Real> parameters) { }", "Init")]
    [InlineData("public sealed class State { }", "State")]
    [InlineData("public static object? LoadCheckpoint(string path) => null;", "LoadCheckpoint")]
    public Task OPT1015_a_base_class_member_named_like_a_generated_member(string member, string name) => Verify(
        InSpec(Transition, "public partial class {|#0:Spec|} : SpecBase") + "\npublic class SpecBase\n{\n    " + member + "\n}\n",
        Diagnostic("OPT1015", 0, "Spec", name + "', inherited from 'SpecBase"));

    // ---------------------------------------------------------------- slot types

    [Theory]
    [InlineData("[State(Shape = \"n\")] private {|#0:Real[][]|} rows;", "rows", "Real[][]")]
    [InlineData("[State(Shape = \"n, n\")] private {|#0:Real[,]|} matrix;", "matrix", "Real[,]")]
    [InlineData("[State(Shape = \"2, 2, n\")] private {|#0:int[,,]|} cube;", "cube", "int[,,]")]
    [InlineData("[State(Shape = \"n\")] private {|#0:ImmutableArray<Real>|} frozen;", "frozen", "ImmutableArray<Real>")]
    [InlineData("[State] private {|#0:Mode|} mode;", "mode", "Mode")]
    [InlineData("[State] private {|#0:nint|} handle;", "handle", "nint")]
    [InlineData("[State(Shape = \"n\")] private {|#0:nuint[]|} offsets;", "offsets", "nuint[]")]
    [InlineData("[State] private {|#0:byte|} flags;", "flags", "byte")]
    [InlineData("[State] private {|#0:short|} small;", "small", "short")]
    [InlineData("[State] private {|#0:char|} letter;", "letter", "char")]
    [InlineData("[State] private {|#0:Pair|} pair;", "pair", "Pair")]
    [InlineData("[State] private {|#0:object|} boxed;", "boxed", "object")]
    [InlineData("[State] private {|#0:(Real, Real)|} both;", "both", "(Real, Real)")]
    [InlineData("[State(Shape = \"n\")] private {|#0:Memory<Real>|} window;", "window", "Memory<Real>")]
    [InlineData("[State(Shape = \"n\")] private {|#0:Half[]|} halves;", "halves", "Half[]")]
    [InlineData("[State] private {|#0:Complex|} phase;", "phase", "Complex")]
    public Task OPT1007_slot_types_a_programmer_tries(string field, string name, string type) => Verify(
        "using System.Collections.Immutable;\nusing System.Numerics;\n" + InSpec("    " + field + "\n" + Transition)
            + "\npublic enum Mode { Fast, Careful }\n\npublic struct Pair { public Real First; public Real Second; }\n",
        Diagnostic("OPT1007", 0, name, "Spec", type));

    // A Span field cannot exist in a class (the compiler's CS8345); the spec is refused as well, without a crash.
    [Fact]
    public void A_span_slot_is_the_compiler_s_error_and_OPT1007() => AssertCompilerError("CS8345", "OPT1007", null,
        InSpec("    [State(Shape = \"n\")] private Span<Real> window;\n" + Transition));

    // A using alias names the type it stands for: to C#, 'Counter' is long and 'Vector' is double[].
    [Fact]
    public void Slots_declared_through_using_aliases_of_supported_types_are_valid_and_keep_their_types()
    {
        string source = "using Counter = System.Int64;\nusing Vector = double[];\n" + InSpec("""
                [State] private Counter steps;
                [State(Shape = "n")] private Vector velocity;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    state.Steps += 1L;
                    state.Velocity[0] = 1d;
                    gradient.CopyTo(update);
                }
            """);
        AssertValid(source);
        foreach (string precision in Precisions)
        {
            string generated = Generated(precision, "Spec", source);
            Assert.Contains("public long Steps", generated);
            Assert.Contains("public double[] Velocity", generated);
        }
    }

    // ---------------------------------------------------------------- Shape arguments

    [Theory]
    [InlineData("-1", "'-1' is not a non-negative integer literal that fits an int")]
    [InlineData("n, -3", "'-3' is not a non-negative integer literal that fits an int")]
    [InlineData("99999999999999999999", "'99999999999999999999' is not a non-negative integer literal that fits an int")]
    [InlineData("3.5", "'3.5' is not a non-negative integer literal that fits an int")]
    [InlineData("n;", "'n;' is neither 'n', an integer literal nor a hyperparameter name")]
    [InlineData("Rows*n", "'Rows*n' is neither 'n', an integer literal nor a hyperparameter name")]
    [InlineData("n,,", "it has an empty entry")]
    public Task OPT1010_shape_literals_and_entries_a_programmer_gets_wrong(string shape, string problem) => Verify(InSpec($$"""
            [Hyperparameter] public int Rows { get; init; } = 2;
            [State(Shape = {|#0:"{{shape}}"|})] private Real[] history;
        {{Transition}}
        """), Diagnostic("OPT1010", 0, "history", "Spec", shape, problem));

    [Theory]
    [InlineData("Real")]
    [InlineData("double")]
    [InlineData("nint")]
    [InlineData("ulong")]
    [InlineData("byte")]
    public Task OPT1009_shape_names_a_real_or_other_non_integer_hyperparameter(string type) => Verify(InSpec($$"""
            [Hyperparameter] public {{type}} Depth { get; init; } = 2;
            [State(Shape = {|#0:"n, Depth"|})] private Real[] history;
        {{Transition}}
        """), Diagnostic("OPT1009", 0, "history", "Spec", "Depth", type));

    [Fact]
    public Task OPT1008_shape_names_a_static_integer_property_that_is_not_a_hyperparameter() => Verify(InSpec("""
            public static int Depth { get; } = 3;
            [State(Shape = {|#0:"Depth, n"|})] private Real[] history;
        """ + Transition), Diagnostic("OPT1008", 0, "history", "Spec", "Depth"));

    // A static [Hyperparameter] is malformed as such; that is what gets reported, at the property.
    [Fact]
    public Task OPT1012_a_static_hyperparameter_that_sizes_a_slot() => Verify(InSpec("""
            [Hyperparameter] public static int {|#0:Depth|} { get; set; } = 3;
            [State(Shape = "Depth, n")] private Real[] history;
        """ + Transition), Diagnostic("OPT1012", 0, "Depth", "Spec"));

    [Theory]
    [InlineData("[Hyperparameter(Minimum = 1)] public required int Depth { get; init; }")]
    [InlineData("[Hyperparameter] public int Depth { get => depth; init => depth = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value)); }\n    private readonly int depth = 2;")]
    [InlineData("[Hyperparameter] public System.Int32 Depth { get; init; } = 2;")]
    [InlineData("[Hyperparameter] public Integer Depth { get; init; } = 2;")]
    [InlineData("[Hyperparameter] public int \\u0044epth { get; init; } = 2;")]
    public void A_shape_naming_a_hyperparameter_of_an_unusual_but_valid_form_is_valid(string hyperparameter) =>
        AssertValid(InSpec("    " + hyperparameter + "\n    [State(Shape = \"Depth, n\")] private Real[] history;\n" + Transition));

    [Fact]
    public void A_shape_given_by_a_constant_interpolated_string_is_valid() => AssertValid(InSpec("""
            [Hyperparameter] public int Depth { get; init; } = 2;
            [State(Shape = $"{nameof(Depth)}, n")] private Real[] history;
        """ + Transition));

    // Not a constant: the compiler's CS0182 says so, and OPT1010 says there is no shape to read (not that it is empty).
    [Fact]
    public Task OPT1010_a_shape_that_is_not_a_constant() => Verify(InSpec("""
            private static readonly string Dimensions = "n";
            [State(Shape = {|#0:Dimensions|})] private Real[] history;
        """ + Transition), Diagnostic("OPT1010", 0, "history", "Spec", "Dimensions", "it is not a constant string"));

    [Fact]
    public void A_shape_that_is_not_a_constant_is_refused_without_a_crash() => AssertCompilerError("CS0182", "OPT1010", null, InSpec("""
            private static readonly string Dimensions = "n";
            [State(Shape = Dimensions)] private Real[] history;
        """ + Transition));

    // The docs leave open whether these name the hyperparameter; either way nothing may break.
    [Theory]
    [InlineData("[Hyperparameter] public int @int { get; init; } = 2;\n    [State(Shape = \"int, n\")] private Real[] history;")]
    [InlineData("[Hyperparameter] public int @int { get; init; } = 2;\n    [State(Shape = \"@int, n\")] private Real[] history;")]
    [InlineData("[Hyperparameter] public int n { get; init; } = 2;\n    [State(Shape = \"n\")] private Real[] history;")]
    [InlineData("[State(Shape = \"n\\n\")] private Real[] history;")]
    [InlineData("[State(Shape = \"\\tn ,\\t2\")] private Real[] history;")]
    public void Shapes_whose_verdict_the_docs_leave_open_compile_or_are_refused(string members) =>
        AssertValidOrRefused(InSpec("    " + members + "\n" + Transition));

    // "Integer literals" are C#'s: hexadecimal, binary and digit separators included (found: refused as "not an integer literal").
    [Theory]
    [InlineData("0x10, n", "\"16\", \"n\"")]
    [InlineData("1_000", "\"1000\"")]
    [InlineData("0b11, n", "\"3\", \"n\"")]
    public void A_shape_with_an_integer_literal_in_another_CSharp_form_is_valid_and_sized_by_its_value(string shape, string layout)
    {
        string source = InSpec($$"""
                [State(Shape = "{{shape}}")] private Real[] history;
            {{Transition}}
            """);
        AssertValid(source);
        Assert.Contains("typeof(double), new string[] { " + layout + " })", Generated("Double", "Spec", source));
    }

    [Fact]
    public void A_shape_naming_a_hyperparameter_declared_in_the_base_class_compiles_or_is_refused() => AssertValidOrRefused(Usings + """
        public abstract class WindowedBase
        {
            [Hyperparameter(Minimum = 1)] public int Depth { get; init; } = 2;
        }

        [Optimizer]
        public partial class Spec : WindowedBase
        {
            [State(Shape = "Depth, n")] private Real[] history;
        """ + Transition + "\n}\n");

    // ---------------------------------------------------------------- hyperparameter forms

    [Theory]
    [InlineData("public static Real {|#0:Rate|} { get; set; } = (Real)0.1;")]
    [InlineData("public Real {|#0:Rate|} { get; } = (Real)0.1;")]
    [InlineData("public Real {|#0:Rate|} { get; internal init; } = (Real)0.1;")]
    [InlineData("internal Real {|#0:Rate|} { get; init; } = (Real)0.1;")]
    [InlineData("public Real {|#0:Rate|} { get { return (Real)0.1; } }")]
    public Task OPT1012_hyperparameter_forms_a_programmer_tries(string property) =>
        Verify(InSpec("    [Hyperparameter] " + property + "\n" + Transition), Diagnostic("OPT1012", 0, "Rate", "Spec"));

    [Fact]
    public Task OPT1012_an_indexer_hyperparameter() => Verify(InSpec("""
            [Hyperparameter] public Real {|#0:this|}[int i] { get => 0; init { } }
        """ + Transition), Diagnostic("OPT1012", 0, "this[]", "Spec"));

    [Fact]
    public void Hyperparameters_with_required_init_bodies_and_escaped_names_are_valid() => AssertValid(InSpec("""
            [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public required Real Rate { get; init; }
            [Hyperparameter(Minimum = 0, Maximum = 1)] public Real @float { get => momentum; init => momentum = value; }
            private readonly Real momentum = (Real)0.9;
            [Hyperparameter(Minimum = 1)] public int @checked { get; init; } = 2;
            [Hyperparameter] public bool @unchecked { get; init; }

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = @unchecked ? -Rate * gradient[i] : -Rate * @float * gradient[i] * @checked;
            }
        """));

    [Fact]
    public void A_hyperparameter_default_of_the_wrong_type_is_the_compiler_s_error_only() => AssertCompilerError("CS0029", null, null, InSpec("""
            [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = "fast";
        """ + Transition));

    // A double literal into a Real is fine in Double mode and the compiler's CS0664 in Single mode: the spec is valid.
    [Fact]
    public void A_hyperparameter_default_that_only_converts_in_Double_mode_is_the_compiler_s_error_in_Single_mode() => AssertCompilerError("CS0664", null, "Single", InSpec("""
            [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = 0.1;
            [Hyperparameter(Minimum = 1)] public int Depth { get; init; } = 2;
            [State(Shape = "Depth")] private Real[] history;
        """ + Transition));

    [Fact]
    public void A_bound_of_the_wrong_type_is_the_compiler_s_error_only() => AssertCompilerError("CS0029", null, null, InSpec("""
            [Hyperparameter(Minimum = "0")] public Real Rate { get; init; } = (Real)0.1;
        """ + Transition));

    [Theory]
    [InlineData("[Hyperparameter(Minimum = 5, Maximum = 1)] public Real Rate { get; init; } = (Real)2;")]
    [InlineData("[Hyperparameter(Minimum = double.PositiveInfinity)] public Real Rate { get; init; } = (Real)2;")]
    [InlineData("[Hyperparameter(Maximum = double.NegativeInfinity, ExclusiveMaximum = true)] public int Rate { get; init; } = 2;")]
    [InlineData("[Hyperparameter(Minimum = 0.5)] public int Rate { get; init; } = 2;")]
    [InlineData("[Hyperparameter(Minimum = 1e300)] public float Rate { get; init; } = 2;")]
    public void Bounds_that_make_no_sense_compile_or_are_refused(string hyperparameter) =>
        AssertValidOrRefused(InSpec("    " + hyperparameter + "\n" + Transition));

    [Theory]
    [InlineData("Half", "(Half)1")]
    [InlineData("nint", "1")]
    [InlineData("Mode", "Mode.Fast")]
    [InlineData("TimeSpan", "TimeSpan.Zero")]
    public Task OPT1019_bounds_on_types_a_programmer_thinks_are_numbers(string type, string initial) => Verify(InSpec($$"""
            [Hyperparameter(Maximum = 10)] public {{type}} {|#0:Limit|} { get; init; } = {{initial}};
        {{Transition}}
        """) + "\npublic enum Mode { Fast, Careful }\n", Diagnostic("OPT1019", 0, "Limit", "Spec", type));

    // ---------------------------------------------------------------- attributes repeated or on the wrong target

    [Theory]
    [InlineData("[State, State] private Integer steps;")]
    [InlineData("[State(Shape = \"n\")][State(Shape = \"3\")] private Real[] velocity;")]
    [InlineData("[Hyperparameter, Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = (Real)0.1;")]
    [InlineData("[Init, Init] private void Start(ref State state, ReadOnlySpan<Real> parameters) { }")]
    public void A_repeated_attribute_is_the_compiler_s_CS0579_without_a_crash(string member) =>
        AssertCompilerError("CS0579", null, null, InSpec("    " + member + "\n" + Transition));

    [Fact]
    public void A_repeated_transition_attribute_is_the_compiler_s_CS0579_without_a_crash() =>
        AssertCompilerError("CS0579", null, null, InSpec(Transition.Replace("[Transition]", "[Transition][Transition]")));

    [Theory]
    [InlineData("[State] private Real Total { get; set; }")]
    [InlineData("[Hyperparameter] public Real Rate = (Real)0.1;")]
    [InlineData("[Transition] public Real Rate { get; init; }")]
    [InlineData("[Component] public Step1 First = new();")]
    [InlineData("[Optimizer] private void Helper() { }")]
    public void An_attribute_on_the_wrong_kind_of_member_is_the_compiler_s_CS0592_without_a_crash(string member) =>
        AssertCompilerError("CS0592", null, null, InSpec("    " + member + "\n" + Transition) + Step1);

    [Theory]
    [InlineData("public partial interface ISpec")]
    [InlineData("public partial struct Spec")]
    [InlineData("public partial record struct Spec")]
    [InlineData("public enum Spec")]
    [InlineData("public ref partial struct Spec")]
    public void Optimizer_on_an_interface_struct_enum_or_ref_struct_is_the_compiler_s_CS0592_only_and_nothing_is_generated(string declaration)
    {
        string body = declaration.Contains("enum", StringComparison.Ordinal) ? "    Fast,\n    Careful" : "    [State] private Integer steps;";
        AssertCompilerError("CS0592", null, null, Usings + "[Optimizer]\n" + declaration + "\n{\n" + body + "\n}\n");
    }

    // 'return:' puts the attribute on the return value, which [Transition] does not allow: it is no transition.
    [Fact]
    public Task OPT1003_a_transition_attribute_aimed_at_the_return_value() => Verify(InSpec("""
            [return: Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        """, "public partial class {|#0:Spec|}"), Diagnostic("OPT1003", 0, "Spec"));

    [Fact]
    public void Attributes_with_their_own_explicit_targets_are_valid() => AssertValid(InSpec("""
            [property: Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = (Real)0.1;
            [field: State] private Integer steps;

            [method: Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rate * gradient[i];
            }
        """));

    // ---------------------------------------------------------------- transition forms

    // A void partial method without an implementation is legal C#, but the compiler removes every call to it: the
    // generated Step would silently do nothing.
    [Fact]
    public Task OPT1005_a_partial_transition_without_an_implementation() => Verify(InSpec("""
            [Transition]
            partial void {|#0:Update|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update);
        """), Diagnostic("OPT1005", 0, "Update", "Spec", "it is a partial method without an implementation, so C# removes every call to it"));

    // [Conditional] removes the calls wherever its symbol is undefined: the spec would step in Debug and not in Release.
    [Fact]
    public Task OPT1005_a_conditional_transition() => Verify(InSpec("""
            [Transition, System.Diagnostics.Conditional("DEBUG")]
            private void {|#0:Update|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        """), Diagnostic("OPT1005", 0, "Update", "Spec", "it is [Conditional], so C# removes every call to it where its symbol is not defined"));

    [Fact]
    public Task OPT1016_a_conditional_init() => Verify(InSpec("""
            [Init, System.Diagnostics.Conditional("TRACE")]
            private static void {|#0:Start|}(ref State state, ReadOnlySpan<Real> parameters) { }
        """ + Transition), Diagnostic("OPT1016", 0, "Start", "Spec", "it is [Conditional], so C# removes every call to it where its symbol is not defined"));

    [Fact]
    public Task OPT1016_a_partial_init_without_an_implementation() => Verify(InSpec("""
            [Init]
            partial void {|#0:Start|}(ref State state, ReadOnlySpan<Real> parameters);
        """ + Transition), Diagnostic("OPT1016", 0, "Start", "Spec", "it is a partial method without an implementation, so C# removes every call to it"));


    [Theory]
    [InlineData("private void Update<TObjective>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective) where TObjective : struct, IObjective<Real> { }")]
    [InlineData("private void Update<TObjective>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective) where TObjective : class, IObjective<Real> { }")]
    [InlineData("private void Update<TObjective>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective) where TObjective : IObjective<Real>, new() { }")]
    [InlineData("private void Update<T>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }")]
    [InlineData("private void Update<TObjective, TExtra>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, ref TObjective objective) where TObjective : IObjective<Real> { }")]
    public void A_transition_with_a_type_parameter_Scan_cannot_supply_is_OPT1005(string transition) =>
        AssertRefused("OPT1005", InSpec("    [Transition]\n    " + transition));

    [Theory]
    [InlineData("private void Update(ref State @ref, ReadOnlySpan<Real> @in, Span<Real> @out) => @in.CopyTo(@out);")]
    [InlineData("private void @Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, Real value = 0, Span<Real> update = default) => gradient.CopyTo(update);")]
    [InlineData("private void Update(ref OptimGen_Spec_State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);")]
    public void Transitions_with_escaped_names_defaults_or_an_aliased_state_type_are_valid(string transition) =>
        AssertValid("using OptimGen_Spec_State = Spec.State;\n" + InSpec("    [Transition]\n    " + transition));

    // ---------------------------------------------------------------- names that collide with what the generator emits

    [Theory]
    [InlineData("public Real {|#0:State|} { get; set; }", "State")]
    [InlineData("private int {|#0:Init|};", "Init")]
    [InlineData("public sealed class {|#0:Step|} { }", "Step")]
    [InlineData("public event EventHandler? {|#0:Scan|};", "Scan")]
    [InlineData("public void {|#0:Init|}(int size) { }", "Init")]
    [InlineData("public const int {|#0:LoadCheckpoint|} = 0;", "LoadCheckpoint")]
    [InlineData("public delegate void {|#0:Step|}();", "Step")]
    public Task OPT1015_user_members_of_other_kinds_named_like_generated_ones(string member, string name) =>
        Verify(InSpec("    " + member + "\n" + Transition), Diagnostic("OPT1015", 0, "Spec", name));

    [Theory]
    [InlineData("[State] private Integer {|#0:parameterCount|};", "parameterCount", "ParameterCount")]
    [InlineData("[State(Shape = \"n\")] private Real[] {|#0:writeSlots|};", "writeSlots", "WriteSlots")]
    [InlineData("[State] private bool {|#0:equals|};", "equals", "Equals")]
    [InlineData("[State] private Real {|#0:_layout|};", "_layout", "Layout")]
    public Task OPT1014_slots_named_like_State_members(string field, string name, string publicName) =>
        Verify(InSpec("    " + field + "\n" + Transition), Diagnostic("OPT1014", 0, name, "Spec", publicName, "is a member OptimGen generates on State"));

    // The docs' "generated private helpers": a user member with one of their names.
    [Theory]
    [InlineData("private void {|#0:OptimGenCheckState|}() { }", "OptimGenCheckState")]
    [InlineData("private static int {|#0:OptimGenScanLoop|};", "OptimGenScanLoop")]
    public Task OPT1015_user_members_named_like_generated_helpers(string member, string name) =>
        Verify(InSpec("    " + member + "\n" + Transition), Diagnostic("OPT1015", 0, "Spec", name));

    // A spec deriving from another spec would hide its State (and Init, Step, Scan).
    [Fact]
    public Task OPT1015_a_spec_deriving_from_another_spec() => Verify(Usings + """
        [Optimizer]
        public partial class {|#0:Derived|} : Step1
        {
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        }
        """ + Step1, Diagnostic("OPT1015", 0, "Derived", "State', inherited from 'Step1"));

    // Greek small alpha PascalCases to Greek capital alpha, the name of the second slot.
    [Fact]
    public Task OPT1014_a_greek_slot_and_its_capital() => Verify(InSpec("""
            [State] private Real α;
            [State] private Real {|#0:Α|};
        """ + Transition), Diagnostic("OPT1014", 0, "Α", "Spec", "Α", "is also the name of slot 'α'"));

    [Fact]
    public void Slots_named_with_escaped_keywords_are_valid() => AssertValid(InSpec("""
            [State] private Real @double;
            [State] private Integer @class;
            [State(Shape = "n")] private Real[] @event;
            [State] private bool @checked;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Double += gradient[0];
                state.Class++;
                state.Event[0] = gradient[0];
                state.Checked = !state.Checked;
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public void Unicode_slot_and_hyperparameter_names_of_other_scripts_are_valid() => AssertValid(InSpec("""
            [Hyperparameter(Minimum = 1)] public int Größe { get; init; } = 2;
            [State(Shape = "Größe, n")] private Real[] verlauf;
            [State] private Integer шаг;
            [State] private Real _ω;
            [State] private Real ǆ;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Verlauf[0] = gradient[0];
                state.Шаг++;
                state.Ω += gradient[0];
                gradient.CopyTo(update);
            }
        """));

    // PascalCase must not follow the machine's culture: in Turkish, 'i' upper-cases to a dotted 'İ'.
    [Fact]
    public void Slot_names_are_PascalCased_the_same_under_a_Turkish_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo turkish = CultureInfo.GetCultureInfo("tr-TR");
        Assert.Equal("İ", "i".ToUpper(turkish));
        try
        {
            CultureInfo.CurrentCulture = turkish;
            CultureInfo.CurrentUICulture = turkish;
            AssertValid(InSpec("""
                    [State] private Integer iterations;
                    [State(Shape = "n")] private Real[] inverse;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        state.Iterations++;
                        state.Inverse[0] = gradient[0];
                        gradient.CopyTo(update);
                    }
                """));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    // Generated code that names System, OptimGen or Math without global:: would bind to these.
    [Theory]
    [InlineData("[State] private Real system;")]
    [InlineData("[State] private Real math;")]
    [InlineData("[State(Shape = \"n\")] private Real[] array;")]
    [InlineData("[State] private Integer argumentException;")]
    [InlineData("[Hyperparameter] public int Math { get; init; } = 1;")]
    [InlineData("[Hyperparameter] public int ArgumentOutOfRangeException { get; init; } = 1;\n    [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = (Real)0.1;")]
    [InlineData("public static class Span { }\n    public static class ReadOnlySpan { }")]
    [InlineData("public const int Array = 0;\n    [State(Shape = \"n\")] private Real[] velocity;")]
    public void Names_the_generated_code_might_bind_to_compile_or_are_refused(string members) =>
        AssertValidOrRefused(InSpec("    " + members + "\n" + Transition));

    // ---------------------------------------------------------------- preprocessor regions

    [Fact]
    public void An_if_else_choosing_one_of_two_transitions_is_valid() => AssertValid(InSpec("""
        #if USE_MOMENTUM
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        #else
            [Transition]
            private static void Plain(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        #endif
        """));

    [Fact]
    public void A_slot_enabled_by_a_define_in_the_file_is_valid() => AssertValid("#define WITH_MOMENTUM\n" + InSpec("""
        #region slots
        #if WITH_MOMENTUM
            [State(Shape = "n")] private Real[] velocity;
        #endif
        #endregion

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
        #if WITH_MOMENTUM
                state.Velocity[0] = gradient[0];
        #endif
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public Task OPT1003_the_only_transition_is_in_a_disabled_region() => Verify(InSpec("""
        #if NEVER_DEFINED
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        #endif
            [State] private Integer steps;
        """, "public partial class {|#0:Spec|}"), Diagnostic("OPT1003", 0, "Spec"));

    [Fact]
    public void An_attribute_in_a_disabled_region_leaves_a_plain_field() => AssertValid(InSpec("""
        #if NEVER_DEFINED
            [State]
        #endif
            private Real scratch;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                scratch = gradient[0];
                gradient.CopyTo(update);
            }
        """));

    [Fact]
    public void A_whole_spec_under_nullable_disable_is_valid() => AssertValid("#nullable disable\n" + InSpec("""
            [Hyperparameter] public Real[] Lower { get; init; }
            [Hyperparameter] public string Label { get; init; }
            [State(Shape = "n")] private Real[] velocity;
            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                state.Velocity[0] = Lower is null ? gradient[0] : Lower[0];
                gradient.CopyTo(update);
            }
        """));

    // ---------------------------------------------------------------- more declaration forms (written after the first fixes)

    [Fact]
    public void A_spec_nested_in_another_spec_is_valid() => AssertValid(Usings + """
        namespace Lib;

        [Optimizer]
        public partial class Outer
        {
            [State] private Integer steps;

            [Optimizer]
            public partial class Inner
            {
                [State(Shape = "n")] private Real[] velocity;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    state.Velocity[0] = gradient[0];
                    gradient.CopyTo(update);
                }
            }

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                gradient.CopyTo(update);
            }
        }
        """);

    // A C# 12 primary constructor's parameter may initialise a hyperparameter.
    [Fact]
    public void A_spec_with_a_primary_constructor_is_valid() => AssertValid(Usings + """
        [Optimizer]
        public partial class Spec(Real rate)
        {
            public Spec() : this((Real)0.1) { }

            [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = rate;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rate * gradient[i];
            }
        }
        """);

    // A positional parameter is a property the record declares: named State or Init, it collides with the generated member.
    [Theory]
    [InlineData("State")]
    [InlineData("Init")]
    public Task OPT1015_a_positional_record_parameter_named_like_a_generated_member(string name) => Verify(InSpec(Transition,
        "public partial record Spec(int {|#0:" + name + "|})"), Diagnostic("OPT1015", 0, "Spec", name));

    [Theory]
    // (Not Lib.Real: there the user's own ReadOnlySpan<Real> names the namespace, the compiler's CS0118.)
    [InlineData("Lib.System")]
    [InlineData("Lib.OptimGen")]
    [InlineData("Lib.@event")]
    public void A_spec_in_a_namespace_whose_last_part_shadows_a_name_the_generated_code_uses_is_valid(string ns) => AssertValid(
        Usings + "namespace " + ns + ";\n\n[Optimizer]\npublic partial class @class\n{\n    [Hyperparameter(Minimum = 0)] public double Rate { get; init; } = 0.1;\n"
        + "    [State(Shape = \"n\")] private double[] velocity;\n    [State] private long steps;\n" + Transition + "\n}\n");

    [Fact]
    public void A_spec_marked_obsolete_compiles_or_is_refused() => AssertValidOrRefused(InSpec(Transition, "[Obsolete(\"use Adam\")]\npublic partial class Spec"));

    [Fact]
    public void A_spec_marked_obsolete_as_an_error_compiles_or_is_refused() => AssertValidOrRefused(InSpec(
        "    [State(Shape = \"n\")] private Real[] velocity;\n" + Transition, "[Obsolete(\"gone\", true)]\npublic partial class Spec"));

    [Fact]
    public void An_optimizer_attribute_with_the_type_target_is_valid() => AssertValid(InSpec(Transition).Replace("[Optimizer]", "[type: Optimizer]"));

    [Fact]
    public void An_optimizer_attribute_on_the_assembly_is_the_compiler_s_CS0592_only() =>
        AssertCompilerError("CS0592", null, null, Usings + "[assembly: Optimizer]\n" + InSpec(Transition).Replace(Usings, ""));

    [Fact]
    public void Hyperparameters_declared_through_using_aliases_size_slots_and_take_bounds() => AssertValid(
        "using Count = System.Int32;\nusing Rate = System.Double;\n" + InSpec("""
            [Hyperparameter(Minimum = 1)] public Count Depth { get; init; } = 2;
            [Hyperparameter(Minimum = 0, Maximum = 1)] public Rate Momentum { get; init; } = 0.9;
            [State(Shape = "Depth, n")] private Real[] history;
        """ + Transition));

    // Real and Integer written inside another type's name: the generator reads them before the aliases exist.
    [Theory]
    [InlineData("[Hyperparameter(Minimum = 0)] public Nullable<Real> Clip { get; init; }")]
    [InlineData("[Hyperparameter(Minimum = 1)] public System.Nullable<Integer> Window { get; init; }")]
    [InlineData("[Hyperparameter(Maximum = 1)] public @Real Momentum { get; init; } = (Real)0.9;")]
    public void Hyperparameters_whose_Real_or_Integer_is_spelled_unusually_are_valid(string hyperparameter) =>
        AssertValid(InSpec("    " + hyperparameter + "\n" + Transition));

    [Theory]
    [InlineData("[State] private @Real total;")]
    [InlineData("[State(Shape = \"n\")] private @Integer[] counts;")]
    public void Slots_whose_Real_or_Integer_is_escaped_are_valid(string slot) =>
        AssertValid(InSpec("    " + slot + "\n" + Transition));

    // Fully qualified, global::-qualified and escaped spellings of the recognised types, everywhere a spec names one.
    [Fact]
    public void Every_recognised_type_in_a_qualified_or_escaped_spelling_is_valid() => AssertValid(InSpec("""
            [Hyperparameter(Minimum = 1)] public global::System.Int32 Depth { get; init; } = 2;
            [State(Shape = "Depth, n")] private global::System.Double[] history;
            [State(Shape = "n")] private System.Boolean[] mask;
            [State] private @Integer steps;

            [Transition]
            private void Update<TObjective>(ref @State state, global::System.ReadOnlySpan<Real> gradient, @Real value, System.Span<@Real> update, ref TObjective objective)
                where TObjective : global::OptimGen.IObjective<Real>
            {
                state.Steps++;
                state.Mask[0] = value > 0;
                gradient.CopyTo(update);
            }

            [ConvergenceMeasure]
            private static @Real Measure(ref State state, System.ReadOnlySpan<Real> parameters, global::System.ReadOnlySpan<@Real> gradient) => gradient[0];

            [CachedEvaluation]
            private static System.Boolean Reuse(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out @Real value)
            {
                value = 0;
                return false;
            }
        """));

    [Fact]
    public void A_chain_whose_component_types_are_written_through_using_aliases_is_valid() => AssertValid(
        "using First = Step1;\nusing Second = Lib.Inner.Momentum;\n" + Usings + """
        [Optimizer]
        public partial class Chain
        {
            [Component] public First Clip { get; init; } = new();
            [Component] public Second Momentum { get; init; } = new();
        }
        """ + Step1,
        Usings + "namespace Lib.Inner;\n\n[Optimizer]\npublic partial class Momentum\n{\n    [State(Shape = \"n\")] private Real[] velocity;\n" + Transition + "\n}\n");

    // Inside the spec, State is the spec's own nested type whatever the enclosing type or a using alias calls State.
    [Fact]
    public void A_spec_nested_in_a_type_with_a_State_member_and_a_State_alias_is_valid() => AssertValid("using State = System.Int32;\n" + Usings + """
        public partial class Host
        {
            public int State { get; set; }

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
        }
        """);

    [Fact]
    public void A_spec_declared_new_over_a_base_class_nested_type_compiles_or_is_refused() => AssertValidOrRefused(Usings + """
        public class HostBase
        {
            public class Spec { }
        }

        public partial class Host : HostBase
        {
            [Optimizer]
            public new partial class Spec
            {
        """ + Transition + "\n    }\n}\n");

    [Theory]
    [InlineData("private protected", "a private protected field")]
    [InlineData("protected internal", "a protected internal field")]
    public Task OPT1006_slots_with_two_word_accessibilities(string accessibility, string kind) => Verify(InSpec(
        "    [State] " + accessibility + " Integer {|#0:steps|};\n" + Transition), Diagnostic("OPT1006", 0, "steps", "Spec", kind));

    [Fact]
    public void An_overriding_hyperparameter_is_valid() => AssertValid(Usings + """
        public abstract class RatedBase
        {
            public virtual Real Rate { get; init; } = (Real)0.5;
        }

        [Optimizer]
        public partial class Spec : RatedBase
        {
            [Hyperparameter(Minimum = 0)] public override Real Rate { get; init; } = (Real)0.1;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rate * gradient[i];
            }
        }
        """);

    [Fact]
    public Task OPT1012_a_ref_returning_hyperparameter() => Verify(InSpec("""
            private Real rate = (Real)0.1;
            [Hyperparameter] public ref Real {|#0:Rate|} => ref rate;
        """ + Transition), Diagnostic("OPT1012", 0, "Rate", "Spec"));

    // [State] in a base class declares nothing for the derived spec (a spec's slots are its own fields): the
    // transition's use of the missing slot is the compiler's error, and nothing breaks.
    [Fact]
    public void A_slot_in_a_base_class_is_no_slot_of_the_spec() => AssertCompilerError("CS1061", null, null, Usings + """
        public abstract class MomentumBase
        {
            [State(Shape = "n")] private Real[] velocity;
        }

        [Optimizer]
        public partial class Spec : MomentumBase
        {
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Velocity[0] = gradient[0];
                gradient.CopyTo(update);
            }
        }
        """);

    // 'field:' puts [State] on the compiler's backing field of an auto-property: no slot, so OPT1006 says so.
    [Theory]
    [InlineData("[field: State(Shape = \"n\")] private Real[] {|#0:Velocity|} { get; set; } = null!;", "Velocity")]
    [InlineData("[field: State] private Integer {|#0:Steps|} { get; set; }", "Steps")]
    public Task OPT1006_a_state_attribute_on_an_auto_property_s_backing_field(string member, string name) =>
        Verify(InSpec("    " + member + "\n" + Transition), Diagnostic("OPT1006", 0, name, "Spec", $"the backing field of property '{name}'"));

    // A field-like event's backing field is not among the type's members (Roslyn shows it to no symbol reader): the
    // reader finds [field: State] in the event's declaration instead, and says it declares no slot.
    [Fact]
    public Task OPT1006_a_state_attribute_on_an_event_s_backing_field() => Verify(InSpec(
        "    [field: State] private event EventHandler? {|#0:Changed|};\n    private void Raise() => Changed?.Invoke(this, EventArgs.Empty);\n" + Transition),
        Diagnostic("OPT1006", 0, "Changed", "Spec", "the backing field of event 'Changed'"));

    // ---------------------------------------------------------------- configuration across files and scopes

    [Fact]
    public Task A_pragma_in_one_file_does_not_suppress_the_same_diagnostic_in_another() => VerifyFiles(
        new[]
        {
            "#pragma warning disable OPT1007\n" + InSpec("    [State] private decimal total;\n" + Transition),
            Usings + "public partial class Spec\n{\n    [State] private {|#0:decimal|} other;\n}\n",
        },
        Diagnostic("OPT1007", 0, "other", "Spec", "decimal"));

    [Fact]
    public async Task An_editorconfig_section_for_one_file_configures_only_that_file()
    {
        foreach (string precision in Precisions)
        {
            var test = new SpecDiagnosticTest(InSpec("    [State] private {|#0:decimal|} total;\n" + Transition), precision);
            test.TestState.Sources.Add(("/0/Part1.cs", Usings + "public partial class Spec\n{\n    [State] private decimal other;\n}\n"));
            await test.WithConfig("/.editorconfig", "root = true\n\n[Part1.cs]\ndotnet_diagnostic.OPT1007.severity = none\n")
                .Expect(Diagnostic("OPT1007", 0, "total", "Spec", "decimal"))
                .RunAsync();
        }
    }

    // [SuppressMessage] from the assembly at member scope for a field and a property, at type scope for a nested spec.
    [Theory]
    [InlineData("OPT1006", "member", "~F:Lib.Spec.steps", "[State] public Integer steps;", "[State] public Integer {|#0:steps|};", "steps", "a public field")]
    [InlineData("OPT1012", "member", "~P:Lib.Spec.Rate", "[Hyperparameter] public Real Rate { get; set; }", "[Hyperparameter] public Real {|#0:Rate|} { get; set; }", "Rate", null)]
    [InlineData("OPT1018", "type", "~T:Lib.Spec", "[State] private Integer steps = 1;", "[State] private Integer steps {|#0:= 1|};", "steps", null)]
    public Task SuppressMessage_from_the_assembly_targets_one_member_or_type(string id, string scope, string target, string suppressed, string reported, string name, string? kind)
    {
        string Spec(string ns, string member) => $"namespace {ns}\n{{\n[Optimizer]\npublic partial class Spec\n{{\n    {member}\n{Transition}\n}}\n}}\n";
        object[] arguments = kind is null ? new object[] { name, "Spec" } : new object[] { name, "Spec", kind };
        return Verify(
            Usings + $"[assembly: {SuppressMessage}(\"OptimGen\", \"{id}\", Scope = \"{scope}\", Target = \"{target}\")]\n" + Spec("Lib", suppressed) + Spec("Other", reported),
            Diagnostic(id, 0, arguments));
    }

    // ---------------------------------------------------------------- every spec diagnostic through every configuration form

    private const string SuppressMessage = "System.Diagnostics.CodeAnalysis.SuppressMessage";

    /// <summary>
    /// One malformed spec per OPT1xxx, in namespace Lib. <c>/*TYPE*/</c> marks where an attribute on the outermost
    /// type goes; the markup's span is the diagnostic's.
    /// </summary>
    private static (string Source, object[] Arguments) Malformed(string id) => id switch
    {
        "OPT1001" => ("/*TYPE*/[Optimizer]\npublic class {|#0:Spec|}\n{\n" + Transition + "\n}\n", new object[] { "Spec" }),
        "OPT1002" => ("/*TYPE*/public class {|#0:Outer|}\n{\n[Optimizer]\npublic partial class Spec\n{\n" + Transition + "\n}\n}\n", new object[] { "Outer", "Spec" }),
        "OPT1003" => ("/*TYPE*/[Optimizer]\npublic partial class {|#0:Spec|}\n{\n    [State] private Integer steps;\n}\n", new object[] { "Spec" }),
        "OPT1004" => (Body(Transition + "\n    [Transition] private void {|#0:Again|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }"), new object[] { "Spec", "Update", "Again" }),
        "OPT1005" => (Body("    [Transition]\n    private void Update({|#0:State state|}, ReadOnlySpan<Real> gradient, Span<Real> update) { }"), new object[] { "Update", "Spec", "parameter 1 must be 'ref State state'" }),
        "OPT1006" => (Body("    [State] internal Integer {|#0:steps|};\n" + Transition), new object[] { "steps", "Spec", "an internal field" }),
        "OPT1007" => (Body("    [State] private {|#0:ushort|} count;\n" + Transition), new object[] { "count", "Spec", "ushort" }),
        "OPT1008" => (Body("    [State(Shape = {|#0:\"Depth\"|})] private Real[] history;\n" + Transition), new object[] { "history", "Spec", "Depth" }),
        "OPT1009" => (Body("    [Hyperparameter] public Real Depth { get; init; } = 2;\n    [State(Shape = {|#0:\"Depth\"|})] private Real[] history;\n" + Transition), new object[] { "history", "Spec", "Depth", "Real" }),
        "OPT1010" => (Body("    [State(Shape = {|#0:\"n,,\"|})] private Real[] history;\n" + Transition), new object[] { "history", "Spec", "n,,", "it has an empty entry" }),
        "OPT1011" => (Body("    [State] private Integer[] {|#0:counts|};\n" + Transition), new object[] { "counts", "Spec", "is an array and needs a Shape, for example [State(Shape = \"n\")]" }),
        "OPT1012" => (Body("    [Hyperparameter] public Real {|#0:Rate|} { get; set; }\n" + Transition), new object[] { "Rate", "Spec" }),
        "OPT1013" => ("/*TYPE*/public partial class {|#0:Outer|}<T>\n{\n[Optimizer]\npublic partial class Spec\n{\n" + Transition + "\n}\n}\n", new object[] { "Spec", "Outer<T>" }),
        "OPT1014" => (Body("    [State] private Real {|#0:parameterCount|};\n" + Transition), new object[] { "parameterCount", "Spec", "ParameterCount", "is a member OptimGen generates on State" }),
        "OPT1015" => (Body("    public int {|#0:Scan|};\n" + Transition), new object[] { "Spec", "Scan" }),
        "OPT1016" => (Body("    [Init] private void {|#0:Start|}(ref State state, Span<Real> parameters) { }\n" + Transition), new object[] { "Start", "Spec", "parameter 2 must be 'ReadOnlySpan<Real> parameters'" }),
        "OPT1017" => ("/*TYPE*/[Optimizer]\npublic static partial class {|#0:Spec|}\n{\n    [Transition]\n    private static void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }\n}\n", new object[] { "Spec" }),
        "OPT1018" => (Body("    [State] private Integer steps {|#0:= 1|};\n" + Transition), new object[] { "steps", "Spec" }),
        "OPT1019" => (Body("    [Hyperparameter(Minimum = 0)] public string {|#0:Name|} { get; init; } = \"\";\n" + Transition), new object[] { "Name", "Spec", "string" }),
        "OPT1022" => (Body("    [CachedEvaluation] private bool {|#0:Reuse|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, Real value) => false;\n" + Transition), new object[] { "Reuse", "Spec", "parameter 4 must be 'out Real value'" }),
        "OPT1023" => ("/*TYPE*/[Optimizer]\npublic partial class Chain\n{\n    [Component] public string {|#0:Name|} { get; init; } = \"\";\n    [Component] public Step1 First { get; init; } = new();\n}\n" + Step1, new object[] { "Name", "Chain", "has type 'string', which is not an [Optimizer] spec" }),
        "OPT1024" => ("/*TYPE*/[Optimizer]\npublic partial class Chain\n{\n    [Component] public Step1 First { get; init; } = new();\n    [State] private Real {|#0:extra|};\n}\n" + Step1, new object[] { "Chain", "[State] slots" }),
        "OPT1025" => ("/*TYPE*/[Optimizer]\npublic partial class Loop\n{\n    [Component] public Loop {|#0:Self|} { get; init; } = null!;\n}\n", new object[] { "Self", "Loop", "Loop" }),
        "OPT1026" => (Body(Transition) + "[{|#0:Optimizer|}]\npublic partial class Spec\n{\n}\n", new object[] { "Spec" }),
        "OPT1027" => (Body(Transition + "\n    private void {|#0:Update|}(ref State state) { }"), new object[] { "Spec", "Update", "transition" }),
        "OPT1028" => ("/*TYPE*/file partial class {|#0:Outer|}\n{\n[Optimizer]\npublic partial class Spec\n{\n" + Transition + "\n}\n}\n", new object[] { "Outer", "Spec" }),
        "OPT1030" => (Body("    [ConvergenceMeasure] private Real {|#0:Measure|}(State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;\n" + Transition), new object[] { "Measure", "Spec", "parameter 1 must be 'ref State state'" }),
        "OPT1031" => (Body("    [OptimizerFailure] private bool {|#0:Failed|}(State state) => false;\n" + Transition), new object[] { "Failed", "Spec", "parameter 1 must be 'ref State state'" }),
        "OPT1032" => (Body("    [Hyperparameter(Minimum = 0), Obsolete(\"gone\", true)] public Real {|#0:Rate|} { get; init; } = (Real)0.1;\n" + Transition), new object[] { "Rate", "Spec", "to check its bounds" }),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no malformed spec for this id"),
    };

    private static string Body(string members) => "/*TYPE*/[Optimizer]\npublic partial class Spec\n{\n" + members + "\n}\n";

    private static string InLib(string body, string assemblyAttribute = "") =>
        Usings + assemblyAttribute + "namespace Lib;\n\n" + body;

    [Theory]
    [InlineData("OPT1001")]
    [InlineData("OPT1002")]
    [InlineData("OPT1003")]
    [InlineData("OPT1004")]
    [InlineData("OPT1005")]
    [InlineData("OPT1006")]
    [InlineData("OPT1007")]
    [InlineData("OPT1008")]
    [InlineData("OPT1009")]
    [InlineData("OPT1010")]
    [InlineData("OPT1011")]
    [InlineData("OPT1012")]
    [InlineData("OPT1013")]
    [InlineData("OPT1014")]
    [InlineData("OPT1015")]
    [InlineData("OPT1016")]
    [InlineData("OPT1017")]
    [InlineData("OPT1018")]
    [InlineData("OPT1019")]
    [InlineData("OPT1022")]
    [InlineData("OPT1023")]
    [InlineData("OPT1024")]
    [InlineData("OPT1025")]
    [InlineData("OPT1026")]
    [InlineData("OPT1027")]
    [InlineData("OPT1028")]
    [InlineData("OPT1030")]
    [InlineData("OPT1031")]
    [InlineData("OPT1032")]
    public async Task Every_spec_diagnostic_follows_editorconfig_pragma_and_SuppressMessage(string id)
    {
        (string body, object[] arguments) = Malformed(id);
        string plain = body.Replace("/*TYPE*/", "");

        // Reported as documented, then lowered to a warning by an .editorconfig section.
        await new SpecDiagnosticTest(InLib(plain)).Expect(Diagnostic(id, 0, arguments)).RunAsync();
        await new SpecDiagnosticTest(InLib(plain))
            .WithConfig("/.editorconfig", $"root = true\n\n[*.cs]\ndotnet_diagnostic.{id}.severity = warning\n")
            .Expect(new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(0).WithArguments(arguments))
            .RunAsync();

        // Suppressed: #pragma over the file, [SuppressMessage] on the outermost type, and from the assembly for the namespace.
        string unmarked = Unmark(plain);
        await new SpecDiagnosticTest($"#pragma warning disable {id}\n" + InLib(unmarked)).RunAsync();
        await new SpecDiagnosticTest(InLib(Unmark(body).Replace("/*TYPE*/", $"[{SuppressMessage}(\"OptimGen\", \"{id}\")]\n"))).RunAsync();
        await new SpecDiagnosticTest(InLib(unmarked, $"[assembly: {SuppressMessage}(\"OptimGen\", \"{id}\", Scope = \"namespaceanddescendants\", Target = \"~N:Lib\")]\n")).RunAsync();
    }

    private static string Unmark(string source) => source.Replace("{|#0:", "").Replace("|}", "");
}
