using System;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsTests;

/// <summary>optax's defaults, and <c>Init</c> rejecting values outside each hyperparameter's range by name.</summary>
public sealed class HyperparameterTests
{
    [Fact]
    public void DefaultsAreOptaxs()
    {
        var lbfgs = new Lbfgs();
        Assert.Equal(10, lbfgs.MemorySize);
        Assert.True(lbfgs.ScaleInitPrecond);
        Assert.Equal(20, lbfgs.MaxLinesearchSteps);
        Assert.Equal((Real)1e-4, lbfgs.SlopeRtol);
        Assert.Equal((Real)0.9, lbfgs.CurvRtol);
        Assert.Equal((Real)1e-6, lbfgs.ApproxDecRtol);
        Assert.Equal((Real)1e-5, lbfgs.StepsizePrecision);
        Assert.Equal((Real)2, lbfgs.IncreaseFactor);
        Assert.Null(lbfgs.MaxLearningRate);
    }

    [Theory]
    [InlineData(nameof(Lbfgs.MemorySize), 0)]
    [InlineData(nameof(Lbfgs.MaxLinesearchSteps), 0)]
    [InlineData(nameof(Lbfgs.SlopeRtol), -1e-4)]
    [InlineData(nameof(Lbfgs.SlopeRtol), 1)]
    [InlineData(nameof(Lbfgs.CurvRtol), 0)]
    [InlineData(nameof(Lbfgs.CurvRtol), double.NaN)]
    [InlineData(nameof(Lbfgs.ApproxDecRtol), -1)]
    [InlineData(nameof(Lbfgs.StepsizePrecision), -1e-5)]
    [InlineData(nameof(Lbfgs.IncreaseFactor), 1)]
    [InlineData(nameof(Lbfgs.MaxLearningRate), 0)]
    public void InitNamesTheHyperparameterOutOfRange(string name, double value)
    {
        Lbfgs lbfgs = name switch
        {
            nameof(Lbfgs.MemorySize) => new Lbfgs { MemorySize = (int)value },
            nameof(Lbfgs.MaxLinesearchSteps) => new Lbfgs { MaxLinesearchSteps = (int)value },
            nameof(Lbfgs.SlopeRtol) => new Lbfgs { SlopeRtol = (Real)value },
            nameof(Lbfgs.CurvRtol) => new Lbfgs { CurvRtol = (Real)value },
            nameof(Lbfgs.ApproxDecRtol) => new Lbfgs { ApproxDecRtol = (Real)value },
            nameof(Lbfgs.StepsizePrecision) => new Lbfgs { StepsizePrecision = (Real)value },
            nameof(Lbfgs.IncreaseFactor) => new Lbfgs { IncreaseFactor = (Real)value },
            nameof(Lbfgs.MaxLearningRate) => new Lbfgs { MaxLearningRate = (Real)value },
            _ => throw new ArgumentException(name, nameof(name)),
        };

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => lbfgs.Init(new Real[3]));
        Assert.Equal(name, exception.ParamName);
    }

    [Fact]
    public void OptionalSettingsMayBeLeftOutOrSet()
    {
        var lbfgs = new Lbfgs { ApproxDecRtol = null, MaxLearningRate = (Real)0.5, CurvRtol = Real.PositiveInfinity };
        Assert.Equal(3, lbfgs.Init(new Real[3]).ParameterCount);
    }
}
