using BenchmarkDotNet.Running;

namespace OptimGen.Benchmarks;

/// <summary>Entry point: pick benchmarks with BenchmarkDotNet's usual arguments (--filter, --list flat, ...).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
