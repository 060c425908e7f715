using System;
using System.Linq;
using OptimGen;
using OptimGen.LbfgsbTests.Problems;
using OptimGen.Optimizers;
using Xunit.Abstractions;

namespace OptimGen.LbfgsbTests;

/// <summary>
/// Every step a line search accepts meets its conditions, checked from values this test computes itself at the point
/// the update leads to: for <see cref="Lbfgs"/> with Moré–Thuente (sufficient decrease and strong curvature) and
/// backtracking (sufficient decrease), and for <see cref="Lbfgsb"/> with either, where Moré–Thuente may stop short of
/// the curvature condition only at the edge of the box.
/// </summary>
public sealed class LinesearchConditionTests
{
    private readonly ITestOutputHelper output;

    public LinesearchConditionTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string, LinesearchMethod> LbfgsCases()
    {
        var cases = new TheoryData<string, LinesearchMethod>();
        foreach (string name in new[] { "hs038", "hs005", "driver1", "torsion" })
        {
            cases.Add(name, LinesearchMethod.MoreThuente);
            cases.Add(name, LinesearchMethod.Backtracking);
        }

        return cases;
    }

    public static TheoryData<string, LinesearchMethod> LbfgsbCases()
    {
        var cases = new TheoryData<string, LinesearchMethod>();
        foreach (string name in new[] { "hs038", "hs045", "rosenbrock-cut", "driver1", "box-quadratic", "torsion", "bearing" })
        {
            cases.Add(name, LinesearchMethod.MoreThuente);
            cases.Add(name, LinesearchMethod.Backtracking);
        }

        return cases;
    }

    /// <summary>The unconstrained functions of these problems (their bounds dropped) through L-BFGS.</summary>
    [Theory]
    [MemberData(nameof(LbfgsCases))]
    public void LbfgsAcceptsOnlyStepsThatMeetTheConditions(string name, LinesearchMethod linesearch)
    {
        BoundedProblem problem = Small(name);
        var lbfgs = new Lbfgs { Linesearch = linesearch };
        Real[] x = problem.Start();
        int n = x.Length;
        Real[] next = new Real[n], gradient = new Real[n], nextGradient = new Real[n], update = new Real[n];
        Lbfgs.State state = lbfgs.Init(x);
        Real value = problem.Evaluate(x, gradient);
        int steps = 0, failed = 0, consecutiveFailures = 0;
        while (Kernels.NormInf<Real>(gradient) > (Real)Precision.GradientTolerance && steps < 3000 && consecutiveFailures < 2)
        {
            lbfgs.Step(ref state, x, gradient, value, update, ref problem);
            steps++;
            Real nextValue = Advance(problem, x, update, next, nextGradient);
            consecutiveFailures = state.LinesearchFailed ? consecutiveFailures + 1 : 0;
            if (state.LinesearchFailed)
            {
                failed++;
                Assert.True(nextValue <= value, $"step {steps}: a failed search went uphill ({value} -> {nextValue})");
            }
            else
            {
                AssertConditions(steps, value, nextValue, gradient, nextGradient, update, lbfgs.SlopeRtol, lbfgs.CurvRtol,
                    curvature: linesearch == LinesearchMethod.MoreThuente);
                Assert.Equal(0, (double)state.DecreaseError);
            }

            (x, next) = (next, x);
            (gradient, nextGradient) = (nextGradient, gradient);
            value = nextValue;
        }

        output.WriteLine($"{name} with {linesearch}: {steps} steps, {failed} failed searches, |g| = {Kernels.NormInf<Real>(gradient)}");
        // Two failures in a row end the run (as Scan ends it); in Single mode that may happen where f's rounding hides
        // every decrease, close to the tolerance.
        double reached = Kernels.NormInf<Real>(gradient);
        Assert.True(reached <= Precision.GradientTolerance || (!Precision.IsDouble && reached <= 10 * Precision.GradientTolerance), $"did not converge: |g| = {reached}");
        Assert.True(failed <= (Precision.IsDouble ? 1 : 3), $"{failed} line searches failed");
    }

