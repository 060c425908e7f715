using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Analyzers.Specs;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// Microsoft.CodeAnalysis.Testing's analyzer test of <see cref="SpecAnalyzer"/> (which reports OPT1xxx), with the
/// generator running as in a real build, set up for OptimGen: the .NET 8 reference assemblies from
/// Basic.Reference.Assemblies (nothing downloaded while testing) plus the OptimGen runtime. Only the analyzer's
/// diagnostics are compared (a malformed spec also leaves the compiler unable to bind <c>State</c>, which is not
/// what these tests are about).
/// </summary>
internal sealed class SpecDiagnosticTest : CSharpAnalyzerTest<SpecAnalyzer, DefaultVerifier>
{
    public SpecDiagnosticTest(string source, string? precision = null, LanguageVersion languageVersion = LanguageVersion.CSharp12)
    {
        TestCode = source;
        LanguageVersion = languageVersion;
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck | TestBehaviors.SkipGeneratedCodeCheck;
        CompilerDiagnostics = CompilerDiagnostics.None;
        if (precision is not null)
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.OptimGenPrecision = {precision}\n"));
    }

    private LanguageVersion LanguageVersion { get; }

    public static DiagnosticResult Diagnostic(string id, int location, params object[] arguments) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location).WithArguments(arguments);

    public SpecDiagnosticTest WithConfig(string path, string content)
    {
        TestState.AnalyzerConfigFiles.Add((path, content));
        return this;
    }

    public SpecDiagnosticTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    /// <summary>For a test that places its own <c>#pragma warning restore</c>, which the framework's extra pass under <c>#pragma warning disable</c> cannot account for.</summary>
    public SpecDiagnosticTest WithoutSuppressionPass()
    {
        TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        return this;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(OptimizerGenerator) };

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion)
            .WithPreprocessorSymbols(GeneratorHarness.ParseOptions.PreprocessorSymbolNames);
}
