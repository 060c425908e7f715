using System;
using System.Linq;
using System.Threading;
using OptimGen.Optimizers;
using OptimGen.Runtime.Tests.Specs;

namespace OptimGen.Runtime.Tests;

/// <summary>Every <see cref="ScanTermination"/>, reached by a scan, and what the result, state and parameters hold then.</summary>
public sealed class TerminationTests
{
    private readonly HeavyBall heavyBall = new() { LearningRate = (Real)0.05, Momentum = (Real)0.5, MemorySize = 2 };

    [Fact]
    public void A_scan_that_runs_its_length_says_so_and_keeps_its_arrays()
    {
        Real[] x = Mode.Start(4);
        HeavyBall.State state = heavyBall.Init(x);
        ScanResult result = heavyBall.Scan(ref state, x, new Bowl(), 12);

        Assert.Equal(ScanTermination.LengthReached, result.Termination);
        Assert.False(result.Converged);
        Assert.False(result.EvaluatedFinalPoint);
        Assert.Equal(12, result.Values.Length);
        Assert.Equal(12, result.GetSlotTrace("Steps").Length);
        Assert.Equal(12, result.Evaluations);
    }

    [Fact]
    public void The_gradient_tolerance_ends_the_scan_with_the_final_value_last()
    {
        var descent = new PatientDescent { LearningRate = (Real)0.2 };
        Real[] x = Mode.Start(3);
        PatientDescent.State state = descent.Init(x);
        ScanResult result = descent.Scan(ref state, x, new Bowl(), 1000, new ScanOptions { GradientTolerance = 1e-2 });

        Assert.Equal(ScanTermination.GradientTolerance, result.Termination);
        Assert.True(result.Converged);
        Assert.True(result.EvaluatedFinalPoint);
        Assert.Equal(result.CompletedSteps + 1, result.Values.Length);
        Assert.Equal(result.CompletedSteps, result.GetSlotTrace("Steps").Length);
        var gradient = new Real[3];
        Real final = new Bowl().Evaluate(x, gradient);
        Assert.Equal((double)final, result.Values[^1]);
        Assert.True(Kernels.NormInf<Real>(gradient) <= (Real)1e-2);
    }

    [Fact]
    public void A_convergence_measure_replaces_the_largest_gradient_magnitude()
    {
        // The hook measures 100 max|g|: the scan must run until max|g| <= 1e-4, not 1e-2.
        var descent = new PatientDescent { LearningRate = (Real)0.2, MeasureScale = 100 };
        Real[] x = Mode.Start(3);
        PatientDescent.State state = descent.Init(x);
        ScanResult result = descent.Scan(ref state, x, new Bowl(), 1000, new ScanOptions { GradientTolerance = 1e-2 });

        Assert.Equal(ScanTermination.GradientTolerance, result.Termination);
        var gradient = new Real[3];
        new Bowl().Evaluate(x, gradient);
        Assert.InRange((double)Kernels.NormInf<Real>(gradient), 0, 1e-4);
    }

    [Fact]
    public void An_optimizer_failure_ends_the_scan_after_the_step_that_reported_it()
    {
        var descent = new PatientDescent { GiveUpAfter = 4 };
        Real[] x = Mode.Start(3);
        PatientDescent.State state = descent.Init(x);
        ScanResult result = descent.Scan(ref state, x, new Bowl(), 100);

        Assert.Equal(ScanTermination.OptimizerFailed, result.Termination);
        Assert.Equal(4, result.CompletedSteps);
        Assert.Equal(4, state.Steps);
        Assert.Equal(4, result.Values.Length);
        Assert.Equal(4, result.Evaluations);
    }

    [Fact]
    public void A_stall_ends_the_scan_once_the_window_shows_no_decrease()
    {
        var descent = new PatientDescent();
        Real[] x = Mode.Start(3);
        PatientDescent.State state = descent.Init(x);
        ScanResult result = descent.Scan(ref state, x, new Plateau(), 100, new ScanOptions { StallWindow = 5 });

        Assert.Equal(ScanTermination.Stalled, result.Termination);
        Assert.Equal(6, result.CompletedSteps); // f[5] is no lower than f[0]

        // On the bowl the relative decrease over 5 steps shrinks below 10 % only late in the run.
        Real[] y = Mode.Start(3);
        state = descent.Init(y);
        result = descent.Scan(ref state, y, new Bowl(), 10_000, new ScanOptions { StallWindow = 5, StallTolerance = 0.1 });
        Assert.Equal(ScanTermination.Stalled, result.Termination);
        double[] f = result.Values;
        int k = f.Length - 1;
        Assert.True(f[k - 5] - f[k] <= 0.1 * Math.Abs(f[k - 5]));
        Assert.True(f[k - 6] - f[k - 1] > 0.1 * Math.Abs(f[k - 6]));
    }

