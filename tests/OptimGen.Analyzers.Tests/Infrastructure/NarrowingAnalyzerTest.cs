using System;
using System.Collections.Generic;
using System.Linq;
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

/// <summary>The same setup for code-fix tests.</summary>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
internal sealed class NarrowingCodeFixTest<TCodeFix> : CSharpCodeFixTest<NarrowingAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    public NarrowingCodeFixTest(Mode mode)
    {
        TestSetup.Configure(this, TestState, mode);
        TestSetup.Configure(this, FixedState, mode);
        TestSetup.Configure(this, BatchFixedState, mode);
    }

    protected override IEnumerable<Type> GetSourceGenerators() => TestSetup.Generators;
}

internal static class TestSetup
{
    public static readonly Type[] Generators = { typeof(OptimizerGenerator) };

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
