using System;
using System.Collections.Generic;
using System.Linq;
using OptimGen.Optimizers;
using OptimGen.TestProblems;
using Xunit.Abstractions;

namespace OptimGen.LbfgsTests.MoreGarbowHillstrom;

/// <summary>
/// The built-in L-BFGS on the 37 Moré–Garbow–Hillstrom instances from their standard starting points, evaluated in
/// the active precision, allowed 20 000 steps with a gradient tolerance of 1e-6 (out of reach at rounding level, so
/// the runs that cannot get there show how they stop). Each test prints its table.
/// </summary>
public sealed class MoreGarbowHillstromTests(ITestOutputHelper output)
{
    private const int Length = 20_000;
    private const double GradientTolerance = 1e-6;

    /// <summary>
    /// "Solved": within these of the minimum's value. f* is listed to six digits; in Single mode the objective itself is
    /// evaluated in float, and on the ill-conditioned least-squares problems (Penalty II, Osborne 1) its residuals carry
    /// relative noise of order 1e-4, which limits any method to about that accuracy in f.
    /// </summary>
    private static double RelativeTolerance => Precision.IsDouble ? 1e-4 : 1e-3;

    private static double AbsoluteTolerance => Precision.IsDouble ? 1e-10 : 1e-7;

    private static readonly Lazy<LbfgsRun[]> Runs = new(() =>
        OptimGen.TestProblems.MoreGarbowHillstrom.All.Select(p => LbfgsRun.Of(p, Length, GradientTolerance)).ToArray());

    /// <summary>
    /// The same runs on the objective evaluated in double and rounded to <c>Real</c>: in Single mode what float costs the
    /// algorithm itself (the resolution of x and of f), without the cancellations of a float evaluation. In Double mode the
    /// same runs as <see cref="Runs"/>.
    /// </summary>
    private static readonly Lazy<LbfgsRun[]> ExactlyRoundedRuns = new(() => Precision.IsDouble
        ? Runs.Value
        : OptimGen.TestProblems.MoreGarbowHillstrom.All.Select(p => LbfgsRun.Of(p, Length, GradientTolerance, exactlyRounded: true)).ToArray());

    [Fact]
    public void Every_gradient_matches_central_differences_of_its_function()
    {
        foreach (LeastSquaresProblem problem in OptimGen.TestProblems.MoreGarbowHillstrom.All)
        {
            double[] x = problem.Start<double>();
            for (int i = 0; i < x.Length; i++)
                x[i] += 0.01 * (i + 1) * (x[i] == 0 ? 1 : x[i]); // off the start, where some problems are symmetric
            var gradient = new double[x.Length];
            double value = problem.Evaluate<double>(x, gradient);
            var scratch = new double[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                double h = 1e-6 * Math.Max(1, Math.Abs(x[i]));
                double saved = x[i];
                x[i] = saved + h;
                double above = problem.Evaluate<double>(x, scratch);
                x[i] = saved - h;
                double below = problem.Evaluate<double>(x, scratch);
                x[i] = saved;
                double difference = (above - below) / (2 * h);
                // Rounding of f itself, divided by the step, is the floor of what differences can tell.
                double noise = 4 * (Math.BitIncrement(1.0) - 1) * Math.Abs(value) / h;
                Assert.True(Math.Abs(difference - gradient[i]) <= 1e-5 * Math.Max(1, Math.Abs(gradient[i])) + noise,
                    $"{problem.Label}: dF/dx{i + 1} is {gradient[i]:R}, central differences give {difference:R}");
            }
        }
    }

