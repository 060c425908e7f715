using System;
using OptimGen;
using OptimGen.LbfgsTests.Problems;
using OptimGen.Optimizers;
using Xunit.Abstractions;

namespace OptimGen.LbfgsTests;

/// <summary>
/// Every step the zoom line search accepts meets the strong Wolfe conditions, checked from values this test
/// computes itself at the point the update leads to.
/// </summary>
public sealed class StrongWolfeTests
{
    private readonly ITestOutputHelper output;

    public StrongWolfeTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Rosenbrock() => AssertEveryStepMeetsTheConditions(new ExtendedRosenbrock(), ExtendedRosenbrock.StandardStart(2));

    [Fact]
    public void ChainedRosenbrock() => AssertEveryStepMeetsTheConditions(new ChainedRosenbrock(), new Real[20]);

    [Fact]
    public void Beale() => AssertEveryStepMeetsTheConditions(new Beale(), new Real[] { 1, 1 });

    [Fact]
    public void Himmelblau() => AssertEveryStepMeetsTheConditions(new Himmelblau(), new Real[] { 1, 1 });

    [Fact]
    public void Zakharov() => AssertEveryStepMeetsTheConditions(new Zakharov(), new Real[] { 600, 700, 200, 100, 90, 1000 });

    [Fact]
    public void IllConditionedQuadratic() => AssertEveryStepMeetsTheConditions(new DiagonalQuadratic(10, 1e6), new Real[10]);

    private void AssertEveryStepMeetsTheConditions<TObjective>(TObjective objective, Real[] start)
        where TObjective : IObjective<Real>
    {
        var lbfgs = new Lbfgs();
        int n = start.Length;
        Real[] x = (Real[])start.Clone(), next = new Real[n], gradient = new Real[n], nextGradient = new Real[n], update = new Real[n];
        Lbfgs.State state = lbfgs.Init(x);
        int steps = 0, checkedSteps = 0;
        Real value = objective.Evaluate(x, gradient);
        while (Kernels.NormInf<Real>(gradient) > (Real)Precision.GradientTolerance && steps < 2000)
        {
            lbfgs.Step(ref state, x, gradient, value, update, ref objective);
            steps++;
            for (int i = 0; i < n; i++)
                next[i] = x[i] + update[i];
            Real nextValue = objective.Evaluate(next, nextGradient);

            // With u = t d, both conditions read the same with u in place of d: the factor t cancels.
            Real slope = Kernels.Dot<Real>(gradient, update);
            Real nextSlope = Kernels.Dot<Real>(nextGradient, update);
            Assert.True(slope < 0, $"step {steps}: the update is not a descent direction (slope {slope})");
            if (!state.LinesearchFailed)
            {
                bool armijo = nextValue <= value + lbfgs.SlopeRtol * slope;
                // Hager and Zhang's approximate decrease, which the search also accepts (ApproxDecRtol).
                bool approximate = nextSlope <= (2 * lbfgs.SlopeRtol - 1) * slope
                    && nextValue <= value + lbfgs.ApproxDecRtol!.Value * Real.Abs(value);
                Assert.True(armijo || approximate, $"step {steps}: no sufficient decrease ({value} -> {nextValue}, slope {slope})");
                Assert.True(Real.Abs(nextSlope) <= lbfgs.CurvRtol * Real.Abs(slope), $"step {steps}: curvature |{nextSlope}| > {lbfgs.CurvRtol} |{slope}|");
                Assert.Equal(0, (double)state.DecreaseError);
                Assert.Equal(0, (double)state.CurvatureError);
                checkedSteps++;
            }

            // The state's cached value and gradient are those at the accepted point, bit for bit.
            Assert.Equal(nextValue, state.Value);
            Assert.Equal(nextGradient, state.Grad);
            (x, next) = (next, x);
            (gradient, nextGradient) = (nextGradient, gradient);
            value = nextValue;
        }

        output.WriteLine($"{steps} steps, {checkedSteps} with a successful line search");
        Assert.True(Kernels.NormInf<Real>(gradient) <= (Real)Precision.GradientTolerance, "did not converge");
        // Failures are allowed only where rounding leaves nothing to resolve: at most the last few steps.
        Assert.True(steps - checkedSteps <= (Precision.IsDouble ? 0 : 3), $"{steps - checkedSteps} line searches failed");
    }
}
