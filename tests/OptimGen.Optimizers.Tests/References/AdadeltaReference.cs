namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Adadelta as optax writes it (Zeiler 2012, Algorithm 1; optax's <c>adadelta</c>), one scalar at a time in double:
/// <c>g' = g + λθ</c>, <c>E[g²] = ρE[g²] + (1−ρ)g'²</c>, <c>Δ = √(E[Δ²] + ε)/√(E[g²] + ε)·g'</c>,
/// <c>E[Δ²] = ρE[Δ²] + (1−ρ)Δ²</c>, <c>u = −αΔ</c> (<c>+Δ</c> without a learning rate).
/// </summary>
internal sealed class AdadeltaReference
{
    private readonly double? learningRate;
    private readonly double rho;
    private readonly double eps;
    private readonly double weightDecay;

    public AdadeltaReference(int length, double? learningRate, double rho, double eps, double weightDecay)
    {
        this.learningRate = learningRate;
        this.rho = rho;
        this.eps = eps;
        this.weightDecay = weightDecay;
        GradientSquares = new double[length];
        UpdateSquares = new double[length];
    }

    public double[] GradientSquares { get; }

    public double[] UpdateSquares { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
        {
            double g = gradient[i] + weightDecay * parameters[i];
            GradientSquares[i] = rho * GradientSquares[i] + (1 - rho) * g * g;
            double delta = System.Math.Sqrt(UpdateSquares[i] + eps) / System.Math.Sqrt(GradientSquares[i] + eps) * g;
            UpdateSquares[i] = rho * UpdateSquares[i] + (1 - rho) * delta * delta;
            update[i] = learningRate is double rate ? -rate * delta : delta;
        }

        return update;
    }
}
