using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Adagrad as published (Duchi et al. 2011, diagonal form; optax's ε under the root), one scalar at a time in
/// double: <c>G = G + g²</c>, <c>u = −α g / √(G + ε)</c>, and 0 while <c>G</c> is 0.
/// </summary>
internal sealed class AdagradReference
{
    private readonly Func<long, double> learningRate;
    private readonly double eps;
    private long count;

    public AdagradReference(int length, Func<long, double> learningRate, double initialAccumulatorValue, double eps)
    {
        this.learningRate = learningRate;
        this.eps = eps;
        SumOfSquares = new double[length];
        Array.Fill(SumOfSquares, initialAccumulatorValue);
    }

    public double[] SumOfSquares { get; }

    public double[] Step(double[] gradient)
    {
        double rate = learningRate(count++);
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            SumOfSquares[i] += gradient[i] * gradient[i];
            update[i] = SumOfSquares[i] > 0 ? -rate * gradient[i] / Math.Sqrt(SumOfSquares[i] + eps) : 0;
        }

        return update;
    }
}