    [Fact]
    public void Every_listed_minimizer_has_the_listed_value()
    {
        // Where the paper gives the minimizer exactly, the function there is its f*.
        (int Number, double[] Minimizer)[] known =
        {
            (1, new[] { 1.0, 1 }), (4, new[] { 1e6, 2e-6 }), (5, new[] { 3, 0.5 }), (7, new[] { 1.0, 0, 0 }),
            (11, new[] { 50, 25, 1.5 }), (12, new[] { 1.0, 10, 1 }), (13, new[] { 0.0, 0, 0, 0 }), (14, new[] { 1.0, 1, 1, 1 }),
        };
        foreach ((int number, double[] minimizer) in known)
        {
            LeastSquaresProblem problem = OptimGen.TestProblems.MoreGarbowHillstrom.Problem(number);
            Assert.Equal(problem.Minimum, problem.Evaluate<double>(minimizer, new double[minimizer.Length]), 1e-12);
        }

        Assert.Equal(37, OptimGen.TestProblems.MoreGarbowHillstrom.All.Count);
        Assert.Equal(Enumerable.Range(1, 35), OptimGen.TestProblems.MoreGarbowHillstrom.All.Select(p => p.Number).Distinct());
    }

    [Fact]
    public void No_run_ends_above_its_best_or_spends_more_than_two_line_searches_after_it()
    {
        foreach (LbfgsRun[] runs in new[] { Runs.Value, ExactlyRoundedRuns.Value }.Distinct())
        {
            Print(runs, null);
            int mostAfterLowest = 2 * new Lbfgs().MaxLinesearchSteps + 1;
            foreach (LbfgsRun run in runs)
            {
                Assert.True(run.Value <= run.BestRecorded, $"{run.Problem.Label} ended at {run.Value:R}, above {run.BestRecorded:R}");
                Assert.True(run.EvaluationsAfterLowest <= mostAfterLowest,
                    $"{run.Problem.Label} made {run.EvaluationsAfterLowest} evaluations after its lowest value ({run.Termination})");
                Assert.NotEqual(ScanTermination.LengthReached, run.Termination);
            }
        }
    }

    /// <summary>
    /// Where the runs end at rounding level, the zoom stops as soon as its bracket cannot change f by a unit of its rounding
    /// or holds a single point (docs/lbfgs.md), so the two failed searches that end such a run cost at most one search's
    /// worth of evaluations together (measured: at most 5 in Double mode, 15 in Single mode; 24 and 40 before). The exactly
    /// rounded runs of Single mode are held to the bound above only: Chebyquad n = 8 explores for its whole allowance there.
    /// </summary>
    [Fact]
    public void On_the_objective_as_evaluated_no_run_spends_more_than_one_line_search_after_its_lowest_value()
    {
        int maxLinesearchSteps = new Lbfgs().MaxLinesearchSteps;
        foreach (LbfgsRun run in Runs.Value)
        {
            Assert.True(run.EvaluationsAfterLowest <= maxLinesearchSteps,
                $"{run.Problem.Label} made {run.EvaluationsAfterLowest} evaluations after its lowest value ({run.Termination})");
        }
    }

    /// <summary>
    /// The goals: Double mode reaches the global minimum on 34 instances (all but the three no method reaches from the
    /// standard start) and a listed minimum on all 37; Single mode, evaluating the objective in float, reaches the global
    /// minimum on 32 and a listed minimum on 35 (Meyer and Watson n = 9 are lost in the float evaluation's own noise,
    /// docs/lbfgs.md).
    /// </summary>
    [Fact]
    public void Reaches_the_global_minimum_on_34_of_the_37_in_Double_mode_and_32_in_Single_mode()
    {
        LbfgsRun[] runs = Runs.Value;
        (int global, int listed) = Solved(runs);
        output.WriteLine($"{(Precision.IsDouble ? "Double" : "Single")} mode: {listed} of 37 reach a listed minimum "
            + $"(f - f* <= {RelativeTolerance:G} |f*| + {AbsoluteTolerance:G}), {global} the global one");
        Assert.True(global >= (Precision.IsDouble ? 34 : 32), $"{global} of 37 reach the global minimum");
        Assert.True(listed >= (Precision.IsDouble ? 37 : 35), $"{listed} of 37 reach a listed minimum");
    }

