using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Generators.Tests.Infrastructure;
using static OptimGen.Generators.Tests.Infrastructure.SpecDiagnosticTest;

namespace OptimGen.Generators.Tests;

/// <summary>Every OPT1xxx diagnostic at its exact span (markup <c>{|#0:...|}</c>) with its message arguments.</summary>
public sealed class SpecDiagnosticTests
{
    private const string Usings = "using System;\nusing OptimGen;\n\n";

    private const string ValidBody = """
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        """;

    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        new SpecDiagnosticTest(Usings + source).Expect(expected).RunAsync();

    [Fact]
    public Task OPT1001_spec_not_partial() => Verify($$"""
        [Optimizer]
        public class {|#0:Plain|}
        {
        {{ValidBody}}
        }
        """, Diagnostic("OPT1001", 0, "Plain"));

    [Fact]
    public Task OPT1002_containing_type_not_partial() => Verify($$"""
        public class {|#0:Outer|}
        {
            [Optimizer]
            public partial class Inner
            {
        {{ValidBody}}
            }
        }
        """, Diagnostic("OPT1002", 0, "Outer", "Inner"));

    [Fact]
    public Task OPT1003_no_transition() => Verify("""
        [Optimizer]
        public partial class {|#0:Idle|}
        {
            [State] private Real total;
        }
        """, Diagnostic("OPT1003", 0, "Idle"));

    [Fact]
    public Task OPT1004_two_transitions() => Verify("""
        [Optimizer]
        public partial class Twice
        {
            [Transition]
            private void First(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }

            [Transition]
            private void {|#0:Second|}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }
        }
        """, Diagnostic("OPT1004", 0, "Twice", "First", "Second"));

