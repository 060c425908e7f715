using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OptimGen;

/// <summary>
/// Whether numbers are finite: the guard the generated <c>Scan</c> applies to every value, gradient and update,
/// and the one to apply around <c>Step</c> in a loop of your own (docs/spec.md, "Non-finite values").
/// </summary>
public static class FiniteCheck
{
    /// <summary>Whether no element of <paramref name="values"/> is NaN or infinite (true for an empty span).</summary>
    [MethodImpl(JitHints.Kernel)]
    public static bool AllFinite<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // x * 0 is 0 for every finite x and NaN for NaN and the infinities, so one sum of products tells.
        ReadOnlySpan<Vector<T>> vectors = MemoryMarshal.Cast<T, Vector<T>>(values);
        Vector<T> probe0 = Vector<T>.Zero, probe1 = Vector<T>.Zero;
        int i = 0;
        for (; i + 2 <= vectors.Length; i += 2)
        {
            probe0 += vectors[i] * Vector<T>.Zero;
            probe1 += vectors[i + 1] * Vector<T>.Zero;
        }

        if (i < vectors.Length)
            probe0 += vectors[i] * Vector<T>.Zero;
        T sum = Vector.Sum(probe0 + probe1);
        for (int j = vectors.Length * Vector<T>.Count; j < values.Length; j++)
            sum += values[j] * T.Zero;
        return T.IsFinite(sum);
    }
}