    [SkippableFact]
    public void Single_mode_reaches_the_global_minimum_on_33_of_the_37_when_the_objective_is_exactly_rounded()
    {
        Skip.If(Precision.IsDouble, "in Double mode the exactly rounded objective is the objective");
        LbfgsRun[] runs = ExactlyRoundedRuns.Value;
        (int global, int listed) = Solved(runs);
        output.WriteLine($"Single mode, objective evaluated in double and rounded to float: {listed} of 37 reach a listed "
            + $"minimum, {global} the global one");
        Assert.True(global >= 33, $"{global} of 37 reach the global minimum");
    }

    private static (int Global, int Listed) Solved(IEnumerable<LbfgsRun> runs) =>
        (Count(runs.Select(r => (r.Problem, r.Value))), CountListed(runs.Select(r => (r.Problem, r.Value))));

    [SkippableFact]
    public void Double_mode_solves_at_least_as_many_as_scipy_lbfgsb()
    {
        Skip.IfNot(Precision.IsDouble, "scipy's L-BFGS-B runs in double precision; the comparison is made in Double mode");
        using ScipyLbfgsb? scipy = ScipyLbfgsb.Start(out string? pythonMissing);
        Skip.If(scipy is null, pythonMissing);
        LbfgsRun[] runs = Runs.Value;
        ScipyLbfgsb.Run[] references = OptimGen.TestProblems.MoreGarbowHillstrom.All
            .Select(p => scipy!.Minimize(p, GradientTolerance, Length)).ToArray();
        Print(runs, references);

        int ours = runs.Count(r => r.Problem.ReachesMinimum(r.Value, RelativeTolerance, AbsoluteTolerance));
        int theirs = references.Count(r => r.Problem.ReachesMinimum(r.Value, RelativeTolerance, AbsoluteTolerance));
        Assert.True(ours >= theirs, $"L-BFGS reaches the global minimum on {ours} instances, scipy's L-BFGS-B on {theirs}");
    }

    private void Print(IReadOnlyList<LbfgsRun> runs, IReadOnlyList<ScipyLbfgsb.Run>? references)
    {
        output.WriteLine($"{"problem",-48} {"f*",11} {"f",13} {"evals",6} {"after",5} {"steps",5} {"termination",-18}"
            + (references is null ? "" : $" {"scipy f",13} {"evals",6}"));
        for (int i = 0; i < runs.Count; i++)
        {
            LbfgsRun run = runs[i];
            string line = $"{run.Problem.Label,-48} {run.Problem.Minimum,11:G6} {run.Value,13:G7} {run.Evaluations,6} "
                + $"{run.EvaluationsAfterLowest,5} {run.Steps,5} {run.Termination,-18}";
            if (references is not null)
                line += $" {references[i].Value,13:G7} {references[i].Evaluations,6}";
            output.WriteLine(line);
        }

        output.WriteLine($"reach the global minimum: {Count(runs.Select(r => (r.Problem, r.Value)))}"
            + (references is null ? "" : $"; scipy L-BFGS-B: {Count(references.Select(r => (r.Problem, r.Value)))}"));
        output.WriteLine($"reach a listed minimum (local ones included): {CountListed(runs.Select(r => (r.Problem, r.Value)))}"
            + (references is null ? "" : $"; scipy L-BFGS-B: {CountListed(references.Select(r => (r.Problem, r.Value)))}"));
        output.WriteLine($"evaluations: {runs.Sum(r => r.Evaluations)}" + (references is null ? "" : $"; scipy: {references.Sum(r => r.Evaluations)}"));
    }

    private static int Count(IEnumerable<(LeastSquaresProblem Problem, double Value)> runs) =>
        runs.Count(r => r.Problem.ReachesMinimum(r.Value, RelativeTolerance, AbsoluteTolerance));

    private static int CountListed(IEnumerable<(LeastSquaresProblem Problem, double Value)> runs) =>
        runs.Count(r => r.Problem.ReachesListedMinimum(r.Value, RelativeTolerance, AbsoluteTolerance));
}