    [Theory]
    [InlineData("private {|#0:int|} Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => 0;",
        "it returns 'int' but must return void")]
    [InlineData("private void Update({|#0:State state|}, ReadOnlySpan<Real> gradient, Span<Real> update) { }",
        "parameter 1 must be 'ref State state'")]
    [InlineData("private void Update(ref State state, {|#0:ReadOnlySpan<double> gradient|}, Span<Real> update) { }",
        "parameter 2 must be 'ReadOnlySpan<Real> parameters' or 'ReadOnlySpan<Real> gradient'")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, {|#0:Real[] update|}) { }",
        "parameter 3 must be 'Span<Real> update'")]
    [InlineData("private void {|#0:Update|}(ref State state, ReadOnlySpan<Real> gradient) { }",
        "parameter 3 must be 'Span<Real> update'")]
    [InlineData("private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, {|#0:int extra|}) { }",
        "the parameter after 'update' must be 'ref TObjective objective' with TObjective a type parameter of the transition constrained to 'IObjective<Real>'")]
    [InlineData("private void Update<T>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, {|#0:ref T objective|}) where T : struct, IObjective<Real> { }",
        "type parameter 'T' must have exactly one constraint, 'IObjective<Real>', so that Scan can pass any objective")]
    [InlineData("private void Update<T>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, {|#0:ref T objective|}) where T : IObjective<double> { }",
        "type parameter 'T' must be constrained to 'IObjective<Real>'")]
    [InlineData("private void {|#0:Update|}<T>(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }",
        "only the objective's type parameter 'TObjective' is allowed")]
    public Task OPT1005_transition_signature(string transition, string problem) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [Transition]
            {{transition}}
        }
        """, Diagnostic("OPT1005", 0, "Update", "Spec", problem));

    [Theory]
    [InlineData("public Integer {|#0:steps|};", "steps", "a public field")]
    [InlineData("private static Integer {|#0:steps|};", "steps", "a static field")]
    [InlineData("internal Real[] {|#0:velocity|};", "velocity", "an internal field")]
    public Task OPT1006_slot_not_private_instance_field(string field, string name, string kind) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State] {{field}}
        {{ValidBody}}
        }
        """, Diagnostic("OPT1006", 0, name, "Spec", kind));

    [Theory]
    [InlineData("private {|#0:decimal|} total;", "total", "decimal")]
    [InlineData("private {|#0:Real[][]|} jagged;", "jagged", "Real[][]")]
    [InlineData("private {|#0:Real[,]|} matrix;", "matrix", "Real[,]")]
    [InlineData("private {|#0:Real?|} maybe;", "maybe", "Real?")]
    public Task OPT1007_unsupported_slot_type(string field, string name, string type) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State(Shape = "n")] {{field}}
        {{ValidBody}}
        }
        """.Replace("[State(Shape = \"n\")] private {|#0:decimal", "[State] private {|#0:decimal").Replace("[State(Shape = \"n\")] private {|#0:Real?", "[State] private {|#0:Real?"),
        Diagnostic("OPT1007", 0, name, "Spec", type));

    [Fact]
    public Task OPT1008_shape_names_unknown() => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State(Shape = {|#0:"Rows, n"|})] private Real[] history;
        {{ValidBody}}
        }
        """, Diagnostic("OPT1008", 0, "history", "Spec", "Rows"));

    [Theory]
    [InlineData("Real", "Rate")]
    [InlineData("double", "Rate")]
    [InlineData("int?", "Rate")]
    public Task OPT1009_shape_names_non_integer_hyperparameter(string type, string name) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [Hyperparameter] public {{type}} {{name}} { get; init; }
            [State(Shape = {|#0:"Rate"|})] private Real[] history;
        {{ValidBody}}
        }
        """, Diagnostic("OPT1009", 0, "history", "Spec", name, type));

    [Theory]
    [InlineData("n,,3", "it has an empty entry")]
    [InlineData("", "it is empty; omit Shape for a scalar slot")]
    [InlineData("-2", "'-2' is not a non-negative integer literal that fits an int")]
    [InlineData("99999999999", "'99999999999' is not a non-negative integer literal that fits an int")]
    [InlineData("n*2", "'n*2' is neither 'n', an integer literal nor a hyperparameter name")]
    public Task OPT1010_malformed_shape(string shape, string problem) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State(Shape = {|#0:"{{shape}}"|})] private Real[] history;
        {{ValidBody}}
        }
        """, Diagnostic("OPT1010", 0, "history", "Spec", shape, problem));

    [Fact]
    public Task OPT1011_array_without_shape() => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State] private Real[] {|#0:velocity|};
        {{ValidBody}}
        }
        """, Diagnostic("OPT1011", 0, "velocity", "Spec", "is an array and needs a Shape, for example [State(Shape = \"n\")]"));

    [Fact]
    public Task OPT1011_scalar_with_shape() => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State(Shape = {|#0:"n"|})] private Real total;
        {{ValidBody}}
        }
        """, Diagnostic("OPT1011", 0, "total", "Spec", "is a scalar and cannot have a Shape; declare it as an array to give it one"));

    [Theory]
    [InlineData("public Real {|#0:Rate|} { get; set; }")]
    [InlineData("public Real {|#0:Rate|} { get; }")]
    [InlineData("internal Real {|#0:Rate|} { get; init; }")]
    [InlineData("public static Real {|#0:Rate|} { get; set; }")]
    public Task OPT1012_hyperparameter_not_public_init_only(string property) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [Hyperparameter] {{property}}
        {{ValidBody}}
        }
        """, Diagnostic("OPT1012", 0, "Rate", "Spec"));

    [Fact]
    public Task OPT1013_generic_spec() => Verify($$"""
        [Optimizer]
        public partial class {|#0:Spec|}<T>
        {
        {{ValidBody}}
        }
        """, Diagnostic("OPT1013", 0, "Spec", "Spec<T>"));

    [Fact]
    public Task OPT1013_spec_in_generic_type() => Verify($$"""
        public partial class {|#0:Outer|}<T>
        {
            [Optimizer]
            public partial class Spec
            {
        {{ValidBody}}
            }
        }
        """, Diagnostic("OPT1013", 0, "Spec", "Outer<T>"));

    [Fact]
    public Task OPT1014_slots_with_the_same_public_name() => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State] private Integer steps;
            [State] private Integer {|#0:_steps|};
        {{ValidBody}}
        }
        """, Diagnostic("OPT1014", 0, "_steps", "Spec", "Steps", "is also the name of slot 'steps'"));

    [Fact]
    public Task OPT1014_slot_named_like_a_generated_member() => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State] private Integer {|#0:parameterCount|};
        {{ValidBody}}
        }
        """, Diagnostic("OPT1014", 0, "parameterCount", "Spec", "ParameterCount", "is a member OptimGen generates on State"));

    [Theory]
    [InlineData("public void {|#0:Step|}() { }", "Step")]
    [InlineData("public class {|#0:State|} { }", "State")]
    [InlineData("public int {|#0:Scan|} => 0;", "Scan")]
    public Task OPT1015_member_the_generator_emits(string member, string name) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            {{member}}
        {{ValidBody}}
        }
        """, Diagnostic("OPT1015", 0, "Spec", name));

    [Theory]
    [InlineData("private void {|#0:Start|}(ref State state, ReadOnlySpan<double> parameters) { }", "parameter 2 must be 'ReadOnlySpan<Real> parameters'")]
    [InlineData("private bool {|#0:Start|}(ref State state, ReadOnlySpan<Real> parameters) => true;", "it returns 'bool' but must return void")]
    [InlineData("private void {|#0:Start|}(ref State state) { }", "it has 1 parameters but needs 2")]
    public Task OPT1016_init_method_signature(string method, string problem) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [Init]
            {{method}}
        {{ValidBody}}
        }
        """, Diagnostic("OPT1016", 0, "Start", "Spec", problem));

    [Fact]
    public Task OPT1017_static_spec() => Verify($$"""
        [Optimizer]
        public static partial class {|#0:Spec|}
        {
            [Transition]
            private static void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) { }
        }
        """, Diagnostic("OPT1017", 0, "Spec"));

    [Fact]
    public Task OPT1018_slot_with_an_initializer() => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [State] private Real scale {|#0:= (Real)1|};
        {{ValidBody}}
        }
        """, Diagnostic("OPT1018", 0, "scale", "Spec"));

    [Fact]
    public Task OPT1019_bounds_on_a_non_numeric_hyperparameter() => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [Hyperparameter(Minimum = 0)] public bool {|#0:Nesterov|} { get; init; }
        {{ValidBody}}
        }
        """, Diagnostic("OPT1019", 0, "Nesterov", "Spec", "bool"));

    [Fact]
    public Task OPT1020_unknown_precision() =>
        new SpecDiagnosticTest(Usings + "public class Nothing { }", precision: "Quad")
            .Expect(new DiagnosticResult("OPT1020", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithArguments("Quad"))
            .RunAsync();

    [Fact]
    public Task OPT1021_language_version_before_csharp_10() =>
        new SpecDiagnosticTest(Usings + "public class Nothing { }", languageVersion: LanguageVersion.CSharp9)
            .Expect(new DiagnosticResult("OPT1021", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithArguments("9.0"))
            .RunAsync();

    [Theory]
    [InlineData("private bool {|#0:Reuse|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, Real value) => false;", "parameter 4 must be 'out Real value'")]
    [InlineData("private void {|#0:Reuse|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value) => value = 0;", "it returns 'void' but must return bool")]
    public Task OPT1022_cached_evaluation_signature(string method, string problem) => Verify($$"""
        [Optimizer]
        public partial class Spec
        {
            [CachedEvaluation]
            {{method}}
        {{ValidBody}}
        }
        """, Diagnostic("OPT1022", 0, "Reuse", "Spec", problem));

    [Theory]
    [InlineData("[Component] public string {|#0:Name|} { get; init; } = \"\";", "has type 'string', which is not an [Optimizer] spec")]
    [InlineData("[Component] public Step1 {|#0:Name|} { get; set; } = new();", "must be a public instance property with 'get; init;' accessors")]
    public Task OPT1023_component_not_a_spec_property(string property, string problem) => Verify($$"""
        [Optimizer]
        public partial class Step1
        {
        {{ValidBody}}
        }

        [Optimizer]
        public partial class Chain
        {
            {{property}}
        }
        """, Diagnostic("OPT1023", 0, "Name", "Chain", problem));

    [Fact]
    public Task OPT1024_chain_with_its_own_slot() => Verify($$"""
        [Optimizer]
        public partial class Step1
        {
        {{ValidBody}}
        }

        [Optimizer]
        public partial class Chain
        {
            [Component] public Step1 First { get; init; } = new();
            [State] private Real {|#0:extra|};
        }
        """, Diagnostic("OPT1024", 0, "Chain", "[State] slots"));

    [Fact]
    public Task OPT1025_chain_cycle() => Verify("""
        [Optimizer]
        public partial class A
        {
            [Component] public B {|#0:Next|} { get; init; } = null!;
        }

        [Optimizer]
        public partial class B
        {
            [Component] public A {|#1:Back|} { get; init; } = null!;
        }
        """, Diagnostic("OPT1025", 0, "Next", "A", "A"), Diagnostic("OPT1025", 1, "Back", "B", "B"));
}
