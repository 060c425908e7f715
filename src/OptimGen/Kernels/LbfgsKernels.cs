using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OptimGen;

/// <summary>
/// Fused single-pass vector loops for L-BFGS. At large n a step is bound by memory traffic, not arithmetic: each
/// loop here does in one pass what separate subtract, copy, axpy and dot calls would do in two to five, and the
/// two-loop recursion then reads every stored pair twice per step and nothing more. Generic in the element type,
/// so the built-in <c>Lbfgs</c> calls them with <c>Real</c> in either precision mode.
/// </summary>
internal static class LbfgsKernels
{
    /// <summary><c>destination = scale * (source + alpha * y)</c>, returning <c>next · destination</c>.</summary>
    /// <remarks><paramref name="destination"/> may be <paramref name="source"/>.</remarks>
    /// <param name="source">The vector the correction is added to.</param>
    /// <param name="alpha">The coefficient of <paramref name="y"/>.</param>
    /// <param name="y">The correction.</param>
    /// <param name="scale">The factor applied to the sum.</param>
    /// <param name="destination">Receives the result.</param>
    /// <param name="next">The vector the result is dotted with.</param>
    /// <exception cref="ArgumentException">The spans' lengths differ.</exception>
    [MethodImpl(JitHints.Kernel)]
    public static T CombineThenDot<T>(ReadOnlySpan<T> source, T alpha, ReadOnlySpan<T> y, T scale, Span<T> destination, ReadOnlySpan<T> next)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = RequireLength(source.Length, y.Length, destination.Length, next.Length);
        ReadOnlySpan<Vector<T>> sourceVectors = MemoryMarshal.Cast<T, Vector<T>>(source.Slice(0, n));
        ReadOnlySpan<Vector<T>> yVectors = MemoryMarshal.Cast<T, Vector<T>>(y.Slice(0, n));
        Span<Vector<T>> destinationVectors = MemoryMarshal.Cast<T, Vector<T>>(destination.Slice(0, n));
        ReadOnlySpan<Vector<T>> nextVectors = MemoryMarshal.Cast<T, Vector<T>>(next.Slice(0, n));
        var alphas = new Vector<T>(alpha);
        var scales = new Vector<T>(scale);

        // Four independent sums: one would chain every addition to the previous one and leave the loop waiting on
        // the adder's latency rather than on memory.
        Vector<T> sum0 = Vector<T>.Zero, sum1 = Vector<T>.Zero, sum2 = Vector<T>.Zero, sum3 = Vector<T>.Zero;
        int i = 0;
        for (; i + 4 <= sourceVectors.Length; i += 4)
        {
            Vector<T> combined0 = (sourceVectors[i] + alphas * yVectors[i]) * scales;
            Vector<T> combined1 = (sourceVectors[i + 1] + alphas * yVectors[i + 1]) * scales;
            Vector<T> combined2 = (sourceVectors[i + 2] + alphas * yVectors[i + 2]) * scales;
            Vector<T> combined3 = (sourceVectors[i + 3] + alphas * yVectors[i + 3]) * scales;
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
            Vector<T> combined = (sourceVectors[i] + alphas * yVectors[i]) * scales;
            destinationVectors[i] = combined;
            sum0 += nextVectors[i] * combined;
        }

        T dot = Vector.Sum((sum0 + sum1) + (sum2 + sum3));
        for (int j = sourceVectors.Length * Vector<T>.Count; j < n; j++)
        {
            T combined = (source[j] + alpha * y[j]) * scale;
            destination[j] = combined;
            dot += next[j] * combined;
        }

