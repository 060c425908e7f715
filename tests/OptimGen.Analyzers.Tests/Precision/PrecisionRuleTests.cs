using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Precision;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// Runs the cases of <see cref="PrecisionCaseCatalogue"/> in the precision modes <see cref="CatalogueSample"/> picks
/// (both with <c>OPTIMGEN_CATALOGUE_ALL=1</c>): exactly the expected diagnostics
/// (OPT0001–OPT0006 and compiler errors), at the marked spans, with the expected message arguments.
/// One subclass per rule, so that xunit runs the rules in parallel.
/// </summary>
public abstract class PrecisionRuleTests
{
    protected static TheoryData<string, Mode> CasesOf(string rule)
    {
        var data = new TheoryData<string, Mode>();
        foreach (AnalyzerCase testCase in PrecisionCaseCatalogue.All.Where(c => c.Rule == rule))
        {
            foreach (Mode mode in new[] { Mode.Double, Mode.Single })
            {
                if (CatalogueSample.Runs(testCase, mode))
                    data.Add(testCase.Name, mode);
            }
        }

        return data;
    }

    protected static Task VerifyAsync(string name, Mode mode) => VerifyAsync(PrecisionCaseCatalogue.ByName[name], mode);

    internal static async Task VerifyAsync(AnalyzerCase testCase, Mode mode)
    {
        var test = new PrecisionAnalyzerTest(mode);
        TestSetup.SetUpCase(test, testCase);

        foreach (Expected expected in testCase.For(mode))
            test.ExpectedDiagnostics.Add(Result(expected));
        await test.RunAsync();
    }

    /// <summary>An analyzer diagnostic with its message arguments, or a compiler error (its id and place: the message is the compiler's).</summary>
    private static DiagnosticResult Result(Expected expected) => expected.Id.StartsWith("CS", System.StringComparison.Ordinal)
        ? DiagnosticResult.CompilerError(expected.Id).WithLocation(expected.Marker)
        : new DiagnosticResult(Descriptor(expected.Id)).WithLocation(expected.Marker).WithArguments(expected.Arguments);

    private static DiagnosticDescriptor Descriptor(string id) =>
        new PrecisionAnalyzer().SupportedDiagnostics.Concat(new NarrowingAnalyzer().SupportedDiagnostics).Single(descriptor => descriptor.Id == id);
}

public sealed class CollapsingConstantRuleTests : PrecisionRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf("OPT0004");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task OPT0004(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class RealCounterRuleTests : PrecisionRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf("OPT0005");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task OPT0005(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class OtherModeRuleTests : PrecisionRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf("OPT0006");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task OPT0006(string name, Mode mode) => VerifyAsync(name, mode);
}
