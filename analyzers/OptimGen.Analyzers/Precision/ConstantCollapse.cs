using System;
using System.Globalization;
using System.Numerics;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// What a constant becomes as <c>Real</c> in one precision mode, when that is a collapse rather than ordinary
/// rounding: a nonzero value that becomes exactly 0, a finite one that becomes infinite, a value other than ±1
/// that becomes exactly ±1, or an integer above 2^24 (2^53 for Double) that becomes another integer.
/// </summary>
internal static class ConstantCollapse
{
    /// <summary>2^53: every integer up to it is a double exactly; above it a double integer literal is already rounded.</summary>
    private const double ExactDoubleIntegers = 9007199254740992d;

    /// <summary>How the message says what the constant became; null when it survives (or only rounds).</summary>
    public static string? Describe(object? value, PrecisionMode mode)
    {
        if (value is ulong huge && huge > long.MaxValue)
        {
            // Above long's range (ulong.MaxValue): no float or double holds these integers but powers of two.
            double roundedHuge = mode == PrecisionMode.Single ? (float)huge : (double)huge;
            return roundedHuge < 18446744073709551616d && (ulong)roundedHuge == huge ? null : roundedHuge.ToString("F0", CultureInfo.InvariantCulture);
        }

        if (value is decimal exactDecimal)
            return DescribeDecimal(exactDecimal, mode);

        if (!TryGetNumber(value, out double number, out bool isIntegral, out long integer) || double.IsNaN(number) || double.IsInfinity(number))
            return null;

        double converted = mode == PrecisionMode.Single ? (float)number : number;
        if (isIntegral)
        {
            // Converted straight from the integer: through double first would round twice.
            double rounded = mode == PrecisionMode.Single ? (float)integer : (double)integer;
            double limit = mode == PrecisionMode.Single ? 16777216 : ExactDoubleIntegers;
            return Math.Abs((double)integer) <= limit || RoundTrips(rounded, integer)
                ? null
                : rounded.ToString("F0", CultureInfo.InvariantCulture);
        }

        return Outcome(number, converted, mode);
    }

    /// <summary>
    /// How the message says what a constant <c>Real</c> expression meant to be <paramref name="exact"/> became when
    /// folded in Single mode (<paramref name="folded"/>, each operand and each operation rounded to <c>float</c>):
    /// <c>1 - (Real)1e-9</c> is exactly 1 there. Null when it survives or only rounds.
    /// </summary>
    public static string? DescribeFolded(double exact, double folded)
    {
        if (double.IsNaN(exact) || double.IsInfinity(exact))
            return null;
        // A cancellation is ordinary rounding (0.1f + 0.2f - 0.3f is 0, the double's 5.6e-17 is rounding noise too): 0
        // and ±1 are collapses only when the value meant is already 0 or ±1 as a float (1e-60, 0.999999999).
        float meant = (float)exact;
        if ((folded == 0 && meant != 0) || (Math.Abs(folded) == 1 && Math.Abs(meant) != 1))
            return null;
        return Outcome(exact, folded, PrecisionMode.Single);
    }

    private static string? Outcome(double number, double converted, PrecisionMode mode)
    {
        if (number != 0 && converted == 0)
            return "0";
        if (double.IsInfinity(converted))
            return converted > 0 ? "infinity" : "-infinity";
        if (Math.Abs(number) != 1 && Math.Abs(converted) == 1)
            return converted > 0 ? "exactly 1" : "exactly -1";
        if (mode == PrecisionMode.Single && Math.Floor(number) == number && Math.Abs(number) > 16777216
            && Math.Abs(number) <= ExactDoubleIntegers && converted != number)
            return converted.ToString("F0", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>
    /// A decimal constant, judged on its own digits: through a double first, <c>decimal.MaxValue</c> (2^96 - 1) would
    /// look like the 2^96 it becomes, and twenty nines like the 1 they become.
    /// </summary>
    private static string? DescribeDecimal(decimal value, PrecisionMode mode)
    {
        // The conversions the compiler folds the cast with.
        double converted = mode == PrecisionMode.Single ? (float)value : (double)value;
        if (value != 0 && converted == 0)
            return "0";
        if (Math.Abs(value) != 1 && Math.Abs(converted) == 1)
            return converted > 0 ? "exactly 1" : "exactly -1";
        double limit = mode == PrecisionMode.Single ? 16777216 : ExactDoubleIntegers;
        return decimal.Truncate(value) == value && Math.Abs(value) > (decimal)limit && new BigInteger(converted) != new BigInteger(value)
            ? converted.ToString("F0", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Whether <paramref name="converted"/> is <paramref name="integer"/> exactly (2^63 itself is outside <c>long</c>).</summary>
    private static bool RoundTrips(double converted, long integer) =>
        converted < 9.2233720368547758E18 && converted >= -9.2233720368547758E18 && (long)converted == integer;

    /// <summary>A constant's value as a number, and as an integer when it is one (<c>long</c> holds every integral constant that matters here).</summary>
    public static bool TryGetNumber(object? value, out double number, out bool isIntegral, out long integer)
    {
        isIntegral = true;
        integer = 0;
        switch (value)
        {
            case sbyte v: integer = v; break;
            case byte v: integer = v; break;
            case short v: integer = v; break;
            case ushort v: integer = v; break;
            case char v: integer = v; break;
            case int v: integer = v; break;
            case uint v: integer = v; break;
            case long v: integer = v; break;
            case ulong v when v <= long.MaxValue: integer = (long)v; break;
            default:
                isIntegral = false;
                number = value switch
                {
                    double d => d,
                    float f => f,
                    decimal m => (double)m,
                    ulong u => u,
                    _ => double.NaN,
                };
                return !double.IsNaN(number);
        }

        number = integer;
        return true;
    }
}
