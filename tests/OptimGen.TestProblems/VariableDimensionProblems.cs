using System;
using System.Numerics;

namespace OptimGen.TestProblems;

// Problems 20 to 35 of Moré, Garbow and Hillstrom (1981): the dimension is a parameter. Indices in the comments are
// the paper's (1-based); the code is 0-based.

internal sealed class Watson(int n) : LeastSquaresProblem(20, "Watson", n, 31, new double[n],
    n switch { 6 => 2.28767e-3, 9 => 1.39976e-6, 12 => 4.72238e-10, _ => throw new ArgumentOutOfRangeException(nameof(n)) })
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < 29; i++)
        {
            T t = C<T>((i + 1) / 29.0);
            T sum = T.Zero, weighted = T.Zero, power = T.One; // power = t^k for x[k]
            for (int k = 0; k < N; k++)
            {
                sum += x[k] * power;
                if (k > 0)
                    weighted += C<T>(k) * x[k] * power / t;
                power *= t;
            }

            r[i] = weighted - sum * sum - T.One;
            power = T.One;
            for (int k = 0; k < N; k++)
            {
                j[i * N + k] = (k > 0 ? C<T>(k) * power / t : T.Zero) - C<T>(2) * sum * power;
                power *= t;
            }
        }

        r[29] = x[0];
        j[29 * N] = T.One;
        r[30] = x[1] - x[0] * x[0] - T.One;
        j[30 * N] = C<T>(-2) * x[0];
        j[30 * N + 1] = T.One;
    }
}

internal sealed class ExtendedRosenbrock(int n) : LeastSquaresProblem(21, "Extended Rosenbrock", n, n, Alternating(n, -1.2, 1), 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int b = 0; b < N; b += 2)
        {
            r[b] = C<T>(10) * (x[b + 1] - x[b] * x[b]);
            j[b * N + b] = C<T>(-20) * x[b];
            j[b * N + b + 1] = C<T>(10);
            r[b + 1] = T.One - x[b];
            j[(b + 1) * N + b] = -T.One;
        }
    }

    internal static double[] Alternating(int n, params double[] pattern)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++)
            x[i] = pattern[i % pattern.Length];
        return x;
    }
}

internal sealed class ExtendedPowellSingular(int n)
    : LeastSquaresProblem(22, "Extended Powell singular", n, n, ExtendedRosenbrock.Alternating(n, 3, -1, 0, 1), 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int b = 0; b < N; b += 4)
            Block(x, r, j, b, N);
    }

    /// <summary>The four residuals of Powell's singular function on variables <c>b</c> to <c>b + 3</c>.</summary>
    internal static void Block<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j, int b, int n)
        where T : IFloatingPointIeee754<T>
    {
        T sqrt5 = T.Sqrt(C<T>(5)), sqrt10 = T.Sqrt(C<T>(10));
        r[b] = x[b] + C<T>(10) * x[b + 1];
        j[b * n + b] = T.One;
        j[b * n + b + 1] = C<T>(10);
        r[b + 1] = sqrt5 * (x[b + 2] - x[b + 3]);
        j[(b + 1) * n + b + 2] = sqrt5;
        j[(b + 1) * n + b + 3] = -sqrt5;
        T d = x[b + 1] - C<T>(2) * x[b + 2];
        r[b + 2] = d * d;
        j[(b + 2) * n + b + 1] = C<T>(2) * d;
        j[(b + 2) * n + b + 2] = C<T>(-4) * d;
        T e = x[b] - x[b + 3];
        r[b + 3] = sqrt10 * e * e;
        j[(b + 3) * n + b] = C<T>(2) * sqrt10 * e;
        j[(b + 3) * n + b + 3] = C<T>(-2) * sqrt10 * e;
    }
}

internal sealed class PenaltyI(int n) : LeastSquaresProblem(23, "Penalty I", n, n + 1, Counting(n),
    n switch { 4 => 2.24997e-5, 10 => 7.08765e-5, _ => throw new ArgumentOutOfRangeException(nameof(n)) })
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T sqrtA = T.Sqrt(C<T>(1e-5));
        T squares = T.Zero;
        for (int i = 0; i < N; i++)
        {
            r[i] = sqrtA * (x[i] - T.One);
            j[i * N + i] = sqrtA;
            squares += x[i] * x[i];
            j[N * N + i] = C<T>(2) * x[i];
        }

        r[N] = squares - C<T>(0.25);
    }

    private static double[] Counting(int n)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++)
            x[i] = i + 1;
        return x;
    }
}

