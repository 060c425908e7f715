using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The results of <c>Math.DivRem(x, d)</c> (also <c>long.DivRem</c>, <c>int.DivRem</c>...) as index arithmetic: the
/// remainder is bounded like <c>x % d</c>, the quotient like <c>x / d</c>. Read as the tuple's <c>.Remainder</c> or
/// <c>.Quotient</c>, as a local deconstructed from the tuple or as the <c>out</c> argument of the three-argument form
/// (<see cref="LocalBounds"/> finds those two).
/// </summary>
internal static class DivRemParts
{
    public const int QuotientIndex = 0;
    public const int RemainderIndex = 1;

    /// <summary><c>Math.DivRem(x, d).Remainder</c> (or <c>.Item2</c>); <c>.Quotient</c> (or <c>.Item1</c>).</summary>
    public static ValueInterval? OfTupleField(IFieldReferenceOperation field, int depth)
    {
        if (field.Instance?.WithoutImplicitConversions() is not IInvocationOperation call || !IsDivRem(call))
            return null;
        return (field.Field.CorrespondingTupleField ?? field.Field).Name switch
        {
            "Item1" => Part(call, QuotientIndex, depth),
            "Item2" => Part(call, RemainderIndex, depth),
            _ => null,
        };
    }

    /// <summary>The range of the quotient (<paramref name="index"/> 0) or the remainder (1) of a <c>DivRem</c> call.</summary>
    public static ValueInterval? Part(IInvocationOperation call, int index, int depth)
    {
        IOperation? dividend = null, divisor = null;
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
                dividend = argument.Value;
            else if (argument.Parameter?.Ordinal == 1)
                divisor = argument.Value;
        }

        if (dividend is null || divisor is null)
            return null;
        return index == RemainderIndex ? IndexBounds.Remainder(dividend, divisor, depth) : IndexBounds.Quotient(dividend, divisor, depth);
    }

    /// <summary><c>Math.DivRem</c> or a numeric type's <c>DivRem</c>, with integral operands.</summary>
    public static bool IsDivRem(IInvocationOperation call)
    {
        IMethodSymbol method = call.TargetMethod;
        return method.Name == "DivRem" && method.IsStatic && method.Parameters.Length >= 2
            && method.ContainingType is { } type && type.ContainingNamespace?.ToDisplayString() == "System"
            && (type.Name == "Math" || NumericType.From(type) is { IsIntegral: true })
            && NumericType.From(method.Parameters[0].Type) is { IsIntegral: true };
    }
}
