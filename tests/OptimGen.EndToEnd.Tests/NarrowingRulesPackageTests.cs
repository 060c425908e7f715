using System;
using System.Linq;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// The narrowing rules (OPT0001, OPT0002) as a user of the package meets them in a plain `dotnet build`: in the
/// transition's file and in a helper's file the transition calls, in both modes, and in a file that
/// `optimgen_narrowing_scope = all` puts under the rules although no transition reaches it.
/// </summary>
[Collection(PackageCollections.First)]
public sealed class NarrowingRulesPackageTests
{
    private const string Program = """
        using OptimGen;

        Console.WriteLine(new Counting().Init(new Real[2]).Accepted);

        [Optimizer]
        partial class Counting
        {
            [State] private Integer accepted;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                int positive = Helpers.CountPositive(gradient);
                state.Accepted = positive;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Helpers.Damped(gradient[i]);
            }
        }
        """;

    private const string Helpers = """
        using OptimGen;

        static class Helpers
        {
            public static int CountPositive(ReadOnlySpan<Real> values)
            {
                int count = 0;
                foreach (Real value in values)
                    if (value > 0) count++;
                return count;
            }

            public static Real Damped(Real value) => (Real)(float)value / 2;
        }
        """;

    private const string Utility = """
        static class Utility
        {
            public static Half Rounded(double value) => (Half)value;
        }
        """;

    private readonly PackageFixture package;

    public NarrowingRulesPackageTests(PackageFixture package) => this.package = package;

    [Fact]
    public void Both_modes_report_where_the_code_stands_in_every_file_the_transition_reaches_and_in_files_the_option_covers()
    {
        var consumer = new ConsumerProject(package, "Narrowing");
        consumer.Write("Program.cs", Program);
        consumer.Write("Helpers.cs", Helpers);
        consumer.Write("Utility.cs", Utility);

        DotNet.Result doubleMode = consumer.Run("build", "-p:OptimGenPrecision=Double");
        Assert.NotEqual(0, doubleMode.ExitCode);
        Assert.Contains($"Program.cs{SourcePosition.Of(Program, "state.Accepted = positive;", "positive")}: error OPT0002: Slot 'Accepted' is Integer (Int64 in Double mode) but is assigned an Int32 value", doubleMode.Output);
        Assert.Contains($"Helpers.cs{SourcePosition.Of(Helpers, "(float)value")}: error OPT0001: A cast converts Double to Single, which is narrower than Real (Double in Double mode)", doubleMode.Output);
        Assert.DoesNotContain("Utility.cs", doubleMode.Output);

        DotNet.Result singleMode = consumer.Run("build", "-p:OptimGenPrecision=Single", "--no-incremental");
        singleMode.ShouldSucceed("the Single-mode build");
        Assert.Contains($"Program.cs{SourcePosition.Of(Program, "state.Accepted = positive;", "positive")}: warning OPT0006: OPT0002 in Double mode:", singleMode.Output);
        Assert.Contains($"Helpers.cs{SourcePosition.Of(Helpers, "(float)value")}: warning OPT0006: OPT0001 in Double mode:", singleMode.Output);

        // Outside every transition, Utility.cs is checked only once the option covers its file.
        consumer.Write(".editorconfig", """
            root = true

            [Utility.cs]
            optimgen_narrowing_scope = all
            """);
        DotNet.Result covered = consumer.Run("build", "-p:OptimGenPrecision=Single", "--no-incremental");
        Assert.NotEqual(0, covered.ExitCode);
        Assert.Contains($"Utility.cs{SourcePosition.Of(Utility, "(Half)value")}: error OPT0001: A cast converts Double to Half, which is narrower than Real (Single in Single mode)", covered.Output);
        Assert.Single(covered.Output.Split('\n').Where(line => line.Contains(": error OPT")).Select(line => line.Trim()).Distinct());
    }
}