internal sealed class PenaltyII(int n) : LeastSquaresProblem(24, "Penalty II", n, 2 * n, Filled(n, 0.5),
    n switch { 4 => 9.37629e-6, 10 => 2.93660e-4, _ => throw new ArgumentOutOfRangeException(nameof(n)) })
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T sqrtA = T.Sqrt(C<T>(1e-5));
        T tenth = C<T>(0.1);
        r[0] = x[0] - C<T>(0.2);
        j[0] = T.One;
        for (int i = 1; i < N; i++)
        {
            T y = C<T>(Math.Exp((i + 1) / 10.0) + Math.Exp(i / 10.0));
            T e = T.Exp(x[i] * tenth), previous = T.Exp(x[i - 1] * tenth);
            r[i] = sqrtA * (e + previous - y);
            j[i * N + i] = sqrtA * tenth * e;
            j[i * N + i - 1] = sqrtA * tenth * previous;
        }

        for (int i = N; i < 2 * N - 1; i++)
        {
            int k = i - N + 1;
            T e = T.Exp(x[k] * tenth);
            r[i] = sqrtA * (e - C<T>(Math.Exp(-0.1)));
            j[i * N + k] = sqrtA * tenth * e;
        }

        T sum = T.Zero;
        int last = 2 * N - 1;
        for (int k = 0; k < N; k++)
        {
            T weight = C<T>(N - k);
            sum += weight * x[k] * x[k];
            j[last * N + k] = C<T>(2) * weight * x[k];
        }

        r[last] = sum - T.One;
    }
}

internal sealed class VariablyDimensioned(int n) : LeastSquaresProblem(25, "Variably dimensioned", n, n + 2, Start(n), 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T sum = T.Zero;
        for (int k = 0; k < N; k++)
        {
            r[k] = x[k] - T.One;
            j[k * N + k] = T.One;
            sum += C<T>(k + 1) * (x[k] - T.One);
        }

        r[N] = sum;
        r[N + 1] = sum * sum;
        for (int k = 0; k < N; k++)
        {
            j[N * N + k] = C<T>(k + 1);
            j[(N + 1) * N + k] = C<T>(2) * sum * C<T>(k + 1);
        }
    }

    private static double[] Start(int n)
    {
        var x = new double[n];
        for (int k = 0; k < n; k++)
            x[k] = 1 - (k + 1.0) / n;
        return x;
    }
}

internal sealed class Trigonometric(int n) : LeastSquaresProblem(26, "Trigonometric", n, n, Filled(n, 1.0 / n), 0, n == 10 ? 2.79506e-5 : 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T cosines = T.Zero;
        for (int k = 0; k < N; k++)
            cosines += T.Cos(x[k]);
        for (int i = 0; i < N; i++)
        {
            T index = C<T>(i + 1);
            r[i] = C<T>(N) - cosines + index * (T.One - T.Cos(x[i])) - T.Sin(x[i]);
            for (int k = 0; k < N; k++)
                j[i * N + k] = T.Sin(x[k]);
            j[i * N + i] += index * T.Sin(x[i]) - T.Cos(x[i]);
        }
    }
}

internal sealed class BrownAlmostLinear(int n) : LeastSquaresProblem(27, "Brown almost-linear", n, n, Filled(n, 0.5), 0, 1)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T sum = T.Zero;
        for (int k = 0; k < N; k++)
            sum += x[k];
        for (int i = 0; i < N - 1; i++)
        {
            r[i] = x[i] + sum - C<T>(N + 1);
            for (int k = 0; k < N; k++)
                j[i * N + k] = T.One;
            j[i * N + i] += T.One;
        }

        T product = T.One;
        for (int k = 0; k < N; k++)
        {
            product *= x[k];
            T others = T.One;
            for (int l = 0; l < N; l++)
            {
                if (l != k)
                    others *= x[l];
            }

            j[(N - 1) * N + k] = others;
        }

        r[N - 1] = product - T.One;
    }
}

internal sealed class DiscreteBoundaryValue(int n) : LeastSquaresProblem(28, "Discrete boundary value", n, n, GridStart(n), 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        double h = 1.0 / (N + 1);
        T halfSquare = C<T>(h * h / 2);
        for (int i = 0; i < N; i++)
        {
            T shifted = x[i] + C<T>((i + 1) * h) + T.One;
            T below = i > 0 ? x[i - 1] : T.Zero;
            T above = i < N - 1 ? x[i + 1] : T.Zero;
            r[i] = C<T>(2) * x[i] - below - above + halfSquare * shifted * shifted * shifted;
            j[i * N + i] = C<T>(2) + C<T>(3) * halfSquare * shifted * shifted;
            if (i > 0)
                j[i * N + i - 1] = -T.One;
            if (i < N - 1)
                j[i * N + i + 1] = -T.One;
        }
    }

    /// <summary><c>x_j = t_j (t_j - 1)</c> with <c>t_j = j / (n + 1)</c>.</summary>
    internal static double[] GridStart(int n)
    {
        var x = new double[n];
        for (int k = 0; k < n; k++)
        {
            double t = (k + 1.0) / (n + 1);
            x[k] = t * (t - 1);
        }

        return x;
    }
}

internal sealed class DiscreteIntegralEquation(int n)
    : LeastSquaresProblem(29, "Discrete integral equation", n, n, DiscreteBoundaryValue.GridStart(n), 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        double h = 1.0 / (N + 1);
        for (int i = 0; i < N; i++)
        {
            double ti = (i + 1) * h;
            T sum = T.Zero;
            for (int k = 0; k < N; k++)
            {
                double tk = (k + 1) * h;
                T shifted = x[k] + C<T>(tk) + T.One;
                T weight = C<T>(h / 2 * (k <= i ? (1 - ti) * tk : ti * (1 - tk)));
                sum += weight * shifted * shifted * shifted;
                j[i * N + k] = C<T>(3) * weight * shifted * shifted;
            }

            r[i] = x[i] + sum;
            j[i * N + i] += T.One;
        }
    }
}

