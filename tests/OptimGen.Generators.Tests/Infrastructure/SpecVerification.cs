using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>The spec analyzer's expected diagnostics, and nothing else from it, checked in both precision modes.</summary>
internal static class SpecVerification
{
    public static Task Verify(string source, params DiagnosticResult[] expected) =>
        VerifyAt(LanguageVersion.CSharp12, source, expected);

    /// <summary>As <see cref="Verify"/>, for a source of another language version.</summary>
    public static async Task VerifyAt(LanguageVersion version, string source, params DiagnosticResult[] expected)
    {
        foreach (string precision in SpecOutcome.Precisions)
            await new SpecDiagnosticTest(source, precision, version).Expect(expected).RunAsync();
    }

    /// <summary>As <see cref="Verify"/>, for a spec over several files (the markup may stand in any of them).</summary>
    public static async Task VerifyFiles(string[] sources, params DiagnosticResult[] expected)
    {
        foreach (string precision in SpecOutcome.Precisions)
        {
            var test = new SpecDiagnosticTest(sources[0], precision);
            for (int i = 1; i < sources.Length; i++)
                test.TestState.Sources.Add(($"/0/Part{i}.cs", sources[i]));
            await test.Expect(expected).RunAsync();
        }
    }
}
