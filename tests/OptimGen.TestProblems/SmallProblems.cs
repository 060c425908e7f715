using System;
using System.Numerics;

namespace OptimGen.TestProblems;

// Problems 1 to 19 of Moré, Garbow and Hillstrom (1981), "Testing unconstrained optimization software", ACM TOMS 7(1):
// fixed dimensions. Each writes its residuals r_i and the Jacobian row dr_i/dx from the paper's definitions.

internal sealed class Rosenbrock() : LeastSquaresProblem(1, "Rosenbrock", 2, 2, new[] { -1.2, 1 }, 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        r[0] = C<T>(10) * (x[1] - x[0] * x[0]);
        j[0] = C<T>(-20) * x[0];
        j[1] = C<T>(10);
        r[1] = T.One - x[0];
        j[2] = -T.One;
    }
}

internal sealed class FreudensteinRoth() : LeastSquaresProblem(2, "Freudenstein and Roth", 2, 2, new[] { 0.5, -2 }, 0, 48.9842)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T y = x[1];
        r[0] = C<T>(-13) + x[0] + ((C<T>(5) - y) * y - C<T>(2)) * y;
        j[0] = T.One;
        j[1] = C<T>(10) * y - C<T>(3) * y * y - C<T>(2);
        r[1] = C<T>(-29) + x[0] + ((y + T.One) * y - C<T>(14)) * y;
        j[2] = T.One;
        j[3] = C<T>(3) * y * y + C<T>(2) * y - C<T>(14);
    }
}

internal sealed class PowellBadlyScaled() : LeastSquaresProblem(3, "Powell badly scaled", 2, 2, new[] { 0.0, 1 }, 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        r[0] = C<T>(1e4) * x[0] * x[1] - T.One;
        j[0] = C<T>(1e4) * x[1];
        j[1] = C<T>(1e4) * x[0];
        T e0 = T.Exp(-x[0]), e1 = T.Exp(-x[1]);
        r[1] = e0 + e1 - C<T>(1.0001);
        j[2] = -e0;
        j[3] = -e1;
    }
}

internal sealed class BrownBadlyScaled() : LeastSquaresProblem(4, "Brown badly scaled", 2, 3, new[] { 1.0, 1 }, 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        r[0] = x[0] - C<T>(1e6);
        j[0] = T.One;
        r[1] = x[1] - C<T>(2e-6);
        j[3] = T.One;
        r[2] = x[0] * x[1] - C<T>(2);
        j[4] = x[1];
        j[5] = x[0];
    }
}

internal sealed class Beale() : LeastSquaresProblem(5, "Beale", 2, 3, new[] { 1.0, 1 }, 0)
{
    private static readonly double[] Y = { 1.5, 2.25, 2.625 };

    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < 3; i++)
        {
            int power = i + 1;
            T x2PowerBelow = T.One; // x2^(power - 1)
            for (int k = 1; k < power; k++)
                x2PowerBelow *= x[1];
            T x2Power = x2PowerBelow * x[1];
            r[i] = C<T>(Y[i]) - x[0] * (T.One - x2Power);
            j[i * 2] = x2Power - T.One;
            j[i * 2 + 1] = x[0] * C<T>(power) * x2PowerBelow;
        }
    }
}

internal sealed class JennrichSampson() : LeastSquaresProblem(6, "Jennrich and Sampson", 2, 10, new[] { 0.3, 0.4 }, 124.362)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T t = C<T>(i + 1);
            T e0 = T.Exp(t * x[0]), e1 = T.Exp(t * x[1]);
            r[i] = C<T>(2) + C<T>(2) * t - (e0 + e1);
            j[i * 2] = -t * e0;
            j[i * 2 + 1] = -t * e1;
        }
    }
}

internal sealed class HelicalValley() : LeastSquaresProblem(7, "Helical valley", 3, 3, new[] { -1.0, 0, 0 }, 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T twoPi = C<T>(2 * Math.PI);
        T theta = x[0] > T.Zero ? T.Atan(x[1] / x[0]) / twoPi
            : x[0] < T.Zero ? T.Atan(x[1] / x[0]) / twoPi + C<T>(0.5)
            : T.CopySign(C<T>(0.25), x[1]);
        T squared = x[0] * x[0] + x[1] * x[1];
        r[0] = C<T>(10) * (x[2] - C<T>(10) * theta);
        j[0] = C<T>(100) * x[1] / (twoPi * squared);
        j[1] = C<T>(-100) * x[0] / (twoPi * squared);
        j[2] = C<T>(10);
        T radius = T.Sqrt(squared);
        r[1] = C<T>(10) * (radius - T.One);
        j[3] = C<T>(10) * x[0] / radius;
        j[4] = C<T>(10) * x[1] / radius;
        r[2] = x[2];
        j[8] = T.One;
    }
}

