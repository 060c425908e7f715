using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>The family a numeric type belongs to: the active precision is set per family.</summary>
internal enum NumericKind
{
    Integral,
    Floating,
    Decimal,
}

/// <summary>
/// What the narrowing rules need to know about a numeric type: its family, its width, which values it holds
/// exactly. Built from a type symbol (nullable unwrapped); <see cref="System.Half"/>, <c>Int128</c>,
/// <c>BigInteger</c> and <c>NFloat</c> count too, although the compiler treats them as user-defined types.
/// </summary>
internal sealed class NumericType
{
    public static readonly NumericType SByte = Integral("SByte", 8, signed: true);
    public static readonly NumericType Byte = Integral("Byte", 8, signed: false);
    public static readonly NumericType Int16 = Integral("Int16", 16, signed: true);
    public static readonly NumericType UInt16 = Integral("UInt16", 16, signed: false);
    public static readonly NumericType Char = Integral("Char", 16, signed: false);
    public static readonly NumericType Int32 = Integral("Int32", 32, signed: true);
    public static readonly NumericType UInt32 = Integral("UInt32", 32, signed: false);
    public static readonly NumericType Int64 = Integral("Int64", 64, signed: true);
    public static readonly NumericType UInt64 = Integral("UInt64", 64, signed: false);
    public static readonly NumericType IntPtr = Integral("IntPtr", 64, signed: true);
    public static readonly NumericType UIntPtr = Integral("UIntPtr", 64, signed: false);
    public static readonly NumericType Int128 = Integral("Int128", 128, signed: true);
    public static readonly NumericType UInt128 = Integral("UInt128", 128, signed: false);
    public static readonly NumericType BigInteger = new("BigInteger", NumericKind.Integral, int.MaxValue, signed: true, significandBits: int.MaxValue,
        ValueInterval.Unbounded);

    public static readonly NumericType Half = Floating("Half", 16, significandBits: 11);
    public static readonly NumericType Single = Floating("Single", 32, significandBits: 24);
    public static readonly NumericType Double = Floating("Double", 64, significandBits: 53);
    public static readonly NumericType NFloat = Floating("NFloat", 64, significandBits: 53);
    public static readonly NumericType Decimal = new("Decimal", NumericKind.Decimal, 128, signed: true, significandBits: 96,
        new ValueInterval(decimal.MinValue, decimal.MaxValue));

    private NumericType(string name, NumericKind kind, int bits, bool signed, int significandBits, ValueInterval range)
    {
        Name = name;
        Kind = kind;
        Bits = bits;
        Signed = signed;
        SignificandBits = significandBits;
        Range = range;
    }

    /// <summary>The metadata name (<c>Int32</c>, <c>Single</c>), as messages show it.</summary>
    public string Name { get; }

    public NumericKind Kind { get; }

    public int Bits { get; }

    public bool Signed { get; }

    /// <summary>Floating: the bits of the significand, hidden bit included. Integral: the bits of the magnitude.</summary>
    public int SignificandBits { get; }

    /// <summary>The values an integral type holds (clamped to what <see cref="decimal"/> can express).</summary>
    public ValueInterval Range { get; }

    public bool IsIntegral => Kind == NumericKind.Integral;

    public bool IsFloating => Kind == NumericKind.Floating;

    /// <summary>The numeric type of <paramref name="type"/> (through <c>Nullable&lt;T&gt;</c>), or null when it is not numeric.</summary>
    public static NumericType? From(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
            type = nullable.TypeArguments[0];
        if (type is null)
            return null;
        if (From(type.SpecialType) is { } special)
            return special;

        if (type.TypeKind != TypeKind.Struct || type.ContainingNamespace is null)
            return null;
        string ns = type.ContainingNamespace.ToDisplayString();
        return (ns, type.MetadataName) switch
        {
            ("System", "Half") => Half,
            ("System", "Int128") => Int128,
            ("System", "UInt128") => UInt128,
            ("System.Numerics", "BigInteger") => BigInteger,
            ("System.Runtime.InteropServices", "NFloat") => NFloat,
            _ => null,
        };
    }

    /// <summary>The numeric type of a special type (the primitives and <c>decimal</c>), or null.</summary>
    public static NumericType? From(SpecialType type)
    {
        switch (type)
        {
            case SpecialType.System_SByte: return SByte;
            case SpecialType.System_Byte: return Byte;
            case SpecialType.System_Int16: return Int16;
            case SpecialType.System_UInt16: return UInt16;
            case SpecialType.System_Char: return Char;
            case SpecialType.System_Int32: return Int32;
            case SpecialType.System_UInt32: return UInt32;
            case SpecialType.System_Int64: return Int64;
            case SpecialType.System_UInt64: return UInt64;
            case SpecialType.System_IntPtr: return IntPtr;
            case SpecialType.System_UIntPtr: return UIntPtr;
            case SpecialType.System_Single: return Single;
            case SpecialType.System_Double: return Double;
            case SpecialType.System_Decimal: return Decimal;
            default: return null;
        }
    }

    /// <summary>Whether every value of <paramref name="source"/> converts to this type exactly (a widening).</summary>
    public bool HoldsEveryValueOf(NumericType source)
    {
        if (ReferenceEquals(source, this))
            return true;
        return (source.Kind, Kind) switch
        {
            (NumericKind.Integral, NumericKind.Integral) => source.Signed == Signed ? source.Bits <= Bits : !source.Signed && source.Bits < Bits,
            (NumericKind.Floating, NumericKind.Floating) => source.Bits <= Bits,
            (NumericKind.Integral, NumericKind.Floating) => source.SignificandBits <= SignificandBits,
            (NumericKind.Integral, NumericKind.Decimal) => source.Bits <= 64,
            _ => false,
        };
    }

    public override string ToString() => Name;

    private static NumericType Integral(string name, int bits, bool signed)
    {
        int magnitude = signed ? bits - 1 : bits;
        ValueInterval range = bits > 64
            ? (signed ? new ValueInterval(decimal.MinValue, decimal.MaxValue) : new ValueInterval(0, decimal.MaxValue))
            : signed
                ? new ValueInterval(-Power2(magnitude), Power2(magnitude) - 1)
                : new ValueInterval(0, Power2(magnitude) - 1);
        return new NumericType(name, NumericKind.Integral, bits, signed, magnitude, range);
    }

    private static NumericType Floating(string name, int bits, int significandBits) =>
        new(name, NumericKind.Floating, bits, signed: true, significandBits, ValueInterval.Unbounded);

    private static decimal Power2(int exponent)
    {
        decimal value = 1;
        for (int i = 0; i < exponent; i++)
            value *= 2;
        return value;
    }
}
