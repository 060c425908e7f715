using System;
using System.Collections.Generic;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsTests;

/// <summary>
/// The two-loop recursion against the inverse-Hessian approximation built explicitly, as optax's tests do:
/// <c>H = gamma I</c>, then for each stored pair, oldest first, <c>H = (I - rho s y') H (I - rho y s') + rho s s'</c>;
/// the direction must be <c>-H g</c>, also after the ring has wrapped and with a skipped (weight 0) row.
/// </summary>
public sealed class TwoLoopRecursionTests
{
    private const int N = 5;
    private const int MemorySize = 3;

    [Theory]
    [InlineData(2, -1)]
    [InlineData(5, -1)]
    [InlineData(5, 0)]
    [InlineData(7, 2)]
    public void TheDirectionIsMinusTheExplicitApproximationTimesTheGradient(int pairsWritten, int skippedRow)
    {
        var random = new Random(pairsWritten * 10 + skippedRow);
        double[,] curvature = SymmetricPositiveDefinite(random);
        var diffParams = new Real[MemorySize * N];
        var diffGradients = new Real[MemorySize * N];
        var weights = new Real[MemorySize];
        var order = new List<int>();
        for (int k = 0; k < pairsWritten; k++)
        {
            // Pair k goes to ring row k % MemorySize, as Lbfgs writes it; y = A s has positive curvature.
            int row = k % MemorySize;
            double sy = 0;
            for (int i = 0; i < N; i++)
                diffParams[row * N + i] = (Real)(random.NextDouble() - 0.5);
            for (int i = 0; i < N; i++)
            {
                double y = 0;
                for (int j = 0; j < N; j++)
                    y += curvature[i, j] * diffParams[row * N + j];
                diffGradients[row * N + i] = (Real)y;
                sy += diffParams[row * N + i] * (double)(Real)y;
            }

            weights[row] = (Real)(1 / sy);
            order.Remove(row);
            order.Add(row);
        }

        if (skippedRow >= 0)
        {
            weights[skippedRow] = 0;
            order.Remove(skippedRow);
        }

        var gradient = new Real[N];
        for (int i = 0; i < N; i++)
            gradient[i] = (Real)(random.NextDouble() - 0.5);
        const double gamma = 0.7;
        int newest = (pairsWritten - 1) % MemorySize;

        var direction = new Real[N];
        Real slope = LbfgsTwoLoop.Direction(gradient, diffParams, diffGradients, weights, new Real[MemorySize], newest, (Real)gamma, direction);

        double[] expected = MinusApproximationTimes(gradient, diffParams, diffGradients, weights, order, gamma);
        double tolerance = Precision.IsDouble ? 1e-12 : 1e-4;
        double scale = 0, expectedSlope = 0;
        foreach (double value in expected)
            scale = Math.Max(scale, Math.Abs(value));
        for (int i = 0; i < N; i++)
        {
            Assert.Equal(expected[i], direction[i], tolerance * scale);
            expectedSlope += gradient[i] * expected[i];
        }

        Assert.Equal(expectedSlope, slope, tolerance * Math.Abs(expectedSlope));
        Assert.True(slope < 0);
    }

    private static double[] MinusApproximationTimes(Real[] gradient, Real[] diffParams, Real[] diffGradients, Real[] weights, List<int> oldestFirst, double gamma)
    {
        var h = new double[N, N];
        for (int i = 0; i < N; i++)
            h[i, i] = gamma;
        foreach (int row in oldestFirst)
        {
            double rho = weights[row];
            var v = new double[N, N];
            for (int i = 0; i < N; i++)
            {
                for (int j = 0; j < N; j++)
                    v[i, j] = (i == j ? 1 : 0) - rho * diffGradients[row * N + i] * diffParams[row * N + j];
            }

            var next = new double[N, N];
            for (int i = 0; i < N; i++)
            {
                for (int j = 0; j < N; j++)
                {
                    double sum = rho * diffParams[row * N + i] * diffParams[row * N + j];
                    for (int a = 0; a < N; a++)
                    {
                        for (int b = 0; b < N; b++)
                            sum += v[a, i] * h[a, b] * v[b, j];
                    }

                    next[i, j] = sum;
                }
            }

            h = next;
        }

        var result = new double[N];
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < N; j++)
                result[i] -= h[i, j] * gradient[j];
        }

        return result;
    }

    private static double[,] SymmetricPositiveDefinite(Random random)
    {
        var b = new double[N, N];
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < N; j++)
                b[i, j] = random.NextDouble() - 0.5;
        }

        var a = new double[N, N];
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < N; j++)
            {
                double sum = i == j ? 0.5 : 0;
                for (int k = 0; k < N; k++)
                    sum += b[i, k] * b[j, k];
                a[i, j] = sum;
            }
        }

        return a;
    }
}
