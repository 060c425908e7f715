using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// Runs cases of <see cref="CaseCatalogue"/> in the precision modes <see cref="CatalogueSample"/> picks (both with
/// <c>OPTIMGEN_CATALOGUE_ALL=1</c>): the analyzer must report exactly the
/// expected diagnostics, at the marked locations, with the expected message arguments, and nothing else.
/// One subclass per rule, so that xunit runs the rules' cases in parallel.
/// </summary>
public abstract class NarrowingRuleTests
{
    protected static TheoryData<string, Mode> CasesOf(string rule)
    {
        var data = new TheoryData<string, Mode>();
        foreach (AnalyzerCase testCase in CaseCatalogue.All.Where(c => c.Rule == rule))
        {
            foreach (Mode mode in new[] { Mode.Double, Mode.Single })
            {
                if (CatalogueSample.Runs(testCase, mode))
                    data.Add(testCase.Name, mode);
            }
        }

        return data;
    }

    protected static Task VerifyAsync(string name, Mode mode) => VerifyAsync(CaseCatalogue.ByName[name], mode);

    internal static async Task VerifyAsync(AnalyzerCase testCase, Mode mode)
    {
        var test = new NarrowingAnalyzerTest(mode);
        TestSetup.SetUpCase(test, testCase);

        foreach (Expected expected in testCase.For(mode))
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptor(expected.Id)).WithLocation(expected.Marker).WithArguments(expected.Arguments));
        await test.RunAsync();
    }

    private static DiagnosticDescriptor Descriptor(string id) =>
        new NarrowingAnalyzer().SupportedDiagnostics.Single(descriptor => descriptor.Id == id);
}

public sealed class NarrowingConversionRuleTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf("OPT0001");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task OPT0001(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class SlotValueRuleTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf("OPT0002");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task OPT0002(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class MixedPrecisionRuleTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf("OPT0003");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task OPT0003(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class SeedStyleTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf(SeedStyleCases.Rule);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Seed(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class ScopeTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf(ScopeCases.Rule);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Scope(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class SlotFlowTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf(SlotFlowCases.Rule);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Flow(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class ConversionFormTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf(ConversionFormCases.Rule);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Conversion(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class ExemptionTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf(ExemptionCases.Rule);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Exemption(string name, Mode mode) => VerifyAsync(name, mode);
}

public sealed class IdiomaticCodeTests : NarrowingRuleTests
{
    public static TheoryData<string, Mode> Cases() => CasesOf(IdiomaticCases.Rule);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Quiet(string name, Mode mode) => VerifyAsync(name, mode);
}
