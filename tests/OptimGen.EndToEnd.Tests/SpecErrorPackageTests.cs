using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// A malformed spec as a user of the package meets it in a plain `dotnet build`: the OPT1xxx error that says what to
/// fix is printed. The command-line compiler stops at declaration errors before it runs the analyzers that report
/// OPT1xxx, so the spec's empty placeholder <c>State</c> is what lets its signature (<c>ref State state</c>) compile.
/// </summary>
[Collection(PackageCollections.Second)]
public sealed class SpecErrorPackageTests
{
    private const string Program = """
        using OptimGen;

        Console.WriteLine("built");

        [Optimizer]
        partial class Porting
        {
            [State] private Integer count;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -gradient[i];
            }

            // optax's init_fn, ported under the name of a member OptimGen generates.
            private static Integer Init(Integer seed) => seed;
        }
        """;

    private readonly PackageFixture package;

    public SpecErrorPackageTests(PackageFixture package) => this.package = package;

    [Fact]
    public void A_member_named_like_a_generated_one_is_reported_as_OPT1015_not_as_a_missing_State()
    {
        var consumer = new ConsumerProject(package, "SpecError");
        consumer.Write("Program.cs", Program);

        foreach (string mode in new[] { "Double", "Single" })
        {
            DotNet.Result build = consumer.Run("build", $"-p:OptimGenPrecision={mode}", "--no-incremental");

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains($"Program.cs{SourcePosition.Of(Program, "private static Integer Init(", "Init")}: error OPT1015: Optimizer spec 'Porting' declares 'Init', a name OptimGen generates; rename it", build.Output);
            Assert.DoesNotContain("CS0246", build.Output);
        }
    }
}
