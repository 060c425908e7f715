using System;
using System.Linq;
using System.Reflection;

namespace OptimGen.Optimizers.Tests;

/// <summary>
/// The vector kernels carry <see cref="JitHints.Kernel"/>, the JIT hint FirstCallBenchmarks measured
/// (docs/performance.md): a kernel rewritten without the attribute fails here. (The generated loop's
/// <see cref="JitHints.ScanLoop"/> is in the generator snapshots.)
/// </summary>
public sealed class JitHintTests
{
    private const MethodImplAttributes HintBits = MethodImplAttributes.AggressiveOptimization | MethodImplAttributes.NoOptimization;

    public static TheoryData<string> Kernels() => new()
    {
        "LbfgsKernels.CombineThenDot",
        "LbfgsKernels.CurvaturePair",
        "LbfgsKernels.MoveAlong",
        "FiniteCheck.AllFinite",
        "FirstOrderKernels.Fuse",
    };

    [Theory]
    [MemberData(nameof(Kernels))]
    public void A_vector_kernel_carries_the_kernel_hint(string kernel)
    {
        string[] parts = kernel.Split('.');
        Type type = typeof(JitHints).Assembly.GetType("OptimGen." + parts[0], throwOnError: true)!;
        // Of FirstOrderKernels' two Fuse overloads, the one with the loop takes four state streams.
        MethodInfo method = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.Name == parts[1])
            .OrderByDescending(m => m.GetParameters().Length)
            .First();

        Assert.Equal((MethodImplAttributes)JitHints.Kernel, method.MethodImplementationFlags & HintBits);
    }
}
