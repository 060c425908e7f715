using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// NovoGrad as optax writes it (Ginsburg et al. 2019, Algorithm 1, one layer), in double: <c>v₁ = ‖g‖²</c>,
/// <c>v_t = β₂v + (1−β₂)‖g‖²</c>; <c>a = g/(√(v_t + ε_root) + ε) + λθ</c>; <c>m₁ = a</c>, <c>m_t = β₁m + a</c>;
/// <c>u = −α m_t</c>.
/// </summary>
internal sealed class NovogradReference
{
    private readonly double learningRate;
    private readonly double b1;
    private readonly double b2;
    private readonly double eps;
    private readonly double epsRoot;
    private readonly double weightDecay;
    private int t;

    public NovogradReference(int length, double learningRate, double b1, double b2, double eps, double epsRoot, double weightDecay)
    {
        this.learningRate = learningRate;
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
        this.epsRoot = epsRoot;
        this.weightDecay = weightDecay;
        Mu = new double[length];
    }

    public double[] Mu { get; }

    public double Nu { get; private set; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        t++;
        double squaredNorm = Math.Pow(ReferenceMath.Norm(gradient), 2);
        Nu = t == 1 ? squaredNorm : b2 * Nu + (1 - b2) * squaredNorm;
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double a = gradient[i] / (Math.Sqrt(Nu + epsRoot) + eps) + weightDecay * parameters[i];
            Mu[i] = t == 1 ? a : b1 * Mu[i] + a;
            update[i] = -learningRate * Mu[i];
        }

        return update;
    }
}
