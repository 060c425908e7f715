using System;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;
using OptimGen.LbfgsTests.Problems;
using OptimGen.MathNet;

namespace OptimGen.MathNetTests;

/// <summary>OptimGen's L-BFGS behind MathNet's <see cref="IUnconstrainedMinimizer"/>: results, exit reasons, settings.</summary>
public sealed class LbfgsMinimizerTests
{
    [Fact]
    public void MinimisesRosenbrockAndReportsItsWork()
    {
        var counted = new CountedObjectiveFunction<ExtendedRosenbrock>(new ExtendedRosenbrock());
        IUnconstrainedMinimizer minimizer = new LbfgsMinimizer();

        MinimizationResult result = minimizer.FindMinimum(counted.Function, new DenseVector(new[] { -1.2, 1 }));

        Assert.Equal(ExitCondition.AbsoluteGradient, result.ReasonForExit);
        Assert.Equal(1, result.MinimizingPoint[0], 1e-6);
        Assert.Equal(1, result.MinimizingPoint[1], 1e-6);
        Assert.True(result.FunctionInfoAtMinimum.Gradient.InfinityNorm() <= 1e-6);
        var withLinesearch = Assert.IsType<MinimizationWithLineSearchResult>(result);
        // One evaluation at the start, one per line-search trial, one more for FunctionInfoAtMinimum.
        Assert.Equal(1 + withLinesearch.TotalLineSearchIterations + 1, counted.Evaluations);
        Assert.InRange(result.Iterations, 20, 60);
        Assert.InRange(withLinesearch.IterationsWithNonTrivialLineSearch, 1, result.Iterations);
    }

    [Fact]
    public void TheStartIsNotModified()
    {
        var start = new DenseVector(new[] { -1.2, 1 });
        new LbfgsMinimizer().FindMinimum(new CountedObjectiveFunction<ExtendedRosenbrock>(new ExtendedRosenbrock()).Function, start);
        Assert.Equal(new[] { -1.2, 1 }, start.Values);
    }

    [Fact]
    public void StopsAfterMaximumIterationsWithThePointReached()
    {
        var counted = new CountedObjectiveFunction<ExtendedRosenbrock>(new ExtendedRosenbrock());
        var minimizer = new LbfgsMinimizer { MaximumIterations = 3 };

        MinimizationResult result = minimizer.FindMinimum(counted.Function, new DenseVector(new[] { -1.2, 1 }));

        Assert.Equal(ExitCondition.ExceedIterations, result.ReasonForExit);
        Assert.Equal(3, result.Iterations);
        Assert.True(result.FunctionInfoAtMinimum.Value < 24.2, "three steps from f = 24.2 should have decreased it");
    }

    [Fact]
    public void StopsWhenNoFinitePointCanBeReached()
    {
        // Finite only at the start itself: the line search cannot move, so further iterations would repeat it.
        IObjectiveFunction function = ObjectiveFunction.Gradient(x => x[0] == 1
            ? (0.5, (Vector<double>)new DenseVector(new[] { 1.0 }))
            : (double.NaN, (Vector<double>)new DenseVector(new[] { double.NaN })));

        MinimizationResult result = new LbfgsMinimizer().FindMinimum(function, new DenseVector(new[] { 1.0 }));

        Assert.Equal(ExitCondition.LackOfProgress, result.ReasonForExit);
        Assert.InRange(result.Iterations, 1, 16);
        Assert.Equal(1, result.MinimizingPoint[0]);
    }

    [Fact]
    public void HyperparametersReachTheOptimizer()
    {
        var objective = new CountedObjectiveFunction<ExtendedRosenbrock>(new ExtendedRosenbrock()).Function;
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new LbfgsMinimizer { MemorySize = 0 }.FindMinimum(objective, new DenseVector(2)));
        Assert.Equal("MemorySize", exception.ParamName);

        var oneTrial = (MinimizationWithLineSearchResult)new LbfgsMinimizer { MaxLinesearchSteps = 1, MaximumIterations = 5 }
            .FindMinimum(objective, new DenseVector(new[] { -1.2, 1 }));
        // Every search makes its one trial; the first fails (t = 1 misses the curvature condition) along the scaled
        // gradient of an empty memory, so L-BFGS reports that it cannot go on (docs/lbfgs.md).
        Assert.Equal(oneTrial.Iterations, oneTrial.TotalLineSearchIterations);
        Assert.Equal(0, oneTrial.IterationsWithNonTrivialLineSearch);
        Assert.Equal(ExitCondition.LackOfProgress, oneTrial.ReasonForExit);
    }
}
