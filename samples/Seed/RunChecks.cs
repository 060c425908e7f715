using System;
using System.IO;

namespace Seed;

/// <summary>
/// What the demo checks before it starts the run, so that a mistake costs one clear line instead of a crash
/// after the whole run: the plot file can be written, and the L-BFGS state fits in memory.
/// </summary>
internal static class RunChecks
{
    /// <summary>L-BFGS keeps 2 x MemorySize (10) rows of n values plus 8 vectors of n, and Scan rents 2 more.</summary>
    private const int VectorsPerParameter = 2 * 10 + 8 + 2;

    /// <returns>null when the run can go ahead; otherwise the one-line reason it cannot.</returns>
    public static string? Problem(SeedOptions options)
    {
        int bytesPerValue = options.Precision == "single" ? sizeof(float) : sizeof(double);
        double needed = (double)options.Size * VectorsPerParameter * bytesPerValue;
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if ((long)options.Size * 10 > Array.MaxLength || needed > 0.8 * available)
            return $"--size {options.Size:N0} needs about {Gigabytes(needed)} for the L-BFGS state; {Gigabytes(available)} are available";
        return PlotProblem(options.PlotPath);
    }

    private static string? PlotProblem(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"--plot '{path}' is not a valid path";
        }

        if (Directory.Exists(full))
            return $"--plot '{path}' is a folder; give a file name such as '{Path.Combine(path, "seed-convergence.png")}'";
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
            return $"--plot '{path}': the folder '{folder}' does not exist";

        bool existed = File.Exists(full);
        try
        {
            using (new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write))
            {
            }

            if (!existed)
                File.Delete(full);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"--plot '{path}' cannot be written: {error.Message}";
        }
    }

    private static string Gigabytes(double bytes) => $"{bytes / (1L << 30):0.0} GiB";
}
