using System;
using Xunit.Abstractions;

namespace OptimGen.Optimizers.Tests.Support;

/// <summary>Runs 2 000 steps of an optimizer's generated Scan on a test problem and checks the distance to the known minimizer.</summary>
internal static class Convergence
{
    public const int Steps = 2000;

    /// <summary>Runs <paramref name="scan"/> from the quadratic's start; asserts every coordinate ends within <paramref name="tolerance"/> of <paramref name="minimizer"/>.</summary>
    public static void OnQuadratic(Action<Real[], Quadratic> scan, Func<int, double> minimizer, double tolerance, ITestOutputHelper output)
    {
        var quadratic = new Quadratic(10, 10);
        Real[] x = quadratic.Start();
        scan(x, quadratic);
        AssertNear(x, minimizer, tolerance, "quadratic", output);
    }

    /// <summary>Runs <paramref name="scan"/> on the quadratic and expects its minimizer.</summary>
    public static void OnQuadratic(Action<Real[], Quadratic> scan, double tolerance, ITestOutputHelper output)
    {
        var quadratic = new Quadratic(10, 10);
        OnQuadratic(scan, i => quadratic.Minimizer(i), tolerance, output);
    }

    /// <summary>Runs <paramref name="scan"/> from Rosenbrock's usual start (−1.2, 1); asserts it ends within <paramref name="tolerance"/> of (1, 1).</summary>
    public static void OnRosenbrock(Action<Real[], Rosenbrock> scan, double tolerance, ITestOutputHelper output)
    {
        Real[] x = Rosenbrock.Start();
        scan(x, new Rosenbrock());
        AssertNear(x, _ => 1, tolerance, "Rosenbrock", output);
    }

    private static void AssertNear(Real[] x, Func<int, double> minimizer, double tolerance, string problem, ITestOutputHelper output)
    {
        double distance = 0;
        for (int i = 0; i < x.Length; i++)
            distance = Math.Max(distance, Math.Abs(x[i] - minimizer(i))); // NaN stays NaN and fails
        output.WriteLine($"{problem}: largest distance to the minimizer after {Steps} steps {distance:E2} (tolerance {tolerance:G3})");
        Assert.True(distance <= tolerance, $"{problem}: distance {distance:E3} to the minimizer exceeds {tolerance:G3}.");
    }
}
