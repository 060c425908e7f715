using System.Linq;
using OptimGen.Analyzers.Tests.Cases;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Rewrites of a catalogue case that keep its meaning, so that it must keep its diagnostics: the transition's body
/// moved into code the transition runs with <c>ref state</c>, as users factor a long step: a helper method, a local
/// function, an explicit implementation of an interface the spec implements (called through the interface), a lambda
/// held by a delegate local; or the same code in a project with nullable reference types on, as most are, or in a
/// namespace, the spec there top-level or nested in a partial type (as the contract allows); or the body run inside a
/// loop over the gradient or a <c>try</c>/<c>finally</c>, which flow-sensitive proofs must not mistake; or the spec split
/// into two partial files, its slots in one and its transition in the other. The markup moves with the text, so the expected diagnostics stay where they were written.
/// </summary>
internal static class CaseTransforms
{
    public const string HelperMethod = "helper method";
    public const string LocalFunction = "local function";
    public const string InterfaceMember = "interface member";
    public const string DelegateLambda = "delegate lambda";
    public const string NullableProject = "nullable project";
    public const string InNamespace = "in a namespace";
    public const string NestedType = "nested in a namespace's type";

    public const string InLoop = "inside a loop";
    public const string InTryFinally = "inside try/finally";
    public const string TwoFiles = "split into two partial files";

    public static readonly string[] All = { HelperMethod, LocalFunction, InterfaceMember, DelegateLambda, NullableProject, InNamespace, NestedType, InLoop, InTryFinally, TwoFiles };

    /// <summary>
    /// Whether the rewrite applies: a case whose later code declares the spec's own partial type is not nested, nor one whose
    /// expected message quotes the compiler naming the spec's members; and one quoting a type of the spec is not put in a
    /// namespace (the compiler's message then names the namespace too: 'Corpus.Optimizers.Spec.Meters').
    /// </summary>
    public static bool AppliesTo(AnalyzerCase testCase, string transform) => transform switch
    {
        NestedType => !testCase.Outside.Contains("partial class Spec", System.StringComparison.Ordinal) && !Quotes(testCase, @"'Spec\."),
        InNamespace => !Quotes(testCase, @"'Spec\.[A-Za-z_][A-Za-z0-9_]*'"),
        _ => true,
    };

    /// <summary>
    /// Whether an expected message quotes the compiler naming a member of the spec (<c>'Spec.</c>: nested, the compiler names
    /// the outer type too), or, for the namespace, a type of the spec (<c>'Spec.Meters'</c>, ending at the name; a method is
    /// quoted with its parameters and without the namespace).
    /// </summary>
    private static bool Quotes(AnalyzerCase testCase, string pattern) =>
        testCase.InDouble.Concat(testCase.InSingle).SelectMany(expected => expected.Arguments).OfType<string>()
            .Any(argument => System.Text.RegularExpressions.Regex.IsMatch(argument, pattern));

    private const string Parameters = "(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)";
    private const string OutsideParameters = "(ref Spec.State state, ReadOnlySpan<Real> gradient, Span<Real> update)";
    private const string Call = "MovedStep(ref state, gradient, update);";

    public static AnalyzerCase Apply(AnalyzerCase testCase, string transform) => transform switch
    {
        HelperMethod => testCase with
        {
            Body = Call,
            Members = $"private void MovedStep{Parameters}\n{{\n{Indent(testCase.Body)}\n}}\n\n{testCase.Members}",
        },
        LocalFunction => testCase with
        {
            Body = $"{Call}\n\nvoid MovedStep{Parameters}\n{{\n{Indent(testCase.Body)}\n}}",
        },
        InterfaceMember => testCase with
        {
            Body = "((IMovedStep)this).MovedStep(ref state, gradient, update);",
            Members = $"void IMovedStep.MovedStep{Parameters}\n{{\n{Indent(testCase.Body)}\n}}\n\n{testCase.Members}",
            Outside = $"{testCase.Outside}\n\npublic partial class Spec : IMovedStep\n{{\n}}\n\ninternal interface IMovedStep\n{{\n    void MovedStep{OutsideParameters};\n}}",
        },
        DelegateLambda => testCase with
        {
            Body = $"MovedStepHandler movedStep = {Parameters} =>\n{{\n{Indent(testCase.Body)}\n}};\nmovedStep(ref state, gradient, update);",
            Outside = $"{testCase.Outside}\n\ninternal delegate void MovedStepHandler{OutsideParameters};",
        },
        InLoop => testCase with { Body = $"for (int movedPass = 0; movedPass < gradient.Length; movedPass++)\n{{\n{Indent(testCase.Body)}\n}}" },
        InTryFinally => testCase with { Body = $"try\n{{\n{Indent(testCase.Body)}\n}}\nfinally\n{{\n    update.Clear();\n}}" },
        NullableProject => testCase with { NullableProject = true },
        TwoFiles => testCase with { SplitFiles = true },
        InNamespace => testCase with { Namespace = "Corpus.Optimizers" },
        NestedType => testCase with { Namespace = "Corpus.Optimizers", OuterType = "Library" },
        _ => throw new System.ArgumentOutOfRangeException(nameof(transform), transform, null),
    };

    private static string Indent(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Trim('\n').Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
