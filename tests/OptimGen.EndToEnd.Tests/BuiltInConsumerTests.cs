using System.IO;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// The built-in optimizers from the packed package: precompiled once per precision mode, the package's targets
/// reference the assembly of the project's OptimGenPrecision and copy both to the output. Projects written by
/// hand in a fresh folder, warnings as errors.
/// </summary>
[Collection(PackageCollections.Second)]
public sealed class BuiltInConsumerTests
{
    /// <summary>A Double-mode library that uses Adam and Lbfgs and shows its internals to the app.</summary>
    private const string LibrarySource = """
        using OptimGen;
        using OptimGen.Optimizers;

        namespace Lib;

        internal static class LibraryRun
        {
            internal static string Describe()
            {
                Real[] x = { 3, -2 };
                Adam.State adam = new Adam().Init(x);
                var lbfgs = new Lbfgs();
                Lbfgs.State state = lbfgs.Init(x);
                ScanResult result = lbfgs.Scan(ref state, x, new Bowl(), 50, new ScanOptions { GradientTolerance = 1e-4 });
                return $"lib Adam.State.Mu: {adam.Mu.GetType().Name}, lib Lbfgs converged: {result.Converged}";
            }
        }

        internal struct Bowl : IObjective<Real>
        {
            public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
            {
                gradient[0] = x[0];
                gradient[1] = 2 * x[1];
                return (x[0] * x[0] + 2 * x[1] * x[1]) / 2;
            }
        }
        """;

    /// <summary>The app's chain of two built-ins (optax's <c>chain(clip_by_global_norm(1), adam(0.1))</c>), read from the referenced assembly.</summary>
    private const string ChainSource = """
        using OptimGen;
        using OptimGen.Optimizers;

        [Optimizer]
        public partial class ClippedAdam
        {
            [Component] public ClipByGlobalNorm Clip { get; init; } = new() { MaxNorm = (Real)1 };
            [Component] public Adam Adam { get; init; } = new() { LearningRate = (Real)0.1 };
        }
        """;

    /// <summary>The app: its own built-ins (Lion, Adam, Sgd, a chain) and the library's internal run.</summary>
    private const string AppSource = """
        using OptimGen;
        using OptimGen.Optimizers;

        Real[] x = { 3, -2 };
        Lion.State lion = new Lion().Init(x);
        Adam.State adam = new Adam().Init(x);
        var sgd = new Sgd { LearningRate = (Real)0.1 };
        Sgd.State state = sgd.Init(x);
        ScanResult result = sgd.Scan(ref state, x, new AppBowl(), 200);
        Console.WriteLine($"app Lion.State.Mu: {lion.Mu.GetType().Name}");
        Console.WriteLine($"app Adam.State.Count: {adam.Count.GetType().Name}");
        Console.WriteLine($"app Sgd converged: {result.Values[^1] < 1e-6}");
        var chain = new ClippedAdam();
        ClippedAdam.State chainState = chain.Init(x);
        var update = new Real[2];
        chain.Step(ref chainState, new Real[] { 30, -40 }, update);
        Console.WriteLine($"app chain: {chainState.GetType().Name}, first update {update[0].ToString("F3", System.Globalization.CultureInfo.InvariantCulture)} {update[1].ToString("F3", System.Globalization.CultureInfo.InvariantCulture)}");
        Console.WriteLine(Lib.LibraryRun.Describe());

        struct AppBowl : IObjective<Real>
        {
            public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
            {
                gradient[0] = x[0];
                gradient[1] = x[1];
                return (x[0] * x[0] + x[1] * x[1]) / 2;
            }
        }
        """;

    private readonly PackageFixture package;

    public BuiltInConsumerTests(PackageFixture package) => this.package = package;

    [Theory]
    [InlineData("Double", "Double[]", "Int64")]
    [InlineData("Single", "Single[]", "Int32")]
    public void A_library_and_an_app_with_InternalsVisibleTo_build_without_warnings_and_run_each_in_its_mode(string appPrecision, string realArray, string integer)
    {
        var workspace = new FeedWorkspace(package, "LibraryAndApp" + appPrecision);
        workspace.WriteCSharpProject("Lib", "<OptimGenPrecision>Double</OptimGenPrecision>", """<InternalsVisibleTo Include="App" />""");
        workspace.Write("Lib/LibraryRun.cs", LibrarySource);
        workspace.WriteCSharpProject("App", $"<OutputType>Exe</OutputType><OptimGenPrecision>{appPrecision}</OptimGenPrecision>", """<ProjectReference Include="../Lib/Lib.csproj" />""");
        workspace.Write("App/Program.cs", AppSource);
        workspace.Write("App/ClippedAdam.cs", ChainSource);

        // Single: a Single-mode app running a Double-mode library, published (the harder path); Double: built and run.
        string output;
        if (appPrecision == "Single")
        {
            string publish = Path.Combine(workspace.Directory, "publish");
            DotNet.Result published = workspace.Run("publish", "App", "-c", "Release", "-o", publish).ShouldSucceed("dotnet publish");
            Assert.DoesNotMatch(@": warning [A-Z]+[0-9]+", published.Output);
            Assert.True(File.Exists(Path.Combine(publish, "OptimGen.Optimizers.Single.dll")));
            Assert.True(File.Exists(Path.Combine(publish, "OptimGen.Optimizers.Double.dll")));
            output = DotNet.Run(publish, null, System.TimeSpan.FromMinutes(2), Path.Combine(publish, "App.dll")).ShouldSucceed("the published app").Output;
        }
        else
        {
            DotNet.Result build = workspace.Run("build", "App", "-c", "Release").ShouldSucceed("dotnet build");
            Assert.Contains("0 Warning(s)", build.Output);
            output = workspace.Run("run", "--project", "App", "-c", "Release", "--no-build").ShouldSucceed("dotnet run").Output;
        }

        Assert.Contains($"app Lion.State.Mu: {realArray}", output);
        Assert.Contains($"app Adam.State.Count: {integer}", output);
        Assert.Contains("app Sgd converged: True", output);
        // Clipped to norm 1 (0.6, -0.8), then Adam's first step is -lr * sign: -0.1, +0.1.
        Assert.Contains("app chain: State, first update -0.100 0.100", output);
        Assert.Contains("lib Adam.State.Mu: Double[], lib Lbfgs converged: True", output);
    }

    [Fact]
    public void A_project_that_uses_no_built_in_gets_both_assemblies_copied_and_OptimGenIncludeOptimizers_false_references_neither()
    {
        var workspace = new FeedWorkspace(package, "NoBuiltIn");
        workspace.WriteCSharpProject("Specs");
        workspace.Write("Specs/HeavyBall.cs", ConsumerSources.ContractHeavyBall);

        DotNet.Result build = workspace.Run("build", "Specs", "-c", "Release").ShouldSucceed("dotnet build");
        Assert.Contains("0 Warning(s)", build.Output);
        string bin = Path.Combine(workspace.Directory, "Specs", "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "OptimGen.Optimizers.Double.dll")));
        Assert.True(File.Exists(Path.Combine(bin, "OptimGen.Optimizers.Single.dll")));

        workspace.Write("Specs/UsesAdam.cs", "public static class UsesAdam { public static object Make() => new OptimGen.Optimizers.Adam(); }");
        DotNet.Result leftOut = workspace.Run("build", "Specs", "-c", "Release", "-p:OptimGenIncludeOptimizers=false");
        Assert.NotEqual(0, leftOut.ExitCode);
        Assert.Contains("error CS0234: The type or namespace name 'Optimizers' does not exist in the namespace 'OptimGen'", leftOut.Output);
    }
}
