using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Fromage as published (Bernstein et al. 2020, Algorithm 1, as optax's <c>fromage</c>), in double:
/// <c>θ_{t+1} = (θ − α(‖θ‖/‖g‖)g)/√(1 + α²)</c>, returned as the update <c>θ_{t+1} − θ</c>.
/// </summary>
internal sealed class FromageReference
{
    private readonly double learningRate;
    private readonly double minNorm;

    public FromageReference(double learningRate, double minNorm)
    {
        this.learningRate = learningRate;
        this.minNorm = minNorm;
    }

    public double[] Step(double[] parameters, double[] gradient)
    {
        double ratio = ReferenceMath.TrustRatio(parameters, gradient, minNorm, 1, 0);
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double next = (parameters[i] - learningRate * ratio * gradient[i]) / Math.Sqrt(1 + learningRate * learningRate);
            update[i] = next - parameters[i];
        }

        return update;
    }
}
