using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A call that converts a number: <c>Convert.ToInt32</c>, <c>decimal.ToSingle</c>,
/// <c>int.CreateTruncating/CreateSaturating/CreateChecked</c>, <c>Vector.Narrow</c>, the
/// <c>Vector64/128/256/512.Narrow</c> helpers and the vector <c>ConvertTo*</c> element conversions.
/// </summary>
/// <param name="Name">How messages name the call: <c>'Convert.ToInt32'</c>.</param>
/// <param name="Operand">The converted argument (for vectors, its elements are converted).</param>
/// <param name="Source">The type converted from: the argument's type before implicit conversions, or its element type.</param>
/// <param name="Target">The type converted to: the result's type, or its element type.</param>
internal sealed record ConversionApi(string Name, IOperation Operand, NumericType Source, NumericType Target)
{
    public static ConversionApi? Recognize(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (!method.IsStatic || invocation.Arguments.Length == 0 || method.ContainingType is not { } type || !HasConversionName(method.Name))
            return null;
        IOperation argument = invocation.Arguments[0].Value.WithoutImplicitConversions();
        string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        string name = $"'{type.Name}.{method.Name}'";

        if (ns == "System" && (type.Name == "Convert" || type.SpecialType == SpecialType.System_Decimal) && method.Name.StartsWith("To", System.StringComparison.Ordinal))
            return Scalar(name, argument, method.ReturnType);

        if (method.Name is "CreateTruncating" or "CreateSaturating" or "CreateChecked" && NumericType.From(type) is not null)
            return Scalar(name, argument, method.ReturnType);

        bool vectorType = (ns == "System.Numerics" && type.Name == "Vector")
            || (ns == "System.Runtime.Intrinsics" && type.Name is "Vector64" or "Vector128" or "Vector256" or "Vector512");
        if (vectorType && (method.Name == "Narrow" || method.Name.StartsWith("ConvertTo", System.StringComparison.Ordinal)))
        {
            NumericType? source = NumericType.From(Element(argument.Type));
            NumericType? target = NumericType.From(Element(method.ReturnType));
            return source is null || target is null ? null : new ConversionApi(name, argument, source, target);
        }

        return null;
    }

    /// <summary>A cheap first filter, since every invocation in a transition comes through here.</summary>
    private static bool HasConversionName(string name) =>
        name.StartsWith("To", System.StringComparison.Ordinal) || name.StartsWith("Create", System.StringComparison.Ordinal)
        || name == "Narrow" || name.StartsWith("ConvertTo", System.StringComparison.Ordinal);

    private static ConversionApi? Scalar(string name, IOperation argument, ITypeSymbol result)
    {
        NumericType? source = argument.Type?.SpecialType == SpecialType.System_Boolean ? NumericType.Byte : NumericType.From(argument.Type);
        NumericType? target = NumericType.From(result);
        return source is null || target is null ? null : new ConversionApi(name, argument, source, target);
    }

    private static ITypeSymbol? Element(ITypeSymbol? vector) =>
        vector is INamedTypeSymbol { TypeArguments.Length: 1 } named ? named.TypeArguments[0] : null;
}
