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
        new("adabelief", "learning_rate=1e-2", (x, f, steps) => { var o = new AdaBelief { LearningRate = (Real)1e-2 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("adabelief", "learning_rate=1e-2, weight_decay=1e-4", (x, f, steps) => { var o = new AdaBelief { LearningRate = (Real)1e-2, WeightDecay = (Real)1e-4 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("adadelta", "learning_rate=0.1", (x, f, steps) => { var o = new Adadelta { LearningRate = (Real)0.1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("adafactor", "learning_rate=5e-3", (x, f, steps) => { var o = new Adafactor { LearningRate = (Real)5e-3 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("adamax", "learning_rate=1e-1", (x, f, steps) => { var o = new Adamax { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("adamaxw", "learning_rate=1e-1", (x, f, steps) => { var o = new AdamaxW { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("adan", "learning_rate=1e-1", (x, f, steps) => { var o = new Adan { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("amsgrad", "learning_rate=1e-1", (x, f, steps) => { var o = new AmsGrad { LearningRate = (Real)1e-1 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("fromage", "learning_rate=5e-3", (x, f, steps) => { var o = new Fromage { LearningRate = (Real)5e-3 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("lamb", "learning_rate=1e-3", (x, f, steps) => { var o = new Lamb { LearningRate = (Real)1e-3 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("lars", "learning_rate=1.0", (x, f, steps) => { var o = new Lars { LearningRate = (Real)1.0 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("nadam", "learning_rate=1e-2", (x, f, steps) => { var o = new NAdam { LearningRate = (Real)1e-2 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("nadamw", "learning_rate=1e-2", (x, f, steps) => { var o = new NAdamW { LearningRate = (Real)1e-2 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
        new("novograd", "learning_rate=1e-3", (x, f, steps) => { var o = new Novograd { LearningRate = (Real)1e-3 }; var s = o.Init(x); o.Scan(ref s, x, f, steps); }),
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
