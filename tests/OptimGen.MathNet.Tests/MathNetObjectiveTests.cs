using System;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;
using OptimGen.LbfgsTests.Problems;
using OptimGen.MathNet;

namespace OptimGen.MathNetTests;

/// <summary>A MathNet objective seen through <see cref="MathNetObjective"/> gives the values and gradients it computes.</summary>
public sealed class MathNetObjectiveTests
{
    [Fact]
    public void EvaluatesValueAndGradientLikeTheWrappedFunction()
    {
        var counted = new CountedObjectiveFunction<Beale>(new Beale());
        var adapter = new MathNetObjective(counted.Function);
        double[] gradient = new double[2], expectedGradient = new double[2];

        double value = adapter.Evaluate(new double[] { 2, -1 }, gradient);
        double expected = new Beale().Evaluate(new double[] { 2, -1 }, expectedGradient);

        Assert.Equal(expected, value);
        Assert.Equal(expectedGradient, gradient);
        Assert.Equal(1, adapter.Evaluations);
        Assert.Equal(1, counted.Evaluations);
    }

    [Fact]
    public void ASparseGradientIsCopiedElementByElement()
    {
        IObjectiveFunction function = ObjectiveFunction.Gradient(
            x => x[0] * x[0] + 3 * x[1],
            x => Vector<double>.Build.SparseOfArray(new[] { 2 * x[0], 3 }));
        var adapter = new MathNetObjective(function);
        var gradient = new double[2];

        Assert.Equal(4 + 6, adapter.Evaluate(new double[] { 2, 2 }, gradient));
        Assert.Equal(new double[] { 4, 3 }, gradient);
    }

    [Fact]
    public void AnObjectiveWithoutGradientIsRejected() =>
        Assert.Throws<IncompatibleObjectiveException>(() => new MathNetObjective(ObjectiveFunction.Value(x => x.Sum())));

    [Fact]
    public void AGradientOfTheWrongLengthIsReported()
    {
        var adapter = new MathNetObjective(ObjectiveFunction.Gradient(x => (0.0, (Vector<double>)new DenseVector(3))));
        Assert.Throws<InvalidOperationException>(() => adapter.Evaluate(new double[2], new double[2]));
    }
}
