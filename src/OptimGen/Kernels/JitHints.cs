using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace OptimGen;

/// <summary>
/// How the JIT compiles OptimGen's hot loops: the vector kernels carry <c>[MethodImpl(JitHints.Kernel)]</c> and the
/// generated <c>Scan</c> loop <c>[MethodImpl(JitHints.ScanLoop)]</c>. Constants, so that generated code takes the value
/// of the runtime it is compiled against.
/// </summary>
/// <remarks>
/// A method with a loop starts in tiered compilation's unoptimized first tier and is optimized only once it has been
/// called often enough or one call's loop ran long enough (on-stack replacement). A vector kernel unrolled over
/// 10^4 elements runs a few hundred iterations a call, so it stays unoptimized through a whole first minimisation;
/// <see cref="MethodImplOptions.AggressiveOptimization"/> compiles it optimized at its first call instead, at the
/// price of dynamic PGO for that method. The values below are what <c>FirstCallBenchmarks</c> measured
/// (docs/performance.md, "First call against warm call"): the hint pays on the kernels and costs on the generated
/// loop, whose extra compile time outweighs its few dozen unoptimized iterations.
/// The benchmark builds OptimGen with each choice through the MSBuild property <c>OptimGenJitHints</c>
/// (<c>None</c>, <c>KernelsAndScanLoop</c>; unset is the shipped choice), which exists for that measurement only.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JitHints
{
#if OPTIMGEN_JIT_HINTS_NONE
    /// <summary>No hint (benchmark-only build): kernels start unoptimized like any method with a loop.</summary>
    public const MethodImplOptions Kernel = 0;
#else
    /// <summary>The vector kernels are compiled optimized at their first call.</summary>
    public const MethodImplOptions Kernel = MethodImplOptions.AggressiveOptimization;
#endif

#if OPTIMGEN_JIT_HINT_SCAN_LOOP
    /// <summary>The generated loop is compiled optimized at its first call (benchmark-only build).</summary>
    public const MethodImplOptions ScanLoop = MethodImplOptions.AggressiveOptimization;
#else
    /// <summary>No hint: the generated loop is tiered like any method, its hot work being in the kernels it calls.</summary>
    public const MethodImplOptions ScanLoop = 0;
#endif
}
