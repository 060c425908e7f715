using System;
using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// The gates ApplyIfFinite and MultiSteps: a step they stop leaves every later component's state as it was and
/// gives a zero update, so the parameters do not move; a step they pass runs the rest of the chain on their output.
/// </summary>
public sealed class GateTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        Assert.Equal(int.MaxValue, new ApplyIfFinite().MaxConsecutiveErrors);
        Assert.Equal((1, true), (new MultiSteps().EveryKSchedule, new MultiSteps().UseGradMean));
        Assert.Equal(typeof(bool), typeof(ApplyIfFinite).GetMethod("Step")!.ReturnType);
        Assert.Equal(typeof(bool), typeof(GuardedAdam).GetMethod("Step")!.ReturnType);
        Assert.Equal(typeof(void), typeof(LookaheadAdam).GetMethod("Step")!.ReturnType);
    }

    [Fact]
    public void A_non_finite_gradient_leaves_adam_and_the_parameters_unchanged_and_is_counted()
    {
        var chain = new GuardedAdam { Adam = new Adam { LearningRate = (Real)0.1 } };
        var adam = new AdamReference(GradientSequence.Length, _ => 0.1, 0.9, 0.999, 1e-8, 0, nesterov: false, weightDecay: 0);
        Real[] parameters = GradientSequence.InitialParameters();
        var state = chain.Init(parameters);
        var update = new Real[parameters.Length];
        bool[] poisoned = { false, true, true, false, true, false, false };
        int total = 0;

        for (int k = 0; k < poisoned.Length; k++)
        {
            Real[] gradient = GradientSequence.At(k);
            if (poisoned[k])
                gradient[k % gradient.Length] = k % 2 == 0 ? Real.PositiveInfinity : Real.NaN;
            Adam.State before = state.Adam.Clone();
            bool applied = chain.Step(ref state, gradient, update);

            Assert.Equal(!poisoned[k], applied);
            Assert.Equal(!poisoned[k], state.Guard.LastFinite);
            if (poisoned[k])
            {
                total++;
                Assert.Equal(before, state.Adam);
                Assert.Equal(before.Mu, state.Adam.Mu);
                Assert.Equal(new Real[parameters.Length], update);
            }
            else
            {
                double[] expected = adam.Step(GradientSequence.Widen(parameters), GradientSequence.Widen(gradient));
                Tolerance.AssertClose(expected, update, Tolerance.HandComputed, $"update of step {k + 1}");
            }

            Assert.Equal(total, state.Guard.TotalNotfinite);
            for (int i = 0; i < parameters.Length; i++)
                parameters[i] += update[i];
        }

        Assert.Equal(0, state.Guard.NotfiniteCount);
        Assert.Equal(3, state.Guard.TotalNotfinite);
    }

    [Fact]
    public void After_max_consecutive_errors_a_non_finite_gradient_is_applied()
    {
        var guard = new ApplyIfFinite { MaxConsecutiveErrors = 2 };
        var state = guard.Init(new Real[2]);
        var update = new Real[2];
        Real[] bad = { 1, Real.NaN };
        Assert.False(guard.Step(ref state, bad, update));
        Assert.False(guard.Step(ref state, bad, update));
        Assert.True(guard.Step(ref state, bad, update));
        Assert.Equal(bad, update);
        Assert.Equal(3, state.NotfiniteCount);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Accumulation_steps_sgd_once_per_k_gradients(int k, bool mean)
    {
        // Clip → MultiSteps → Sgd: the gate sits in the middle, so a stopped step copies its zeros from the scratch buffer.
        var chain = new ClippedAccumulatedSgd
        {
            Clip = new Clip { MaxDelta = (Real)1.5 },
            Accumulate = new MultiSteps { EveryKSchedule = k, UseGradMean = mean },
            Sgd = new Sgd { LearningRate = (Real)0.2, Momentum = (Real)0.5 },
        };
        var accumulator = new TransformReference.Accumulator(GradientSequence.Length, k, mean);
        var sgd = new SgdReference(GradientSequence.Length, _ => 0.2, 0.5, nesterov: false);
        var state = chain.Init(GradientSequence.InitialParameters());
        var update = new Real[GradientSequence.Length];

        for (int step = 0; step < 2 * k + 1; step++)
        {
            Real[] gradient = GradientSequence.At(step % GradientSequence.Steps);
            Array.Fill(update, (Real)7); // whatever was there before
            Sgd.State sgdBefore = state.Sgd.Clone();
            bool passed = chain.Step(ref state, gradient, update);
            double[]? accumulated = accumulator.Add(TransformReference.ClipByValue(GradientSequence.Widen(gradient), 1.5));

            Assert.Equal(accumulated is not null, passed);
            if (accumulated is null)
            {
                Assert.Equal(new Real[update.Length], update);
                Assert.Equal(sgdBefore, state.Sgd);
                Assert.Equal(sgdBefore.Trace, state.Sgd.Trace);
            }
            else
            {
                Tolerance.AssertClose(sgd.Step(accumulated), update, Tolerance.HandComputed, $"update of step {step + 1}");
            }
        }

        Assert.Equal(2, state.Accumulate.GradientStep);
        Assert.Equal(1, state.Accumulate.MiniStep);
    }

    [Fact]
    public void A_gate_inside_a_nested_chain_stops_the_outer_chain()
    {
        var chain = new GuardedAccumulatedSgd { Inner = new ClippedAccumulatedSgd { Accumulate = new MultiSteps { EveryKSchedule = 2 } } };
        var state = chain.Init(new Real[3]);
        var update = new Real[3];
        Assert.False(chain.Step(ref state, new Real[] { 1, 2, 3 }, update));
        Assert.True(chain.Step(ref state, new Real[] { 1, 2, 3 }, update));
        Assert.False(chain.Step(ref state, new Real[] { 1, Real.NaN, 3 }, update));
        Assert.Equal(0, state.Inner.Accumulate.MiniStep); // the NaN never reached the accumulator
        Assert.Equal(new Real[3], state.Inner.Accumulate.AccGrads);
        Assert.Equal(1, state.Guard.TotalNotfinite);
        Assert.False(chain.Step(ref state, new Real[] { 1, 2, 3 }, update));
        Assert.Equal(1, state.Inner.Accumulate.MiniStep);
    }
}
