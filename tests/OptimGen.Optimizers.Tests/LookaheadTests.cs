using OptimGen.Optimizers.Tests.References;
using OptimGen.Optimizers.Tests.Support;

namespace OptimGen.Optimizers.Tests;

public sealed class LookaheadTests
{
    [Fact]
    public void Defaults_are_the_papers()
    {
        var lookahead = new Lookahead();
        Assert.Equal((5, (Real)0.5), (lookahead.SyncPeriod, lookahead.SlowStepSize));
    }

    [Fact]
    public void Adam_then_lookahead_matches_the_published_rules()
    {
        var chain = new LookaheadAdam { Fast = new Adam { LearningRate = (Real)0.1 }, Lookahead = new Lookahead { SyncPeriod = 2, SlowStepSize = (Real)0.3 } };
        var adam = new AdamReference(GradientSequence.Length, _ => 0.1, 0.9, 0.999, 1e-8, 0, nesterov: false, weightDecay: 0);
        Real[] start = GradientSequence.InitialParameters();
        var lookahead = new TransformReference.Lookahead(GradientSequence.Widen(start), period: 2, alpha: 0.3);
        var state = chain.Init(start);

        UpdateSequence.Check(
            (p, g, u) => chain.Step(ref state, p, g, u),
            (p, g) => lookahead.Step(p, adam.Step(p, g)),
            _ => Tolerance.AssertClose(lookahead.Slow, state.Lookahead.Slow, Tolerance.HandComputed, "slow parameters"));
    }

    [Fact]
    public void Init_starts_the_slow_parameters_at_the_parameters()
    {
        Real[] start = { 1, 2, 3 };
        Assert.Equal(start, new Lookahead().Init(start).Slow);
    }
}
