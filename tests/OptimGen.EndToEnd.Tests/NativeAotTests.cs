using System.IO;
using System.Linq;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// A consumer published with Native AOT (PublishAot=true, so the trim and AOT analyzers run over OptimGen too)
/// builds without a trim or AOT warning and runs the seed scenario: L-BFGS carried through a Scan, its line-search
/// counter keeping its Integer type. Needs clang to link (.ci/run installs it).
/// </summary>
[Collection(PackageCollections.First)]
public sealed class NativeAotTests
{
    private const string Program = """
        using OptimGen;
        using OptimGen.Optimizers;

        var lbfgs = new Lbfgs();
        Real[] x = new Real[100];
        for (int i = 0; i < x.Length; i += 2) { x[i] = (Real)(-1.2); x[i + 1] = 1; }
        Lbfgs.State state = lbfgs.Init(x);
        string before = state.NumLinesearchSteps.GetType().Name;
        ScanResult result = lbfgs.Scan(ref state, x, new Rosenbrock(), 200, new ScanOptions { GradientTolerance = 1e-5 });
        Console.WriteLine($"NumLinesearchSteps: {before} -> {state.NumLinesearchSteps.GetType().Name}");
        Console.WriteLine($"Layout: {Lbfgs.State.Layout.Precision}, {Lbfgs.State.Layout.Slots.Count} slots");
        Console.WriteLine($"Converged: {result.Converged}");

        struct Rosenbrock : IObjective<Real>
        {
            public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
            {
                Real f = 0;
                for (int i = 0; i < x.Length; i += 2)
                {
                    Real a = 1 - x[i], b = x[i + 1] - x[i] * x[i];
                    f += a * a + 100 * b * b;
                    g[i] = -2 * a - 400 * x[i] * b;
                    g[i + 1] = 200 * b;
                }

                return f;
            }
        }
        """;

    private readonly PackageFixture package;

    public NativeAotTests(PackageFixture package) => this.package = package;

    [Fact]
    public void A_consumer_published_with_native_AOT_has_no_trim_or_AOT_warning_and_runs_the_seed_scenario()
    {
        Assert.True(Tool.Exists("clang"), "clang is needed to link a Native AOT program: apt-get install clang (.ci/run does)");
        var consumer = new ConsumerProject(package, "NativeAot");
        consumer.Write("Program.cs", Program);
        string output = Path.Combine(consumer.Directory, "publish");

        DotNet.Result publish = consumer.Run("publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output)
            .ShouldSucceed("dotnet publish -p:PublishAot=true");
        string[] warnings = publish.Output.Split('\n').Where(line => line.Contains("warning IL") || line.Contains("warning AOT")).ToArray();
        Assert.True(warnings.Length == 0, string.Join("\n", warnings));

        string run = DotNet.RunProgram(Path.Combine(output, "Consumer"), consumer.Directory).ShouldSucceed("the native program").Output;
        Assert.Contains("NumLinesearchSteps: Int64 -> Int64", run);
        Assert.Contains("Layout: Double,", run);
        Assert.Contains("Converged: True", run);
    }
}
