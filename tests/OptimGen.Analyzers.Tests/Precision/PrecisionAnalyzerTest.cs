using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Precision;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// Runs <see cref="PrecisionAnalyzer"/> together with <see cref="NarrowingAnalyzer"/>, as the package does, with the
/// real generator, in one precision mode: a case expects what a user of that mode sees, compiler errors included
/// (code that breaks in the other mode does not compile there).
/// </summary>
internal sealed class PrecisionAnalyzerTest : CSharpAnalyzerTest<PrecisionAnalyzer, DefaultVerifier>
{
    public PrecisionAnalyzerTest(Mode mode)
    {
        TestSetup.Configure(this, TestState, mode);
    }

    protected override IEnumerable<Type> GetSourceGenerators() => TestSetup.Generators;

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new PrecisionAnalyzer(), new NarrowingAnalyzer());
}

/// <summary>The same setup for the code fixes of OPT0005 and OPT0006, the generator running in the workspace as for <see cref="NarrowingCodeFixTest{TCodeFix}"/>.</summary>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
internal sealed class PrecisionCodeFixTest<TCodeFix> : CSharpCodeFixTest<PrecisionAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    public PrecisionCodeFixTest(Mode mode)
    {
        TestSetup.ConfigureCodeFix(this, mode);
    }
}
