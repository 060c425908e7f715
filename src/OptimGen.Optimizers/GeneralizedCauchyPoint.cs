using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// The generalized Cauchy point of L-BFGS-B (Byrd, Lu, Nocedal and Zhu 1995, section 4): the first local minimizer of
/// the quadratic model <c>m(z) = g'(z - x) + (z - x)'B(z - x)/2</c> along the projected steepest-descent path
/// <c>P(x - t g)</c>. The path is linear between breakpoints (where a coordinate reaches its bound); the search walks
/// the segments in order, updating the model's first and second derivative along each in <c>O(k^2)</c> per breakpoint
/// rather than <c>O(n)</c>, and stops inside the first segment whose minimizer lies before its end.
/// </summary>
/// <remarks>
/// Writes the point to <c>CauchyPoint</c>, <c>c = W'(z - x)</c> to <c>CauchyProduct</c> (the subspace minimization needs
/// it), and marks every coordinate that ends at a bound in <c>Where</c>.
/// </remarks>
internal static class GeneralizedCauchyPoint
{
    public static void Compute(Lbfgsb.State state, ReadOnlySpan<Real> x, ReadOnlySpan<Real> gradient, Real projectedGradientNorm, int memorySize)
    {
        int n = x.Length, pairs = state.StoredPairs;
        Span<Real> point = state.CauchyPoint, path = state.Direction;
        Span<int> where = state.Where;
        ReadOnlySpan<Real> lower = state.Lower, upper = state.Upper;
        Span<Real> times = state.Breakpoints;
        Span<int> coordinates = state.BreakpointCoordinates;
        Span<Real> p = state.PathProduct.AsSpan(0, 2 * pairs), c = state.CauchyProduct.AsSpan(0, 2 * pairs);
        Span<Real> row = state.WRow.AsSpan(0, 2 * pairs), middleTimesRow = state.MiddleTimesRow.AsSpan(0, 2 * pairs);
        Real theta = state.HessianScale;
        x.CopyTo(point);
        c.Clear();
        if (projectedGradientNorm <= 0)
        {
            path.Clear();
            return;
        }

        // The path's direction d = -g on the coordinates that can move, its breakpoints, and f1 = g'd.
        Real slope = 0;
        int breakpointCount = 0;
        bool boundedPath = true, moves = false;
        for (int i = 0; i < n; i++)
        {
            Real negativeGradient = -gradient[i];
            if (where[i] != VariableStatus.Fixed && where[i] != VariableStatus.Unbounded)
            {
                bool atLower = x[i] - lower[i] <= 0, atUpper = upper[i] - x[i] <= 0;
                where[i] = VariableStatus.Free;
                if (atLower)
                {
                    if (negativeGradient <= 0)
                        where[i] = VariableStatus.AtLower;
                }
                else if (atUpper)
                {
                    if (negativeGradient >= 0)
                        where[i] = VariableStatus.AtUpper;
                }
                else if (negativeGradient == 0)
                {
                    where[i] = VariableStatus.ZeroGradient;
                }
            }

            if (where[i] != VariableStatus.Free && where[i] != VariableStatus.Unbounded)
            {
                path[i] = 0;
                continue;
            }

            path[i] = negativeGradient;
            slope -= negativeGradient * negativeGradient;
            if (negativeGradient < 0 && Real.IsFinite(lower[i]))
            {
                times[breakpointCount] = (x[i] - lower[i]) / -negativeGradient;
                coordinates[breakpointCount++] = i;
                moves = true;
            }
            else if (negativeGradient > 0 && Real.IsFinite(upper[i]))
            {
                times[breakpointCount] = (upper[i] - x[i]) / negativeGradient;
                coordinates[breakpointCount++] = i;
                moves = true;
            }
            else if (negativeGradient != 0)
            {
                boundedPath = false;
                moves = true;
            }
        }

        if (!moves)
            return;

        // f2 = d'B d = theta d'd - p'M p with p = W'd.
        Real curvature = -theta * slope;
        if (pairs > 0)
        {
            CompactLbfgsMatrix.MultiplyTransposed(state, path, p, memorySize);
            CompactLbfgsMatrix.ApplyMiddle(state, p, middleTimesRow, memorySize);
            curvature -= Kernels.Dot<Real>(p, middleTimesRow);
        }

        Real minimumCurvature = (Real.BitIncrement(1) - 1) * curvature;
        Real toMinimum = -slope / curvature;
        Real travelled = 0, segmentStart = 0;
        int remaining = breakpointCount;
        BreakpointHeap.Build(times, coordinates, breakpointCount);
        while (remaining > 0)
        {
            (Real breakpoint, int coordinate) = BreakpointHeap.Pop(times, coordinates, remaining);
            remaining--;
            Real segment = breakpoint - segmentStart;
            segmentStart = breakpoint;
            if (toMinimum < segment)
                break;

            // The minimizer lies beyond this breakpoint: fix the coordinate at its bound and update f1, f2 for the next segment.
            travelled += segment;
            toMinimum = 0;
            Real component = path[coordinate];
            path[coordinate] = 0;
            Real distance;
            if (component > 0)
            {
                distance = upper[coordinate] - x[coordinate];
                point[coordinate] = upper[coordinate];
                where[coordinate] = VariableStatus.AtUpper;
            }
            else
            {
                distance = lower[coordinate] - x[coordinate];
                point[coordinate] = lower[coordinate];
                where[coordinate] = VariableStatus.AtLower;
            }

            if (remaining == 0 && breakpointCount == n)
            {
                // Every coordinate is at a bound: the path ends here.
                if (pairs > 0)
                    Kernels.Axpy<Real>(segment, p, c);
                return;
            }

            Real squared = component * component;
            slope += segment * curvature + squared - theta * component * distance;
            curvature -= theta * squared;
            if (pairs > 0)
            {
                Kernels.Axpy<Real>(segment, p, c);
                CompactLbfgsMatrix.RowOfW(state, coordinate, row, memorySize);
                CompactLbfgsMatrix.ApplyMiddle(state, row, middleTimesRow, memorySize);
                Real rowMc = Kernels.Dot<Real>(c, middleTimesRow);
                Real rowMp = Kernels.Dot<Real>(p, middleTimesRow);
                Real rowMrow = Kernels.Dot<Real>(row, middleTimesRow);
                Kernels.Axpy<Real>(-component, row, p);
                slope += component * rowMc;
                curvature += 2 * component * rowMp - squared * rowMrow;
            }

            curvature = Real.Max(minimumCurvature, curvature);
            if (remaining > 0)
            {
                toMinimum = -slope / curvature;
            }
            else
            {
                toMinimum = boundedPath ? 0 : -slope / curvature;
            }
        }

        toMinimum = Real.Max(toMinimum, 0);
        travelled += toMinimum;
        Kernels.Axpy<Real>(travelled, path, point);
        if (pairs > 0)
            Kernels.Axpy<Real>(toMinimum, p, c);
    }
}
