using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OptimGen.Analyzers.Precision;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// OPT0004 and OPT0006 where the code the transition reads lives in another file of the project: each finding is
/// reported in the file where the code stands, in both modes (the catalogue's cases are one file each).
/// </summary>
public sealed class PrecisionTwoFileTests
{
    private const string Helpers = """
        using System;

        internal static class Tolerances
        {
            public const Real Eps = (Real)1e-9;
        }

        internal static class Schedule
        {
            public const Real Decay = {|#0:1 - Tolerances.Eps|};
        }

        internal static class Clipping
        {
            public static Real Clip(Real x) => {|#1:Math.Min(x, 1e10)|};
        }
        """;

    [Theory]
    [InlineData(Mode.Double)]
    [InlineData(Mode.Single)]
    public async Task Constants_and_helpers_of_another_file_are_checked_and_reported_there(Mode mode)
    {
        var test = new PrecisionAnalyzerTest(mode);
        test.TestState.Sources.Add(("/0/Spec.cs", SpecTemplate.Wrap("""
            state.Value *= Schedule.Decay;
            state.Value = Clipping.Clip(state.Value);
            """)));
        test.TestState.Sources.Add(("/0/Helpers.cs", Helpers));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PrecisionDiagnostics.CollapsingConstant).WithLocation(0)
            .WithArguments("1 - Tolerances.Eps", "exactly 1", "Single"));
        test.ExpectedDiagnostics.Add(mode == Mode.Double
            ? new DiagnosticResult(PrecisionDiagnostics.OtherMode).WithLocation(1)
                .WithArguments("CS0266", "Single", PrecisionMessages.CannotConvert("double", "float"))
            : DiagnosticResult.CompilerError("CS0266").WithLocation(1));
        await test.RunAsync();
    }
}
