using System;
using System.Threading;
using System.Threading.Tasks;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Starts an analyzer's once-per-compilation work on the thread pool at compilation start, so that it runs beside
/// the compiler's own pass instead of starting on the first callback that needs it (which holds up the driver's
/// threads waiting for it). The work must cache its result, or its failure, where the callbacks ask for it: an
/// exception here is left for them to observe and report.
/// </summary>
internal static class BackgroundStart
{
    public static void Run(Action work, CancellationToken cancellationToken) =>
        _ = Task.Run(() =>
        {
            try
            {
                work();
            }
            catch (Exception)
            {
                // Observed again, and reported, by the callback that asks for the result.
            }
        }, cancellationToken);
}
