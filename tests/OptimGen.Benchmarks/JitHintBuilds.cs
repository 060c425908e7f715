using BenchmarkDotNet.Jobs;

namespace OptimGen.Benchmarks;

/// <summary>
/// Jobs that build OptimGen with other JIT hints than the shipped ones (src/OptimGen/Kernels/JitHints.cs), through
/// the benchmark-only MSBuild property <c>OptimGenJitHints</c>. The property reaches every project of the build, so the
/// runtime, the built-in optimizers and their generated loops all follow it.
/// </summary>
internal static class JitHintBuilds
{
    public static Job WithoutHints(Job job) => job.WithArguments([new MsBuildArgument("/p:OptimGenJitHints=None")]);

    public static Job KernelsAndScanLoop(Job job) => job.WithArguments([new MsBuildArgument("/p:OptimGenJitHints=KernelsAndScanLoop")]);
}
