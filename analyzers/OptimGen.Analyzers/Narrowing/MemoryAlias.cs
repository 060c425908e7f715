using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Library calls of low-level (SIMD-style) code that return a reference or a span into the memory their first
/// argument designates, so that a write through the result is a write there:
/// <c>MemoryMarshal.GetArrayDataReference(array)</c> and <c>GetReference(span)</c> (the first element of a view),
/// <c>Unsafe.Add/Subtract(ref r, i)</c> and their byte-offset forms (another element next to <c>r</c>), <c>Unsafe.As&lt;TFrom, TTo&gt;(ref r)</c>
/// and <c>Unsafe.AsRef(in r)</c> (<c>r</c> itself), <c>MemoryMarshal.CreateSpan(ref r, n)</c> (a view starting at <c>r</c>), and
/// <c>MemoryMarshal.Cast</c>/<c>AsBytes</c> of a span (the same elements, reinterpreted).
/// </summary>
/// <param name="Source">The argument whose memory the result aliases.</param>
/// <param name="SourceIsView">Whether <paramref name="Source"/> is an array or span (its elements are aliased) or a reference.</param>
internal sealed record MemoryAlias(IOperation Source, bool SourceIsView)
{
    public static MemoryAlias? Recognize(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (!method.IsStatic || invocation.Arguments.Length == 0 || method.ContainingType is not { } type)
            return null;
        string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        IOperation first = invocation.Arguments[0].Value;
        if (ns == "System.Runtime.InteropServices" && type.Name == "MemoryMarshal")
        {
            return method.Name switch
            {
                "GetArrayDataReference" or "GetReference" => new MemoryAlias(first, SourceIsView: true),
                "CreateSpan" => new MemoryAlias(first, SourceIsView: false),
                // A reinterpreting view of the same elements: `MemoryMarshal.Cast<Integer, int>(ring)[0] = steps` writes 32 bits into a 64-bit slot.
                "Cast" or "AsBytes" => new MemoryAlias(first, SourceIsView: true),
                _ => null,
            };
        }

        return ns == "System.Runtime.CompilerServices" && type.Name == "Unsafe"
               && method.Name is "Add" or "Subtract" or "AddByteOffset" or "SubtractByteOffset" or "As" or "AsRef" && method.ReturnsByRef
            ? new MemoryAlias(first, SourceIsView: false)
            : null;
    }
}
