using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Factorizations of the small (at most <c>2 MemorySize</c> square) matrices of the compact L-BFGS representation,
/// row-major with a leading dimension, in place and without allocation. Each reports a breakdown (a pivot that is
/// zero, negative where it must be positive, or not finite) instead of throwing: L-BFGS-B then restarts its memory.
/// </summary>
internal static class SmallDenseAlgebra
{
    /// <summary>Overwrites the lower triangle of the symmetric positive definite <c>size x size</c> matrix <c>a</c> with its Cholesky factor.</summary>
    public static bool CholeskyFactor(Span<Real> a, int size, int stride)
    {
        for (int j = 0; j < size; j++)
        {
            Real diagonal = a[j * stride + j];
            for (int k = 0; k < j; k++)
                diagonal -= a[j * stride + k] * a[j * stride + k];
            if (!(diagonal > 0) || !Real.IsFinite(diagonal))
                return false;
            diagonal = Real.Sqrt(diagonal);
            a[j * stride + j] = diagonal;
            for (int i = j + 1; i < size; i++)
            {
                Real sum = a[i * stride + j];
                for (int k = 0; k < j; k++)
                    sum -= a[i * stride + k] * a[j * stride + k];
                a[i * stride + j] = sum / diagonal;
            }
        }

        return true;
    }

    /// <summary>Solves <c>L L' x = b</c> in place with the factor of <see cref="CholeskyFactor"/>.</summary>
    public static void CholeskySolve(ReadOnlySpan<Real> factor, int size, int stride, Span<Real> b)
    {
        for (int i = 0; i < size; i++)
        {
            Real sum = b[i];
            for (int k = 0; k < i; k++)
                sum -= factor[i * stride + k] * b[k];
            b[i] = sum / factor[i * stride + i];
        }

        for (int i = size - 1; i >= 0; i--)
        {
            Real sum = b[i];
            for (int k = i + 1; k < size; k++)
                sum -= factor[k * stride + i] * b[k];
            b[i] = sum / factor[i * stride + i];
        }
    }

    /// <summary>
    /// Solves <c>a x = b</c> in place by Gaussian elimination with partial pivoting, destroying <c>a</c>. The matrices it
    /// meets are symmetric but indefinite, so Cholesky does not apply.
    /// </summary>
    public static bool Solve(Span<Real> a, int size, int stride, Span<Real> b)
    {
        for (int column = 0; column < size; column++)
        {
            int pivot = column;
            Real largest = Real.Abs(a[column * stride + column]);
            for (int row = column + 1; row < size; row++)
            {
                Real magnitude = Real.Abs(a[row * stride + column]);
                if (magnitude > largest)
                {
                    largest = magnitude;
                    pivot = row;
                }
            }

            if (!(largest > 0) || !Real.IsFinite(largest))
                return false;
            if (pivot != column)
            {
                for (int k = column; k < size; k++)
                    (a[column * stride + k], a[pivot * stride + k]) = (a[pivot * stride + k], a[column * stride + k]);
                (b[column], b[pivot]) = (b[pivot], b[column]);
            }

            Real diagonal = a[column * stride + column];
            for (int row = column + 1; row < size; row++)
            {
                Real factor = a[row * stride + column] / diagonal;
                if (factor == 0)
                    continue;
                for (int k = column + 1; k < size; k++)
                    a[row * stride + k] -= factor * a[column * stride + k];
                b[row] -= factor * b[column];
            }
        }

        for (int row = size - 1; row >= 0; row--)
        {
            Real sum = b[row];
            for (int k = row + 1; k < size; k++)
                sum -= a[row * stride + k] * b[k];
            b[row] = sum / a[row * stride + row];
        }

        for (int row = 0; row < size; row++)
        {
            if (!Real.IsFinite(b[row]))
                return false;
        }

        return true;
    }
}
