using System;
using OptimGen;
using OptimGen.LbfgsbTests.Problems;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsbTests;

/// <summary>A run of the built-in L-BFGS-B on a <see cref="BoundedProblem"/> to a projected-gradient tolerance.</summary>
internal sealed record BoundedMinimization(BoundedProblem Problem, Real[] Point, Lbfgsb.State State, int Evaluations, int Iterations, bool Converged)
{
    public static BoundedMinimization Run(BoundedProblem problem, double gradientTolerance, int maxSteps = 5000, Lbfgsb? optimizer = null)
    {
        optimizer ??= new Lbfgsb { LowerBounds = problem.Lower(), UpperBounds = problem.Upper() };
        Real[] x = problem.Start();
        Lbfgsb.State state = optimizer.Init(x);
        var counting = new CountingObjective<BoundedProblem>(problem);
        int n = x.Length;
        Real[] gradient = new Real[n], update = new Real[n];
        Real value = counting.Evaluate(x, gradient);
        int steps = 0;
        bool converged;
        while (!(converged = Lbfgsb.ProjectedGradientNorm(state, x, gradient) <= (Real)gradientTolerance) && steps < maxSteps)
        {
            optimizer.Step(ref state, x, gradient, value, update, ref counting);
            steps++;
            if (state.LinesearchFailed)
                break;
            for (int i = 0; i < n; i++)
                x[i] += update[i];
            value = state.Value;
            state.Grad.CopyTo(gradient, 0);
        }

        return new BoundedMinimization(problem, x, state, counting.Evaluations, steps, converged);
    }

    /// <summary>The largest distance, coordinate by coordinate, to <paramref name="expected"/>.</summary>
    public double DistanceTo(ReadOnlySpan<double> expected)
    {
        double distance = 0;
        for (int i = 0; i < Point.Length; i++)
            distance = Math.Max(distance, Math.Abs((double)Point[i] - expected[i]));
        return distance;
    }
}
