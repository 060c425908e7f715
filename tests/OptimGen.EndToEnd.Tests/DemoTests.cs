using System;
using System.IO;
using System.Linq;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>The README's first command: the Seed demo runs in both modes, writes its plot and refuses bad options.</summary>
public sealed class DemoTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("optimgen-demo-").FullName;

    [Theory]
    [InlineData("double", "Int64")]
    [InlineData("single", "Int32")]
    public void The_demo_carries_the_counter_type_through_the_scan_and_writes_the_plot(string precision, string counter)
    {
        string plot = Path.Combine(directory, precision + ".png");

        DotNet.Result run = Demo("--precision", precision, "--size", "2000", "--steps", "60", "--plot", plot).ShouldSucceed("the demo");

        Assert.Contains($"NumLinesearchSteps is {counter} before the scan and {counter} after it", run.Output);
        Assert.Contains("iteration          value    gradient 2-norm  line-search steps", run.Output);
        Assert.Contains("step   60/60", run.Output);
        Assert.Equal(1, CountOf("  NumLinesearchSteps ", run.Output)); // the layout is printed once
        Assert.Contains("State after the scan: every slot holds the same type and length as after Init.", run.Output);
        byte[] png = File.ReadAllBytes(plot);
        Assert.True(png.Length > 10_000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Theory]
    [InlineData("seed: --size must be even", "--size", "7")]
    [InlineData("seed: --precision must be 'double' or 'single'", "--precision", "quad")]
    [InlineData("seed: unknown option '--colour'", "--colour", "blue")]
    [InlineData("seed: unknown option '--bogus'", "--bogus")]
    [InlineData("seed: --steps needs a value", "--steps")]
    [InlineData("seed: --size 2,147,483,646 needs about", "--size", "2147483646")]
    [InlineData("seed: --plot '/nonexistent-optimgen/x.png': the folder '/nonexistent-optimgen' does not exist", "--plot", "/nonexistent-optimgen/x.png")]
    public void A_bad_option_gets_one_line_and_exit_code_2_before_the_run(string message, params string[] arguments)
    {
        DotNet.Result run = Demo(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Output.Trim().Split('\n'));
        Assert.StartsWith(message, run.Output);
    }

    [Fact]
    public void A_plot_path_that_is_a_folder_is_refused_before_the_run()
    {
        DotNet.Result run = Demo("--plot", directory);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"seed: --plot '{directory}' is a folder", run.Output);
        Assert.DoesNotContain("iteration", run.Output);
    }

    private static int CountOf(string text, string output) =>
        (output.Length - output.Replace(text, string.Empty).Length) / text.Length;

    [Fact]
    public void Help_describes_every_option()
    {
        string help = Demo("--help").ShouldSucceed("--help").Output;

        foreach (string option in new[] { "--precision", "--size", "--steps", "--plot", "--help" })
            Assert.Contains(option, help);
    }

    private DotNet.Result Demo(params string[] arguments) =>
        DotNet.Run(directory, null, TimeSpan.FromMinutes(3),
            new[] { "run", "--project", Repository.PathOf("samples", "Seed", "Seed.csproj"), "-c", Repository.Configuration, "--no-build", "--" }
                .Concat(arguments).ToArray());

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
