using System;
using OptimGen;
using OptimGen.LbfgsTests.Problems;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsTests;

/// <summary>The paths optax users hit: optimum reached, line search failing, no curvature, a damaged state.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void AtTheOptimumTheUpdateIsZeroAndNothingIsEvaluated()
    {
        var lbfgs = new Lbfgs();
        Real[] x = { 1, 1 }, gradient = new Real[2], update = { 7, 7 };
        var objective = new CountingObjective<ExtendedRosenbrock>(new ExtendedRosenbrock());
        Real value = objective.Evaluate(x, gradient);
        Lbfgs.State state = lbfgs.Init(x);

        lbfgs.Step(ref state, x, gradient, value, update, ref objective);

        Assert.Equal(new Real[] { 0, 0 }, update);
        Assert.Equal(1, objective.Evaluations);
        Assert.False(state.LinesearchFailed);
        Assert.Equal(0, state.NumLinesearchSteps);
        Assert.Equal(0, (double)state.LearningRate);
        Assert.Equal(1, (double)state.IdentityScale);
    }

    [Fact]
    public void AGradientThatIsNotFiniteGivesAZeroUpdateAndAFailure()
    {
        var lbfgs = new Lbfgs();
        Real[] x = { 1, 2 }, gradient = { Real.NaN, 1 }, update = new Real[2];
        var objective = new ExtendedRosenbrock();
        Lbfgs.State state = lbfgs.Init(x);

        lbfgs.Step(ref state, x, gradient, 3, update, ref objective);

        Assert.Equal(new Real[] { 0, 0 }, update);
        Assert.True(state.LinesearchFailed);
    }

    [Fact]
    public void AFlatStretchOfARoundedValueDoesNotCloseTheInterval()
    {
        // (x - 50)^2 with its value rounded to multiples of 10 000: from x = 0 (f = 0, slope -100 along d = 1) every trial
        // up to x = 100 has the same value, while the slope says f goes down up to x = 50. A trial at the previous trial's
        // value with a negative slope tells nothing, so the step grows (1, 2, 4, 8) until the slope meets the curvature
        // condition |f'(t)| <= 0.9 * 100 at t = 8 (slope -84); closing the interval at the first equal value (t = 2) would
        // search [1, 2], where the slope is -98 to -96, and fail. The value at x = 8 is not below f(0) (both round to 0),
        // so the parameters stay where they are and L-BFGS explores from x = 8 (docs/lbfgs.md).
        var lbfgs = new Lbfgs();
        Real[] x = { 0 }, gradient = new Real[1], update = new Real[1];
        var objective = new RoundedParabola();
        Real value = objective.Evaluate(x, gradient);
        Lbfgs.State state = lbfgs.Init(x);

        lbfgs.Step(ref state, x, gradient, value, update, ref objective);

        Assert.False(state.LinesearchFailed);
        Assert.Equal(4, state.NumLinesearchSteps);
        Assert.Equal(8, (double)state.Candidate[0]);
        Assert.Equal(0, (double)update[0]);
        Assert.Equal(4, state.EvaluationsSinceBest);
    }

    /// <summary><c>(x - 50)²</c> with its value rounded to a multiple of 10 000 and its exact gradient.</summary>
    private readonly struct RoundedParabola : IObjective<Real>
    {
        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
        {
            Real offset = x[0] - 50;
            gradient[0] = 2 * offset;
            return 10_000 * Real.Round(offset * offset / 10_000);
        }
    }

    [Fact]
    public void AtRoundingLevelTheSearchEndsOnceItsBracketCannotChangeF()
    {
        // 4 + 50 x^2 from x = 1e-9: f rounds to 4, the slope along d = -g is -1e-14. The trial t = 1 (x = -9.9e-8) is above
        // f(0), or equal to it in float, with a positive slope: the minimizer along d is bracketed in [0, 1], at t = 0.01,
        // where f is lower by 5e-17, far below a unit of the rounding of 4. Even the tangent at t = 0, followed over the
        // whole bracket, changes f by less than eps * 4 once the bracket is narrower than eps * 4 / 1e-14 (0.09 in double,
        // 4.8e7 in float), so the zoom ends there, failed: after t = 1, 0.5, 0.25, 0.125 and 0.0625 in Double mode, after
        // t = 1 in Single mode. (Zooming on, it reached the minimizer after 6 trials, 11 in float, accepted it by the slopes
        // at a value equal to f(0), and L-BFGS explored from there for up to 40 evaluations, where no lower value exists.)
        var lbfgs = new Lbfgs();
        Real[] x = { (Real)1e-9 }, gradient = new Real[1], update = { 5 };
        var objective = new CountingObjective<OffsetParabola>(new OffsetParabola());
        Real value = objective.Evaluate(x, gradient);
        Lbfgs.State state = lbfgs.Init(x);

        lbfgs.Step(ref state, x, gradient, value, update, ref objective);

        Assert.Equal(4, (double)value);
        Assert.True(state.LinesearchFailed);
        Assert.Equal(Precision.IsDouble ? 5 : 1, state.NumLinesearchSteps);
        Assert.Equal(0, (double)update[0]);
        Assert.Equal(4, (double)state.Value);
        // Already along the scaled gradient of an empty memory: a restart would repeat it, so the scan would end here.
        Assert.Equal(2, state.ConsecutiveFailures);
    }

    /// <summary><c>4 + 50 x²</c>: a minimum whose value hides every change below <c>eps * 4</c>.</summary>
    private readonly struct OffsetParabola : IObjective<Real>
    {
        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
        {
            gradient[0] = 100 * x[0];
            return 4 + 50 * x[0] * x[0];
        }
    }

    [Fact]
    public void OutOfStepsTheSearchTakesTheBestStepWithSufficientDecrease()
    {
        // As in LinesearchStepsTests: t = 1 decreases f = 0.005 x^2 from x = 10 but misses the curvature condition;
        // with one trial allowed the search fails and, like optax, takes that step.
        var lbfgs = new Lbfgs { MaxLinesearchSteps = 1 };
        Real[] x = { 10 }, gradient = { (Real)0.1 }, update = new Real[1];
        var objective = new ScaledParabola((Real)0.01);
        Lbfgs.State state = lbfgs.Init(x);

        lbfgs.Step(ref state, x, gradient, (Real)0.5, update, ref objective);

        Assert.True(state.LinesearchFailed);
        Assert.Equal(1, state.NumLinesearchSteps);
        Assert.Equal(1, (double)state.LearningRate);
        Assert.Equal((double)(Real)(-0.1), (double)update[0], 1e-7);
        Assert.Equal(0, (double)state.DecreaseError);
        Assert.True(state.CurvatureError > 0);
    }

    [Fact]
    public void WithNoFiniteTrialTheSearchStaysPut()
    {
        // 0.5 x^2 defined for x >= 0.5 only; from x = 1 the first trial is x = 0, outside the domain.
        var lbfgs = new Lbfgs { MaxLinesearchSteps = 1 };
        Real[] x = { 1 }, gradient = { 1 }, update = { 5 };
        var objective = new PartialParabola();
        Lbfgs.State state = lbfgs.Init(x);

        lbfgs.Step(ref state, x, gradient, (Real)0.5, update, ref objective);

        Assert.True(state.LinesearchFailed);
        Assert.Equal(0, (double)update[0]);
        Assert.Equal(0, (double)state.LearningRate);
        Assert.Equal((Real)0.5, state.Value);
        // The errors describe the step taken, t = 0: no decrease is missed, the curvature condition is (by 0.1 |f'(0)|).
        Assert.Equal(0, (double)state.DecreaseError);
        Assert.Equal(0.1, (double)state.CurvatureError, 1e-6);
        Assert.Equal(2, state.ConsecutiveFailures);
    }

    [Fact]
    public void AFailedSearchNeverTakesAnUphillTrial()
    {
        // f = x^2 at x = 1, handed a gradient of 3 (a stale one, say), with one trial allowed: t = 1 lands on x = -2
        // where f = 4, four times f(0), and the search fails. optax would take that last trial; this search stays.
        var lbfgs = new Lbfgs { MaxLinesearchSteps = 1, ScaleInitPrecond = false };
        Real[] x = { 1 }, gradient = { 3 }, update = { 5 };
        var objective = new ScaledParabola(2);
        Lbfgs.State state = lbfgs.Init(x);

        lbfgs.Step(ref state, x, gradient, 1, update, ref objective);

        Assert.True(state.LinesearchFailed);
        Assert.Equal(0, (double)update[0]);
        Assert.Equal(1, (double)state.Value);
    }

    [Fact]
    public void WithMoreStepsTheSearchBacktracksIntoTheDomain()
    {
        var lbfgs = new Lbfgs();
        Real[] x = { 1 }, gradient = { 1 }, update = new Real[1];
        var objective = new PartialParabola();
        Lbfgs.State state = lbfgs.Init(x);

        lbfgs.Step(ref state, x, gradient, (Real)0.5, update, ref objective);

        Assert.InRange((double)(x[0] + update[0]), 0.5, 1);
        Assert.True(Real.IsFinite(state.Value));
        Assert.True(state.Value < (Real)0.5);
    }

    [Fact]
    public void APairWithoutPositiveCurvatureIsSkipped()
    {
        // On -0.5 x^2 every pair has s.y = -s^2 < 0; optax would store the weight 1/s.y < 0 and scale by
        // gamma = s.y / y.y < 0, an ascent direction. With the step capped at 1 each search ends at the cap (not a
        // failure): x goes 1, 2, 4, and the pair of the second step (s = 1, y = -1) gets weight 0, gamma stays 1.
        var lbfgs = new Lbfgs { MaxLearningRate = 1 };
        Real[] x = { 1 };
        Lbfgs.State state = lbfgs.Init(x);
        ScanResult result = lbfgs.Scan(ref state, x, new NegativeParabola(), 2);

        Assert.Equal(new double[] { 0, 0 }, result.GetSlotTrace("LinesearchFailed"));
        Assert.Equal(ScanTermination.LengthReached, result.Termination);
        Assert.All(state.WeightsMemory, weight => Assert.Equal(0, (double)weight));
        Assert.Equal(1, (double)state.IdentityScale);
        Assert.Equal(4, (double)x[0]); // the second step still descends: outward, by -gamma g = x
    }

    [Fact]
    public void OnAFunctionUnboundedBelowTheScanEndsWithAnOptimizerFailure()
    {
        // No step on -0.5 x^2 meets the curvature condition: the first search fails after 20 doublings and takes its
        // best step, 2^19. It searched along the scaled gradient, with nothing in memory to reset, so L-BFGS reports
        // that it cannot go on rather than doubling its way to infinity.
        var lbfgs = new Lbfgs();
        Real[] x = { 1 };
        Lbfgs.State state = lbfgs.Init(x);
        ScanResult result = lbfgs.Scan(ref state, x, new NegativeParabola(), 100);

        Assert.Equal(ScanTermination.OptimizerFailed, result.Termination);
        Assert.Equal(1, result.CompletedSteps);
        Assert.Equal(new double[] { 1 }, result.GetSlotTrace("LinesearchFailed"));
        Assert.Equal(1 + Math.Pow(2, 19), (double)x[0], (double)x[0] * 1e-6);
        Assert.Equal(21, result.Evaluations);
    }

    [Fact]
    public void ADirectionThatDoesNotDescendFallsBackToSteepestDescent()
    {
        var lbfgs = new Lbfgs();
        Real[] x = ExtendedRosenbrock.StandardStart(2);
        var objective = new ExtendedRosenbrock();
        Lbfgs.State state = lbfgs.Init(x);
        lbfgs.Scan(ref state, x, objective, 3);

        // Damage the state: with no pairs and a negative gamma, the two-loop recursion would point uphill.
        Array.Clear(state.WeightsMemory);
        state.Count = 0;
        state.IdentityScale = -1;
        Real[] gradient = new Real[2], update = new Real[2];
        Real value = objective.Evaluate(x, gradient);
        lbfgs.Step(ref state, x, gradient, value, update, ref objective);

        Assert.True(Kernels.Dot<Real>(gradient, update) < 0);
        Real scale = update[0] / gradient[0];
        Assert.True(scale < 0);
        Assert.Equal((double)scale, (double)(update[1] / gradient[1]), Precision.IsDouble ? 1e-12 : 1e-5);
        Assert.False(state.LinesearchFailed);
    }

    [Fact]
    public void TheStepCountSaturatesInsteadOfWrapping()
    {
        // Integer.MaxValue - 4 and 3 fall on the same ring row (both modes' MaxValue ends in 7), so until the count
        // saturates the two runs must agree exactly; no index arithmetic may overflow on the way.
        var lbfgs = new Lbfgs();
        Real[] x = ExtendedRosenbrock.StandardStart(2);
        Lbfgs.State state = lbfgs.Init(x);
        lbfgs.Scan(ref state, x, new ExtendedRosenbrock(), 3);
        Real[] y = (Real[])x.Clone();
        Lbfgs.State nearLimit = state.Clone();
        nearLimit.Count = Integer.MaxValue - 4;

        lbfgs.Scan(ref state, x, new ExtendedRosenbrock(), 4);
        lbfgs.Scan(ref nearLimit, y, new ExtendedRosenbrock(), 4);
        Assert.Equal(x, y);
        Assert.Equal(Integer.MaxValue, nearLimit.Count);

        ScanResult result = lbfgs.Scan(ref nearLimit, y, new ExtendedRosenbrock(), 2);
        Assert.Equal(Integer.MaxValue, nearLimit.Count);
        Assert.All(result.Values, value => Assert.True(double.IsFinite(value)));
        Assert.True(result.Values[1] <= result.Values[0]);
    }
}
