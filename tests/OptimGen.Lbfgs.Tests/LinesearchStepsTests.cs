using System;
using OptimGen;
using OptimGen.LbfgsTests.Problems;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsTests;

/// <summary><c>NumLinesearchSteps</c>: its type follows <c>Integer</c>, and it counts the trials worked out by hand.</summary>
public sealed class LinesearchStepsTests
{
    [Fact]
    public void TheSlotHasTheIntegerTypeOfTheMode()
    {
        Type expected = Precision.IsDouble ? typeof(long) : typeof(int);
        Assert.Equal(expected, typeof(Lbfgs.State).GetField("NumLinesearchSteps")!.FieldType);
        Assert.Equal(expected, typeof(Lbfgs.State).GetField("Count")!.FieldType);
        Assert.Equal(Precision.IsDouble ? typeof(double) : typeof(float), typeof(Lbfgs.State).GetField("LearningRate")!.FieldType);
        Assert.Equal(Precision.IsDouble ? OptimGen.Precision.Double : OptimGen.Precision.Single, Lbfgs.State.Layout.Precision);
    }

    [Fact]
    public void TheSearchDoublesTheStepUntilTheCurvatureConditionHolds()
    {
        // f = 0.005 x^2 from x = 10: g = 0.1, the first direction is -min(1, 1/|g|) g = -0.1 and the slope -0.01.
        // The curvature condition |f'(t)| <= 0.9 * 0.01 needs x(t) = 10 - 0.1 t <= 9, i.e. t >= 10; the search tries
        // t = 1, 2, 4, 8, 16 (each with sufficient decrease) and accepts 16: five evaluations.
        // Step 2: gamma = s.y / y.y = 1 / 0.01 = 100 makes the direction the exact Newton step: one evaluation.
        var lbfgs = new Lbfgs();
        Real[] x = { 10 };
        Lbfgs.State state = lbfgs.Init(x);
        var objective = new CountingObjective<ScaledParabola>(new ScaledParabola((Real)0.01));
        ScanResult result = lbfgs.Scan(ref state, x, objective, 2);

        Assert.Equal(new double[] { 5, 1 }, result.GetSlotTrace("NumLinesearchSteps"));
        Assert.Equal(new double[] { 16, 1 }, result.GetSlotTrace("LearningRate"));
        Assert.Equal(new double[] { 1, 2 }, result.GetSlotTrace("Count"));
        Assert.Equal(new double[] { 0, 0 }, result.GetSlotTrace("LinesearchFailed"));
        // One evaluation at the start; every later step reuses the line search's last one.
        Assert.Equal(1 + 5 + 1, objective.Evaluations);
        Assert.Equal(0, (double)x[0], Precision.IsDouble ? 1e-12 : 1e-5);
    }

    [Fact]
    public void AScanEvaluatesOncePlusTheLinesearchTrials()
    {
        var run = Minimization.Run(new ExtendedRosenbrock(), ExtendedRosenbrock.StandardStart(100), Precision.GradientTolerance);
        double trials = 0;
        foreach (double steps in run.Result.GetSlotTrace("NumLinesearchSteps").AsSpan(0, run.Result.CompletedSteps))
        {
            Assert.InRange(steps, 1, 20);
            trials += steps;
        }

        Assert.True(run.Result.Converged);
        Assert.Equal(1 + trials, run.Evaluations);
    }

    [Fact]
    public void MovedParametersAreEvaluatedAgain()
    {
        var lbfgs = new Lbfgs();
        Real[] x = ExtendedRosenbrock.StandardStart(4);
        Lbfgs.State state = lbfgs.Init(x);
        var objective = new CountingObjective<ExtendedRosenbrock>(new ExtendedRosenbrock());
        lbfgs.Scan(ref state, x, objective, 3);
        int afterThreeSteps = objective.Evaluations;

        x[2] = Real.BitIncrement(x[2]);
        ScanResult result = lbfgs.Scan(ref state, x, objective, 1);
        Assert.Equal(afterThreeSteps + 1 + (int)result.GetSlotTrace("NumLinesearchSteps")[0], objective.Evaluations);
    }
}
