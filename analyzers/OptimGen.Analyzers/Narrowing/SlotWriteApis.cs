using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Library calls that store a value into a location or into every element of a view:
/// <c>Interlocked.Exchange/CompareExchange(ref slot, value)</c>, <c>Volatile.Write(ref slot, value)</c>,
/// <c>Array.Fill(slot, value)</c>, <c>span.Fill(value)</c>, <c>span.Replace(old, value)</c>, and copies (<c>CopyTo</c>, <c>TryCopyTo</c>,
/// <c>Array.Copy</c>, which converts <c>int</c> elements to <c>long</c> ones on the way, and <c>Buffer.BlockCopy</c>,
/// which copies their bytes, as <c>Buffer.MemoryCopy</c> and <c>Unsafe.CopyBlock</c> do between pointers).
/// </summary>
/// <param name="Destination">The location (<see cref="IsView"/> false) or the array/span (true) written.</param>
/// <param name="Value">The value stored, or the source of a copy.</param>
/// <param name="IsCopy">Whether <paramref name="Value"/> is a collection whose elements are stored.</param>
internal sealed record SlotWriteApi(IOperation Destination, bool IsView, IOperation Value, bool IsCopy)
{
    public static SlotWriteApi? Recognize(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        string ns = method.ContainingType?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        string type = method.ContainingType?.Name ?? string.Empty;
        switch (method.Name)
        {
            case "Exchange" or "CompareExchange" when ns == "System.Threading" && type == "Interlocked":
            case "Write" when ns == "System.Threading" && type == "Volatile":
                return Create(Argument(invocation, 0), isView: false, Argument(invocation, 1), isCopy: false);
            case "Fill" when ns == "System" && type == "Array":
                return Create(Argument(invocation, 0), isView: true, Argument(invocation, 1), isCopy: false);
            case "Fill" when invocation.Instance is { } span:
                return Create(span, isView: true, Argument(invocation, 0), isCopy: false);
            // `span.Replace(old, value)` stores `value` where it finds `old`; the four-argument form writes a destination span.
            case "Replace" when ns == "System" && type == "MemoryExtensions":
                return invocation.Arguments.Length == 3
                    ? Create(Argument(invocation, 0), isView: true, Argument(invocation, 2), isCopy: false)
                    : Create(Argument(invocation, 1), isView: true, Argument(invocation, 3), isCopy: false);
            case "Copy" or "ConstrainedCopy" when ns == "System" && type == "Array":
                return Create(Argument(invocation, invocation.Arguments.Length == 3 ? 1 : 2), isView: true, Argument(invocation, 0), isCopy: true);
            // A byte copy: the source's elements land in the slot's memory as they are, narrower ones in parts of its elements.
            case "BlockCopy" when ns == "System" && type == "Buffer":
                return Create(Argument(invocation, 2), isView: true, Argument(invocation, 0), isCopy: true);
            // The same between pointers: `Buffer.MemoryCopy(source, destination, ...)`, `Unsafe.CopyBlock(destination, source, n)`.
            case "MemoryCopy" when ns == "System" && type == "Buffer":
                return Create(Argument(invocation, 1), isView: true, Argument(invocation, 0), isCopy: true);
            case "CopyBlock" or "CopyBlockUnaligned" when ns == "System.Runtime.CompilerServices" && type == "Unsafe":
                return Create(Argument(invocation, 0), isView: true, Argument(invocation, 1), isCopy: true);
            case "CopyTo" or "TryCopyTo":
                return invocation.Instance is { } source
                    ? Create(Argument(invocation, 0), isView: true, source, isCopy: true)
                    : Create(Argument(invocation, 1), isView: true, Argument(invocation, 0), isCopy: true);
            default:
                return null;
        }
    }

    /// <summary>The element type of an array, span, memory or pointer, as written before implicit conversions (to <c>void*</c>).</summary>
    public static ITypeSymbol? ElementOf(IOperation collection) => collection.WithoutImplicitConversions().Type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        IPointerTypeSymbol { PointedAtType.SpecialType: not SpecialType.System_Void } pointer => pointer.PointedAtType,
        INamedTypeSymbol { Arity: 1, Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" } view => view.TypeArguments[0],
        _ => null,
    };

    private static SlotWriteApi? Create(IOperation? destination, bool isView, IOperation? value, bool isCopy) =>
        destination is null || value is null ? null : new SlotWriteApi(destination, isView, value, isCopy);

    private static IOperation? Argument(IInvocationOperation invocation, int ordinal)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
                return argument.Value;
        }

        return null;
    }
}