        return dot;
    }

    /// <summary>
    /// The curvature pair of a step in one pass: <c>s = x - previousX</c>, <c>y = g - previousG</c>, then
    /// <c>previousX = x</c> and <c>previousG = g</c>; returns <c>s · y</c> and <c>y · y</c>.
    /// </summary>
    /// <param name="x">The new parameters.</param>
    /// <param name="g">The new gradient.</param>
    /// <param name="previousX">The previous parameters, overwritten with <paramref name="x"/>.</param>
    /// <param name="previousG">The previous gradient, overwritten with <paramref name="g"/>.</param>
    /// <param name="s">Receives the parameter difference.</param>
    /// <param name="y">Receives the gradient difference.</param>
    /// <exception cref="ArgumentException">The spans' lengths differ.</exception>
    [MethodImpl(JitHints.Kernel)]
    public static (T Sy, T Yy) CurvaturePair<T>(
        ReadOnlySpan<T> x, ReadOnlySpan<T> g, Span<T> previousX, Span<T> previousG, Span<T> s, Span<T> y)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = RequireLength(x.Length, g.Length, previousX.Length, previousG.Length);
        RequireLength(n, s.Length, y.Length, n);
        ReadOnlySpan<Vector<T>> xVectors = MemoryMarshal.Cast<T, Vector<T>>(x);
        ReadOnlySpan<Vector<T>> gVectors = MemoryMarshal.Cast<T, Vector<T>>(g);
        Span<Vector<T>> previousXVectors = MemoryMarshal.Cast<T, Vector<T>>(previousX);
        Span<Vector<T>> previousGVectors = MemoryMarshal.Cast<T, Vector<T>>(previousG);
        Span<Vector<T>> sVectors = MemoryMarshal.Cast<T, Vector<T>>(s);
        Span<Vector<T>> yVectors = MemoryMarshal.Cast<T, Vector<T>>(y);
        // Two vectors per iteration, so that each sum has two independent chains of additions.
        Vector<T> sy0 = Vector<T>.Zero, yy0 = Vector<T>.Zero, sy1 = Vector<T>.Zero, yy1 = Vector<T>.Zero;
        int i = 0;
        for (; i + 2 <= xVectors.Length; i += 2)
        {
            Vector<T> step0 = xVectors[i] - previousXVectors[i], step1 = xVectors[i + 1] - previousXVectors[i + 1];
            Vector<T> change0 = gVectors[i] - previousGVectors[i], change1 = gVectors[i + 1] - previousGVectors[i + 1];
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
            Vector<T> step = xVectors[i] - previousXVectors[i];
            Vector<T> change = gVectors[i] - previousGVectors[i];
            sVectors[i] = step;
            yVectors[i] = change;
            previousXVectors[i] = xVectors[i];
            previousGVectors[i] = gVectors[i];
            sy0 += step * change;
            yy0 += change * change;
        }

        T syTotal = Vector.Sum(sy0 + sy1), yyTotal = Vector.Sum(yy0 + yy1);
        for (int j = xVectors.Length * Vector<T>.Count; j < n; j++)
        {
            T step = x[j] - previousX[j], change = g[j] - previousG[j];
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
    /// <param name="x">The point the search starts from.</param>
    /// <param name="stepsize">The trial step size <c>t</c>.</param>
    /// <param name="direction">The search direction <c>d</c>.</param>
    /// <param name="update">Receives <c>t * d</c>.</param>
    /// <param name="candidate">Receives <c>x + update</c>.</param>
    /// <exception cref="ArgumentException">The spans' lengths differ.</exception>
    [MethodImpl(JitHints.Kernel)]
    public static void MoveAlong<T>(ReadOnlySpan<T> x, T stepsize, ReadOnlySpan<T> direction, Span<T> update, Span<T> candidate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = RequireLength(x.Length, direction.Length, update.Length, candidate.Length);
        ReadOnlySpan<Vector<T>> xVectors = MemoryMarshal.Cast<T, Vector<T>>(x);
        ReadOnlySpan<Vector<T>> directionVectors = MemoryMarshal.Cast<T, Vector<T>>(direction);
        Span<Vector<T>> updateVectors = MemoryMarshal.Cast<T, Vector<T>>(update);
        Span<Vector<T>> candidateVectors = MemoryMarshal.Cast<T, Vector<T>>(candidate);
        var steps = new Vector<T>(stepsize);
        for (int i = 0; i < xVectors.Length; i++)
        {
            Vector<T> step = steps * directionVectors[i];
            updateVectors[i] = step;
            candidateVectors[i] = xVectors[i] + step;
        }

        for (int i = xVectors.Length * Vector<T>.Count; i < n; i++)
        {
            T step = stepsize * direction[i];
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
