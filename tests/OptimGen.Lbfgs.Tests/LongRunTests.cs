using System;
using System.Linq;
using OptimGen.LbfgsTests.MoreGarbowHillstrom;
using OptimGen.Optimizers;
using OptimGen.TestProblems;
using Xunit.Abstractions;

namespace OptimGen.LbfgsTests;

/// <summary>
/// What issue #9 measured: L-BFGS allowed to run on (no tolerance, thousands of steps) near singular or badly scaled
/// minima, a NaN objective, badly scaled problems in Single mode.
/// </summary>
public sealed class LongRunTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(22)] // Extended Powell singular, n = 12: went from 4e-66 to 5e238 before
    [InlineData(13)] // Powell singular: rose by factors up to 5e77 before
    [InlineData(4)]  // Brown badly scaled
    [InlineData(10)] // Meyer: 17 500 evaluations of failed searches before
    [InlineData(33)] // Linear rank 1: 39 723 evaluations in Single mode before
    [InlineData(3)]  // Powell badly scaled
    public void Allowed_to_run_on_it_never_ends_above_its_best_and_stops_when_it_cannot_progress(int number)
    {
        LeastSquaresProblem problem = OptimGen.TestProblems.MoreGarbowHillstrom.Problem(number);
        var lbfgs = new Lbfgs();
        Real[] x = problem.Start<Real>();
        Lbfgs.State state = lbfgs.Init(x);
        var objective = new ProblemObjective(problem);
        ScanResult result = lbfgs.Scan(ref state, x, objective, 5000);

        double final = problem.Evaluate<Real>(x, new Real[x.Length]);
        // The figures the closing notes of issue #9 quote (--logger "console;verbosity=detailed").
        output.WriteLine($"{problem.Label}, {(Precision.IsDouble ? "Double" : "Single")} mode, 5,000 steps allowed: {result.Termination} after {result.Values.Length} steps "
            + $"and {objective.Evaluations} evaluations, {objective.Evaluations - objective.LowestAt} after the lowest value; "
            + $"ends at f = {final:G6}, its lowest {result.Values.Min():G6}");
        Assert.True(final <= result.Values.Min(), $"{problem.Label}: ended at {final:R}, above {result.Values.Min():R}");
        Assert.True(result.Values.Zip(result.Values.Skip(1)).All(pair => pair.Second <= pair.First), "every step lowers f or keeps it");
        // It stops with a failure, or stands still at an exact zero of the gradient, where a step costs nothing.
        if (result.Termination != ScanTermination.OptimizerFailed)
        {
            Assert.Equal(ScanTermination.LengthReached, result.Termination);
            Assert.Equal(0, result.GradientNorms[^1]);
        }

        Assert.InRange(objective.Evaluations - objective.LowestAt, 0, 2 * lbfgs.MaxLinesearchSteps + 1);
        Assert.True(result.Evaluations < 1000, $"{problem.Label}: {result.Evaluations} evaluations");
    }

    [Theory]
    [InlineData(4, 40)] // Brown badly scaled: 16 429 evaluations in Single mode with the old curvature test
    [InlineData(3, 300)] // Powell badly scaled
    public void Badly_scaled_problems_are_solved_in_both_modes(int number, int mostEvaluations)
    {
        LeastSquaresProblem problem = OptimGen.TestProblems.MoreGarbowHillstrom.Problem(number);
        var lbfgs = new Lbfgs();
        Real[] x = problem.Start<Real>();
        Lbfgs.State state = lbfgs.Init(x);
        ScanResult result = lbfgs.Scan(ref state, x, new ProblemObjective(problem), 1000, new ScanOptions { GradientTolerance = 1e-6 });

        Assert.InRange(problem.Evaluate<Real>(x, new Real[x.Length]), 0, 1e-12);
        Assert.InRange(result.Evaluations, 1, mostEvaluations);
    }

    [Fact]
    public void Below_the_rounding_of_f_it_explores_while_the_parameters_stay_at_the_best_point()
    {
        // Wood from its standard start passes a saddle at f = 7.877. In Single mode the decrease of each of the ~7 steps
        // that lead away from it is below the rounding of f there (an ulp of 7.877 is 4.8e-7); it used to stop there.
        LeastSquaresProblem problem = OptimGen.TestProblems.MoreGarbowHillstrom.Problem(14);
        var lbfgs = new Lbfgs();
        Real[] x = problem.Start<Real>();
        Lbfgs.State state = lbfgs.Init(x);
        var objective = new ProblemObjective(problem);
        Real[] gradient = new Real[x.Length], update = new Real[x.Length];
        Real value = objective.Evaluate(x, gradient);
        int exploringSteps = 0;
        for (int step = 0; step < 1000 && Kernels.NormInf<Real>(gradient) > 1e-6 && state.ConsecutiveFailures < 2; step++)
        {
            lbfgs.Step(ref state, x, gradient, value, update, ref objective);
            if (state.EvaluationsSinceBest > 0)
            {
                // Exploring: the update is zero, the parameters are the best point, and the value there is the best.
                exploringSteps++;
                Assert.All(update, u => Assert.Equal(0, (double)u));
                Assert.Equal(x, state.BestParams);
                // L-BFGS's own iterate is within half the digits of Real of it.
                double allowance = Math.Sqrt((double)(Real.BitIncrement(1) - 1)) * Math.Abs((double)state.BestValue);
                Assert.InRange((double)state.Value, (double)state.BestValue, (double)state.BestValue + 1.01 * allowance);
            }

            Kernels.Add<Real>(x, update);
            Real next = problem.Evaluate<Real>(x, gradient);
            Assert.True(next <= value, $"step {step}: f rose from {value:R} to {next:R}");
            value = next;
        }

        Assert.InRange(problem.Evaluate<Real>(x, gradient), 0, 1e-10);
        if (!Precision.IsDouble)
            Assert.InRange(exploringSteps, 1, 100);
    }

    [Fact]
    public void The_curvature_test_does_not_depend_on_the_units_of_f()
    {
        // Brown badly scaled, and the same function times 2^-20: every quantity of a step scales exactly, so with a
        // scale-invariant curvature test the iterates are bit for bit the same (s.y > eps y.y would decide otherwise).
        LeastSquaresProblem problem = OptimGen.TestProblems.MoreGarbowHillstrom.Problem(4);
        (Real[] Point, long Evaluations) Run(Real scale)
        {
            var lbfgs = new Lbfgs();
            Real[] x = problem.Start<Real>();
            Lbfgs.State state = lbfgs.Init(x);
            ScanResult result = lbfgs.Scan(ref state, x, new Scaled(problem, scale), 8); // short of the end, where f underflows
            return (x, result.Evaluations);
        }

        (Real[] point, long evaluations) = Run(1);
        (Real[] scaledPoint, long scaledEvaluations) = Run((Real)Math.Pow(2, -20));
        Assert.Equal(point, scaledPoint);
        Assert.Equal(evaluations, scaledEvaluations);
    }

    [Fact]
    public void A_NaN_objective_ends_the_scan_at_the_last_finite_point()
    {
        // Rosenbrock, except that the value is NaN once x1 > 0.5: the line search backs off such trials, and the scan
        // ends when the point it stands on is NaN (never, here) or runs on with finite numbers only.
        LeastSquaresProblem problem = OptimGen.TestProblems.MoreGarbowHillstrom.Problem(1);
        var lbfgs = new Lbfgs();
        Real[] x = problem.Start<Real>();
        Lbfgs.State state = lbfgs.Init(x);
        ScanResult result = lbfgs.Scan(ref state, x, new NaNBeyond(problem, (Real)0.5), 200);

        Assert.NotEqual(ScanTermination.NonFiniteEvaluation, result.Termination);
        Assert.All(x, v => Assert.True(Real.IsFinite(v)));
        Assert.True(x[0] <= (Real)0.5);
        Assert.All(result.Values, v => Assert.True(double.IsFinite(v)));

        // A NaN where the scan starts ends it at once, the state untouched.
        Real[] y = { 1, 1 };
        Lbfgs.State fresh = lbfgs.Init(y);
        result = lbfgs.Scan(ref fresh, y, new NaNBeyond(problem, 0), 10);
        Assert.Equal(ScanTermination.NonFiniteEvaluation, result.Termination);
        Assert.Equal(0, result.CompletedSteps);
        Assert.Equal(lbfgs.Init(y), fresh);
    }

    [Fact]
    public void A_gradient_that_is_not_finite_is_never_reused()
    {
        // The search's only trial has a finite value, lower than f(0), but an infinite gradient: the failed search does not
        // fall back to it (nor would the next step reuse it); it stays where the gradient is finite.
        var lbfgs = new Lbfgs { MaxLinesearchSteps = 1 };
        Real[] x = { 1 }, gradient = { 1 }, update = new Real[1];
        var objective = new InfiniteGradientBelow((Real)0.5);
        Lbfgs.State state = lbfgs.Init(x);
        lbfgs.Step(ref state, x, gradient, (Real)0.5, update, ref objective);
        Assert.True(state.LinesearchFailed);
        Assert.Equal(0, (double)update[0]);
        Assert.Equal(1, (double)state.Grad[0]);

        // Through Scan: every evaluation the scan reuses has a finite gradient, so it never stops on one.
        Real[] y = { 1 };
        Lbfgs.State scanned = new Lbfgs().Init(y);
        ScanResult result = new Lbfgs().Scan(ref scanned, y, new InfiniteGradientBelow((Real)0.5), 20);
        Assert.NotEqual(ScanTermination.NonFiniteEvaluation, result.Termination);
        Assert.All(result.GradientNorms, v => Assert.True(double.IsFinite(v)));
    }

    private readonly struct Scaled(LeastSquaresProblem problem, Real scale) : IObjective<Real>
    {
        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
        {
            Real value = problem.Evaluate<Real>(x, gradient);
            for (int i = 0; i < gradient.Length; i++)
                gradient[i] *= scale;
            return value * scale;
        }
    }

    private readonly struct NaNBeyond(LeastSquaresProblem problem, Real limit) : IObjective<Real>
    {
        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
        {
            Real value = problem.Evaluate<Real>(x, gradient);
            return x[0] > limit ? Real.NaN : value;
        }
    }

    /// <summary>0.5 x² with an infinite gradient (but a finite value) below <c>limit</c>.</summary>
    private readonly struct InfiniteGradientBelow(Real limit) : IObjective<Real>
    {
        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
        {
            gradient[0] = x[0] < limit ? Real.PositiveInfinity : x[0];
            return x[0] * x[0] / 2;
        }
    }
}
