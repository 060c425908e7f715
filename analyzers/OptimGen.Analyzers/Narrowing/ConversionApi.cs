using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A call that converts a number: <c>Convert.ToInt32</c>, <c>Convert.ChangeType(x, typeof(float))</c>, <c>decimal.ToSingle</c>,
/// <c>int.CreateTruncating/CreateSaturating/CreateChecked</c> (also as <c>T.CreateTruncating</c> in generic
/// code), <c>double.ConvertToInteger&lt;int&gt;</c> and <c>ConvertToIntegerNative</c>, <c>Vector.Narrow</c>,
/// the <c>Vector64/128/256/512.Narrow</c> (and <c>NarrowWithSaturation</c>) helpers and vector <c>ConvertTo*</c> element conversions, and the
/// x86/Arm intrinsics that convert or narrow elements (<c>Avx.ConvertToVector128Single</c>,
/// <c>Sse2.PackSignedSaturate</c>, <c>AdvSimd.ExtractNarrowingLower</c>), and the span-to-span conversions of
/// <c>System.Numerics.Tensors.TensorPrimitives</c> (<c>ConvertTruncating/ConvertSaturating/ConvertChecked&lt;TFrom, TTo&gt;</c>,
/// <c>ConvertToHalf</c>, <c>ConvertToInteger</c>, ...), which write the converted elements into their destination span.
/// </summary>
/// <param name="Name">How messages name the call: <c>'Convert.ToInt32'</c>.</param>
/// <param name="Operand">The converted argument (for vectors and spans, its elements are converted).</param>
/// <param name="Source">The type converted from: the argument's type before implicit conversions, or its element type; may be a type parameter.</param>
/// <param name="Target">The type converted to: the result's type, or its element type; may be a type parameter.</param>
/// <param name="Destination">The span a conversion writes its results into instead of returning them (TensorPrimitives); null otherwise.</param>
internal sealed record ConversionApi(string Name, IOperation Operand, ITypeSymbol Source, ITypeSymbol Target, IOperation? Destination = null)
{
    private const string Intrinsics = "System.Runtime.Intrinsics";

    public static ConversionApi? Recognize(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (!method.IsStatic || invocation.Arguments.Length == 0 || method.ContainingType is not { } type || !HasConversionName(method.Name))
            return null;
        IOperation argument = invocation.Arguments[0].Value.WithoutImplicitConversions();
        string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        string name = $"'{ReceiverName(type)}.{method.Name}'";

        if (IsScalarConversion(method, type, ns))
            return Scalar(name, argument, method.ReturnType);

        // `Convert.ChangeType(x, typeof(float))`: converts to the type it is given, boxed.
        if (ns == "System" && type.Name == "Convert" && method.Name == "ChangeType")
            return invocation.Arguments.Length > 1 && invocation.Arguments[1].Value.WithoutImplicitConversions() is ITypeOfOperation { TypeOperand: { } target }
                ? Scalar(name, argument, target)
                : null;

        bool vectorType = (ns == "System.Numerics" && type.Name == "Vector")
            || (ns == Intrinsics && type.Name is "Vector64" or "Vector128" or "Vector256" or "Vector512");
        // `Narrow`, and `NarrowWithSaturation` (.NET 9): saturating keeps the value in range, not its precision.
        if (vectorType && (method.Name.StartsWith("Narrow", System.StringComparison.Ordinal) || method.Name.StartsWith("ConvertTo", System.StringComparison.Ordinal)))
            return Elementwise(name, argument, method.ReturnType);

        if (ns == "System.Numerics.Tensors" && type.Name == "TensorPrimitives" && method.Name.StartsWith("Convert", System.StringComparison.Ordinal))
            return SpanToSpan(name, invocation);

        if (ns.StartsWith(Intrinsics + ".", System.StringComparison.Ordinal)
            && (method.Name.StartsWith("Convert", System.StringComparison.Ordinal) || method.Name.Contains("Narrow") || method.Name.StartsWith("Pack", System.StringComparison.Ordinal)))
            return Elementwise(name, argument, method.ReturnType);

        return null;
    }

