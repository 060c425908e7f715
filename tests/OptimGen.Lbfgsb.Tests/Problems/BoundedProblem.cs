using System;
using OptimGen;

namespace OptimGen.LbfgsbTests.Problems;

/// <summary>
/// A bound-constrained test problem: objective, box, standard start, and what the literature knows of its solution.
/// <see cref="Name"/> is also the name scipy_reference.py knows it by, with the same definition.
/// </summary>
public abstract class BoundedProblem : IObjective<Real>
{
    /// <summary>The name shared with scipy_reference.py.</summary>
    public abstract string Name { get; }

    /// <summary>The arguments scipy_reference.py needs besides the name (grid sizes).</summary>
    public virtual string Arguments => "";

    public abstract Real[] Start();

    /// <summary>Lower bounds, -infinity where there is none.</summary>
    public abstract Real[] Lower();

    /// <summary>Upper bounds, +infinity where there is none.</summary>
    public abstract Real[] Upper();

    /// <summary>The known minimizer, when the literature gives one.</summary>
    public virtual double[]? Solution => null;

    /// <summary>How close to <see cref="Solution"/> a converged Double-mode run must end (inf-norm).</summary>
    public virtual double PointTolerance => 1e-4;

    /// <summary>The known minimum.</summary>
    public virtual double? OptimalValue => null;

    public abstract Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient);

    public override string ToString() => Name;

    protected static Real[] Filled(int n, Real value)
    {
        var array = new Real[n];
        Array.Fill(array, value);
        return array;
    }
}
