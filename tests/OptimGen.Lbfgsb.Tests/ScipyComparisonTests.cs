using System;
using System.Collections.Generic;
using System.Linq;
using OptimGen;
using OptimGen.LbfgsbTests.Problems;
using Xunit.Abstractions;

namespace OptimGen.LbfgsbTests;

/// <summary>
/// The same problems, start points, bounds and projected-gradient tolerance through scipy's L-BFGS-B (the Fortran 3.0
/// code, C-translated) and OptimGen's: OptimGen solves at least as many, ends inside the box, at scipy's value and on
/// scipy's active set, with at most 1.2 times scipy's evaluations in geometric mean.
/// </summary>
public sealed class ScipyComparisonTests
{
    private readonly ITestOutputHelper output;

    public ScipyComparisonTests(ITestOutputHelper output) => this.output = output;

    [ScipyFact]
    public void SolvesAsManyAsScipyWithAsFewEvaluations()
    {
        List<BoundedProblem> problems = ProblemSets.All().ToList();
        IReadOnlyList<ScipyRun> scipy = ScipyReference.Solve(Precision.GradientTolerance, problems);
        Assert.Equal(problems.Count, scipy.Count);

        int solvedByUs = 0, solvedByScipy = 0;
        double logRatioSum = 0;
        output.WriteLine($"{"problem",-15} {"n",6} {"ours",6} {"scipy",6} {"ratio",6} {"f (ours)",-22} {"f (scipy)",-22} active (ours/scipy/differ)");
        for (int k = 0; k < problems.Count; k++)
        {
            BoundedProblem problem = problems[k];
            ScipyRun reference = scipy[k];
            Assert.Equal(problem.Name, reference.Name);
            BoundedMinimization run = BoundedMinimization.Run(problem, Precision.GradientTolerance);
            (int ours, int theirs, int differ) = CompareActiveSets(problem, run.Point, reference.X);
            double ratio = (double)run.Evaluations / reference.Nfev;
            output.WriteLine($"{problem.Name,-15} {run.Point.Length,6} {run.Evaluations,6} {reference.Nfev,6} {ratio,6:F2} {run.Value,-22:R} {reference.Fun,-22:R} {ours}/{theirs}/{differ}");

            Assert.Equal(-1, run.FirstInfeasible());
            solvedByUs += run.Result.Converged ? 1 : 0;
            solvedByScipy += reference.Converged ? 1 : 0;
            logRatioSum += Math.Log(ratio);
            double valueTolerance = (Precision.IsDouble ? 1e-7 : 2e-3) * Math.Max(1, Math.Abs(reference.Fun));
            Assert.True(Math.Abs(run.Value - reference.Fun) <= valueTolerance, $"{problem.Name}: f = {run.Value}, scipy {reference.Fun}");
            // Coordinates on a bound in one run and not in the other: only degenerate ones, a handful at most.
            Assert.True(differ <= Math.Max(1, run.Point.Length / 100), $"{problem.Name}: the active sets differ in {differ} coordinates");
        }

        double geometricMeanRatio = Math.Exp(logRatioSum / problems.Count);
        output.WriteLine($"solved: ours {solvedByUs}, scipy {solvedByScipy} of {problems.Count}; geometric-mean evaluation ratio {geometricMeanRatio:F3}");
        Assert.True(solvedByUs >= solvedByScipy, $"solved {solvedByUs}, scipy {solvedByScipy}");
        Assert.True(geometricMeanRatio <= 1.2, $"geometric-mean evaluation ratio {geometricMeanRatio}");
    }

    /// <summary>How many coordinates are on a bound in our point and in scipy's, and in how many the two disagree.</summary>
    private static (int Ours, int Theirs, int Differ) CompareActiveSets(BoundedProblem problem, Real[] ours, double[] theirs)
    {
        Real[] lower = problem.Lower(), upper = problem.Upper();
        int oursActive = 0, theirsActive = 0, differ = 0;
        for (int i = 0; i < ours.Length; i++)
        {
            bool oursAtBound = ours[i] == lower[i] || ours[i] == upper[i];
            bool theirsAtBound = (Real)theirs[i] == lower[i] || (Real)theirs[i] == upper[i];
            oursActive += oursAtBound ? 1 : 0;
            theirsActive += theirsAtBound ? 1 : 0;
            differ += oursAtBound != theirsAtBound ? 1 : 0;
        }

        return (oursActive, theirsActive, differ);
    }
}
