using System;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// Every bounded hyperparameter of every built-in: a value outside its bounds (NaN included) makes <c>Init</c>
/// throw <see cref="ArgumentOutOfRangeException"/> naming the property; the bounds themselves are allowed.
/// </summary>
public sealed class HyperparameterValidationTests
{
    private static readonly Real[] Parameters = { 1, 2, 3 };

    [Theory]
    [InlineData("Sgd", "LearningRate", -0.1)]
    [InlineData("Sgd", "LearningRate", double.NaN)]
    [InlineData("Sgd", "Momentum", -0.1)]
    [InlineData("Sgd", "Momentum", 1.0)]
    [InlineData("Adam", "LearningRate", -1e-3)]
    [InlineData("Adam", "B1", -0.1)]
    [InlineData("Adam", "B1", 1.0)]
    [InlineData("Adam", "B2", 1.0)]
    [InlineData("Adam", "B2", 1.5)]
    [InlineData("Adam", "Eps", -1e-8)]
    [InlineData("Adam", "EpsRoot", -1.0)]
    [InlineData("AdamW", "LearningRate", -1e-3)]
    [InlineData("AdamW", "B1", 1.0)]
    [InlineData("AdamW", "B2", -0.5)]
    [InlineData("AdamW", "Eps", double.NaN)]
    [InlineData("AdamW", "EpsRoot", -1e-9)]
    [InlineData("AdamW", "WeightDecay", -1e-4)]
    [InlineData("RmsProp", "LearningRate", -0.01)]
    [InlineData("RmsProp", "Decay", 1.0)]
    [InlineData("RmsProp", "Decay", -0.1)]
    [InlineData("RmsProp", "Eps", -1e-8)]
    [InlineData("RmsProp", "InitialScale", -1.0)]
    [InlineData("RmsProp", "Momentum", 1.0)]
    [InlineData("Adagrad", "LearningRate", -0.01)]
    [InlineData("Adagrad", "InitialAccumulatorValue", -0.1)]
    [InlineData("Adagrad", "Eps", -1e-7)]
    [InlineData("Lion", "LearningRate", -1e-4)]
    [InlineData("Lion", "B1", 1.0)]
    [InlineData("Lion", "B2", -0.01)]
    [InlineData("Lion", "WeightDecay", -1e-3)]
    [InlineData("ClipByGlobalNorm", "MaxNorm", 0.0)]
    [InlineData("ClipByGlobalNorm", "MaxNorm", -1.0)]
    public void Init_throws_naming_the_property(string optimizer, string property, double value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Init(optimizer, property, (Real)value));
        Assert.Equal(property, exception.ParamName);
    }

    [Theory]
    [InlineData("Sgd", "LearningRate", 0.0)]
    [InlineData("Sgd", "Momentum", 0.0)]
    [InlineData("Adam", "B1", 0.0)]
    [InlineData("Adam", "B2", 0.0)]
    [InlineData("Adam", "Eps", 0.0)]
    [InlineData("AdamW", "WeightDecay", 0.0)]
    [InlineData("RmsProp", "Decay", 0.0)]
    [InlineData("RmsProp", "InitialScale", 0.0)]
    [InlineData("Adagrad", "InitialAccumulatorValue", 0.0)]
    [InlineData("Lion", "B1", 0.0)]
    [InlineData("ClipByGlobalNorm", "MaxNorm", 1e-30)]
    public void Init_accepts_the_bounds(string optimizer, string property, double value)
    {
        Init(optimizer, property, (Real)value);
    }

    /// <summary>Initialises <paramref name="optimizer"/> with <paramref name="property"/> set to <paramref name="value"/> and everything else at its default.</summary>
    private static void Init(string optimizer, string property, Real value)
    {
        switch (optimizer, property)
        {
            case ("Sgd", "LearningRate"): new Sgd { LearningRate = value }.Init(Parameters); break;
            case ("Sgd", "Momentum"): new Sgd { Momentum = value }.Init(Parameters); break;
            case ("Adam", "LearningRate"): new Adam { LearningRate = value }.Init(Parameters); break;
            case ("Adam", "B1"): new Adam { B1 = value }.Init(Parameters); break;
            case ("Adam", "B2"): new Adam { B2 = value }.Init(Parameters); break;
            case ("Adam", "Eps"): new Adam { Eps = value }.Init(Parameters); break;
            case ("Adam", "EpsRoot"): new Adam { EpsRoot = value }.Init(Parameters); break;
            case ("AdamW", "LearningRate"): new AdamW { LearningRate = value }.Init(Parameters); break;
            case ("AdamW", "B1"): new AdamW { B1 = value }.Init(Parameters); break;
            case ("AdamW", "B2"): new AdamW { B2 = value }.Init(Parameters); break;
            case ("AdamW", "Eps"): new AdamW { Eps = value }.Init(Parameters); break;
            case ("AdamW", "EpsRoot"): new AdamW { EpsRoot = value }.Init(Parameters); break;
            case ("AdamW", "WeightDecay"): new AdamW { WeightDecay = value }.Init(Parameters); break;
            case ("RmsProp", "LearningRate"): new RmsProp { LearningRate = value }.Init(Parameters); break;
            case ("RmsProp", "Decay"): new RmsProp { Decay = value }.Init(Parameters); break;
            case ("RmsProp", "Eps"): new RmsProp { Eps = value }.Init(Parameters); break;
            case ("RmsProp", "InitialScale"): new RmsProp { InitialScale = value }.Init(Parameters); break;
            case ("RmsProp", "Momentum"): new RmsProp { Momentum = value }.Init(Parameters); break;
            case ("Adagrad", "LearningRate"): new Adagrad { LearningRate = value }.Init(Parameters); break;
            case ("Adagrad", "InitialAccumulatorValue"): new Adagrad { InitialAccumulatorValue = value }.Init(Parameters); break;
            case ("Adagrad", "Eps"): new Adagrad { Eps = value }.Init(Parameters); break;
            case ("Lion", "LearningRate"): new Lion { LearningRate = value }.Init(Parameters); break;
            case ("Lion", "B1"): new Lion { B1 = value }.Init(Parameters); break;
            case ("Lion", "B2"): new Lion { B2 = value }.Init(Parameters); break;
            case ("Lion", "WeightDecay"): new Lion { WeightDecay = value }.Init(Parameters); break;
            case ("ClipByGlobalNorm", "MaxNorm"): new ClipByGlobalNorm { MaxNorm = value }.Init(Parameters); break;
            default: throw new ArgumentException($"No case for {optimizer}.{property}.");
        }
    }
}
