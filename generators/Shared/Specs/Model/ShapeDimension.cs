namespace OptimGen.Specs.Model;

/// <summary>What one entry of a slot's <c>Shape</c> refers to.</summary>
internal enum ShapeDimensionKind
{
    /// <summary><c>n</c>: the number of parameters the state is initialised for.</summary>
    ParameterCount,

    /// <summary>An integer hyperparameter of the spec.</summary>
    Hyperparameter,

    /// <summary>A non-negative integer literal.</summary>
    Literal,
}

/// <summary>One entry of a slot's <c>Shape</c>, as written (<see cref="Text"/>) and as understood.</summary>
internal sealed record ShapeDimension(ShapeDimensionKind Kind, string Text, int Literal);
