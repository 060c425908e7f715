using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// Microsoft.CodeAnalysis.Testing's source-generator test, set up for OptimGen: the .NET 8 reference
/// assemblies from Basic.Reference.Assemblies (nothing downloaded while testing) plus the OptimGen runtime;
/// only the generator's own diagnostics are compared (a malformed spec also leaves the compiler unable to
/// bind <c>State</c>, which is not what these tests are about).
/// </summary>
internal sealed class GeneratorDiagnosticTest : CSharpSourceGeneratorTest<OptimizerGenerator, DefaultVerifier>
{
    public GeneratorDiagnosticTest(string source, string? precision = null, LanguageVersion languageVersion = LanguageVersion.CSharp12)
    {
        TestCode = source;
        LanguageVersion = languageVersion;
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        CompilerDiagnostics = CompilerDiagnostics.None;
        if (precision is not null)
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.OptimGenPrecision = {precision}\n"));
    }

    private LanguageVersion LanguageVersion { get; }

    public static DiagnosticResult Diagnostic(string id, int location, params object[] arguments) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location).WithArguments(arguments);

    public GeneratorDiagnosticTest WithConfig(string path, string content)
    {
        TestState.AnalyzerConfigFiles.Add((path, content));
        return this;
    }

    public GeneratorDiagnosticTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion)
            .WithPreprocessorSymbols(GeneratorHarness.ParseOptions.PreprocessorSymbolNames);
}
