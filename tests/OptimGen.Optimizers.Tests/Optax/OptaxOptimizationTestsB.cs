namespace OptimGen.Optimizers.Tests.Optax;

/// <summary>
/// optax's <c>test_optimization</c> configurations (<c>_OPTIMIZERS_UNDER_TEST</c>, same hyperparameters) for
/// NoisySgd through Yogi; <see cref="OptaxOptimizationTestsA"/> holds the others. optax skips Rosenbrock for
/// sign_sgd and signum ("requires learning rate scheduling"), and so do these.
/// </summary>
public sealed class OptaxOptimizationTestsB
{
    private static readonly OptaxCase[] Cases =
    {
        new("noisy_sgd", "learning_rate=1e-3, eta=1e-4, key=0", (x, f, steps) => { var o = new NoisySgd { LearningRate = (Real)1e-3, Eta = (Real)1e-4, Seed = 0 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("optimistic_adam", "learning_rate=2e-3", (x, f, steps) => { var o = new OptimisticAdam { LearningRate = (Real)2e-3 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("optimistic_adam_v2", "learning_rate=2e-3", (x, f, steps) => { var o = new OptimisticAdamV2 { LearningRate = (Real)2e-3 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("optimistic_gradient_descent", "learning_rate=2e-3, alpha=0.7, beta=0.1", (x, f, steps) => { var o = new OptimisticGradientDescent { LearningRate = (Real)2e-3, Alpha = (Real)0.7, Beta = (Real)0.1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("polyak_sgd", "max_learning_rate=1.0", (x, f, steps) => { var o = new PolyakSgd { MaxLearningRate = (Real)1.0 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("radam", "learning_rate=5e-3", (x, f, steps) => { var o = new RAdam { LearningRate = (Real)5e-3 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("rprop", "learning_rate=1e-1", (x, f, steps) => { var o = new Rprop { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("sign_sgd", "learning_rate=1e-1", (x, f, steps) => { var o = new SignSgd { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }, OptaxProblem.Parabola),
        new("signum", "learning_rate=1e-2", (x, f, steps) => { var o = new Signum { LearningRate = (Real)1e-2 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }, OptaxProblem.Parabola),
        new("sm3", "learning_rate=1.0", (x, f, steps) => { var o = new Sm3 { LearningRate = (Real)1.0 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("yogi", "learning_rate=1e-1", (x, f, steps) => { var o = new Yogi { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
    };

    public static TheoryData<string, OptaxProblem> Configurations => OptaxCaseRunner.Data(Cases);

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Reaches_optax_final_parameters(string configuration, OptaxProblem problem) =>
        OptaxCaseRunner.Check(Cases, configuration, problem);
}
