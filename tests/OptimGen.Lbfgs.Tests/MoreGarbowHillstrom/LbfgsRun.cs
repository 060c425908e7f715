using System;
using System.Linq;
using OptimGen.Optimizers;
using OptimGen.TestProblems;

namespace OptimGen.LbfgsTests.MoreGarbowHillstrom;

/// <summary>One run of the built-in L-BFGS on a problem from its standard start, and what it ended with.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="Value">The objective at the final parameters.</param>
/// <param name="BestRecorded">The lowest value among the points the scan stood on (its recorded values and the final one).</param>
/// <param name="Evaluations">Objective evaluations, as the scan counted them.</param>
/// <param name="EvaluationsAfterLowest">Evaluations made after the one that found the lowest value of the run.</param>
/// <param name="Steps">Completed steps.</param>
/// <param name="Termination">Why the scan ended.</param>
internal sealed record LbfgsRun(
    LeastSquaresProblem Problem, double Value, double BestRecorded, long Evaluations, long EvaluationsAfterLowest,
    int Steps, ScanTermination Termination)
{
    /// <summary>
    /// Runs <see cref="Lbfgs"/> with optax's defaults for at most <paramref name="length"/> steps on the objective evaluated
    /// in <c>Real</c>, or in double and rounded to <c>Real</c> (<paramref name="exactlyRounded"/>, see <see cref="ProblemObjective"/>).
    /// </summary>
    public static LbfgsRun Of(LeastSquaresProblem problem, int length, double gradientTolerance, bool exactlyRounded = false)
    {
        var lbfgs = new Lbfgs();
        Real[] x = problem.Start<Real>();
        Lbfgs.State state = lbfgs.Init(x);
        var objective = new ProblemObjective(problem, exactlyRounded);
        ScanResult result = lbfgs.Scan(ref state, x, objective, length, new ScanOptions { GradientTolerance = gradientTolerance });

        long evaluations = objective.Evaluations;
        double final = objective.EvaluateUncounted(x, new Real[x.Length]);
        Assert.Equal(evaluations, result.Evaluations);
        // Every step costs its line search's trials and nothing more: the point the scan stands on, the line search's
        // accepted point or, while L-BFGS explores at rounding level, the best point, is never evaluated twice.
        Assert.Equal(1 + result.GetSlotTrace("NumLinesearchSteps").Sum(), evaluations);
        double best = Math.Min(final, result.Values.Where(double.IsFinite).DefaultIfEmpty(double.PositiveInfinity).Min());
        return new LbfgsRun(problem, final, best, evaluations, evaluations - objective.LowestAt, result.CompletedSteps, result.Termination);
    }
}
