using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Counts of bits, whose range is set by the width of the value they count: <c>long.Log2(x)</c> lies in [0, 63] (a
/// negative <c>x</c> throws), <c>PopCount</c>, <c>LeadingZeroCount</c> and <c>TrailingZeroCount</c> in [0, 64], of the
/// integral types' static math and of <c>System.Numerics.BitOperations</c>. <c>(int)long.Log2(state.Count)</c> fits.
/// </summary>
internal static class BitCounts
{
    public static ValueInterval? Of(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (!method.IsStatic || method.Parameters.Length != 1 || !IsBitCountType(method.ContainingType)
            || NumericType.From(method.Parameters[0].Type) is not { IsIntegral: true, Bits: <= 128 } counted)
            return null;
        return method.Name switch
        {
            "Log2" => new ValueInterval(0, counted.Bits - 1),
            "PopCount" or "LeadingZeroCount" or "TrailingZeroCount" => new ValueInterval(0, counted.Bits),
            _ => null,
        };
    }

    /// <summary>An integral type's own static math (<c>long.PopCount</c>) or <c>BitOperations</c>.</summary>
    private static bool IsBitCountType(INamedTypeSymbol? type) =>
        type is not null
        && ((type.Name == "BitOperations" && type.ContainingNamespace?.ToDisplayString() == "System.Numerics")
            || (type.ContainingNamespace?.ToDisplayString() == "System" && NumericType.From(type) is { IsIntegral: true }));
}
