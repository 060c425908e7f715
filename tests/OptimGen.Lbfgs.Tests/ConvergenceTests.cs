using System;
using OptimGen.LbfgsTests.Problems;
using Xunit.Abstractions;

namespace OptimGen.LbfgsTests;

/// <summary>L-BFGS reaches the known minimizer of the standard test functions, to the gradient tolerance of the mode.</summary>
public sealed class ConvergenceTests
{
    private readonly ITestOutputHelper output;

    public ConvergenceTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(2)]
    [InlineData(100)]
    [InlineData(10_000)]
    public void ExtendedRosenbrockFromTheStandardStart(int n)
    {
        var run = Minimization.Run(new ExtendedRosenbrock(), ExtendedRosenbrock.StandardStart(n), Precision.GradientTolerance);
        AssertReached(run, Filled(n, 1), "extended Rosenbrock n=" + n);
    }

    [Fact]
    public void RosenbrockFromTheOrigin() =>
        AssertReached(Minimization.Run(new ExtendedRosenbrock(), new Real[2], Precision.GradientTolerance), Filled(2, 1), "Rosenbrock from 0");

    [Fact]
    public void ChainedRosenbrock100() =>
        AssertReached(Minimization.Run(new ChainedRosenbrock(), new Real[100], Precision.GradientTolerance), Filled(100, 1), "chained Rosenbrock n=100");

    [Fact]
    public void Beale() =>
        AssertReached(Minimization.Run(new Beale(), new Real[] { 1, 1 }, Precision.GradientTolerance), new Real[] { 3, (Real)0.5 }, "Beale");

    [Fact]
    public void HimmelblauReachesTheMinimumAtThreeTwo() =>
        AssertReached(Minimization.Run(new Himmelblau(), new Real[] { 1, 1 }, Precision.GradientTolerance), new Real[] { 3, 2 }, "Himmelblau");

    [Fact]
    public void Matyas() =>
        AssertReached(Minimization.Run(new Matyas(), new Real[] { 6, 6 }, Precision.GradientTolerance), new Real[2], "Matyas");

    [Fact]
    public void Zakharov() =>
        AssertReached(Minimization.Run(new Zakharov(), new Real[] { 600, 700, 200, 100, 90, 1000 }, Precision.GradientTolerance), new Real[6], "Zakharov");

    [Fact]
    public void QuadraticWithConditionNumberOneMillion()
    {
        // Curvatures 1 ... 1e6 spread geometrically over 10 coordinates. With the default (loose) curvature
        // condition L-BFGS needs a few hundred steps here; the gradient tolerance bounds the error in x by
        // tolerance / smallest curvature = tolerance.
        const int n = 10;
        var run = Minimization.Run(new DiagonalQuadratic(n, 1e6), new Real[n], Precision.GradientTolerance, maxSteps: 2000);
        AssertReached(run, Filled(n, 1), "quadratic, condition 1e6");
    }

    private void AssertReached(Minimization run, Real[] minimizer, string name)
    {
        double distance = run.DistanceTo(minimizer);
        output.WriteLine($"{name}: {run.Result.CompletedSteps} iterations, {run.Evaluations} evaluations, distance {distance:E2}");
        Assert.True(run.Result.Converged, $"{name}: no convergence in {run.Result.CompletedSteps} steps");
        Assert.True(distance <= Precision.PointTolerance, $"{name}: ended {distance:E2} from the minimizer");
    }

    private static Real[] Filled(int n, Real value)
    {
        var array = new Real[n];
        Array.Fill(array, value);
        return array;
    }
}
