namespace OptimGen.Generators.Model;

/// <summary>
/// The spec's <c>[Transition]</c> method: which of the optional parameters it takes. The required ones
/// (<c>ref State state</c>, <c>gradient</c>, <c>update</c>) are always there.
/// </summary>
internal sealed record TransitionModel(
    string MethodName,
    bool IsStatic,
    bool TakesParameters,
    bool TakesValue,
    bool TakesObjective);

/// <summary>An optional spec method the generated code calls: the <c>[Init]</c> or the <c>[CachedEvaluation]</c> method.</summary>
internal sealed record HookModel(string MethodName, bool IsStatic);
