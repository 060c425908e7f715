using System;
using System.Collections.Generic;
using System.Threading;
using OptimGen.Runtime.Tests.Specs;
using OptimGen.Testing;

namespace OptimGen.Runtime.Tests;

/// <summary>The generated Scan: the same numbers as a hand-written loop, no allocation per step, options.</summary>
public sealed class ScanTests
{
    private readonly HeavyBall optimizer = new() { LearningRate = (Real)0.05, Momentum = (Real)0.5, MemorySize = 2 };

    [Fact]
    public void Per_step_outputs_equal_a_hand_written_loop()
    {
        const int Length = 40;
        Real[] scanned = Mode.Start(6);
        Real[] looped = Mode.Start(6);
        HeavyBall.State scanState = optimizer.Init(scanned);
        HeavyBall.State loopState = optimizer.Init(looped);

        ScanResult result = optimizer.Scan(ref scanState, scanned, new Bowl(), Length);

        var objective = new Bowl();
        var gradient = new Real[6];
        var update = new Real[6];
        for (int step = 0; step < Length; step++)
        {
            Real value = objective.Evaluate(looped, gradient);
            optimizer.Step(ref loopState, gradient, update);
            for (int i = 0; i < looped.Length; i++)
                looped[i] += update[i];

            Assert.Equal((double)value, result.Values[step]);
            Assert.Equal((double)Kernels.Norm2<Real>(gradient), result.GradientNorms[step]);
            Assert.Equal(Math.Sqrt(Dot(gradient)), result.GradientNorms[step], Mode.IsDouble ? 1e-12 : 1e-5);
            Assert.Equal(step + 1, result.GetSlotTrace("Steps")[step]);
        }

        Assert.Equal(looped, scanned);
        Assert.Equal(loopState, scanState);
        Assert.Equal(Length, result.CompletedSteps);
        Assert.False(result.Converged);
        Assert.True(result.Values[^1] < result.Values[0] / 10);
    }

    [Fact]
    public void Scan_allocates_nothing_per_step()
    {
        // A scan allocates its buffers and its per-step output arrays once per call. Scanning 2000 steps
        // instead of 1000 may therefore cost exactly the 1000 extra entries of each output array
        // (values, gradient norms, one trace per scalar slot) and not a byte more.
        AssertNoAllocationPerStep(optimizer, optimizer.Init(new Real[32]), outputArrays: 3,
            (HeavyBall o, ref HeavyBall.State s, Real[] x, int length) => o.Scan(ref s, x, new Bowl(), length));
        AssertNoAllocationPerStep(new BacktrackingDescent(), new BacktrackingDescent().Init(new Real[32]), outputArrays: 6,
            (BacktrackingDescent o, ref BacktrackingDescent.State s, Real[] x, int length) => o.Scan(ref s, x, new Bowl(), length));
        var chain = new ClippedHeavyBall();
        AssertNoAllocationPerStep(chain, chain.Init(new Real[32]), outputArrays: 2,
            (ClippedHeavyBall o, ref ClippedHeavyBall.State s, Real[] x, int length) => o.Scan(ref s, x, new Bowl(), length));
    }

    [Fact]
    public void A_class_objective_works_and_cached_evaluations_are_reused()
    {
        var descent = new BacktrackingDescent();
        Real[] x = Mode.Start(5);
        BacktrackingDescent.State state = descent.Init(x);
        var objective = new CountingBowl();

        ScanResult result = descent.Scan(ref state, x, objective, 30);

        // Scan evaluates once at the start; every later step starts at the line search's accepted point.
        Assert.Equal(1 + state.Evaluations, objective.Evaluations);
        Assert.Equal(state.Evaluations, (long)result.GetSlotTrace("Evaluations")[^1]);
        Assert.True(result.Values[^1] < 1e-3);
    }

