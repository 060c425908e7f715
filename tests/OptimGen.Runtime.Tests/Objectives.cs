using System;

namespace OptimGen.Runtime.Tests;

/// <summary>f(x) = 1/2 sum c_i (x_i - 1)^2 with c_i = 1 + i: a convex bowl with its minimum at all ones.</summary>
public struct Bowl : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real value = 0;
        for (int i = 0; i < x.Length; i++)
        {
            Real c = 1 + i;
            Real d = x[i] - 1;
            gradient[i] = c * d;
            value += c * d * d / 2;
        }

        return value;
    }
}

/// <summary>The same bowl as a class that counts its evaluations (Scan accepts reference-type objectives too).</summary>
public sealed class CountingBowl : IObjective<Real>
{
    private Bowl bowl;

    public int Evaluations { get; private set; }

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Evaluations++;
        return bowl.Evaluate(x, gradient);
    }
}

internal static class Mode
{
    public static readonly bool IsDouble = typeof(Real) == typeof(double);

    public static Real[] Start(int n)
    {
        var x = new Real[n];
        for (int i = 0; i < n; i++)
            x[i] = (Real)(-0.5 + 0.1 * i);
        return x;
    }
}

/// <summary>The bowl, except that the evaluations listed (0-based) return NaN for the value or for one gradient element.</summary>
public sealed class FaultyBowl : IObjective<Real>
{
    private readonly int[] faulty;
    private readonly bool inGradient;
    private Bowl bowl;

    public FaultyBowl(bool inGradient, params int[] faultyEvaluations)
    {
        faulty = faultyEvaluations;
        this.inGradient = inGradient;
    }

    public int Evaluations { get; private set; }

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real value = bowl.Evaluate(x, gradient);
        bool fault = Array.IndexOf(faulty, Evaluations++) >= 0;
        if (fault && inGradient)
            gradient[gradient.Length - 1] = Real.PositiveInfinity;
        return fault && !inGradient ? Real.NaN : value;
    }
}

/// <summary>A constant function: value 3, gradient 0 everywhere.</summary>
public struct Plateau : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        gradient.Clear();
        return 3;
    }
}
