using System;
using OptimGen;
using OptimGen.LbfgsbTests.Problems;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsbTests;

/// <summary>A run of the built-in L-BFGS-B through its generated <c>Scan</c> to a projected-gradient tolerance.</summary>
internal sealed record BoundedMinimization(BoundedProblem Problem, Real[] Point, Lbfgsb.State State, ScanResult Result)
{
    public static BoundedMinimization Run(BoundedProblem problem, double gradientTolerance, int maxSteps = 5000, Lbfgsb? optimizer = null)
    {
        optimizer ??= new Lbfgsb { LowerBounds = problem.Lower(), UpperBounds = problem.Upper() };
        Real[] x = problem.Start();
        Lbfgsb.State state = optimizer.Init(x);
        ScanResult result = optimizer.Scan(ref state, x, problem, maxSteps, new ScanOptions { GradientTolerance = gradientTolerance });
        return new BoundedMinimization(problem, x, state, result);
    }

    public long Evaluations => Result.Evaluations;

    public double Value => Problem.Evaluate(Point, new Real[Point.Length]);

    /// <summary>The largest distance, coordinate by coordinate, to <paramref name="expected"/>.</summary>
    public double DistanceTo(ReadOnlySpan<double> expected)
    {
        double distance = 0;
        for (int i = 0; i < Point.Length; i++)
            distance = Math.Max(distance, Math.Abs((double)Point[i] - expected[i]));
        return distance;
    }

    /// <summary>The first coordinate outside the box, or -1.</summary>
    public int FirstInfeasible()
    {
        Real[] lower = Problem.Lower(), upper = Problem.Upper();
        for (int i = 0; i < Point.Length; i++)
        {
            if (!(Point[i] >= lower[i] && Point[i] <= upper[i]))
                return i;
        }

        return -1;
    }
}
