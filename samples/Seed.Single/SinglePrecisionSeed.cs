using System;
using OptimGen;

namespace Seed;

/// <summary>The seed run as compiled in Single mode, for the Double-mode executable to call.</summary>
public static class SinglePrecisionSeed
{
    public static SeedReport Run(int size, int steps, IProgress<ScanProgress> progress) => SeedRun.Run(size, steps, progress);
}
