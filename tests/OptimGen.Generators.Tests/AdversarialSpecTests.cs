using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Generators.Tests.Infrastructure;
using static OptimGen.Generators.Tests.Infrastructure.SpecOutcome;

namespace OptimGen.Generators.Tests;

/// <summary>
/// One test per class of input that once crashed the generator or made it emit code that does not compile:
/// each must now either compile cleanly or be refused with an OPT1xxx, in both precision modes, and never
/// throw (a generator exception drops every generated file of the compilation).
/// </summary>
public sealed class AdversarialSpecTests
{
    private const string Usings = "using System;\nusing OptimGen;\n";

    /// <summary>A valid spec with the given names; <paramref name="members"/> adds to its body.</summary>
    private static string Spec(string type = "Spec", string transition = "Update", string members = "", string? ns = "Demo", string hyperparameter = "Rate") =>
        Usings + (ns is null ? "" : $"namespace {ns};\n") + $$"""
        [Optimizer]
        public partial class {{type}}
        {
            [Hyperparameter] public Real {{hyperparameter}} { get; init; } = (Real)0.1;
            [State(Shape = "n")] private Real[] velocity;

            [Transition]
            private void {{transition}}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -{{hyperparameter}} * gradient[i];
            }
        {{members}}
        }
        """;

    [Fact]
    public void Two_partial_parts_both_marked_Optimizer_get_OPT1026_without_an_exception_and_other_specs_keep_their_code()
    {
        string first = Spec();
        string second = "using OptimGen;\nnamespace Demo;\n[Optimizer]\npublic partial class Spec { }\n";
        string other = Spec(type: "Other");
        foreach (string precision in new[] { "Double", "Single" })
        {
            GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { first, second, other }, precision);
            Assert.Empty(outcome.Exceptions);
            Diagnostic duplicate = Assert.Single(outcome.SpecErrors);
            Assert.Equal("OPT1026", duplicate.Id);
            Assert.Equal("/src/Spec1.cs", duplicate.Location.SourceTree!.FilePath);
            Assert.DoesNotContain(outcome.Output.SyntaxTrees, t => t.FilePath.EndsWith("Demo.Spec.g.cs"));
            Assert.Contains(outcome.Output.SyntaxTrees, t => t.FilePath.EndsWith("Demo.Other.g.cs"));
            Assert.Contains(outcome.Output.SyntaxTrees, t => t.FilePath.EndsWith("OptimGen.PrecisionAliases.cs"));
        }
    }

    [Fact]
    public void A_namespace_and_a_type_giving_one_full_name_do_not_throw_or_drop_other_specs()
    {
        string inNamespace = Spec(ns: "A");
        string nested = Usings + """
            public partial class A
            {
                [Optimizer]
                public partial class Spec
                {
                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }
                }
            }
            """;
        GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { inNamespace, nested, Spec(type: "Other") }, "Double");

        Assert.Empty(outcome.Exceptions);
        string[] files = outcome.Output.SyntaxTrees.Select(t => t.FilePath).ToArray();
        Assert.Contains(files, f => f.EndsWith("/A.Spec.g.cs"));
        Assert.Contains(files, f => f.EndsWith("/A+Spec.g.cs"));
        Assert.Contains(files, f => f.EndsWith("/Demo.Other.g.cs"));
        Assert.Contains(files, f => f.EndsWith("/OptimGen.PrecisionAliases.cs"));
    }

    [Fact]
    public void Specs_whose_names_differ_only_in_case_both_get_their_code()
    {
        AssertValid(Spec(type: "Spec"), Spec(type: "spec"));
    }

    [Fact]
    public void A_user_spec_named_like_the_alias_file_does_not_collide_with_it()
    {
        AssertValid(Spec(type: "PrecisionAliases", ns: "OptimGen"));
    }

    [Theory]
    [InlineData("update")]
    [InlineData("gradient")]
    [InlineData("value")]
    [InlineData("state")]
    [InlineData("parameters")]
    [InlineData("objective")]
    [InlineData("length")]
    [InlineData("options")]
    [InlineData("n")]
    [InlineData("recorder")]
    [InlineData("step")]
    [InlineData("traces")]
    [InlineData("key")]
    [InlineData("path")]
    [InlineData("loaded")]
    [InlineData("parameterCount")]
    public void A_transition_named_like_a_generated_parameter_or_local_compiles(string name)
    {
        AssertValid(Spec(transition: name));
    }

    [Fact]
    public void A_static_transition_in_a_spec_named_like_a_parameter_compiles()
    {
        AssertValid(Spec(type: "gradient", transition: "update").Replace("private void update", "private static void update").Replace("-Rate", "-(Real)0.1"));
    }

    [Theory]
    [InlineData("[Hyperparameter] public Real nameof { get; init; } = (Real)0.5;")]
    [InlineData("[Hyperparameter] public int MemorySize { get; init; } = 2;\n[State(Shape = \"MemorySize\")] private Real[] nameof;")]
    [InlineData("private static string nameof(object x) => \"\";")]
    [InlineData("[Init] private void nameof(ref State state, ReadOnlySpan<Real> parameters) { }")]
    public void A_spec_member_named_nameof_compiles(string member)
    {
        AssertValid(Spec(members: member));
    }

    [Fact]
    public void A_transition_named_nameof_compiles()
    {
        AssertValid(Spec(transition: "nameof"));
    }

    [Theory]
    [InlineData("update")]
    [InlineData("gradient")]
    [InlineData("state")]
    [InlineData("parameters")]
    [InlineData("writer")]
    [InlineData("reader")]
    [InlineData("copy")]
    [InlineData("other")]
    [InlineData("hash")]
    [InlineData("nameof")]
    public void A_component_named_like_a_generated_parameter_or_local_compiles(string name)
    {
        string chain = Usings + "namespace Demo;\n" + $$"""
            [Optimizer]
            public partial class Chain
            {
                [Component] public Spec {{name}} { get; init; } = new();
                [Component] public Spec Second { get; init; } = new();
            }
            """;
        AssertValid(Spec(), chain);
    }

    [Theory]
    [InlineData("Clone")]
    [InlineData("Layout")]
    [InlineData("ParameterCount")]
    [InlineData("WriteSlots")]
    [InlineData("Equals")]
    public void A_component_named_like_a_member_of_State_is_OPT1023(string name)
    {
        string chain = Usings + "namespace Demo;\n" + $$"""
            [Optimizer]
            public partial class Chain
            {
                [Component] public Spec {{name}} { get; init; } = new();
            }
            """;
        AssertRefused("OPT1023", Spec(), chain);
    }

    [Fact]
    public void Verbatim_keyword_identifiers_compile()
    {
        string source = Usings + """
            namespace @namespace.@class;
            [Optimizer]
            public partial class @class
            {
                [Hyperparameter] public Real @double { get; init; } = (Real)0.1;
                [Hyperparameter(Minimum = 1)] public int @checked { get; init; } = 2;
                [State(Shape = "checked, n")] private Real[] @in;
                [State] private Integer @long;

                [Transition]
                private void @int(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    state.Long += 1;
                    for (int i = 0; i < gradient.Length; i++)
                        update[i] = -@double * gradient[i];
                }

                [Init] private void @void(ref State state, ReadOnlySpan<Real> parameters) { }
            }
            """;
        AssertValid(source);
    }

    [Theory]
    [InlineData("Scan")]
    [InlineData("Step")]
    [InlineData("Init")]
    [InlineData("LoadCheckpoint")]
    [InlineData("State")]
    [InlineData("OptimGenCheckState")]
    public void A_spec_named_like_a_generated_member_is_OPT1015(string name)
    {
        AssertRefused("OPT1015", Spec(type: name));
    }

    [Fact]
    public void A_transition_with_arglist_is_OPT1005()
    {
        AssertRefused("OPT1005", Spec(members: """
                [Transition]
                private void Other(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, __arglist) { }
            """).Replace("[Transition]\n    private void Update", "private void Update"));
    }

    [Fact]
    public void A_constructor_marked_Transition_is_OPT1005()
    {
        AssertRefused("OPT1005", Spec(members: "[Transition] public Spec(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }")
            .Replace("[Transition]\n    private void Update", "private void Update"));
    }

    [Fact]
    public void Duplicate_hyperparameters_are_OPT1027()
    {
        AssertRefused("OPT1027", Spec(members: "[Hyperparameter] public Real Rate { get; init; } = (Real)0.2;"));
    }

    [Fact]
    public void Duplicate_components_are_OPT1027()
    {
        string chain = Usings + "namespace Demo;\n" + """
            [Optimizer]
            public partial class Chain
            {
                [Component] public Spec First { get; init; } = new();
                [Component] public Spec First { get; init; } = new();
            }
            """;
        AssertRefused("OPT1027", Spec(), chain);
    }

    [Fact]
    public void Transition_overloads_are_OPT1027()
    {
        AssertRefused("OPT1027", Spec(members: "private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, int extra = 0) { }"));
    }

    [Theory]
    [InlineData("namespace Demo;\n[Optimizer]\npublic partial class \n{\n}\n")]
    [InlineData("namespace Demo.;\n[Optimizer]\npublic partial class Spec\n{\n [Transition] private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }\n}\n")]
    [InlineData("namespace .Demo;\n[Optimizer]\npublic partial class Spec\n{\n [Transition] private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }\n}\n")]
    [InlineData("[Optimizer]\npublic partial class Spec\n{\n [Transition] private void (ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }\n}\n")]
    public void A_missing_name_gets_no_generated_code_and_no_exception(string body)
    {
        GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { Usings + body, Spec(type: "Other") }, "Double");

        Assert.Empty(outcome.Exceptions);
        Assert.DoesNotContain(outcome.GenerationErrors, d => d.Location.SourceTree?.FilePath.Contains("OptimGen.Generators") == true);
        Assert.Contains(outcome.Output.SyntaxTrees, t => t.FilePath.EndsWith("Demo.Other.g.cs"));
    }

    [Fact]
    public void A_global_type_named_System_does_not_break_the_alias_file()
    {
        // Such a type hides the System namespace from every file (the user's own 'using System;' is CS0138),
        // so only the aliases can stay clean: they name the keywords, not global::System.Double.
        GenerationCheck.Outcome outcome = GenerationCheck.Run(new[] { "public class System { }", "public class Uses { public Real X; public Integer Y; }" }, "Double");

        Assert.Empty(outcome.Exceptions);
        Assert.Empty(outcome.GenerationErrors);
        Assert.Empty(outcome.OwnErrors);
    }

    [Fact]
    public void A_slot_whose_public_name_is_not_an_identifier_is_OPT1014()
    {
        AssertRefused("OPT1014", Spec(members: "[State] private Real _1;"));
    }

    [Fact]
    public void A_file_local_spec_is_OPT1028()
    {
        AssertRefused("OPT1028", Spec().Replace("public partial class Spec", "file partial class Spec"));
    }

    [Fact]
    public void A_record_spec_with_a_positional_property_named_like_a_generated_member_is_OPT1015()
    {
        AssertRefused("OPT1015", Spec().Replace("public partial class Spec", "public partial record Spec(int Step)"));
    }

    [Theory]
    [InlineData("public ref partial struct Outer")]
    [InlineData("public readonly partial struct Outer")]
    [InlineData("public partial record struct Outer")]
    [InlineData("public partial interface Outer")]
    [InlineData("public static partial class Outer")]
    [InlineData("public abstract partial record Outer")]
    public void A_spec_nested_in_any_kind_of_partial_type_compiles(string outer)
    {
        AssertValid(Usings + "namespace Demo;\n" + outer + "\n{\n" + Spec(ns: null).Replace(Usings, "") + "\n}\n");
    }

    [Theory]
    [InlineData("public abstract partial class Spec")]
    [InlineData("public sealed partial class Spec")]
    [InlineData("internal partial record Spec")]
    [InlineData("public partial record Spec(int Count)")]
    [InlineData("public partial class Spec(int count)")]
    public void A_spec_with_any_modifiers_or_primary_constructor_compiles(string declaration)
    {
        AssertValid(Spec().Replace("public partial class Spec", declaration));
    }

    [Fact]
    public void A_spec_deriving_from_a_spec_is_OPT1015()
    {
        AssertRefused("OPT1015", Spec(), Spec(type: "Derived").Replace("public partial class Derived", "public partial class Derived : Spec"));
    }

    [Theory]
    [InlineData("OptimGen", "Kernels")]
    [InlineData("OptimGen", "StateGuard")]
    [InlineData("OptimGen", "Precision")]
    [InlineData("OptimGen.Kernels", "Spec")]
    [InlineData("System", "ArgumentNullException")]
    [InlineData("System.Buffers", "Spec")]
    public void A_spec_declaring_the_full_name_of_a_type_the_generated_code_uses_is_OPT1015(string ns, string name)
    {
        AssertRefused("OPT1015", Spec(type: name, ns: ns));
    }

    [Fact]
    public void A_spec_next_to_a_type_named_State_is_read_and_compiles()
    {
        // Before generation 'State' in the transition binds to the outer type; after it, to the nested State.
        AssertValid(Spec(), "namespace Demo;\npublic class State { }\n");
    }
}
