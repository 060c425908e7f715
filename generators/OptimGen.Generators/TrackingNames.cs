namespace OptimGen.Generators;

/// <summary>The names of the pipeline's steps, for the tests that check every step is cached after an unrelated edit.</summary>
public static class TrackingNames
{
    /// <summary>Each <c>[Optimizer]</c> type read into a model (or, when malformed, its shell).</summary>
    public const string ParsedSpecs = nameof(ParsedSpecs);

    /// <summary>The valid specs' models.</summary>
    public const string Specs = nameof(Specs);

    /// <summary>The malformed specs that get an empty <c>State</c>.</summary>
    public const string MalformedSpecs = nameof(MalformedSpecs);

    /// <summary>The precision mode and language settings of the compilation.</summary>
    public const string Options = nameof(Options);

    /// <summary>The global Real/Integer aliases the project declares itself, which the alias file leaves out.</summary>
    public const string ProjectAliases = nameof(ProjectAliases);

    /// <summary>All valid specs together, to give each a hint name that no other differs from only in case.</summary>
    public const string HintNames = nameof(HintNames);

    /// <summary>Each valid spec paired with the precision mode it is emitted for.</summary>
    public const string SpecsWithPrecision = nameof(SpecsWithPrecision);
}
