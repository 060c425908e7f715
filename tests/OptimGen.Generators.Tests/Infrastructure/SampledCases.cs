using System;
using System.Runtime.CompilerServices;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// The fresh-eyes cases that found nothing when written (each compiles the spec with the generator and every analyzer
/// in both modes, about half a second): CI runs a fixed twentieth of them, chosen by a stable hash of the test's name, so
/// that a round adds seconds, not minutes; <c>OPTIMGEN_SPEC_ALL=1</c> runs them all. The cases that found a bug stay
/// plain <c>[Fact]</c>/<c>[Theory]</c> and always run.
/// </summary>
internal static class SampledCases
{
    public const string AllVariable = "OPTIMGEN_SPEC_ALL";

    private const int Fraction = 20;

    private static readonly bool All = Environment.GetEnvironmentVariable(AllVariable) == "1";

    /// <summary>Null when the test named <paramref name="name"/> runs, else why it does not.</summary>
    public static string? SkipReason(string name) =>
        All || StableHash(name) % Fraction == 0 ? null : $"sampled out in CI; {AllVariable}=1 runs every case";

    /// <summary>FNV-1a: the same on every machine and run (string.GetHashCode is randomised per process).</summary>
    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
            hash = (hash ^ c) * 16777619;
        return hash;
    }
}

/// <summary>A <c>[Fact]</c> that CI runs when <see cref="SampledCases"/> picks it.</summary>
public sealed class SampledFactAttribute : FactAttribute
{
    public SampledFactAttribute([CallerMemberName] string name = "") => Skip = SampledCases.SkipReason(name);
}

/// <summary>A <c>[Theory]</c> (all its rows) that CI runs when <see cref="SampledCases"/> picks it.</summary>
public sealed class SampledTheoryAttribute : TheoryAttribute
{
    public SampledTheoryAttribute([CallerMemberName] string name = "") => Skip = SampledCases.SkipReason(name);
}
