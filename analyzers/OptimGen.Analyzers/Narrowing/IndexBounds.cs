using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Index arithmetic whose values are known to lie in a range: lengths and counts, <c>for</c> loop indices
/// bounded by them, remainders by a bounded divisor, <c>Math.Min</c>/<c>Math.Clamp</c> with a bounded
/// argument, masks. These are what "provably fits" means in the contract, for example <c>(int)(count % memorySize)</c>.
/// </summary>
internal static class IndexBounds
{
    private const int MaxDepth = 8;
    private static readonly ValueInterval Lengths = new(0, int.MaxValue);

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

    private static ValueInterval? Infer(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
            return null;
        operation = StripWidening(operation);
        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
            return IntegralValue(constant) is decimal value ? ValueInterval.Single(value) : null;

        return operation switch
        {
            IPropertyReferenceOperation { Type.SpecialType: SpecialType.System_Int32 } property when IsLengthOrCount(property.Property) => Lengths,
            IConversionOperation { Operand: { } converted } conversion => Converted(conversion, converted, depth),
            IBinaryOperation binary => Binary(binary, depth),
            IInvocationOperation invocation => MinOrClamp(invocation, depth),
            ILocalReferenceOperation local => LoopIndex(local, depth),
            _ => null,
        };
    }

    /// <summary>A recognised range, or else the range of the expression's own integral type (before widening).</summary>
    public static ValueInterval? RangeOf(IOperation operation) => Bound(operation, 0);

    private static ValueInterval? Bound(IOperation operation, int depth) =>
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
                if (Bound(binary.RightOperand, depth) is not { } divisor)
                    return null;
                decimal largest = Math.Max(Math.Abs(divisor.Low), Math.Abs(divisor.High)) - 1;
                if (largest < 0)
                    return null;
                bool nonNegative = Bound(binary.LeftOperand, depth) is { Low: >= 0 };
                return new ValueInterval(nonNegative ? 0 : -largest, largest);

            case BinaryOperatorKind.And:
                if (Bound(binary.LeftOperand, depth) is { Low: >= 0 } left)
                    return new ValueInterval(0, left.High);
                return Bound(binary.RightOperand, depth) is { Low: >= 0 } right ? new ValueInterval(0, right.High) : null;

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

    private static ValueInterval? Combine(BinaryOperatorKind kind, ValueInterval a, ValueInterval b)
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
    /// (counts are not negative). <c>Math.Clamp(x, lo, hi)</c> lies in [lo, hi].
    /// </summary>
    private static ValueInterval? MinOrClamp(IInvocationOperation invocation, int depth)
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
            return a.Value.High <= b.Value.High ? a : b;
        }

        if (method.Name == "Clamp" && invocation.Arguments.Length == 3
            && Bound(invocation.Arguments[1].Value, depth) is { } low && Bound(invocation.Arguments[2].Value, depth) is { } high)
            return new ValueInterval(low.Low, high.High);
        return null;
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

    private static bool IsMathType(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() == "System"
        && (type.Name is "Math" or "MathF" || NumericType.From(type) is not null);

    /// <summary>
    /// A local declared in a <c>for</c> header and compared with <c>&lt;</c> or <c>&lt;=</c> against a bound:
    /// <c>for (int i = 0; i &lt; span.Length; i++)</c>.
    /// </summary>
    private static ValueInterval? LoopIndex(ILocalReferenceOperation reference, int depth)
    {
        ILocalSymbol local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model)
            return null;
        if (local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator
            || declarator.Parent?.Parent is not ForStatementSyntax loop
            || loop.Condition is not BinaryExpressionSyntax condition
            || condition.Left is not IdentifierNameSyntax name
            || name.Identifier.ValueText != local.Name
            || !condition.IsKind(SyntaxKind.LessThanExpression) && !condition.IsKind(SyntaxKind.LessThanOrEqualExpression))
            return null;
        if (model.SyntaxTree != condition.SyntaxTree || model.GetOperation(condition.Right) is not { } limitOperation
            || Bound(limitOperation, depth) is not { } limit)
            return null;

        decimal high = condition.IsKind(SyntaxKind.LessThanExpression) ? limit.High - 1 : limit.High;
        decimal low = declarator.Initializer is { } initializer && model.GetOperation(initializer.Value) is { } start
            && Infer(start, depth + 1) is { } startRange
            ? startRange.Low
            : NumericType.From(local.Type)?.Range.Low ?? decimal.MinValue;
        return new ValueInterval(Math.Min(low, high), high);
    }

    /// <summary>An integral constant, or a floating one with an integral value (<c>10.0</c> in <c>Math.Min(x, 10.0)</c>).</summary>
    private static decimal? IntegralValue(object value) => ConstantValues.IntegerValue(value) ?? value switch
    {
        double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e20 && Math.Floor(d) == d => (decimal)d,
        float f when !float.IsNaN(f) && !float.IsInfinity(f) && Math.Abs(f) < 1e20 && Math.Floor(f) == f => (decimal)f,
        _ => null,
    };
}
