using System;
using System.Collections.Generic;

namespace OptimGen.Optimizers.Tests.Support;

/// <summary>The precision mode this test assembly was built in, and comparisons with a tolerance that depends on it.</summary>
internal static class Tolerance
{
    public static bool IsDouble => typeof(Real) == typeof(double);

    /// <summary>Hand-computed updates: 1e-12 in Double mode, 1e-5 in Single mode.</summary>
    public static double HandComputed => IsDouble ? 1e-12 : 1e-5;

    /// <summary>Passes when <c>|actual − expected| ≤ tolerance · max(1, |expected|)</c>.</summary>
    public static void AssertClose(double expected, double actual, double tolerance, string what)
    {
        double allowed = tolerance * Math.Max(1, Math.Abs(expected));
        if (!(Math.Abs(actual - expected) <= allowed))
            Assert.Fail($"{what}: expected {expected:R}, got {actual:R} (difference {Math.Abs(actual - expected):E2}, allowed {allowed:E2}).");
    }

    /// <summary><see cref="AssertClose(double, double, double, string)"/> element by element.</summary>
    public static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<Real> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            AssertClose(expected[i], actual[i], tolerance, $"{what}[{i}]");
    }
}
