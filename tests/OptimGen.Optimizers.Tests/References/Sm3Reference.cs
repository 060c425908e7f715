using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// SM3-II as published (Anil et al. 2019, Algorithm 2, in optax's form: a covering by rows and columns of a matrix,
/// or one set per element of a vector; momentum on the scaled gradient), in double on an explicit
/// <c>rows × columns</c> array: <c>ν_ij = min(μ_row(i), μ_col(j)) + g_ij²</c>, then <c>μ_row(i) = max_j ν_ij</c>,
/// <c>μ_col(j) = max_i ν_ij</c> (a vector: <c>μ_i = ν_i</c>), <c>m = β m + (1 − β)·g/√(ν + ε)</c> (0 where ν = 0),
/// <c>u = −α m</c>.
/// </summary>
internal sealed class Sm3Reference
{
    private const double Eps = 1e-8;
    private readonly double learningRate;
    private readonly double momentum;
    private readonly int rows;
    private readonly int columns;
    private readonly double[,] perElement;

    /// <param name="rows">0 for a vector of <paramref name="length"/> elements.</param>
    public Sm3Reference(int length, double learningRate, double momentum, int rows)
    {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.rows = rows;
        columns = rows == 0 ? length : length / rows;
        perElement = new double[1, length];
        RowMaxima = new double[Math.Max(rows, 1)];
        ColumnMaxima = new double[columns];
        Momentum = new double[length];
    }

    public double[] RowMaxima { get; }

    /// <summary>The column maxima of a matrix, or the per-element sums of a vector.</summary>
    public double[] ColumnMaxima { get; }

    public double[] Momentum { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        int r = Math.Max(rows, 1);
        var nu = new double[r, columns];
        for (int i = 0; i < r; i++)
            for (int j = 0; j < columns; j++)
            {
                double g = gradient[i * columns + j];
                double cover = rows == 0 ? perElement[0, j] : Math.Min(RowMaxima[i], ColumnMaxima[j]);
                nu[i, j] = cover + g * g;
            }

        for (int j = 0; j < columns; j++)
        {
            double maximum = double.NegativeInfinity;
            for (int i = 0; i < r; i++)
                maximum = Math.Max(maximum, nu[i, j]);
            ColumnMaxima[j] = maximum;
            if (rows == 0)
                perElement[0, j] = nu[0, j];
        }

        if (rows > 0)
            for (int i = 0; i < r; i++)
            {
                double maximum = double.NegativeInfinity;
                for (int j = 0; j < columns; j++)
                    maximum = Math.Max(maximum, nu[i, j]);
                RowMaxima[i] = maximum;
            }

        var update = new double[gradient.Length];
        for (int i = 0; i < r; i++)
            for (int j = 0; j < columns; j++)
            {
                int at = i * columns + j;
                double scaled = nu[i, j] > 0 ? gradient[at] / Math.Sqrt(nu[i, j] + Eps) : 0;
                Momentum[at] = momentum * Momentum[at] + (1 - momentum) * scaled;
                update[at] = -learningRate * Momentum[at];
            }

        return update;
    }
}
