using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Whether a compile-time constant keeps its value through a conversion: <c>(float)0.5</c> and
/// <c>(byte)200</c> do, <c>(float)0.1</c> and <c>(int)3.5</c> do not.
/// </summary>
internal static class ConstantValues
{
    /// <summary>2^53: every integer up to it is a double exactly.</summary>
    private const double ExactDoubleIntegers = 9007199254740992d;

    public static bool Survives(IOperation operand, NumericType target) =>
        operand.ConstantValue is { HasValue: true, Value: { } value } && Survives(value, target);

    public static bool Survives(object value, NumericType target)
    {
        if (IntegerValue(value) is decimal integer)
        {
            return target.Kind switch
            {
                NumericKind.Integral => target.Range.Contains(ValueInterval.Single(integer)),
                NumericKind.Floating => Math.Abs(integer) <= (decimal)ExactDoubleIntegers && FloatingHolds((double)integer, target),
                _ => true,
            };
        }

        double? floating = value switch
        {
            double d => d,
            float f => f,
            decimal m => (double)m,
            _ => null,
        };
        if (floating is not double number)
            return false;
        return target.Kind switch
        {
            NumericKind.Integral => !double.IsNaN(number) && !double.IsInfinity(number) && Math.Floor(number) == number
                && Math.Abs(number) < 1e28 && target.Range.Contains(ValueInterval.Single((decimal)number)),
            NumericKind.Floating => FloatingHolds(number, target),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a float constant is the number it reads as: <c>0.5f</c> is 0.5, but <c>0.1f</c> is
    /// 0.100000001490116..., which a Double computation would carry as if it were exact.
    /// </summary>
    public static bool FloatIsExactDecimal(float value)
    {
        if (float.IsNaN(value) || float.IsInfinity(value))
            return true;
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        return double.Parse(shortest, CultureInfo.InvariantCulture) == value;
    }

    private static bool FloatingHolds(double number, NumericType target)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || target.Bits >= 64)
            return true;
        if (target.Bits == 32)
            return (double)(float)number == number;
        return HalfHolds(number);
    }

    /// <summary>IEEE binary16: 11 significant bits, exponents -14 to 15 (subnormals down to 2^-24), largest 65504.</summary>
    private static bool HalfHolds(double number)
    {
        double magnitude = Math.Abs(number);
        if (magnitude == 0)
            return true;
        if (magnitude > 65504)
            return false;
        int exponent = (int)Math.Floor(Math.Log(magnitude, 2));
        if (Math.Pow(2, exponent) > magnitude)
            exponent--;
        int lowestBit = Math.Max(exponent, -14) - 10;
        double scaled = magnitude / Math.Pow(2, lowestBit);
        return Math.Floor(scaled) == scaled;
    }

    /// <summary>The value of an integral (or bool) constant; null for any other constant.</summary>
    public static decimal? IntegerValue(object value) => value switch
    {
        sbyte v => v,
        byte v => v,
        short v => v,
        ushort v => v,
        char v => v,
        int v => v,
        uint v => v,
        long v => v,
        ulong v => v,
        bool v => v ? 1 : 0,
        _ => null,
    };
}