    [Theory]
    [MemberData(nameof(LbfgsbCases))]
    public void LbfgsbAcceptsOnlyStepsThatMeetTheConditions(string name, LinesearchMethod linesearch)
    {
        BoundedProblem problem = Small(name);
        Real[] lower = problem.Lower(), upper = problem.Upper();
        var lbfgsb = new Lbfgsb { LowerBounds = lower, UpperBounds = upper, Linesearch = linesearch };
        Real[] x = problem.Start();
        int n = x.Length;
        Real[] next = new Real[n], gradient = new Real[n], nextGradient = new Real[n], update = new Real[n];
        Lbfgsb.State state = lbfgsb.Init(x);
        Real value = problem.Evaluate(x, gradient);
        int steps = 0, atEdge = 0, approximate = 0;
        while (Lbfgsb.ProjectedGradientNorm(ref state, x, gradient) > (Real)Precision.GradientTolerance && steps < 3000)
        {
            lbfgsb.Step(ref state, x, gradient, value, update, ref problem);
            steps++;
            if (state.LinesearchFailed)
                break;
            Real nextValue = Advance(problem, x, update, next, nextGradient);
            for (int i = 0; i < n; i++)
                Assert.True(next[i] >= lower[i] && next[i] <= upper[i], $"step {steps}: coordinate {i} = {next[i]} left [{lower[i]}, {upper[i]}]");

            // Moré–Thuente may stop at the largest step inside the box with f still falling: the curvature condition
            // is then out of reach; the step has sufficient decrease and a coordinate that reached a new bound.
            bool reachedNewBound = Enumerable.Range(0, n).Any(i =>
                (next[i] == lower[i] && x[i] != lower[i]) || (next[i] == upper[i] && x[i] != upper[i]));
            // The first step's largest step is 1 (the Fortran code's), a cap of the same kind.
            bool atLargestStep = reachedNewBound || (steps == 1 && state.LearningRate == 1);
            bool curvature = linesearch == LinesearchMethod.MoreThuente && !(atLargestStep && state.CurvatureError > 0);
            atEdge += linesearch == LinesearchMethod.MoreThuente && !curvature ? 1 : 0;
            if (state.DecreaseError > 0)
            {
                // The fallback where f's rounding hides the decrease: Hager and Zhang's approximate Wolfe conditions.
                approximate++;
                AssertApproximateWolfe(steps, value, nextValue, gradient, nextGradient, update, lbfgsb.SlopeRtol, lbfgsb.CurvRtol, lbfgsb.ApproxDecRtol!.Value,
                    curvature: linesearch == LinesearchMethod.MoreThuente);
            }
            else
            {
                AssertConditions(steps, value, nextValue, gradient, nextGradient, update, lbfgsb.SlopeRtol, lbfgsb.CurvRtol, curvature);
            }

            (x, next) = (next, x);
            (gradient, nextGradient) = (nextGradient, gradient);
            value = nextValue;
        }

        output.WriteLine($"{name} with {linesearch}: {steps} steps, {atEdge} stopped at the largest step, {approximate} approximate Wolfe, failed: {state.LinesearchFailed}");
        // In Double mode the approximate conditions are a last resort near the solution, not a habit; in Single mode f's
        // rounding (an ulp of 1e-3 at f = 9390) can hide every decrease the slopes still show.
        Assert.True(approximate <= 3 || !Precision.IsDouble, $"{approximate} steps took the approximate Wolfe fallback");
        Assert.True(Lbfgsb.ProjectedGradientNorm(ref state, x, gradient) <= (Real)Precision.GradientTolerance || (!Precision.IsDouble && state.LinesearchFailed),
            "did not converge");
    }

    private static BoundedProblem Small(string name) => name switch
    {
        "torsion" => new Torsion(12, 12),
        "bearing" => new JournalBearing(12, 12),
        _ => ProblemSets.Named(name),
    };

    /// <summary><c>next = x + update</c>, as <c>Scan</c> forms it; returns f there.</summary>
    private static Real Advance(BoundedProblem problem, Real[] x, Real[] update, Real[] next, Real[] nextGradient)
    {
        for (int i = 0; i < x.Length; i++)
            next[i] = x[i] + update[i];
        return problem.Evaluate(next, nextGradient);
    }

    private static void AssertApproximateWolfe(
        int step, Real value, Real nextValue, Real[] gradient, Real[] nextGradient, Real[] update, Real slopeRtol, Real curvRtol, Real approxDecRtol, bool curvature)
    {
        double slope = Kernels.Dot<Real>(gradient, update), nextSlope = Kernels.Dot<Real>(nextGradient, update);
        double rounding = 8 * (Precision.IsDouble ? 1.1e-16 : 6e-8) * Math.Abs(slope);
        Assert.True(nextValue <= value + approxDecRtol * Math.Abs(value), $"step {step}: {nextValue} above f(0) + c3 |f(0)| = {value + approxDecRtol * Math.Abs(value)}");
        Assert.True((!curvature || nextSlope >= curvRtol * slope - rounding) && nextSlope <= (2 * slopeRtol - 1) * slope + rounding,
            $"step {step}: slope {nextSlope} outside [{curvRtol * slope}, {(2 * slopeRtol - 1) * slope}]");
    }

    /// <summary>
    /// With <c>u = t d</c> both conditions read the same with <c>u</c> in place of <c>d</c> (t cancels): Armijo
    /// <c>f(x + u) &lt;= f(x) + c1 g·u</c>, strong curvature <c>|g(x + u)·u| &lt;= c2 |g·u|</c>. A few units of rounding in the
    /// dot products are allowed, as the search computed them along <c>d</c>.
    /// </summary>
    private static void AssertConditions(
        int step, Real value, Real nextValue, Real[] gradient, Real[] nextGradient, Real[] update, Real slopeRtol, Real curvRtol, bool curvature)
    {
        double slope = Kernels.Dot<Real>(gradient, update), nextSlope = Kernels.Dot<Real>(nextGradient, update);
        double rounding = 8 * (Precision.IsDouble ? 1.1e-16 : 6e-8);
        Assert.True(slope < 0, $"step {step}: the update is not a descent direction (slope {slope})");
        Assert.True(nextValue <= value + slopeRtol * slope + rounding * Math.Abs(value),
            $"step {step}: no sufficient decrease ({value} -> {nextValue}, slope {slope})");
        if (curvature)
            Assert.True(Math.Abs(nextSlope) <= curvRtol * Math.Abs(slope) * (1 + rounding) + rounding * Math.Abs(slope),
                $"step {step}: curvature |{nextSlope}| > {curvRtol} |{slope}|");
    }
}
