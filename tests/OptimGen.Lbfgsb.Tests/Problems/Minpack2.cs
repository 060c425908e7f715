using System;
using OptimGen;

namespace OptimGen.LbfgsbTests.Problems;

/// <summary>
/// The MINPACK-2 finite-element problems on a rectangle (Averick, Carter, Moré and Xue, 1992): piecewise-linear <c>v</c>
/// on a uniform triangulation of an <c>nx x ny</c> interior grid, zero on the boundary,
/// <c>f(v) = 1/2 sum_T w_T |grad v|^2_T + sum_k b_k v_k</c>. Each grid square splits into a lower triangle (corner,
/// right and top neighbours) and an upper one (corner, left and bottom neighbours); the weight of a triangle depends
/// only on its column, so each problem is two weight tables and a linear term.
/// </summary>
public abstract class GridEnergy : BoundedProblem
{
    protected GridEnergy(int nx, int ny, double hx, double hy)
    {
        Nx = nx;
        Ny = ny;
        Hx = hx;
        Hy = hy;
    }

    protected int Nx { get; }
    protected int Ny { get; }
    protected double Hx { get; }
    protected double Hy { get; }

    public override string Arguments => $"{Nx} {Ny}";

    /// <summary>The weight of the lower triangle whose corner is in column <paramref name="i"/> (0..nx).</summary>
    protected abstract double LowerWeight(int i);

    /// <summary>The weight of the upper triangle whose corner is in column <paramref name="i"/> (1..nx+1).</summary>
    protected abstract double UpperWeight(int i);

    /// <summary>The coefficient of <c>v</c> at a node of column <paramref name="i"/> (1..nx).</summary>
    protected abstract double Linear(int i);

    public override Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
    {
        int nx = Nx, ny = Ny;
        Real hx = (Real)Hx, hy = (Real)Hy;
        g.Clear();
        Real quadratic = 0, linear = 0;
        for (int i = 0; i <= nx; i++)
        {
            Real weight = (Real)LowerWeight(i);
            for (int j = 0; j <= ny; j++)
            {
                Real v = At(x, i, j), right = At(x, i + 1, j), top = At(x, i, j + 1);
                Real dx = (right - v) / hx, dy = (top - v) / hy;
                quadratic += weight * (dx * dx + dy * dy);
                Add(g, i, j, -weight * (dx / hx + dy / hy));
                Add(g, i + 1, j, weight * dx / hx);
                Add(g, i, j + 1, weight * dy / hy);
            }
        }

        for (int i = 1; i <= nx + 1; i++)
        {
            Real weight = (Real)UpperWeight(i);
            for (int j = 1; j <= ny + 1; j++)
            {
                Real v = At(x, i, j), left = At(x, i - 1, j), bottom = At(x, i, j - 1);
                Real dx = (v - left) / hx, dy = (v - bottom) / hy;
                quadratic += weight * (dx * dx + dy * dy);
                Add(g, i, j, weight * (dx / hx + dy / hy));
                Add(g, i - 1, j, -weight * dx / hx);
                Add(g, i, j - 1, -weight * dy / hy);
            }
        }

        for (int i = 1; i <= nx; i++)
        {
            Real coefficient = (Real)Linear(i);
            for (int j = 1; j <= ny; j++)
            {
                linear += coefficient * x[Index(i, j)];
                g[Index(i, j)] += coefficient;
            }
        }

        return quadratic / 2 + linear;
    }

    private int Index(int i, int j) => (j - 1) * Nx + (i - 1);

    private bool Inside(int i, int j) => i >= 1 && i <= Nx && j >= 1 && j <= Ny;

    private Real At(ReadOnlySpan<Real> x, int i, int j) => Inside(i, j) ? x[Index(i, j)] : 0;

    private void Add(Span<Real> g, int i, int j, Real amount)
    {
        if (Inside(i, j))
            g[Index(i, j)] += amount;
    }
}

/// <summary>
/// MINPACK-2 elastic-plastic torsion (dtor) on the unit square with <c>c = 5</c>: <c>|v| &lt;= dist(., boundary)</c>, start at
/// the upper bound; the plastic region is where the bound is active.
/// </summary>
public sealed class Torsion : GridEnergy
{
    private const double C = 5;

    public Torsion(int nx, int ny) : base(nx, ny, 1.0 / (nx + 1), 1.0 / (ny + 1)) { }

    public override string Name => "torsion";
    protected override double LowerWeight(int i) => Hx * Hy / 2;
    protected override double UpperWeight(int i) => Hx * Hy / 2;
    protected override double Linear(int i) => -2 * C * Hx * Hy / 2;
    public override Real[] Start() => Upper();
    public override Real[] Lower() => Array.ConvertAll(Upper(), u => -u);

    public override Real[] Upper()
    {
        var upper = new Real[Nx * Ny];
        for (int j = 1; j <= Ny; j++)
        {
            double toEdgeY = Math.Min(j, Ny - j + 1) * Hy;
            for (int i = 1; i <= Nx; i++)
                upper[(j - 1) * Nx + i - 1] = (Real)Math.Min(Math.Min(i, Nx - i + 1) * Hx, toEdgeY);
        }

        return upper;
    }
}

/// <summary>
/// MINPACK-2 pressure in a journal bearing (dpjb) on <c>(0, 2 pi) x (0, 2b)</c>, <c>b = 10</c>, eccentricity 0.1:
/// weights from <c>(1 + e cos x)^3</c>, linear term <c>-e sin x</c>, <c>v &gt;= 0</c>, start <c>max(sin x, 0)</c>.
/// </summary>
public sealed class JournalBearing : GridEnergy
{
    private const double Eccentricity = 0.1;
    private const double HalfWidth = 10;

    public JournalBearing(int nx, int ny) : base(nx, ny, 2 * Math.PI / (nx + 1), 2 * HalfWidth / (ny + 1)) { }

    public override string Name => "bearing";
    private static double Thickness(double x) => Math.Pow(1 + Eccentricity * Math.Cos(x), 3);
    protected override double LowerWeight(int i) => Hx * Hy * (2 * Thickness(i * Hx) + Thickness((i + 1) * Hx)) / 6;
    protected override double UpperWeight(int i) => Hx * Hy * (2 * Thickness(i * Hx) + Thickness((i - 1) * Hx)) / 6;
    protected override double Linear(int i) => -Eccentricity * Hx * Hy * Math.Sin(i * Hx);
    public override Real[] Lower() => Filled(Nx * Ny, 0);
    public override Real[] Upper() => Filled(Nx * Ny, Real.PositiveInfinity);

    public override Real[] Start()
    {
        var start = new Real[Nx * Ny];
        for (int j = 1; j <= Ny; j++)
        {
            for (int i = 1; i <= Nx; i++)
                start[(j - 1) * Nx + i - 1] = (Real)Math.Max(Math.Sin(i * Hx), 0);
        }

        return start;
    }
}