internal sealed class BroydenTridiagonal(int n) : LeastSquaresProblem(30, "Broyden tridiagonal", n, n, Filled(n, -1), 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < N; i++)
        {
            T below = i > 0 ? x[i - 1] : T.Zero;
            T above = i < N - 1 ? x[i + 1] : T.Zero;
            r[i] = (C<T>(3) - C<T>(2) * x[i]) * x[i] - below - C<T>(2) * above + T.One;
            j[i * N + i] = C<T>(3) - C<T>(4) * x[i];
            if (i > 0)
                j[i * N + i - 1] = -T.One;
            if (i < N - 1)
                j[i * N + i + 1] = C<T>(-2);
        }
    }
}

internal sealed class BroydenBanded(int n) : LeastSquaresProblem(31, "Broyden banded", n, n, Filled(n, -1), 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        const int Lower = 5, Upper = 1;
        for (int i = 0; i < N; i++)
        {
            T value = x[i] * (C<T>(2) + C<T>(5) * x[i] * x[i]) + T.One;
            j[i * N + i] = C<T>(2) + C<T>(15) * x[i] * x[i];
            for (int k = Math.Max(0, i - Lower); k <= Math.Min(N - 1, i + Upper); k++)
            {
                if (k == i)
                    continue;
                value -= x[k] * (T.One + x[k]);
                j[i * N + k] = -(T.One + C<T>(2) * x[k]);
            }

            r[i] = value;
        }
    }
}

internal sealed class LinearFullRank(int n, int m) : LeastSquaresProblem(32, "Linear full rank", n, m, Filled(n, 1), m - n)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T sum = T.Zero;
        for (int k = 0; k < N; k++)
            sum += x[k];
        T factor = C<T>(2.0 / M);
        for (int i = 0; i < M; i++)
        {
            r[i] = (i < N ? x[i] : T.Zero) - factor * sum - T.One;
            for (int k = 0; k < N; k++)
                j[i * N + k] = -factor;
            if (i < N)
                j[i * N + i] += T.One;
        }
    }
}

internal sealed class LinearRank1(int n, int m)
    : LeastSquaresProblem(33, "Linear rank 1", n, m, Filled(n, 1), m * (m - 1.0) / (2 * (2 * m + 1)))
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T sum = T.Zero;
        for (int k = 0; k < N; k++)
            sum += C<T>(k + 1) * x[k];
        for (int i = 0; i < M; i++)
        {
            r[i] = C<T>(i + 1) * sum - T.One;
            for (int k = 0; k < N; k++)
                j[i * N + k] = C<T>((i + 1) * (k + 1));
        }
    }
}

internal sealed class LinearRank1ZeroColumnsAndRows(int n, int m)
    : LeastSquaresProblem(34, "Linear rank 1 with zero columns and rows", n, m, Filled(n, 1), (m * m + 3.0 * m - 6) / (2 * (2 * m - 3)))
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T sum = T.Zero;
        for (int k = 1; k < N - 1; k++)
            sum += C<T>(k + 1) * x[k];
        r[0] = -T.One;
        r[M - 1] = -T.One;
        for (int i = 1; i < M - 1; i++)
        {
            r[i] = C<T>(i) * sum - T.One;
            for (int k = 1; k < N - 1; k++)
                j[i * N + k] = C<T>(i * (k + 1));
        }
    }
}

internal sealed class Chebyquad(int n) : LeastSquaresProblem(35, "Chebyquad", n, n, Start(n),
    n switch { 8 => 3.51687e-3, 9 => 0, 10 => 6.50395e-3, _ => throw new ArgumentOutOfRangeException(nameof(n)) })
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T inverseN = C<T>(1.0 / N);
        for (int k = 0; k < N; k++)
        {
            // Shifted Chebyshev polynomials T_i(2x - 1) and their x-derivatives by the three-term recurrence.
            T y = C<T>(2) * x[k] - T.One;
            T previous = T.One, current = y;
            T previousSlope = T.Zero, currentSlope = C<T>(2);
            for (int i = 0; i < M; i++)
            {
                r[i] += inverseN * current;
                j[i * N + k] = inverseN * currentSlope;
                T next = C<T>(2) * y * current - previous;
                T nextSlope = C<T>(4) * current + C<T>(2) * y * currentSlope - previousSlope;
                previous = current;
                current = next;
                previousSlope = currentSlope;
                currentSlope = nextSlope;
            }
        }

        for (int i = 0; i < M; i++)
        {
            int degree = i + 1;
            if (degree % 2 == 0)
                r[i] += C<T>(1.0 / (degree * degree - 1));
        }
    }

    private static double[] Start(int n)
    {
        var x = new double[n];
        for (int k = 0; k < n; k++)
            x[k] = (k + 1.0) / (n + 1);
        return x;
    }
}
