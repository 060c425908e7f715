namespace OptimGen.Generators;

/// <summary>The names of the pipeline's steps, for the tests that check every step is cached after an unrelated edit.</summary>
public static class TrackingNames
{
    /// <summary>Each <c>[Optimizer]</c> type read into a model (null when it is not a valid spec).</summary>
    public const string ParsedSpecs = nameof(ParsedSpecs);

    /// <summary>The valid specs' models.</summary>
    public const string Specs = nameof(Specs);

    /// <summary>The precision mode and language settings of the compilation.</summary>
    public const string Options = nameof(Options);

    /// <summary>Each valid spec paired with the precision mode it is emitted for.</summary>
    public const string SpecsWithPrecision = nameof(SpecsWithPrecision);
}
