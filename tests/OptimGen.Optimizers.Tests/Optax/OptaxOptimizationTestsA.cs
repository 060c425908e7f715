namespace OptimGen.Optimizers.Tests.Optax;

/// <summary>
/// optax's <c>test_optimization</c> configurations (<c>_OPTIMIZERS_UNDER_TEST</c>, same hyperparameters) for the
/// first built-ins and for AdaBelief through Novograd; <c>OptaxOptimizationTestsB</c> holds the others.
/// </summary>
public sealed class OptaxOptimizationTestsA
{
    private static readonly OptaxCase[] Cases =
    {
        new("adagrad", "learning_rate=1.0", (x, f, steps) => { var o = new Adagrad { LearningRate = (Real)1.0 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("adam", "learning_rate=1e-1", (x, f, steps) => { var o = new Adam { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("adamw", "learning_rate=1e-1", (x, f, steps) => { var o = new AdamW { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("lion", "learning_rate=1e-2, weight_decay=1e-4", (x, f, steps) => { var o = new Lion { LearningRate = (Real)1e-2, WeightDecay = (Real)1e-4 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("rmsprop", "learning_rate=5e-3", (x, f, steps) => { var o = new RmsProp { LearningRate = (Real)5e-3 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("rmsprop", "learning_rate=5e-3, momentum=0.9", (x, f, steps) => { var o = new RmsProp { LearningRate = (Real)5e-3, Momentum = (Real)0.9 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("sgd", "learning_rate=1e-3, momentum=0.9", (x, f, steps) => { var o = new Sgd { LearningRate = (Real)1e-3, Momentum = (Real)0.9 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
    };

    public static TheoryData<string, OptaxProblem> Configurations => OptaxCaseRunner.Data(Cases);

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Reaches_optax_final_parameters(string configuration, OptaxProblem problem) =>
        OptaxCaseRunner.Check(Cases, configuration, problem);
}
