using System;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;
using OptimGen;
using OptimGen.LbfgsTests.Problems;
using OptimGen.MathNet;
using Xunit.Abstractions;

namespace OptimGen.MathNetTests;

/// <summary>
/// OptimGen's L-BFGS and MathNet's <see cref="LimitedMemoryBfgsMinimizer"/> on the same problems, both to gradient
/// tolerance 1e-6 with memory 10: they reach the same minimizer; the iteration and evaluation counts of both are
/// printed side by side.
/// </summary>
public sealed class SideBySideTests
{
    private const double Tolerance = 1e-6;
    private readonly ITestOutputHelper output;

    public SideBySideTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(2)]
    [InlineData(100)]
    [InlineData(10_000)]
    public void ExtendedRosenbrock(int n) =>
        Compare("extended Rosenbrock n=" + n, new ExtendedRosenbrock(), LbfgsTests.Problems.ExtendedRosenbrock.StandardStart(n), Filled(n, 1));

    [Fact]
    public void Beale() => Compare("Beale", new Beale(), new double[] { 1, 1 }, new[] { 3, 0.5 });

    [Fact]
    public void Himmelblau() => Compare("Himmelblau", new Himmelblau(), new double[] { 1, 1 }, new double[] { 3, 2 });

    [Fact]
    public void Matyas() => Compare("Matyas", new Matyas(), new double[] { 6, 6 }, new double[2]);

    [Fact]
    public void Zakharov() => Compare("Zakharov", new Zakharov(), new double[] { 600, 700, 200, 100, 90, 1000 }, new double[6]);

    [Fact]
    public void IllConditionedQuadratic() => Compare("quadratic, condition 1e6", new DiagonalQuadratic(10, 1e6), new double[10], Filled(10, 1));

    private void Compare<TObjective>(string name, TObjective objective, double[] start, double[] minimizer)
        where TObjective : IObjective<double>
    {
        var ours = new CountedObjectiveFunction<TObjective>(objective);
        var oursResult = (MinimizationWithLineSearchResult)new LbfgsMinimizer { GradientTolerance = Tolerance, MaximumIterations = 5000 }
            .FindMinimum(ours.Function, new DenseVector((double[])start.Clone()));

        var theirs = new CountedObjectiveFunction<TObjective>(objective);
        var theirMinimizer = new LimitedMemoryBfgsMinimizer(Tolerance, parameterTolerance: 1e-12, functionProgressTolerance: 1e-12, memory: 10, maximumIterations: 5000);
        MinimizationResult theirResult = theirMinimizer.FindMinimum(theirs.Function, new DenseVector((double[])start.Clone()));

        // Our count leaves out the extra evaluation that builds FunctionInfoAtMinimum.
        output.WriteLine($"{name,-26} OptimGen: {oursResult.Iterations,5} iterations {ours.Evaluations - 1,6} evaluations ({oursResult.ReasonForExit})");
        output.WriteLine($"{"",-26} MathNet:  {theirResult.Iterations,5} iterations {theirs.Evaluations,6} evaluations ({theirResult.ReasonForExit})");

        Assert.Equal(ExitCondition.AbsoluteGradient, oursResult.ReasonForExit);
        double oursDistance = (oursResult.MinimizingPoint - new DenseVector(minimizer)).InfinityNorm();
        double theirDistance = (theirResult.MinimizingPoint - new DenseVector(minimizer)).InfinityNorm();
        Assert.True(oursDistance <= 1e-5, $"OptimGen ended {oursDistance:E2} from the minimizer");
        Assert.True(theirDistance <= 1e-4, $"MathNet ended {theirDistance:E2} from the minimizer");
    }

    private static double[] Filled(int n, double value)
    {
        var array = new double[n];
        Array.Fill(array, value);
        return array;
    }
}
