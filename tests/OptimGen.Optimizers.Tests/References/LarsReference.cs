namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// LARS as optax writes it (You et al. 2017, Algorithm 1, one layer), in double: <c>a = g + λθ</c>,
/// <c>r = c‖θ‖/(‖a‖ + ε)</c> (1 when a norm is 0 or the ratio is masked off), <c>s = −α r a</c>,
/// <c>trace = s + μ trace</c>, <c>u = trace</c> or, Nesterov, <c>s + μ trace</c>.
/// </summary>
internal sealed class LarsReference
{
    private readonly double learningRate;
    private readonly double weightDecay;
    private readonly bool trustRatio;
    private readonly double trustCoefficient;
    private readonly double eps;
    private readonly double momentum;
    private readonly bool nesterov;

    public LarsReference(int length, double learningRate, double weightDecay, bool trustRatio, double trustCoefficient, double eps, double momentum, bool nesterov)
    {
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        this.trustRatio = trustRatio;
        this.trustCoefficient = trustCoefficient;
        this.eps = eps;
        this.momentum = momentum;
        this.nesterov = nesterov;
        Trace = new double[length];
    }

    public double[] Trace { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        var decayed = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
            decayed[i] = gradient[i] + weightDecay * parameters[i];
        double ratio = trustRatio ? ReferenceMath.TrustRatio(parameters, decayed, 0, trustCoefficient, eps) : 1;
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double step = -learningRate * ratio * decayed[i];
            Trace[i] = step + momentum * Trace[i];
            update[i] = nesterov ? step + momentum * Trace[i] : Trace[i];
        }

        return update;
    }
}
