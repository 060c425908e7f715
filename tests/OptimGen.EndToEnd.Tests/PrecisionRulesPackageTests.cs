using System;
using System.Linq;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// The rules checked for both precision modes (OPT0004–OPT0006) as a user of the package meets them: reported by a
/// plain `dotnet build` at their places, raised by `.editorconfig`, and the other-mode compilation switched off by
/// the global option the README names.
/// </summary>
[Collection(PackageCollections.First)]
public sealed class PrecisionRulesPackageTests
{
    private const string Spec = """
        using OptimGen;

        Console.WriteLine(new Averaging().Init(new Real[2]).Seen);

        [Optimizer]
        partial class Averaging
        {
            [Hyperparameter] public Real Decay { get; init; } = (Real)0.99999999;
            [State] private Real steps;
            [State] private Integer seen;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                long total = gradient.Length;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -(1 - Decay) * gradient[i];
                state.Steps += 1;
                state.Seen = total;
            }
        }

        // A chain of built-ins configured the Double-mode way: the other mode binds the other built-in assembly.
        [Optimizer]
        partial class ClippedAdam
        {
            [Component] public OptimGen.Optimizers.ClipByGlobalNorm Clip { get; init; } = new() { MaxNorm = (Real)1 };
            [Component] public OptimGen.Optimizers.Adam Adam { get; init; } = new() { LearningRate = 3e-4 };
        }
        """;

    private readonly PackageFixture package;

    public PrecisionRulesPackageTests(PackageFixture package) => this.package = package;

    [Fact]
    public void A_Double_mode_build_warns_of_what_Single_mode_would_do_and_the_configuration_is_the_users()
    {
        var consumer = new ConsumerProject(package, "BothModes");
        consumer.Write("Program.cs", Spec);

        DotNet.Result plain = consumer.Run("build", "-p:OptimGenPrecision=Double");
        plain.ShouldSucceed("the Double-mode build");
        Assert.Contains($"Program.cs{SourcePosition.Of(Spec, "(Real)0.99999999")}: warning OPT0004: Constant '0.99999999' becomes exactly 1 as Real in Single mode", plain.Output);
        Assert.Contains($"Program.cs{SourcePosition.Of(Spec, "state.Steps += 1")}: warning OPT0005: Slot 'Steps' is Real and counts by 1", plain.Output);
        Assert.Contains(
            $"Program.cs{SourcePosition.Of(Spec, "total;", "total")}: warning OPT0006: CS0266 in Single mode: Cannot implicitly convert type 'long' to 'int'. An explicit conversion exists (are you missing a cast?)",
            plain.Output);
        Assert.Contains(
            $"Program.cs{SourcePosition.Of(Spec, "3e-4")}: warning OPT0006: CS0664 in Single mode: Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type",
            plain.Output);
        Assert.DoesNotContain(" error ", plain.Output);

        // The user's configuration: OPT0005 raised to an error, the other mode's compilation off.
        consumer.Write(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.OPT0005.severity = error
            """);
        consumer.Write(".globalconfig", """
            is_global = true
            optimgen_check_other_mode = false
            """);
        DotNet.Result configured = consumer.Run("build", "-p:OptimGenPrecision=Double", "--no-incremental");
        Assert.NotEqual(0, configured.ExitCode);
        Assert.Contains($"Program.cs{SourcePosition.Of(Spec, "state.Steps += 1")}: error OPT0005: Slot 'Steps' is Real and counts by 1", configured.Output);
        Assert.DoesNotContain("OPT0006", configured.Output);
    }
}
