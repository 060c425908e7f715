using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using OptimGen;

namespace OptimGen.Benchmarks;

/// <summary>
/// Extended Rosenbrock (Moré, Garbow and Hillstrom, problem 21): n/2 independent copies of
/// <c>100 (x2 - x1^2)^2 + (1 - x1)^2</c>, from (-1.2, 1) repeated; minimum 0 at all ones. A struct with a tight loop,
/// so that one evaluation costs the same whichever library calls it.
/// </summary>
public readonly struct LbfgsRosenbrock : IObjective<double>
{
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        if (gradient.Length != x.Length || x.Length % 2 != 0)
            throw new ArgumentException("Extended Rosenbrock needs an even n and a gradient of the same length.");
        double sum = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Four coordinates (two pairs) at a time, in the interleaved layout: each pair's (a, b) is spread to both
            // of its lanes, the even lane takes d/da and the odd lane d/db; every term then appears twice in the sum.
            Vector256<double> even = Vector256.Create(-1L, 0, -1L, 0).AsDouble();
            Vector256<double> twice = Vector256<double>.Zero;
            for (; i + 4 <= x.Length; i += 4)
            {
                Vector256<double> v = Vector256.Create(x.Slice(i, 4));
                Vector256<double> a = Vector256.Shuffle(v, Vector256.Create(0L, 0, 2, 2));
                Vector256<double> b = Vector256.Shuffle(v, Vector256.Create(1L, 1, 3, 3));
                Vector256<double> curve = b - a * a, offset = Vector256<double>.One - a;
                twice += Vector256.Create(100.0) * curve * curve + offset * offset;
                Vector256<double> byA = Vector256.Create(-400.0) * a * curve - Vector256.Create(2.0) * offset;
                Vector256.ConditionalSelect(even, byA, Vector256.Create(200.0) * curve).CopyTo(gradient.Slice(i, 4));
            }

            sum = Vector256.Sum(twice) / 2;
        }

        for (; i < x.Length; i += 2)
        {
            double a = x[i], b = x[i + 1];
            double curve = b - a * a, offset = 1 - a;
            sum += 100 * curve * curve + offset * offset;
            gradient[i] = -400 * a * curve - 2 * offset;
            gradient[i + 1] = 200 * curve;
        }

        return sum;
    }

    public static double[] Start(int n)
    {
        var start = new double[n];
        for (int i = 0; i < n; i += 2)
        {
            start[i] = -1.2;
            start[i + 1] = 1;
        }

        return start;
    }
}

/// <summary>
/// <c>0.5 sum c_i (x_i - 1)^2</c> from the origin, with curvatures <c>c_i</c> spread geometrically from 1 to 100
/// (condition number 100), repeating every 100 coordinates; minimum 0 at all ones.
/// </summary>
public readonly struct LbfgsQuadratic : IObjective<double>
{
    private readonly double[] curvatures;

    public LbfgsQuadratic(int n)
    {
        curvatures = new double[n];
        for (int i = 0; i < n; i++)
            curvatures[i] = Math.Pow(100, (i % 100) / 99.0);
    }

    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        ReadOnlySpan<double> c = curvatures;
        if (x.Length != c.Length || gradient.Length != c.Length)
            throw new ArgumentException("The quadratic was built for another n.");
        ReadOnlySpan<Vector<double>> xs = MemoryMarshal.Cast<double, Vector<double>>(x);
        ReadOnlySpan<Vector<double>> cs = MemoryMarshal.Cast<double, Vector<double>>(c);
        Span<Vector<double>> gs = MemoryMarshal.Cast<double, Vector<double>>(gradient);
        Vector<double> sums = Vector<double>.Zero;
        for (int i = 0; i < xs.Length; i++)
        {
            Vector<double> offset = xs[i] - Vector<double>.One;
            Vector<double> slope = cs[i] * offset;
            gs[i] = slope;
            sums += slope * offset;
        }

        double sum = Vector.Sum(sums);
        for (int i = xs.Length * Vector<double>.Count; i < c.Length; i++)
        {
            double offset = x[i] - 1;
            gradient[i] = c[i] * offset;
            sum += gradient[i] * offset;
        }

        return sum / 2;
    }
}

/// <summary>Counts evaluations of a struct objective through a shared counter, so that the count survives copies.</summary>
public readonly struct LbfgsCountingObjective<TObjective> : IObjective<double>
    where TObjective : IObjective<double>
{
    private readonly TObjective inner;
    private readonly StrongBox<int> evaluations;

    public LbfgsCountingObjective(TObjective inner, StrongBox<int> evaluations)
    {
        this.inner = inner;
        this.evaluations = evaluations;
    }

    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        evaluations.Value++;
        return inner.Evaluate(x, gradient);
    }
}