    [Fact]
    public void The_evaluation_budget_ends_the_scan_after_the_step_that_reached_it()
    {
        var descent = new BacktrackingDescent();
        Real[] x = Mode.Start(5);
        BacktrackingDescent.State state = descent.Init(x);
        var objective = new CountingBowl();
        ScanResult result = descent.Scan(ref state, x, objective, 1000, new ScanOptions { MaxEvaluations = 10 });

        Assert.Equal(ScanTermination.MaxEvaluations, result.Termination);
        Assert.Equal(objective.Evaluations, result.Evaluations);
        Assert.True(result.Evaluations >= 10);
        Assert.True(1 + state.Evaluations - (long)result.GetSlotTrace("Evaluations")[^1] == 1);
        double before = result.CompletedSteps > 1 ? 1 + result.GetSlotTrace("Evaluations")[^2] : 1;
        Assert.True(before < 10, $"the budget was reached before the last step ({before} evaluations)");
    }

    [Fact]
    public void Cancellation_records_its_termination_on_the_partial_result()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Real[] x = Mode.Start(3);
        HeavyBall.State state = heavyBall.Init(x);

        var error = Assert.Throws<ScanCanceledException>(() =>
            heavyBall.Scan(ref state, x, new Bowl(), 10, new ScanOptions { CancellationToken = cancel.Token }));

        Assert.Equal(ScanTermination.Canceled, error.PartialResult.Termination);
        Assert.Equal(0, error.PartialResult.CompletedSteps);
        Assert.Empty(error.PartialResult.Values);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_non_finite_value_or_gradient_ends_the_scan_with_state_and_parameters_of_the_last_finite_step(bool inGradient)
    {
        Real[] x = Mode.Start(4);
        HeavyBall.State state = heavyBall.Init(x);
        ScanResult result = heavyBall.Scan(ref state, x, new FaultyBowl(inGradient, 3), 100);

        Real[] expected = Mode.Start(4);
        HeavyBall.State expectedState = heavyBall.Init(expected);
        heavyBall.Scan(ref expectedState, expected, new Bowl(), 3);
        Assert.Equal(ScanTermination.NonFiniteEvaluation, result.Termination);
        Assert.Equal(3, result.CompletedSteps);
        Assert.True(result.EvaluatedFinalPoint);
        Assert.Equal(4, result.Values.Length);
        Assert.False(double.IsFinite(inGradient ? result.GradientNorms[^1] : result.Values[^1]));
        Assert.Equal(expected, x);
        Assert.Equal(expectedState, state);
        Assert.All(state.Velocity, v => Assert.True(Real.IsFinite(v)));
    }

    [Fact]
    public void Non_finite_steps_are_skipped_when_the_options_allow_it()
    {
        var descent = new PatientDescent();
        Real[] x = Mode.Start(3);
        PatientDescent.State state = descent.Init(x);
        ScanResult result = descent.Scan(ref state, x, new FaultyBowl(true, 2, 3, 7), 10, new ScanOptions { MaxConsecutiveNonFinite = 2 });

        Assert.Equal(ScanTermination.LengthReached, result.Termination);
        Assert.Equal(3, result.SkippedSteps);
        Assert.Equal(7, state.Steps);
        Assert.All(x, v => Assert.True(Real.IsFinite(v)));
        Assert.Equal(new double[] { 1, 2, 2, 2, 3, 4, 5, 5, 6, 7 }, result.GetSlotTrace("Steps"));

        // A third one in a row is one too many.
        Real[] y = Mode.Start(3);
        state = descent.Init(y);
        result = descent.Scan(ref state, y, new FaultyBowl(true, 2, 3, 4), 10, new ScanOptions { MaxConsecutiveNonFinite = 2 });
        Assert.Equal(ScanTermination.NonFiniteEvaluation, result.Termination);
        Assert.Equal(4, result.CompletedSteps);
    }