    /// <summary>
    /// A scalar conversion API handed over as a method group (<c>Array.ConvertAll(values, Convert.ToSingle)</c>,
    /// <c>Half.CreateTruncating</c>): it converts every value it is given from its parameter's type to its return type.
    /// </summary>
    public static ConversionApi? RecognizeGroup(IMethodReferenceOperation reference)
    {
        IMethodSymbol method = reference.Method;
        if (!method.IsStatic || method.Parameters.Length == 0 || method.ContainingType is not { } type || !HasConversionName(method.Name)
            || !IsScalarConversion(method, type, type.ContainingNamespace?.ToDisplayString() ?? string.Empty))
            return null;
        return new ConversionApi($"'{ReceiverName(type)}.{method.Name}'", reference, method.Parameters[0].Type, method.ReturnType);
    }

    /// <summary><c>Convert.To*</c>, <c>decimal.To*</c>, and a numeric type's <c>Create*</c> and <c>ConvertToInteger*</c>: one number to another.</summary>
    private static bool IsScalarConversion(IMethodSymbol method, INamedTypeSymbol type, string ns) =>
        (ns == "System" && (type.Name == "Convert" || type.SpecialType == SpecialType.System_Decimal) && method.Name.StartsWith("To", System.StringComparison.Ordinal))
        || ((NumericType.From(type) is not null || IsGenericMathInterface(type))
            && method.Name is "CreateTruncating" or "CreateSaturating" or "CreateChecked" or "ConvertToInteger" or "ConvertToIntegerNative");

    /// <summary>A cheap first filter, since every invocation in a transition comes through here.</summary>
    private static bool HasConversionName(string name) =>
        name.StartsWith("To", System.StringComparison.Ordinal) || name.StartsWith("Create", System.StringComparison.Ordinal) || name == "ChangeType"
        || name.StartsWith("Convert", System.StringComparison.Ordinal) || name.Contains("Narrow") || name.StartsWith("Pack", System.StringComparison.Ordinal);

    private static ConversionApi? Scalar(string name, IOperation argument, ITypeSymbol result)
    {
        if (argument.Type is not { } source)
            return null;
        return new ConversionApi(name, argument, source, result);
    }

    /// <summary>Element to element for vectors; a scalar result (<c>Sse2.ConvertToInt32</c>) is its own element.</summary>
    private static ConversionApi? Elementwise(string name, IOperation argument, ITypeSymbol result)
    {
        ITypeSymbol? source = Element(argument.Type) ?? argument.Type;
        ITypeSymbol target = Element(result) ?? result;
        return source is null ? null : new ConversionApi(name, argument, source, target);
    }

    /// <summary>
    /// <c>TensorPrimitives.ConvertTruncating&lt;TFrom, TTo&gt;(source, destination)</c>: every element of the source span
    /// becomes an element of the destination span, from the first parameter's element type to the second's.
    /// </summary>
    private static ConversionApi? SpanToSpan(string name, IInvocationOperation invocation)
    {
        ImmutableArray<IParameterSymbol> parameters = invocation.TargetMethod.Parameters;
        if (parameters.Length < 2 || Element(parameters[0].Type) is not { } source || Element(parameters[1].Type) is not { } target)
            return null;
        IOperation? operand = null, destination = null;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
                operand = argument.Value;
            else if (argument.Parameter?.Ordinal == 1)
                destination = argument.Value;
        }

        return operand is null || destination is null ? null : new ConversionApi(name, operand, source, target, destination);
    }

    /// <summary><c>T.CreateTruncating(x)</c> in generic code calls <c>INumberBase&lt;T&gt;.CreateTruncating</c>.</summary>
    private static bool IsGenericMathInterface(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface && type.ContainingNamespace?.ToDisplayString() == "System.Numerics";

    /// <summary><c>T</c> for <c>INumberBase&lt;T&gt;</c>, else the type's own name.</summary>
    private static string ReceiverName(INamedTypeSymbol type) =>
        IsGenericMathInterface(type) && type.TypeArguments.Length > 0 ? type.TypeArguments[0].Name : type.Name;

    private static ITypeSymbol? Element(ITypeSymbol? vector) =>
        vector is INamedTypeSymbol { TypeArguments.Length: 1 } named && NumericType.From(named) is null ? named.TypeArguments[0] : null;
}
