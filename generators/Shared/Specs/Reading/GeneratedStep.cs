using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Reads the public <c>Step</c> that OptimGen generated for a spec of a referenced assembly:
/// <c>Step(ref State state, [ReadOnlySpan&lt;T&gt; parameters,] ReadOnlySpan&lt;T&gt; gradient, [T value,] Span&lt;T&gt; update[, ref TObjective objective])</c>
/// with <c>T</c> the <c>Real</c> of the mode it was compiled in.
/// </summary>
internal static class GeneratedStep
{
    public static (TransitionModel Transition, PrecisionMode Mode)? Read(IMethodSymbol step)
    {
        var parameters = step.Parameters;
        int next = 0;
        if (At(next) is not { RefKind: RefKind.Ref, Type.Name: SpecConventions.StateType })
            return null;
        next++;
        if (SpanElement(At(next), "ReadOnlySpan") is not { } real)
            return null;
        bool takesParameters = SpanElement(At(next + 1), "ReadOnlySpan") is { } second && second == real;
        next += takesParameters ? 2 : 1;
        bool takesValue = At(next) is { RefKind: RefKind.None } value && value.Type.SpecialType == real;
        if (takesValue)
            next++;
        if (SpanElement(At(next), "Span") != real)
            return null;
        next++;
        bool takesObjective = At(next) is { RefKind: RefKind.Ref, Type: ITypeParameterSymbol };
        if (takesObjective)
            next++;
        if (next != parameters.Length || step.TypeParameters.Length != (takesObjective ? 1 : 0))
            return null;

        PrecisionMode mode = real == SpecialType.System_Single ? PrecisionMode.Single : PrecisionMode.Double;
        return (new TransitionModel("Step", false, takesParameters, takesValue, takesObjective), mode);

        IParameterSymbol? At(int index) => index < parameters.Length ? parameters[index] : null;
    }

    /// <summary>The element of <c>System.Span&lt;double|float&gt;</c> (or <c>ReadOnlySpan</c>), by value.</summary>
    private static SpecialType? SpanElement(IParameterSymbol? parameter, string spanName) =>
        parameter is { RefKind: RefKind.None, Type: INamedTypeSymbol { Name: var name, TypeArguments.Length: 1 } span }
        && name == spanName && span.ContainingNamespace?.ToDisplayString() == "System"
        && span.TypeArguments[0].SpecialType is SpecialType.System_Double or SpecialType.System_Single
            ? span.TypeArguments[0].SpecialType
            : null;
}
