using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Index arithmetic whose values are proven to lie in a range: lengths and counts, loop indices and locals
/// bounded by them (<see cref="LocalBounds"/>), remainders by a bounded divisor, right shifts, division by a
/// positive divisor, masks, <c>Math.Min</c>/<c>Max</c>/<c>Clamp</c>/<c>Abs</c> of bounded operands, <c>Math.Sign</c>, counts of bits
/// (<see cref="BitCounts"/>), the parts of <c>Math.DivRem</c>
/// (<see cref="DivRemParts"/>), sums and products of bounded terms, conditional or switch expressions whose every arm is bounded,
/// integral hyperparameters with declared bounds (<see cref="HyperparameterRanges"/>), properties that compute one of these
/// (<see cref="ComputedProperties"/>), and variables that a comparison guards
/// (<see cref="GuardBounds"/>). These are what "provably
/// fits" means in the contract, for example <c>(int)(count % memorySize)</c>.
/// Only integral values qualify: a floating result is never index arithmetic.
/// </summary>
internal static class IndexBounds
{
    public const int MaxDepth = 8;
    private static readonly ValueInterval Lengths = new(0, int.MaxValue);
    private static readonly ValueInterval Lanes = new(1, 64);

    /// <summary>The range of a recognised index expression; null when the expression is not one.</summary>
    public static ValueInterval? Infer(IOperation operation) => Infer(operation, 0);

    /// <summary>Looks through conversions that keep every value, such as <c>int</c> to <c>long</c>.</summary>
    public static IOperation StripWidening(IOperation operation)
    {
        while (operation is IConversionOperation { Operand: { } operand } conversion
               && NumericType.From(conversion.Type) is { } target
               && NumericType.From(operand.Type) is { } source
               && target.HoldsEveryValueOf(source))
            operation = operand;
        return operation;
    }

    /// <summary>
    /// The range of the narrower type a value stored in a wider variable had (<c>long at = Array.IndexOf(...)</c> holds an
    /// <c>int</c>); null when the types are the same, so that a value known only by its own type stays unknown (a count).
    /// </summary>
    public static ValueInterval? WidenedFrom(IOperation value, ITypeSymbol into) =>
        NumericType.From(StripWidening(value).Type) is { IsIntegral: true } narrow && NumericType.From(into) is { IsIntegral: true } wide
        && narrow != wide && wide.HoldsEveryValueOf(narrow)
            ? narrow.Range
            : null;

    internal static ValueInterval? Infer(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
            return null;
        operation = StripWidening(operation);
        if (NumericType.From(operation.Type) is not { IsIntegral: true })
            return null;
        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
            return ConstantValues.IntegerValue(constant) is decimal value ? ValueInterval.Single(value) : null;

        ValueInterval? inferred = operation switch
        {
            IPropertyReferenceOperation { Type.SpecialType: SpecialType.System_Int32 } property when IsLengthOrCount(property.Property) => Lengths,
            // An array's LongLength is its Length (no .NET array holds more than int.MaxValue elements).
            IPropertyReferenceOperation { Property: { Name: "LongLength", ContainingType.SpecialType: SpecialType.System_Array } } => Lengths,
            // The lanes of a vector: `Vector<Real>.Count`, `Vector256<Real>.Count` (64 bytes at most, one lane at least).
            IPropertyReferenceOperation { Property: { Name: "Count", IsStatic: true } } property when IsVector(property.Property.ContainingType) => Lanes,
            IPropertyReferenceOperation property => HyperparameterRanges.Of(property.Property) ?? ComputedProperties.Of(property, depth),
            IConversionOperation { Operand: { } converted } conversion => Converted(conversion, converted, depth),
            IBinaryOperation binary => Binary(binary, depth),
            IInvocationOperation invocation => MathCall(invocation, depth) ?? BitCounts.Of(invocation),
            IFieldReferenceOperation field => DivRemParts.OfTupleField(field, depth),
            ILocalReferenceOperation local => LocalBounds.Of(local, depth),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => Either(Bound(conditional.WhenTrue, depth), Bound(whenFalse, depth)),
            ISwitchExpressionOperation switchExpression => AnyArm(switchExpression, depth),
            _ => null,
        };
        // A guard narrows what is known otherwise: a loop index from an unbounded start, tested against the memory before the read.
        ValueInterval? guarded = GuardBounds.Of(operation, depth);
        if (inferred is not { } known || guarded is not { } guard)
            return inferred ?? guarded;
        decimal high = Math.Min(known.High, guard.High);
        return new ValueInterval(Math.Min(Math.Max(known.Low, guard.Low), high), high);
    }

