using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// LAMB as optax writes it (You et al. 2020, Algorithm 2, one layer), in double: Adam's bias-corrected
/// <c>r = m̂/(√(v̂ + ε_root) + ε)</c>, <c>a = r + λθ</c>, <c>u = −α(‖θ‖/‖a‖)a</c> (ratio 1 when a norm is 0).
/// </summary>
internal sealed class LambReference
{
    private readonly double learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double eps;
    private readonly double epsRoot;
    private readonly double weightDecay;
    private int t;

    public LambReference(int length, double learningRate, double b1, double b2, double eps, double epsRoot, double weightDecay)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
        this.epsRoot = epsRoot;
        this.weightDecay = weightDecay;
        Mu = new double[length];
        Nu = new double[length];
    }

    public double[] Mu { get; }

    public double[] Nu { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        t++;
        var direction = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g = gradient[i];
            Mu[i] = b1 * Mu[i] + (1 - b1) * g;
            Nu[i] = b2 * Nu[i] + (1 - b2) * g * g;
            double mHat = Mu[i] / (1 - Math.Pow(b1, t));
            double vHat = Nu[i] / (1 - Math.Pow(b2, t));
            direction[i] = mHat / (Math.Sqrt(vHat + epsRoot) + eps) + weightDecay * parameters[i];
        }

        double ratio = ReferenceMath.TrustRatio(parameters, direction, 0, 1, 0);
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
            update[i] = -learningRate * ratio * direction[i];
        return update;
    }
}
