using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Generators.Tests.Infrastructure;
using static OptimGen.Generators.Tests.Infrastructure.SpecDiagnosticTest;

namespace OptimGen.Generators.Tests;

/// <summary>
/// OPT1030 and OPT1031: the <c>[ConvergenceMeasure]</c> and <c>[OptimizerFailure]</c> hooks of <c>Scan</c> in a form
/// the generator does not recognise, at the method's name with the reason (the runtime tests' PatientDescent compiles and runs both).
/// </summary>
public sealed class ScanHookDiagnosticTests
{
    private const string Spec = """
        using System;
        using OptimGen;

        [Optimizer]
        public partial class Spec
        {
            [State] private Integer failures;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);

        """;

    private static Task Verify(string hooks, params DiagnosticResult[] expected) =>
        new SpecDiagnosticTest(Spec + hooks + "\n}\n").Expect(expected).RunAsync();

    [Theory]
    [InlineData("private double {|#0:Measure|}(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;", "it returns 'double' but must return Real")]
    [InlineData("private Real {|#0:Measure|}(ref State state, ReadOnlySpan<Real> gradient) => 0;", "it has 2 parameters but needs 3")]
    [InlineData("private Real {|#0:Measure|}(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient) => 0;", "parameter 3 must be 'ReadOnlySpan<Real> gradient'")]
    [InlineData("private Real {|#0:Measure|}<T>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;", "it must not be generic")]
    public Task OPT1030_convergence_measure_signature(string method, string problem) =>
        Verify("[ConvergenceMeasure]\n" + method, Diagnostic("OPT1030", 0, "Measure", "Spec", problem));

    [Fact]
    public Task OPT1030_a_second_convergence_measure() => Verify("""
        [ConvergenceMeasure] private Real First(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;
        [ConvergenceMeasure] private Real {|#0:Second|}(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => 0;
        """, Diagnostic("OPT1030", 0, "Second", "Spec", "'First' is already the [ConvergenceMeasure] method"));

    [Theory]
    [InlineData("private bool {|#0:Failed|}(State state) => false;", "parameter 1 must be 'ref State state'")]
    [InlineData("private Integer {|#0:Failed|}(ref State state) => state.Failures;", "it returns 'long' but must return bool")] // Integer, resolved in Double mode
    [InlineData("private bool {|#0:Failed|}(ref State state, ReadOnlySpan<Real> gradient) => false;", "it has 2 parameters but needs 1")]
    public Task OPT1031_optimizer_failure_signature(string method, string problem) =>
        Verify("[OptimizerFailure]\n" + method, Diagnostic("OPT1031", 0, "Failed", "Spec", problem));

    [Fact]
    public Task The_recognised_forms_are_accepted() => Verify("""
        [ConvergenceMeasure] private static Real Measure(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient) => gradient[0];
        [OptimizerFailure] private bool Failed(ref State state) => state.Failures > 2;
        """);

    [Fact]
    public Task A_chain_declares_no_hooks() => new SpecDiagnosticTest("""
        using System;
        using OptimGen;

        [Optimizer]
        public partial class Step1
        {
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        }

        [Optimizer]
        public partial class Chain
        {
            [Component] public Step1 First { get; init; } = new();
            [OptimizerFailure] private static bool {|#0:Failed|}(ref State state) => false;
        }
        """).Expect(Diagnostic("OPT1024", 0, "Chain", "an [OptimizerFailure] method")).RunAsync();
}
