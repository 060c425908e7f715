using System;
using System.Numerics;
using System.Runtime.InteropServices;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// Fused single-pass vector loops for L-BFGS. At large n a step is bound by memory traffic, not arithmetic: each
/// loop here does in one pass what separate subtract, copy, axpy and dot calls would do in two to five, and the
/// two-loop recursion then reads every stored pair twice per step and nothing more.
/// </summary>
internal static class LbfgsKernels
{
    /// <summary><c>destination = scale * (source + alpha * y)</c>, returning <c>next · destination</c>.</summary>
    /// <remarks><paramref name="destination"/> may be <paramref name="source"/>.</remarks>
    public static Real CombineThenDot(ReadOnlySpan<Real> source, Real alpha, ReadOnlySpan<Real> y, Real scale, Span<Real> destination, ReadOnlySpan<Real> next)
    {
        int n = RequireLength(source.Length, y.Length, destination.Length, next.Length);
        ReadOnlySpan<Vector<Real>> sourceVectors = MemoryMarshal.Cast<Real, Vector<Real>>(source.Slice(0, n));
        ReadOnlySpan<Vector<Real>> yVectors = MemoryMarshal.Cast<Real, Vector<Real>>(y.Slice(0, n));
        Span<Vector<Real>> destinationVectors = MemoryMarshal.Cast<Real, Vector<Real>>(destination.Slice(0, n));
        ReadOnlySpan<Vector<Real>> nextVectors = MemoryMarshal.Cast<Real, Vector<Real>>(next.Slice(0, n));
        var alphas = new Vector<Real>(alpha);
        var scales = new Vector<Real>(scale);

        // Four independent sums: one would chain every addition to the previous one and leave the loop waiting on
        // the adder's latency rather than on memory.
        Vector<Real> sum0 = Vector<Real>.Zero, sum1 = Vector<Real>.Zero, sum2 = Vector<Real>.Zero, sum3 = Vector<Real>.Zero;
        int i = 0;
        for (; i + 4 <= sourceVectors.Length; i += 4)
        {
            Vector<Real> combined0 = (sourceVectors[i] + alphas * yVectors[i]) * scales;
            Vector<Real> combined1 = (sourceVectors[i + 1] + alphas * yVectors[i + 1]) * scales;
            Vector<Real> combined2 = (sourceVectors[i + 2] + alphas * yVectors[i + 2]) * scales;
            Vector<Real> combined3 = (sourceVectors[i + 3] + alphas * yVectors[i + 3]) * scales;
            destinationVectors[i] = combined0;
            destinationVectors[i + 1] = combined1;
            destinationVectors[i + 2] = combined2;
            destinationVectors[i + 3] = combined3;
            sum0 += nextVectors[i] * combined0;
            sum1 += nextVectors[i + 1] * combined1;
            sum2 += nextVectors[i + 2] * combined2;
            sum3 += nextVectors[i + 3] * combined3;
        }

        for (; i < sourceVectors.Length; i++)
        {
            Vector<Real> combined = (sourceVectors[i] + alphas * yVectors[i]) * scales;
            destinationVectors[i] = combined;
            sum0 += nextVectors[i] * combined;
        }

        Real dot = Vector.Sum((sum0 + sum1) + (sum2 + sum3));
        for (int j = sourceVectors.Length * Vector<Real>.Count; j < n; j++)
        {
            Real combined = (source[j] + alpha * y[j]) * scale;
            destination[j] = combined;
            dot += next[j] * combined;
        }

        return dot;
    }

