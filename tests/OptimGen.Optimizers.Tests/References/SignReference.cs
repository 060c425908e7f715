using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// SignSGD and Signum as published (Bernstein et al. 2018, Algorithms 1 and 3; optax's <c>sign_sgd</c> and
/// <c>signum</c>), one scalar at a time in double: <c>u = −α·sign(g)</c>; Signum first averages,
/// <c>m = β m + (1 − β) g</c>, <c>u = −α·sign(m)</c>. <see cref="Math.Sign(double)"/> of 0 is 0, as <c>jnp.sign</c>.
/// </summary>
internal sealed class SignReference
{
    private readonly Func<long, double> learningRate;
    private readonly double? beta;
    private long count;

    /// <param name="length">The parameter count.</param>
    /// <param name="learningRate">α by step count.</param>
    /// <param name="beta">Signum's β; null for SignSGD.</param>
    public SignReference(int length, Func<long, double> learningRate, double? beta)
    {
        this.learningRate = learningRate;
        this.beta = beta;
        Ema = new double[length];
    }

    public double[] Ema { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        double rate = learningRate(count++);
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double direction = gradient[i];
            if (beta is { } b)
            {
                Ema[i] = b * Ema[i] + (1 - b) * gradient[i];
                direction = Ema[i];
            }

            update[i] = -rate * Math.Sign(direction);
        }

        return update;
    }
}