    /// <summary><c>c ? a : b</c>: a value of either arm (each known by its range or its type), so the range covering both.</summary>
    private static ValueInterval? Either(ValueInterval? a, ValueInterval? b) =>
        a is { } first && b is { } second ? new ValueInterval(Math.Min(first.Low, second.Low), Math.Max(first.High, second.High)) : null;

    /// <summary>A switch expression: the range covering every arm's value (each known by its range or its type).</summary>
    private static ValueInterval? AnyArm(ISwitchExpressionOperation switchExpression, int depth)
    {
        ValueInterval? range = null;
        for (int i = 0; i < switchExpression.Arms.Length; i++)
        {
            ValueInterval? arm = Bound(switchExpression.Arms[i].Value, depth);
            range = i == 0 ? arm : Either(range, arm);
            if (range is null)
                return null;
        }

        return range;
    }

    /// <summary>A recognised range, or else the range of the expression's own integral type (before widening).</summary>
    public static ValueInterval? RangeOf(IOperation operation) => Bound(operation, 0);

    internal static ValueInterval? Bound(IOperation operation, int depth) =>
        Infer(operation, depth + 1)
        ?? (NumericType.From(StripWidening(operation).Type) is { IsIntegral: true } type ? type.Range : null);

    /// <summary><c>(int)(count % m)</c>: a narrowing cast of an index keeps the index's range when the range fits.</summary>
    private static ValueInterval? Converted(IConversionOperation conversion, IOperation operand, int depth) =>
        NumericType.From(conversion.Type) is { IsIntegral: true } target && Infer(operand, depth + 1) is { } range && target.Range.Contains(range)
            ? range
            : null;

