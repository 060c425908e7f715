using OptimGen.Specs.Model;

namespace OptimGen.Generators.Model;

/// <summary>
/// What the generator read from one <c>[Optimizer]</c> type: the model of a valid spec, or, for a malformed one whose
/// declaration is sound, its shell (it gets an empty <c>State</c>); both null when there is nothing to emit.
/// </summary>
internal sealed record ParsedSpec(SpecModel? Model, SpecShell? Malformed)
{
    public static readonly ParsedSpec Nothing = new(null, null);
}