internal sealed class Bard() : LeastSquaresProblem(8, "Bard", 3, 15, new[] { 1.0, 1, 1 }, 8.21487e-3, 17.4286)
{
    private static readonly double[] Y =
        { 0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39 };

    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T u = C<T>(i + 1), v = C<T>(15 - i), w = C<T>(Math.Min(i + 1, 15 - i));
            T denominator = v * x[1] + w * x[2];
            r[i] = C<T>(Y[i]) - (x[0] + u / denominator);
            j[i * 3] = -T.One;
            j[i * 3 + 1] = u * v / (denominator * denominator);
            j[i * 3 + 2] = u * w / (denominator * denominator);
        }
    }
}

internal sealed class Gaussian() : LeastSquaresProblem(9, "Gaussian", 3, 15, new[] { 0.4, 1, 0 }, 1.12793e-8)
{
    private static readonly double[] Y =
    {
        0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521, 0.2420, 0.1295, 0.0540, 0.0175,
        0.0044, 0.0009,
    };

    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T t = C<T>((7 - i) / 2.0);
            T d = t - x[2];
            T e = T.Exp(-x[1] * d * d / C<T>(2));
            r[i] = x[0] * e - C<T>(Y[i]);
            j[i * 3] = e;
            j[i * 3 + 1] = -x[0] * e * d * d / C<T>(2);
            j[i * 3 + 2] = x[0] * e * x[1] * d;
        }
    }
}

internal sealed class Meyer() : LeastSquaresProblem(10, "Meyer", 3, 16, new[] { 0.02, 4000, 250 }, 87.9458)
{
    private static readonly double[] Y =
    {
        34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147, 4427, 3820, 3307, 2872,
    };

    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T t = C<T>(45 + 5 * (i + 1));
            T denominator = t + x[2];
            T e = T.Exp(x[1] / denominator);
            r[i] = x[0] * e - C<T>(Y[i]);
            j[i * 3] = e;
            j[i * 3 + 1] = x[0] * e / denominator;
            j[i * 3 + 2] = -x[0] * e * x[1] / (denominator * denominator);
        }
    }
}

internal sealed class GulfResearch() : LeastSquaresProblem(11, "Gulf research and development", 3, 99, new[] { 5, 2.5, 0.15 }, 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            double t = (i + 1) / 100.0;
            T y = C<T>(25 + Math.Pow(-50 * Math.Log(t), 2.0 / 3));
            T difference = y - x[1];
            T distance = T.Abs(difference);
            T power = T.Pow(distance, x[2]);
            T exponent = power / x[0];
            T e = T.Exp(-exponent);
            r[i] = e - C<T>(t);
            j[i * 3] = e * exponent / x[0];
            j[i * 3 + 1] = distance == T.Zero ? T.Zero : e * x[2] * power / distance / x[0] * T.CopySign(T.One, difference);
            j[i * 3 + 2] = distance == T.Zero ? T.Zero : -e * exponent * T.Log(distance);
        }
    }
}

internal sealed class Box3D() : LeastSquaresProblem(12, "Box three-dimensional", 3, 10, new[] { 0.0, 10, 20 }, 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T t = C<T>(0.1 * (i + 1));
            T e0 = T.Exp(-t * x[0]), e1 = T.Exp(-t * x[1]);
            T c = T.Exp(-t) - T.Exp(C<T>(-10) * t);
            r[i] = e0 - e1 - x[2] * c;
            j[i * 3] = -t * e0;
            j[i * 3 + 1] = t * e1;
            j[i * 3 + 2] = -c;
        }
    }
}

internal sealed class PowellSingular() : LeastSquaresProblem(13, "Powell singular", 4, 4, new[] { 3.0, -1, 0, 1 }, 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j) =>
        ExtendedPowellSingular.Block(x, r, j, 0, 4);
}

internal sealed class Wood() : LeastSquaresProblem(14, "Wood", 4, 6, new[] { -3.0, -1, -3, -1 }, 0)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        T sqrt90 = T.Sqrt(C<T>(90)), sqrt10 = T.Sqrt(C<T>(10));
        r[0] = C<T>(10) * (x[1] - x[0] * x[0]);
        j[0] = C<T>(-20) * x[0];
        j[1] = C<T>(10);
        r[1] = T.One - x[0];
        j[4] = -T.One;
        r[2] = sqrt90 * (x[3] - x[2] * x[2]);
        j[10] = C<T>(-2) * sqrt90 * x[2];
        j[11] = sqrt90;
        r[3] = T.One - x[2];
        j[14] = -T.One;
        r[4] = sqrt10 * (x[1] + x[3] - C<T>(2));
        j[17] = sqrt10;
        j[19] = sqrt10;
        r[5] = (x[1] - x[3]) / sqrt10;
        j[21] = T.One / sqrt10;
        j[23] = -T.One / sqrt10;
    }
}