    private static ValueInterval? Binary(IBinaryOperation binary, int depth)
    {
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Remainder:
                return Remainder(binary.LeftOperand, binary.RightOperand, depth);

            case BinaryOperatorKind.And:
                // Either non-negative operand bounds the result; both do, so the smaller bound holds (`u & 0xFFFF` for a uint u).
                ValueInterval? masked = Bound(binary.LeftOperand, depth) is { Low: >= 0 } left ? left : null;
                if (Bound(binary.RightOperand, depth) is { Low: >= 0 } right && (masked is null || right.High < masked.Value.High))
                    masked = right;
                return masked is { } mask ? new ValueInterval(0, mask.High) : null;

            case BinaryOperatorKind.RightShift:
            case BinaryOperatorKind.UnsignedRightShift:
                return Shifted(binary, depth);

            case BinaryOperatorKind.Divide:
                return Quotient(binary.LeftOperand, binary.RightOperand, depth);

            case BinaryOperatorKind.Add:
            case BinaryOperatorKind.Subtract:
            case BinaryOperatorKind.Multiply:
                if (Infer(binary.LeftOperand, depth + 1) is not { } a || Infer(binary.RightOperand, depth + 1) is not { } b)
                    return null;
                return Combine(binary.OperatorKind, a, b);

            default:
                return null;
        }
    }

    /// <summary>
    /// <c>x % d</c>: within the divisor's range, and, since the remainder takes the sign of <c>x</c> and is never larger
    /// than it, within <c>x</c>'s range widened to 0 (<c>(int)(miniStep % k)</c> fits for an <c>int miniStep</c> whatever <c>k</c> is).
    /// </summary>
    internal static ValueInterval? Remainder(IOperation dividend, IOperation divisor, int depth)
    {
        if (Bound(divisor, depth) is not { } range)
            return null;
        decimal largest = Math.Max(Math.Abs(range.Low), Math.Abs(range.High)) - 1;
        if (largest < 0)
            return null;
        if (Bound(dividend, depth) is not { } value)
            return new ValueInterval(-largest, largest);
        return new ValueInterval(value.Low >= 0 ? 0 : -Math.Min(largest, -value.Low), value.High <= 0 ? 0 : Math.Min(largest, value.High));
    }

    /// <summary><c>x / d</c> for a divisor of at least 1: the dividend's range shrunk towards 0.</summary>
    internal static ValueInterval? Quotient(IOperation dividend, IOperation divisor, int depth)
    {
        if (Bound(dividend, depth) is not { } value || Bound(divisor, depth) is not { Low: >= 1 } positive)
            return null;
        return new ValueInterval(
            value.Low < 0 ? decimal.Truncate(value.Low / positive.Low) : decimal.Truncate(value.Low / positive.High),
            value.High > 0 ? decimal.Truncate(value.High / positive.Low) : decimal.Truncate(value.High / positive.High));
    }

    /// <summary><c>x &gt;&gt; k</c> with a constant <c>k</c>: the range of <c>x</c> divided by 2^k, rounded down (<c>&gt;&gt;&gt;</c> likewise, from 0 when <c>x</c> may be negative).</summary>
    private static ValueInterval? Shifted(IBinaryOperation shift, int depth)
    {
        if (shift.RightOperand.ConstantValue is not { HasValue: true, Value: { } amount } || ConstantValues.IntegerValue(amount) is not decimal bits
            || NumericType.From(shift.LeftOperand.Type) is not { IsIntegral: true, Bits: <= 64 } shifted
            || Bound(shift.LeftOperand, depth) is not { } value)
            return null;
        int count = (int)bits & (shifted.Bits - 1);
        decimal divisor = 1;
        for (int i = 0; i < count; i++)
            divisor *= 2;
        // `x >>> k` of a value that may be negative shifts its bit pattern in zeros: at most (2^bits - 1) / 2^k,
        // so `(int)(state.Total >>> 40)` fits whatever Total is.
        if (shift.OperatorKind == BinaryOperatorKind.UnsignedRightShift && value.Low < 0)
        {
            if (count == 0)
                return value;
            decimal patterns = 1;
            for (int i = 0; i < shifted.Bits; i++)
                patterns *= 2;
            return new ValueInterval(0, decimal.Floor((patterns - 1) / divisor));
        }

        return new ValueInterval(decimal.Floor(value.Low / divisor), decimal.Floor(value.High / divisor));
    }

    internal static ValueInterval? Combine(BinaryOperatorKind kind, ValueInterval a, ValueInterval b)
    {
        const decimal Limit = 1e20m;
        if (Math.Abs(a.Low) > Limit || Math.Abs(a.High) > Limit || Math.Abs(b.Low) > Limit || Math.Abs(b.High) > Limit)
            return null;
        switch (kind)
        {
            case BinaryOperatorKind.Add:
                return new ValueInterval(a.Low + b.Low, a.High + b.High);
            case BinaryOperatorKind.Subtract:
                return new ValueInterval(a.Low - b.High, a.High - b.Low);
            default:
                decimal p1 = a.Low * b.Low, p2 = a.Low * b.High, p3 = a.High * b.Low, p4 = a.High * b.High;
                return new ValueInterval(Math.Min(Math.Min(p1, p2), Math.Min(p3, p4)), Math.Max(Math.Max(p1, p2), Math.Max(p3, p4)));
        }
    }

    /// <summary>
    /// <c>Math.Min(x, m)</c> is at most <c>m</c>; the contract takes it as an index bounded by <c>m</c>
    /// (counts are not negative: an operand known only by its type makes the result at least 0). <c>Math.Max(a, b)</c> needs both bounded. <c>Math.Clamp(x, lo, hi)</c> lies in [lo, hi].
    /// <c>Math.Abs(x)</c> of a bounded <c>x</c> lies within the larger magnitude of its bounds.
    /// </summary>
    private static ValueInterval? MathCall(IInvocationOperation invocation, int depth)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (!method.IsStatic || !IsMathType(method.ContainingType))
            return null;
        if (method.Name == "Min" && invocation.Arguments.Length == 2)
        {
            ValueInterval? a = Bound(invocation.Arguments[0].Value, depth);
            ValueInterval? b = Bound(invocation.Arguments[1].Value, depth);
            if (a is null || b is null)
                return a ?? b;
            decimal smallestHigh = Math.Min(a.Value.High, b.Value.High);
            decimal smallestLow = Math.Min(a.Value.Low, b.Value.Low);
            // An operand known only by its type is a count (`Math.Min(state.Count, MemorySize)`): not negative.
            if (IsCount(invocation.Arguments[0].Value, depth) || IsCount(invocation.Arguments[1].Value, depth))
                smallestLow = Math.Min(Math.Max(smallestLow, 0), smallestHigh);
            return new ValueInterval(smallestLow, smallestHigh);
        }

        if (method.Name == "Max" && invocation.Arguments.Length == 2
            && Bound(invocation.Arguments[0].Value, depth) is { } first && Bound(invocation.Arguments[1].Value, depth) is { } second)
            return new ValueInterval(Math.Max(first.Low, second.Low), Math.Max(first.High, second.High));

        // `Math.Abs(count % m)`: the magnitude of a bounded value (Abs of the type's minimum throws rather than wraps).
        if (method.Name == "Abs" && invocation.Arguments.Length == 1 && Infer(invocation.Arguments[0].Value, depth + 1) is { } signed)
        {
            decimal magnitude = Math.Max(Math.Abs(signed.Low), Math.Abs(signed.High));
            return signed.Low >= 0 ? signed
                : signed.High <= 0 ? new ValueInterval(-signed.High, -signed.Low)
                : new ValueInterval(0, magnitude);
        }

        // `Math.Sign(x)`, `Real.Sign(x)`: -1, 0 or 1 (of a floating x too: the result is an int).
        if (method.Name == "Sign" && invocation.Arguments.Length == 1)
            return new ValueInterval(-1, 1);

        if (method.Name == "Clamp" && invocation.Arguments.Length == 3
            && Bound(invocation.Arguments[1].Value, depth) is { } low && Bound(invocation.Arguments[2].Value, depth) is { } high)
            return new ValueInterval(low.Low, high.High);
        return null;
    }

    /// <summary>
    /// A value known only by its type, or a part of one (<c>state.Count / 2</c>, <c>state.Count &gt;&gt; 1</c>): what
    /// <c>Math.Min</c> takes as a count, not negative.
    /// </summary>
    private static bool IsCount(IOperation operation, int depth)
    {
        operation = StripWidening(operation);
        return operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift } part
            ? IsCount(part.LeftOperand, depth)
            : Infer(operation, depth + 1) is null;
    }

    /// <summary>The length of an array, span or string, or the count of a collection (not any property called Count).</summary>
    private static bool IsLengthOrCount(IPropertySymbol property)
    {
        INamedTypeSymbol type = property.ContainingType;
        if (property.Name == "Length")
        {
            return type.SpecialType is SpecialType.System_Array or SpecialType.System_String
                || (type.ContainingNamespace?.ToDisplayString() == "System" && type.Name is "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory");
        }

        if (property.Name != "Count")
            return false;
        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            string name = implemented.OriginalDefinition.ToDisplayString();
            if (name is "System.Collections.ICollection" or "System.Collections.Generic.ICollection<T>" or "System.Collections.Generic.IReadOnlyCollection<T>")
                return true;
        }

        return false;
    }

    private static bool IsVector(INamedTypeSymbol type) =>
        type is { Arity: 1, Name: "Vector" or "Vector64" or "Vector128" or "Vector256" or "Vector512" }
        && type.ContainingNamespace?.ToDisplayString() is "System.Numerics" or "System.Runtime.Intrinsics";

    /// <summary><c>Math</c>, <c>MathF</c> or a numeric type's static math (<c>double.Max</c>, <c>float.Lerp</c>).</summary>
    internal static bool IsMathType(INamedTypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() == "System"
        && (type.Name is "Math" or "MathF" || NumericType.From(type) is not null);
}
