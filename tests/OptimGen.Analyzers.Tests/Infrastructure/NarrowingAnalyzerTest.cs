using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Generators;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="NarrowingAnalyzer"/> on sources with the real generator (so each spec's State exists), in one
/// precision mode, against the offline references. Compiler errors fail the test, so every case is valid C#.
/// </summary>
internal sealed class NarrowingAnalyzerTest : CSharpAnalyzerTest<NarrowingAnalyzer, DefaultVerifier>
{
    public NarrowingAnalyzerTest(Mode mode)
    {
        TestSetup.Configure(this, TestState, mode);
    }

    protected override IEnumerable<Type> GetSourceGenerators() => TestSetup.Generators;
}

/// <summary>
/// The same setup for code-fix tests, except that the generator runs in the workspace (<see cref="GeneratorReference"/>)
/// rather than beside it, so that the fix sees the generated code as it does in an IDE.
/// </summary>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
internal sealed class NarrowingCodeFixTest<TCodeFix> : CSharpCodeFixTest<NarrowingAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    public NarrowingCodeFixTest(Mode mode)
    {
        TestSetup.ConfigureCodeFix(this, mode);
    }
}

internal static class TestSetup
{
    public static readonly Type[] Generators = { typeof(OptimizerGenerator) };

    /// <summary>Configures a code-fix test's three states, with the generator in the workspace.</summary>
    public static void ConfigureCodeFix<TVerifier>(CodeFixTest<TVerifier> test, Mode mode)
        where TVerifier : IVerifier, new()
    {
        Configure(test, test.TestState, mode);
        Configure(test, test.FixedState, mode);
        Configure(test, test.BatchFixedState, mode);
        test.SolutionTransforms.Add((solution, projectId) => solution.AddAnalyzerReference(projectId, GeneratorReference.Instance));
    }

    /// <summary>A catalogue case's source and project settings: its <c>.editorconfig</c>, nullable reference types.</summary>
    public static void SetUpCase<TVerifier>(AnalyzerTest<TVerifier> test, Cases.AnalyzerCase testCase)
        where TVerifier : IVerifier, new()
    {
        if (testCase.SplitFiles)
        {
            (string declarations, string transition) = SpecTemplate.Split(testCase);
            test.TestState.Sources.Add(("/0/Declarations.cs", declarations));
            test.TestState.Sources.Add(("/0/Transition.cs", transition));
        }
        else
        {
            test.TestCode = SpecTemplate.Wrap(testCase);
        }

        if (testCase.EditorConfig is { } editorConfig)
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        if (testCase.NullableProject)
        {
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(projectId,
                ((CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable)));
        }
    }

    public static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, SolutionState state, Mode mode)
        where TVerifier : IVerifier, new()
    {
        // No reference-assembly package: TestReferences gives the framework without a download.
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        // The framework's extra passes (every file marked generated; every diagnostic under #pragma) triple the
        // time of each case; SuppressionAndGeneratedCodeTests runs them once per rule instead.
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck | TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        state.AdditionalReferences.AddRange(TestReferences.All);
        state.AnalyzerConfigFiles.Add(PrecisionConfig.For(mode));
    }
}