internal sealed class KowalikOsborne() : LeastSquaresProblem(15, "Kowalik and Osborne", 4, 11, new[] { 0.25, 0.39, 0.415, 0.39 }, 3.07505e-4, 1.02734e-3)
{
    private static readonly double[] Y =
        { 0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246 };

    private static readonly double[] U = { 4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625 };

    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T u = C<T>(U[i]);
            T numerator = u * u + u * x[1];
            T denominator = u * u + u * x[2] + x[3];
            r[i] = C<T>(Y[i]) - x[0] * numerator / denominator;
            j[i * 4] = -numerator / denominator;
            j[i * 4 + 1] = -x[0] * u / denominator;
            j[i * 4 + 2] = x[0] * numerator * u / (denominator * denominator);
            j[i * 4 + 3] = x[0] * numerator / (denominator * denominator);
        }
    }
}

internal sealed class BrownDennis() : LeastSquaresProblem(16, "Brown and Dennis", 4, 20, new[] { 25.0, 5, -5, -1 }, 85822.2)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T t = C<T>((i + 1) / 5.0);
            T a = x[0] + t * x[1] - T.Exp(t);
            T b = x[2] + x[3] * T.Sin(t) - T.Cos(t);
            r[i] = a * a + b * b;
            j[i * 4] = C<T>(2) * a;
            j[i * 4 + 1] = C<T>(2) * a * t;
            j[i * 4 + 2] = C<T>(2) * b;
            j[i * 4 + 3] = C<T>(2) * b * T.Sin(t);
        }
    }
}

internal sealed class Osborne1() : LeastSquaresProblem(17, "Osborne 1", 5, 33, new[] { 0.5, 1.5, -1, 0.01, 0.02 }, 5.46489e-5)
{
    private static readonly double[] Y =
    {
        0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751, 0.718, 0.685, 0.658, 0.628,
        0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448, 0.438, 0.431, 0.424, 0.420,
        0.414, 0.411, 0.406,
    };

    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T t = C<T>(10 * i);
            T e4 = T.Exp(-t * x[3]), e5 = T.Exp(-t * x[4]);
            r[i] = C<T>(Y[i]) - (x[0] + x[1] * e4 + x[2] * e5);
            j[i * 5] = -T.One;
            j[i * 5 + 1] = -e4;
            j[i * 5 + 2] = -e5;
            j[i * 5 + 3] = x[1] * t * e4;
            j[i * 5 + 4] = x[2] * t * e5;
        }
    }
}

internal sealed class BiggsExp6() : LeastSquaresProblem(18, "Biggs EXP6", 6, 13, new[] { 1.0, 2, 1, 1, 1, 1 }, 0, 5.65565e-3)
{
    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            double time = 0.1 * (i + 1);
            T t = C<T>(time);
            T y = C<T>(Math.Exp(-time) - 5 * Math.Exp(-10 * time) + 3 * Math.Exp(-4 * time));
            T e1 = T.Exp(-t * x[0]), e2 = T.Exp(-t * x[1]), e5 = T.Exp(-t * x[4]);
            r[i] = x[2] * e1 - x[3] * e2 + x[5] * e5 - y;
            j[i * 6] = -t * x[2] * e1;
            j[i * 6 + 1] = t * x[3] * e2;
            j[i * 6 + 2] = e1;
            j[i * 6 + 3] = -e2;
            j[i * 6 + 4] = -t * x[5] * e5;
            j[i * 6 + 5] = e5;
        }
    }
}

internal sealed class Osborne2() : LeastSquaresProblem(19, "Osborne 2", 11, 65,
    new[] { 1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5 }, 4.01377e-2)
{
    private static readonly double[] Y =
    {
        1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746, 0.679, 0.608, 0.655, 0.616,
        0.606, 0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624, 0.661, 0.612, 0.558, 0.533, 0.495,
        0.500, 0.423, 0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428, 0.429, 0.523, 0.562, 0.607, 0.653, 0.672,
        0.708, 0.633, 0.668, 0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710, 0.729, 0.720, 0.636, 0.581,
        0.428, 0.292, 0.162, 0.098, 0.054,
    };

    protected override void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> j)
    {
        for (int i = 0; i < M; i++)
        {
            T t = C<T>(i / 10.0);
            T e1 = T.Exp(-t * x[4]);
            T model = x[0] * e1;
            j[i * 11] = -e1;
            j[i * 11 + 4] = x[0] * t * e1;
            for (int k = 0; k < 3; k++)
            {
                // x[1..3] scale three Gaussians with widths x[5..7] centred at x[8..10].
                T d = t - x[8 + k];
                T e = T.Exp(-d * d * x[5 + k]);
                model += x[1 + k] * e;
                j[i * 11 + 1 + k] = -e;
                j[i * 11 + 5 + k] = x[1 + k] * d * d * e;
                j[i * 11 + 8 + k] = -C<T>(2) * x[1 + k] * x[5 + k] * d * e;
            }

            r[i] = C<T>(Y[i]) - model;
        }
    }
}
