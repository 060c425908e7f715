using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        ref double xs = ref MemoryMarshal.GetReference(x);
        ref double gs = ref MemoryMarshal.GetReference(gradient);
        double sum = 0;
        for (nint i = 0; i < x.Length; i += 2)
        {
            double a = Unsafe.Add(ref xs, i), b = Unsafe.Add(ref xs, i + 1);
            double curve = b - a * a, offset = 1 - a;
            sum += 100 * curve * curve + offset * offset;
            Unsafe.Add(ref gs, i) = -400 * a * curve - 2 * offset;
            Unsafe.Add(ref gs, i + 1) = 200 * curve;
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
        double sum = 0;
        for (int i = 0; i < c.Length; i++)
        {
            double offset = x[i] - 1;
            double slope = c[i] * offset;
            gradient[i] = slope;
            sum += slope * offset;
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
