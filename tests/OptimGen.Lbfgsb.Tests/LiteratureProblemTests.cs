using System;
using OptimGen;
using OptimGen.LbfgsbTests.Problems;
using Xunit.Abstractions;

namespace OptimGen.LbfgsbTests;

/// <summary>
/// The bound-constrained problems with a published solution (Hock–Schittkowski, the cut-off Rosenbrock, the L-BFGS-B
/// driver's problem, a box quadratic), run through <c>Scan</c> with the projected-gradient tolerance: the final point
/// is inside the box, at the known solution, and on exactly the bounds the solution is on.
/// </summary>
public sealed class LiteratureProblemTests
{
    private readonly ITestOutputHelper output;

    public LiteratureProblemTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [MemberData(nameof(ProblemSets.WithKnownSolution), MemberType = typeof(ProblemSets))]
    public void ReachesTheKnownSolutionInsideTheBox(string name)
    {
        BoundedProblem problem = ProblemSets.Named(name);
        BoundedMinimization run = BoundedMinimization.Run(problem, Precision.GradientTolerance);
        double optimal = problem.OptimalValue!.Value;
        output.WriteLine($"{name}: {run.Result.Termination} after {run.Result.CompletedSteps} steps, {run.Evaluations} evaluations, f = {run.Value}, distance {run.DistanceTo(problem.Solution)}");

        Assert.Equal(-1, run.FirstInfeasible());
        if (Precision.IsDouble)
        {
            Assert.True(run.Result.Converged, $"{name} ended with {run.Result.Termination}");
            Assert.True(run.DistanceTo(problem.Solution) <= problem.PointTolerance, $"{name} ended {run.DistanceTo(problem.Solution)} from the solution");
            Assert.True(Math.Abs(run.Value - optimal) <= 1e-8 * Math.Max(1, Math.Abs(optimal)), $"{name}: f = {run.Value}, optimum {optimal}");
        }
        else
        {
            // Single mode: the tolerance 1e-3 is met, or the run stops (an optimizer failure: no decrease left in
            // float) where f can no longer tell points apart.
            Assert.True(run.Result.Converged || run.Result.Termination == ScanTermination.OptimizerFailed, $"{name} ended with {run.Result.Termination}");
            Assert.True(Math.Abs(run.Value - optimal) <= 2e-3 * Math.Max(1, Math.Abs(optimal)), $"{name}: f = {run.Value}, optimum {optimal}");
        }

        AssertActiveSet(problem, run.Point);
    }

    /// <summary>
    /// Every coordinate the solution holds at a bound with a gradient pushing against it (strictly active) ends exactly on
    /// that bound; every coordinate of the solution well inside ends inside. Degenerate ones (on a bound with a zero
    /// gradient) may end either way. In Single mode "on the bound" means within the gradient tolerance of it: the projected
    /// gradient of a coordinate pushing against a bound is its distance to the bound, so a converged run may stop short.
    /// </summary>
    private static Real Slack => Precision.IsDouble ? 0 : (Real)Precision.GradientTolerance;

    private static void AssertActiveSet(BoundedProblem problem, Real[] point)
    {
        double[] solution = problem.Solution!;
        Real[] lower = problem.Lower(), upper = problem.Upper(), gradient = new Real[solution.Length];
        problem.Evaluate(Array.ConvertAll(solution, v => (Real)v), gradient);
        for (int i = 0; i < solution.Length; i++)
        {
            bool atLower = Math.Abs(solution[i] - lower[i]) <= 1e-9, atUpper = Math.Abs(solution[i] - upper[i]) <= 1e-9;
            if (atLower && gradient[i] > 1e-6)
                Assert.True(point[i] - lower[i] <= Slack, $"{problem.Name}: coordinate {i} should be at its lower bound {lower[i]}, is {point[i]}");
            else if (atUpper && gradient[i] < -1e-6)
                Assert.True(upper[i] - point[i] <= Slack, $"{problem.Name}: coordinate {i} should be at its upper bound {upper[i]}, is {point[i]}");
            else if (solution[i] - lower[i] > 1e-3 && upper[i] - solution[i] > 1e-3)
                Assert.True(point[i] > lower[i] && point[i] < upper[i], $"{problem.Name}: coordinate {i} should be free, is {point[i]} in [{lower[i]}, {upper[i]}]");
        }
    }
}