    /// <summary>
    /// The curvature pair of a step in one pass: <c>s = x - previousX</c>, <c>y = g - previousG</c>, then
    /// <c>previousX = x</c> and <c>previousG = g</c>; returns <c>s · y</c> and <c>y · y</c>.
    /// </summary>
    public static (Real Sy, Real Yy) CurvaturePair(
        ReadOnlySpan<Real> x, ReadOnlySpan<Real> g, Span<Real> previousX, Span<Real> previousG, Span<Real> s, Span<Real> y)
    {
        int n = RequireLength(x.Length, g.Length, previousX.Length, previousG.Length);
        RequireLength(n, s.Length, y.Length, n);
        ReadOnlySpan<Vector<Real>> xVectors = MemoryMarshal.Cast<Real, Vector<Real>>(x);
        ReadOnlySpan<Vector<Real>> gVectors = MemoryMarshal.Cast<Real, Vector<Real>>(g);
        Span<Vector<Real>> previousXVectors = MemoryMarshal.Cast<Real, Vector<Real>>(previousX);
        Span<Vector<Real>> previousGVectors = MemoryMarshal.Cast<Real, Vector<Real>>(previousG);
        Span<Vector<Real>> sVectors = MemoryMarshal.Cast<Real, Vector<Real>>(s);
        Span<Vector<Real>> yVectors = MemoryMarshal.Cast<Real, Vector<Real>>(y);
        // Two vectors per iteration, so that each sum has two independent chains of additions.
        Vector<Real> sy0 = Vector<Real>.Zero, yy0 = Vector<Real>.Zero, sy1 = Vector<Real>.Zero, yy1 = Vector<Real>.Zero;
        int i = 0;
        for (; i + 2 <= xVectors.Length; i += 2)
        {
            Vector<Real> step0 = xVectors[i] - previousXVectors[i], step1 = xVectors[i + 1] - previousXVectors[i + 1];
            Vector<Real> change0 = gVectors[i] - previousGVectors[i], change1 = gVectors[i + 1] - previousGVectors[i + 1];
            sVectors[i] = step0;
            sVectors[i + 1] = step1;
            yVectors[i] = change0;
            yVectors[i + 1] = change1;
            previousXVectors[i] = xVectors[i];
            previousXVectors[i + 1] = xVectors[i + 1];
            previousGVectors[i] = gVectors[i];
            previousGVectors[i + 1] = gVectors[i + 1];
            sy0 += step0 * change0;
            sy1 += step1 * change1;
            yy0 += change0 * change0;
            yy1 += change1 * change1;
        }

        for (; i < xVectors.Length; i++)
        {
            Vector<Real> step = xVectors[i] - previousXVectors[i];
            Vector<Real> change = gVectors[i] - previousGVectors[i];
            sVectors[i] = step;
            yVectors[i] = change;
            previousXVectors[i] = xVectors[i];
            previousGVectors[i] = gVectors[i];
            sy0 += step * change;
            yy0 += change * change;
        }

        Real syTotal = Vector.Sum(sy0 + sy1), yyTotal = Vector.Sum(yy0 + yy1);
        for (int j = xVectors.Length * Vector<Real>.Count; j < n; j++)
        {
            Real step = x[j] - previousX[j], change = g[j] - previousG[j];
            s[j] = step;
            y[j] = change;
            previousX[j] = x[j];
            previousG[j] = g[j];
            syTotal += step * change;
            yyTotal += change * change;
        }

        return (syTotal, yyTotal);
    }

    /// <summary>
    /// A line-search trial point in one pass: <c>update = t * d</c>, then <c>candidate = x + update</c>, the same two
    /// roundings as the generated <c>Scan</c>'s <c>x += update</c>.
    /// </summary>
    public static void MoveAlong(ReadOnlySpan<Real> x, Real stepsize, ReadOnlySpan<Real> direction, Span<Real> update, Span<Real> candidate)
    {
        int n = RequireLength(x.Length, direction.Length, update.Length, candidate.Length);
        ReadOnlySpan<Vector<Real>> xVectors = MemoryMarshal.Cast<Real, Vector<Real>>(x);
        ReadOnlySpan<Vector<Real>> directionVectors = MemoryMarshal.Cast<Real, Vector<Real>>(direction);
        Span<Vector<Real>> updateVectors = MemoryMarshal.Cast<Real, Vector<Real>>(update);
        Span<Vector<Real>> candidateVectors = MemoryMarshal.Cast<Real, Vector<Real>>(candidate);
        var steps = new Vector<Real>(stepsize);
        for (int i = 0; i < xVectors.Length; i++)
        {
            Vector<Real> step = steps * directionVectors[i];
            updateVectors[i] = step;
            candidateVectors[i] = xVectors[i] + step;
        }

        for (int i = xVectors.Length * Vector<Real>.Count; i < n; i++)
        {
            Real step = stepsize * direction[i];
            update[i] = step;
            candidate[i] = x[i] + step;
        }
    }

    private static int RequireLength(int expected, int second, int third, int fourth)
    {
        if (second != expected || third != expected || fourth != expected)
            throw new ArgumentException($"Vectors of lengths {expected}, {second}, {third} and {fourth} cannot be combined.");
        return expected;
    }
}
