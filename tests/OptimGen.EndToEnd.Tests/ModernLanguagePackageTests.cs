using System;
using System.Linq;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// The narrowing rules on C# 13 and 14 forms, which the analyzer tests' Roslyn (4.8) cannot parse, as the SDK's compiler
/// builds them from the package: a <c>params ReadOnlySpan&lt;float&gt;</c> helper, a C# 14 extension block whose receiver is a
/// view of a slot, a property setter using the <c>field</c> keyword. Each form also appears written correctly, which must
/// stay quiet; Double mode fails with exactly the expected errors, Single mode builds.
/// </summary>
[Collection(PackageCollections.Second)]
public sealed class ModernLanguagePackageTests
{
    private const string Program = """
        using OptimGen;

        Console.WriteLine(new Modern().Init(new Real[2]).Count);

        [Optimizer]
        partial class Modern
        {
            [Hyperparameter] public int MemorySize { get; init; } = 4;

            [State] private Integer count;
            [State] private Real value;
            [State(Shape = "MemorySize")] private Integer[] ring;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                update[0] = Mean(state.Count, MemorySize) + Average(state.Count, MemorySize);
                state.Ring.AsSpan().Stamp(MemorySize);
                state.Ring.AsSpan(1).StampExactly(state.Count);
                var probe = new Probe { Step = state.Value, Exact = state.Value };
                state.Value = probe.Step + probe.Exact;
            }

            private static float Mean(params ReadOnlySpan<float> values) => (values[0] + values[1]) / 2;

            private static Real Average(params ReadOnlySpan<Real> values) => (values[0] + values[1]) / 2;

            private sealed class Probe
            {
                public Real Step { get; set => field = (float)value; }

                public Real Exact { get; set => field = value; }
            }
        }

        static class RingExtensions
        {
            extension(Span<Integer> span)
            {
                public void Stamp(int steps)
                {
                    for (int i = 0; i < span.Length; i++)
                        span[i] = steps;
                }

                public void StampExactly(Integer steps) => span.Fill(steps);
            }
        }
        """;

    private readonly PackageFixture package;

    public ModernLanguagePackageTests(PackageFixture package) => this.package = package;

    [Fact]
    public void Params_spans_extension_blocks_and_field_setters_are_checked_in_a_plain_build()
    {
        var consumer = new ConsumerProject(package, "Modern");
        consumer.Write("Program.cs", Program);

        DotNet.Result doubleMode = consumer.Run("build", "-p:OptimGenPrecision=Double");
        Assert.NotEqual(0, doubleMode.ExitCode);
        string[] expected =
        [
            $"Program.cs{SourcePosition.Of(Program, "Mean(state.Count, MemorySize)", "state.Count")}: error OPT0001: An implicit conversion converts Int64 to Single, which is narrower than Real (Double in Double mode)",
            $"Program.cs{SourcePosition.Of(Program, "Mean(state.Count, MemorySize)", "MemorySize")}: error OPT0001: An implicit conversion converts Int32 to Single, which is narrower than Real (Double in Double mode)",
            $"Program.cs{SourcePosition.Of(Program, "span[i] = steps;", "steps")}: error OPT0002: Slot 'Ring' is Integer (Int64 in Double mode) but is assigned an Int32 value",
            $"Program.cs{SourcePosition.Of(Program, "field = (float)value;", "(float)value")}: error OPT0001: A cast converts Double to Single, which is narrower than Real (Double in Double mode)",
        ];
        string[] reported = doubleMode.Output.Split('\n').Where(line => line.Contains(": error OPT", StringComparison.Ordinal))
            .Select(line => line[line.IndexOf("Program.cs(", StringComparison.Ordinal)..line.IndexOf(" (https", StringComparison.Ordinal)])
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal), reported);

        DotNet.Result singleMode = consumer.Run("build", "-p:OptimGenPrecision=Single", "--no-incremental");
        singleMode.ShouldSucceed("the Single-mode build");
        Assert.Contains($"Program.cs{SourcePosition.Of(Program, "span[i] = steps;", "steps")}: warning OPT0006: OPT0002 in Double mode:", singleMode.Output);
    }
}
