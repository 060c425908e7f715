using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// A binary min-heap of breakpoints (the step at which a coordinate of the projected steepest-descent path reaches its
/// bound), each with its coordinate, in two caller-owned arrays. The generalized Cauchy point usually stops after a few
/// breakpoints, so building the heap (linear time) and popping only those beats sorting all of them.
/// </summary>
internal static class BreakpointHeap
{
    /// <summary>Arranges the first <paramref name="count"/> entries into a heap.</summary>
    public static void Build(Span<Real> times, Span<int> coordinates, int count)
    {
        for (int parent = count / 2 - 1; parent >= 0; parent--)
            SiftDown(times, coordinates, count, parent);
    }

    /// <summary>Removes the earliest breakpoint from a heap of <paramref name="count"/> entries (which then holds one fewer).</summary>
    public static (Real Time, int Coordinate) Pop(Span<Real> times, Span<int> coordinates, int count)
    {
        (Real Time, int Coordinate) earliest = (times[0], coordinates[0]);
        int last = count - 1;
        times[0] = times[last];
        coordinates[0] = coordinates[last];
        SiftDown(times, coordinates, last, 0);
        return earliest;
    }

    private static void SiftDown(Span<Real> times, Span<int> coordinates, int count, int index)
    {
        Real time = times[index];
        int coordinate = coordinates[index];
        while (true)
        {
            int child = 2 * index + 1;
            if (child >= count)
                break;
            if (child + 1 < count && times[child + 1] < times[child])
                child++;
            if (!(times[child] < time))
                break;
            times[index] = times[child];
            coordinates[index] = coordinates[child];
            index = child;
        }

        times[index] = time;
        coordinates[index] = coordinate;
    }
}
