using System;
using OptimGen;

namespace OptimGen.LbfgsbTests.Problems;

// The bound-constrained problems of Hock and Schittkowski, "Test Examples for Nonlinear Programming Codes" (1981), with
// their standard starts and published solutions.

/// <summary>HS 1: Rosenbrock with x2 &gt;= -1.5 (inactive at the solution (1, 1)).</summary>
public sealed class Hs001 : BoundedProblem
{
    public override string Name => "hs001";
    public override Real[] Start() => new Real[] { -2, 1 };
    public override Real[] Lower() => new Real[] { Real.NegativeInfinity, (Real)(-1.5) };
    public override Real[] Upper() => Filled(2, Real.PositiveInfinity);
    public override double[] Solution => new[] { 1.0, 1.0 };
    public override double? OptimalValue => 0;
    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g) => Rosenbrock2.Evaluate(x, g);
}

/// <summary>
/// HS 2: Rosenbrock with x2 &gt;= 1.5, solution (1.2243707487363527, 1.5), f = 0.0504261879. From the standard start,
/// projected to (-2, 1.5), L-BFGS-B (scipy's and this one) ends at the local minimizer (-1.2210262, 1.5), f = 4.9412293,
/// so the problem takes part only in the comparison with scipy, which checks that both end there.
/// </summary>
public sealed class Hs002 : BoundedProblem
{
    public override string Name => "hs002";
    public override Real[] Start() => new Real[] { -2, 1 };
    public override Real[] Lower() => new Real[] { Real.NegativeInfinity, (Real)1.5 };
    public override Real[] Upper() => Filled(2, Real.PositiveInfinity);
    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g) => Rosenbrock2.Evaluate(x, g);
}

/// <summary>HS 3: <c>x2 + 1e-5 (x2 - x1)^2</c>, x2 &gt;= 0; solution (0, 0) with x2 active.</summary>
public sealed class Hs003 : BoundedProblem
{
    public override string Name => "hs003";
    public override Real[] Start() => new Real[] { 10, 1 };
    public override Real[] Lower() => new Real[] { Real.NegativeInfinity, 0 };
    public override Real[] Upper() => Filled(2, Real.PositiveInfinity);
    public override double[] Solution => new[] { 0.0, 0.0 };
    public override double? OptimalValue => 0;

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real difference = x[1] - x[0];
        g[0] = (Real)(-2e-5) * difference;
        g[1] = 1 + (Real)2e-5 * difference;
        return x[1] + (Real)1e-5 * difference * difference;
    }
}

/// <summary>HS 4: <c>(x1 + 1)^3 / 3 + x2</c>, x1 &gt;= 1, x2 &gt;= 0; solution (1, 0), both active, f = 8/3.</summary>
public sealed class Hs004 : BoundedProblem
{
    public override string Name => "hs004";
    public override Real[] Start() => new Real[] { (Real)1.125, (Real)0.125 };
    public override Real[] Lower() => new Real[] { 1, 0 };
    public override Real[] Upper() => Filled(2, Real.PositiveInfinity);
    public override double[] Solution => new[] { 1.0, 0.0 };
    public override double? OptimalValue => 8.0 / 3;

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real shifted = x[0] + 1;
        g[0] = shifted * shifted;
        g[1] = 1;
        return shifted * shifted * shifted / 3 + x[1];
    }
}

/// <summary>HS 5: <c>sin(x1 + x2) + (x1 - x2)^2 - 1.5 x1 + 2.5 x2 + 1</c> in [-1.5, 4] x [-3, 3]; interior solution.</summary>
public sealed class Hs005 : BoundedProblem
{
    public override string Name => "hs005";
    public override Real[] Start() => new Real[] { 0, 0 };
    public override Real[] Lower() => new Real[] { (Real)(-1.5), -3 };
    public override Real[] Upper() => new Real[] { 4, 3 };
    public override double[] Solution => new[] { -Math.PI / 3 + 0.5, -Math.PI / 3 - 0.5 };
    public override double? OptimalValue => -Math.Sqrt(3) / 2 - Math.PI / 3;

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real cosine = Real.Cos(x[0] + x[1]), difference = x[0] - x[1];
        g[0] = cosine + 2 * difference - (Real)1.5;
        g[1] = cosine - 2 * difference + (Real)2.5;
        return Real.Sin(x[0] + x[1]) + difference * difference - (Real)1.5 * x[0] + (Real)2.5 * x[1] + 1;
    }
}

