using System;
using OptimGen;

namespace OptimGen.LbfgsbTests.Problems;

/// <summary>
/// Rosenbrock in [-1.5, 0.5] x [-0.5, 1.5]: the box cuts off the unconstrained minimum (1, 1); the solution is
/// (0.5, 0.25) with x1 at its upper bound (there <c>df/dx1 = -1</c> pushes against it) and f = 0.25.
/// </summary>
public sealed class CutRosenbrock : BoundedProblem
{
    public override string Name => "rosenbrock-cut";
    public override Real[] Start() => new Real[] { (Real)(-1.2), 1 };
    public override Real[] Lower() => new Real[] { (Real)(-1.5), (Real)(-0.5) };
    public override Real[] Upper() => new Real[] { (Real)0.5, (Real)1.5 };
    public override double[] Solution => new[] { 0.5, 0.25 };
    public override double? OptimalValue => 0.25;
    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g) => Rosenbrock2.Evaluate(x, g);
}

/// <summary>
/// The problem of the L-BFGS-B distribution's driver1 (Zhu, Byrd, Lu and Nocedal 1997): <c>0.25 (x1 - 1)^2 + 4 sum (x_(i+1) - x_i^2)^2</c>,
/// odd coordinates in [1, 100], even ones in [-100, 100], start 3; solution all ones (odd coordinates at their lower bound), f = 0.
/// </summary>
public sealed class DriverProblem : BoundedProblem
{
    private readonly int n;

    public DriverProblem(int n) => this.n = n;

    public override string Name => "driver1";
    public override string Arguments => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public override Real[] Start() => Filled(n, 3);
    public override Real[] Lower()
    {
        var lower = new Real[n];
        for (int i = 0; i < n; i++)
            lower[i] = i % 2 == 0 ? 1 : -100;
        return lower;
    }

    public override Real[] Upper() => Filled(n, 100);
    public override double[] Solution => Array.ConvertAll(new double[n], _ => 1.0);
    public override double? OptimalValue => 0;

    /// <summary>
    /// None: along the chain <c>x_(i+1) = x_i^2</c> an error of e in x1 becomes about <c>2^i e</c>, so the last
    /// coordinates are barely determined by f (scipy's end point is as far from all ones); f and the bounds are checked.
    /// </summary>
    public override double PointTolerance => double.PositiveInfinity;

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real first = x[0] - 1;
        Real f = (Real)0.25 * first * first;
        g[0] = (Real)0.5 * first;
        for (int i = 1; i < x.Length; i++)
            g[i] = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            Real residual = x[i + 1] - x[i] * x[i];
            f += 4 * residual * residual;
            g[i + 1] += 8 * residual;
            g[i] -= 16 * x[i] * residual;
        }

        return f;
    }
}

/// <summary>
/// A diagonal quadratic <c>sum d_i (x_i - c_i)^2 / 2</c> in [0, 1]^n with curvatures from 1 to 1e3 and centres
/// <c>c_i = 2 sin(i + 1)</c>, many outside the box: the solution is the projection of c, with a known active set.
/// </summary>
public sealed class BoxQuadratic : BoundedProblem
{
    private readonly int n;

    public BoxQuadratic(int n) => this.n = n;

    public override string Name => "box-quadratic";
    public override string Arguments => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public override Real[] Start() => Filled(n, (Real)0.5);
    public override Real[] Lower() => Filled(n, 0);
    public override Real[] Upper() => Filled(n, 1);
    public override double[] Solution => Array.ConvertAll(Centres(), c => Math.Clamp(c, 0, 1));
    public override double? OptimalValue
    {
        get
        {
            double[] centres = Centres(), solution = Solution;
            double f = 0;
            for (int i = 0; i < n; i++)
                f += Curvature(i) * (solution[i] - centres[i]) * (solution[i] - centres[i]) / 2;
            return f;
        }
    }

    private double Curvature(int i) => Math.Pow(10, 3.0 * i / Math.Max(n - 1, 1));

    private double[] Centres()
    {
        var centres = new double[n];
        for (int i = 0; i < n; i++)
            centres[i] = 2 * Math.Sin(i + 1);
        return centres;
    }

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        Real f = 0;
        for (int i = 0; i < n; i++)
        {
            Real difference = x[i] - (Real)(2 * Math.Sin(i + 1));
            Real curvature = (Real)Curvature(i);
            g[i] = curvature * difference;
            f += curvature * difference * difference / 2;
        }

        return f;
    }
}