    [Fact]
    public void A_non_finite_update_leaves_the_parameters_where_they_were()
    {
        // A learning rate of Real.MaxValue is finite (within bounds) but overflows every update.
        var reckless = new PatientDescent { LearningRate = Real.MaxValue };
        Real[] x = Mode.Start(3);
        PatientDescent.State state = reckless.Init(x);
        ScanResult result = reckless.Scan(ref state, x, new Bowl(), 10);

        Assert.Equal(ScanTermination.NonFiniteUpdate, result.Termination);
        Assert.Equal(0, result.CompletedSteps);
        Assert.Equal(Mode.Start(3), x);
        Assert.Single(result.Values);
    }

    [Fact]
    public void Adam_stops_at_a_non_finite_gradient_instead_of_poisoning_its_moments()
    {
        var adam = new Adam { LearningRate = (Real)0.1 };
        Real[] x = Mode.Start(4);
        Adam.State state = adam.Init(x);
        ScanResult result = adam.Scan(ref state, x, new FaultyBowl(true, 5), 50);

        Assert.Equal(ScanTermination.NonFiniteEvaluation, result.Termination);
        Assert.Equal(5, result.CompletedSteps);
        Assert.All(state.Mu.Concat(state.Nu).Concat(x), v => Assert.True(Real.IsFinite(v)));

        // The run goes on from there on a clean objective.
        result = adam.Scan(ref state, x, new Bowl(), 200);
        Assert.Equal(ScanTermination.LengthReached, result.Termination);
        Assert.True(result.Values[^1] < result.Values[0]);
    }

    [Fact]
    public void Adam_with_eps_zero_gives_a_zero_update_for_a_gradient_that_was_always_zero()
    {
        var adam = new Adam { Eps = 0 };
        Real[] x = { 1, 2 }, gradient = { 0, 1 }, update = new Real[2];
        Adam.State state = adam.Init(x);
        adam.Step(ref state, gradient, update);

        Assert.Equal(0, (double)update[0]);
        Assert.True(update[1] < 0);
    }

    [Fact]
    public void Hyperparameter_bounds_hold_in_step_and_scan_not_only_in_init()
    {
        // A state made by a valid instance, stepped by one that Init never saw.
        Real[] x = Mode.Start(2), gradient = { 1, 1 }, update = new Real[2];
        Adam.State state = new Adam().Init(x);
        var invalid = new Adam { B1 = 1 };

        Assert.Equal("B1", Assert.Throws<ArgumentOutOfRangeException>(() => invalid.Step(ref state, gradient, update)).ParamName);
        Assert.Equal("B1", Assert.Throws<ArgumentOutOfRangeException>(() => invalid.Scan(ref state, x, new Bowl(), 3)).ParamName);
        Assert.Equal("B1", Assert.Throws<ArgumentOutOfRangeException>(() => invalid.Init(x)).ParamName);
    }

    [Fact]
    public void Infinite_hyperparameters_are_refused_where_they_make_no_sense()
    {
        Real[] x = Mode.Start(2);
        Assert.Equal("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam { LearningRate = Real.PositiveInfinity }.Init(x)).ParamName);
        Assert.Equal("Eps", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam { Eps = Real.PositiveInfinity }.Init(x)).ParamName);
        Assert.Equal("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new PatientDescent { LearningRate = Real.NaN }.Init(x)).ParamName);
        // L-BFGS states that an infinite CurvRtol means "no curvature test".
        new Lbfgs { CurvRtol = Real.PositiveInfinity }.Init(x);
    }

    [Fact]
    public void The_guard_a_step_loop_uses_is_public()
    {
        Assert.True(FiniteCheck.AllFinite<Real>(new Real[] { 1, 2, 3, -0f, Real.MaxValue }));
        Assert.True(FiniteCheck.AllFinite<Real>(ReadOnlySpan<Real>.Empty));
        for (int n = 1; n < 40; n += 3)
        {
            var values = Enumerable.Repeat((Real)1, n).ToArray();
            values[n - 1] = Real.NaN;
            Assert.False(FiniteCheck.AllFinite<Real>(values));
            values[n - 1] = Real.NegativeInfinity;
            Assert.False(FiniteCheck.AllFinite<Real>(values));
        }
    }
}
