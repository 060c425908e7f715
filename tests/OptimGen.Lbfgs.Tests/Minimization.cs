using System;
using OptimGen;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsTests;

/// <summary>A run of the built-in L-BFGS through its generated <c>Scan</c> to a gradient tolerance.</summary>
internal sealed record Minimization(Real[] Point, ScanResult Result, Lbfgs.State State, int Evaluations)
{
    public static Minimization Run<TObjective>(TObjective objective, Real[] start, double gradientTolerance, int maxSteps = 2000, Lbfgs? lbfgs = null)
        where TObjective : IObjective<Real>
    {
        lbfgs ??= new Lbfgs();
        Real[] point = (Real[])start.Clone();
        Lbfgs.State state = lbfgs.Init(point);
        var counting = new CountingObjective<TObjective>(objective);
        ScanResult result = lbfgs.Scan(ref state, point, counting, maxSteps, new ScanOptions { GradientTolerance = gradientTolerance });
        return new Minimization(point, result, state, counting.Evaluations);
    }

    /// <summary>The largest distance, coordinate by coordinate, to <paramref name="expected"/>.</summary>
    public double DistanceTo(ReadOnlySpan<Real> expected)
    {
        double distance = 0;
        for (int i = 0; i < Point.Length; i++)
            distance = Math.Max(distance, Math.Abs((double)Point[i] - expected[i]));
        return distance;
    }
}
