using System;
using System.Buffers;
using System.Numerics;

namespace OptimGen.TestProblems;

/// <summary>
/// A problem <c>f(x) = Σ r_i(x)²</c> of the Moré–Garbow–Hillstrom set, with its standard starting point and the
/// minima the paper lists. Residuals and their Jacobian are written generically, so a Single-mode test evaluates
/// the function in <see cref="float"/> arithmetic, as a Single-mode user's objective would.
/// </summary>
public abstract class LeastSquaresProblem
{
    /// <summary>Creates an instance with <paramref name="n"/> variables and <paramref name="m"/> residuals.</summary>
    protected LeastSquaresProblem(int number, string name, int n, int m, double[] start, params double[] minima)
    {
        Number = number;
        Name = name;
        N = n;
        M = m;
        this.start = start;
        Minima = minima;
    }

    private readonly double[] start;

    /// <summary>The problem's number in the paper (1 to 35).</summary>
    public int Number { get; }

    /// <summary>The paper's name of the problem.</summary>
    public string Name { get; }

    /// <summary>The number of variables.</summary>
    public int N { get; }

    /// <summary>The number of residuals.</summary>
    public int M { get; }

    /// <summary>The minimum values the paper lists, the global one first (some problems have a local one the standard start leads to).</summary>
    public double[] Minima { get; }

    /// <summary>The global minimum value.</summary>
    public double Minimum => Minima[0];

    /// <summary>A label such as <c>#22 Extended Powell singular (n = 12)</c>.</summary>
    public string Label => $"#{Number} {Name} (n = {N})";

    /// <summary>The paper's standard starting point, converted to <typeparamref name="T"/>.</summary>
    public T[] Start<T>()
        where T : IFloatingPointIeee754<T>
    {
        var x = new T[N];
        for (int i = 0; i < N; i++)
            x[i] = T.CreateTruncating(start[i]);
        return x;
    }

    /// <summary>Returns <c>f(x)</c> and writes its gradient <c>2 Jᵀ r</c>.</summary>
    public T Evaluate<T>(ReadOnlySpan<T> x, Span<T> gradient)
        where T : IFloatingPointIeee754<T>
    {
        if (x.Length != N || gradient.Length != N)
            throw new ArgumentException($"{Label} needs {N} variables, got {x.Length} and a gradient of {gradient.Length}.");
        T[] residualBuffer = ArrayPool<T>.Shared.Rent(M);
        T[] jacobianBuffer = ArrayPool<T>.Shared.Rent(M * N);
        try
        {
            Span<T> r = residualBuffer.AsSpan(0, M);
            Span<T> jacobian = jacobianBuffer.AsSpan(0, M * N);
            r.Clear();
            jacobian.Clear();
            Residuals(x, r, jacobian);
            T value = T.Zero;
            gradient.Clear();
            for (int i = 0; i < M; i++)
            {
                value += r[i] * r[i];
                T twice = r[i] + r[i];
                for (int j = 0; j < N; j++)
                    gradient[j] += twice * jacobian[i * N + j];
            }

            return value;
        }
        finally
        {
            ArrayPool<T>.Shared.Return(residualBuffer);
            ArrayPool<T>.Shared.Return(jacobianBuffer);
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> reached the global minimum: <c>f - f* &lt;= relative |f*| + absolute</c> (the paper
    /// lists f* to six digits, so <paramref name="relativeTolerance"/> should not be below 1e-5).
    /// </summary>
    public bool ReachesMinimum(double value, double relativeTolerance, double absoluteTolerance) =>
        IsWithin(value, Minimum, relativeTolerance, absoluteTolerance);

    /// <summary>Whether <paramref name="value"/> reached one of the minima the paper lists, local ones included.</summary>
    public bool ReachesListedMinimum(double value, double relativeTolerance, double absoluteTolerance)
    {
        foreach (double minimum in Minima)
        {
            if (IsWithin(value, minimum, relativeTolerance, absoluteTolerance))
                return true;
        }

        return false;
    }

    private static bool IsWithin(double value, double minimum, double relativeTolerance, double absoluteTolerance) =>
        Math.Abs(value - minimum) <= relativeTolerance * Math.Abs(minimum) + absoluteTolerance || value <= minimum && value >= minimum - absoluteTolerance;

    /// <summary>Writes the residuals <paramref name="r"/> (length M) and the Jacobian (M × N, row-major, zeroed) at <paramref name="x"/>.</summary>
    protected abstract void Residuals<T>(ReadOnlySpan<T> x, Span<T> r, Span<T> jacobian)
        where T : IFloatingPointIeee754<T>;

    /// <summary><paramref name="value"/> as <typeparamref name="T"/>.</summary>
    protected static T C<T>(double value)
        where T : IFloatingPointIeee754<T> => T.CreateTruncating(value);

    /// <summary>The same number repeated: a starting point such as (1, 1, ..., 1).</summary>
    protected static double[] Filled(int n, double value)
    {
        var x = new double[n];
        Array.Fill(x, value);
        return x;
    }

    /// <inheritdoc />
    public override string ToString() => Label;
}
