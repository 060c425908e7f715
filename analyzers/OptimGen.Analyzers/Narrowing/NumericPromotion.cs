namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The type C#'s built-in binary operators compute in (binary numeric promotion): <c>byte + int</c> is
/// <c>int</c>, <c>float + double</c> is <c>double</c>. Needed for compound assignments, whose operator
/// result type Roslyn does not expose.
/// </summary>
internal static class NumericPromotion
{
    public static NumericType Of(NumericType left, NumericType right)
    {
        if (left.Kind == NumericKind.Decimal || right.Kind == NumericKind.Decimal)
            return NumericType.Decimal;
        if (left.IsFloating || right.IsFloating)
            return Wider(left.IsFloating ? left : right, right.IsFloating ? right : left);
        if (left.Bits > 64 || right.Bits > 64)
            return Wider(left, right);
        if (left == NumericType.UInt64 || right == NumericType.UInt64)
            return NumericType.UInt64;
        if (left.Bits == 64 || right.Bits == 64)
            return left.Bits == 64 ? left : right;
        if (left == NumericType.UInt32 || right == NumericType.UInt32)
            return (left == NumericType.UInt32 ? right : left).Signed ? NumericType.Int64 : NumericType.UInt32;
        return NumericType.Int32;
    }

    private static NumericType Wider(NumericType a, NumericType b) => a.Bits >= b.Bits ? a : b;
}