    [Fact]
    public void Gradient_tolerance_stops_the_scan_early()
    {
        var descent = new BacktrackingDescent();
        Real[] x = Mode.Start(5);
        BacktrackingDescent.State state = descent.Init(x);
        double tolerance = Mode.IsDouble ? 1e-8 : 1e-3;

        ScanResult result = descent.Scan(ref state, x, new Bowl(), 10_000, new ScanOptions { GradientTolerance = tolerance });

        Assert.True(result.Converged);
        Assert.InRange(result.CompletedSteps, 1, 9_999);
        Assert.True(result.GradientNorms[result.CompletedSteps] > 0);
        var gradient = new Real[5];
        new Bowl().Evaluate(x, gradient);
        Assert.True(Kernels.NormInf<Real>(gradient) <= tolerance);
    }

    [Fact]
    public void Cancellation_between_steps_leaves_state_and_parameters_at_the_last_completed_step()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p => { if (p.CompletedSteps == 6) cancel.Cancel(); });
        Real[] x = Mode.Start(4);
        HeavyBall.State state = optimizer.Init(x);

        var error = Assert.Throws<ScanCanceledException>(() => optimizer.Scan(ref state, x, new Bowl(), 100,
            new ScanOptions { CancellationToken = cancel.Token, Progress = progress, ProgressInterval = 3 }));

        Real[] expected = Mode.Start(4);
        HeavyBall.State expectedState = optimizer.Init(expected);
        optimizer.Scan(ref expectedState, expected, new Bowl(), 6);
        Assert.Equal(6, error.PartialResult.CompletedSteps);
        Assert.Equal(expected, x);
        Assert.Equal(expectedState, state);
        Assert.Equal(new[] { 3, 6 }, progress.Steps);
    }

    [Fact]
    public void Progress_is_reported_every_interval_and_after_the_last_step()
    {
        var progress = new SynchronousProgress(_ => { });
        Real[] x = Mode.Start(3);
        HeavyBall.State state = optimizer.Init(x);

        optimizer.Scan(ref state, x, new Bowl(), 25, new ScanOptions { Progress = progress, ProgressInterval = 10 });

        Assert.Equal(new[] { 10, 20, 25 }, progress.Steps);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_their_names()
    {
        Real[] x = Mode.Start(3);
        HeavyBall.State state = optimizer.Init(x);

        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => optimizer.Scan(ref state, x, new Bowl(), 0)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => optimizer.Scan(ref state, new Real[4], new Bowl(), 5)).ParamName);
        Assert.Equal("objective", Assert.Throws<ArgumentNullException>(() => optimizer.Scan<CountingBowl>(ref state, x, null!, 5)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScanOptions { ProgressInterval = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScanOptions { GradientTolerance = -1 });
    }

    private delegate ScanResult ScanCall<TOptimizer, TState>(TOptimizer optimizer, ref TState state, Real[] parameters, int length);

    private static void AssertNoAllocationPerStep<TOptimizer, TState>(TOptimizer optimizer, TState state, int outputArrays, ScanCall<TOptimizer, TState> scan)
    {
        Real[] x = Mode.Start(32);
        scan(optimizer, ref state, x, 1000);

        long Difference() =>
            AllocationMeasurement.Bytes(() => scan(optimizer, ref state, x, 2000))
            - AllocationMeasurement.Bytes(() => scan(optimizer, ref state, x, 1000));
        long expected = outputArrays * 1000 * sizeof(double);
        Assert.Equal(expected, AllocationMeasurement.Settled(Difference, expected));
    }

    private static double Dot(Real[] x)
    {
        double sum = 0;
        foreach (Real v in x)
            sum += (double)v * v;
        return sum;
    }

    private sealed class SynchronousProgress : IProgress<ScanProgress>
    {
        private readonly Action<ScanProgress> onReport;

        public SynchronousProgress(Action<ScanProgress> onReport) => this.onReport = onReport;

        public List<int> Steps { get; } = new();

        public void Report(ScanProgress value)
        {
            Steps.Add(value.CompletedSteps);
            onReport(value);
        }
    }
}
