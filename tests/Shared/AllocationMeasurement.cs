using System;

namespace OptimGen.Testing;

/// <summary>
/// Measures what code allocates on the current thread. The runtime itself now and then allocates a few bytes
/// on a thread once (tiered compilation finishing a method, a type's first use); an allocation per step shows
/// in every measurement, such a one-off in one. So a check repeats its measurement a few times and keeps the
/// first that meets the expectation: it still fails whenever the code under test allocates.
/// </summary>
internal static class AllocationMeasurement
{
    /// <summary>The bytes <paramref name="action"/> allocates on this thread.</summary>
    public static long Bytes(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <returns>The first of up to <paramref name="attempts"/> measurements equal to <paramref name="expected"/>, else the last.</returns>
    public static long Settled(Func<long> measure, long expected, int attempts = 3)
    {
        long measured = measure();
        for (int attempt = 1; attempt < attempts && measured != expected; attempt++)
            measured = measure();
        return measured;
    }
}