/// <summary>HS 38: Colville's (Wood's) function in [-10, 10]^4; solution (1, 1, 1, 1).</summary>
public sealed class Hs038 : BoundedProblem
{
    public override string Name => "hs038";
    public override Real[] Start() => new Real[] { -3, -1, -3, -1 };
    public override Real[] Lower() => Filled(4, -10);
    public override Real[] Upper() => Filled(4, 10);
    public override double[] Solution => new[] { 1.0, 1, 1, 1 };
    public override double? OptimalValue => 0;

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real a = x[1] - x[0] * x[0], b = 1 - x[0], c = x[3] - x[2] * x[2], d = 1 - x[2];
        Real e = x[1] - 1, h = x[3] - 1;
        g[0] = -400 * x[0] * a - 2 * b;
        g[1] = 200 * a + (Real)20.2 * e + (Real)19.8 * h;
        g[2] = -360 * x[2] * c - 2 * d;
        g[3] = 180 * c + (Real)20.2 * h + (Real)19.8 * e;
        return 100 * a * a + b * b + 90 * c * c + d * d + (Real)10.1 * (e * e + h * h) + (Real)19.8 * e * h;
    }
}

/// <summary>HS 45: <c>2 - x1 x2 x3 x4 x5 / 120</c>, <c>0 &lt;= x_i &lt;= i</c>; solution (1, 2, 3, 4, 5), every upper bound active.</summary>
public sealed class Hs045 : BoundedProblem
{
    public override string Name => "hs045";
    public override Real[] Start() => Filled(5, 2);
    public override Real[] Lower() => Filled(5, 0);
    public override Real[] Upper() => new Real[] { 1, 2, 3, 4, 5 };
    public override double[] Solution => new[] { 1.0, 2, 3, 4, 5 };
    public override double? OptimalValue => 1;

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real product = x[0] * x[1] * x[2] * x[3] * x[4];
        for (int i = 0; i < 5; i++)
        {
            Real others = 1;
            for (int j = 0; j < 5; j++)
            {
                if (j != i)
                    others *= x[j];
            }

            g[i] = -others / 120;
        }

        return 2 - product / 120;
    }
}

/// <summary>HS 110: <c>sum(ln(x_i - 2)^2 + ln(10 - x_i)^2) - (prod x_i)^0.2</c>, 2.001 &lt;= x_i &lt;= 9.999; interior solution 9.35025655.</summary>
public sealed class Hs110 : BoundedProblem
{
    public override string Name => "hs110";
    public override Real[] Start() => Filled(10, 9);
    public override Real[] Lower() => Filled(10, (Real)2.001);
    public override Real[] Upper() => Filled(10, (Real)9.999);
    public override double[] Solution => Array.ConvertAll(new double[10], _ => 9.35025655);
    public override double? OptimalValue => -45.77846971;

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real sum = 0, logProduct = 0;
        for (int i = 0; i < 10; i++)
        {
            Real low = Real.Log(x[i] - 2), high = Real.Log(10 - x[i]);
            sum += low * low + high * high;
            logProduct += Real.Log(x[i]);
        }

        Real power = Real.Exp((Real)0.2 * logProduct);
        for (int i = 0; i < 10; i++)
            g[i] = 2 * Real.Log(x[i] - 2) / (x[i] - 2) - 2 * Real.Log(10 - x[i]) / (10 - x[i]) - (Real)0.2 * power / x[i];
        return sum - power;
    }
}

/// <summary>The two-variable Rosenbrock function, shared by HS 1, HS 2 and the cut-off Rosenbrock problem.</summary>
internal static class Rosenbrock2
{
    public static Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real a = x[1] - x[0] * x[0], b = 1 - x[0];
        g[0] = -400 * x[0] * a - 2 * b;
        g[1] = 200 * a;
        return 100 * a * a + b * b;
    }
}
