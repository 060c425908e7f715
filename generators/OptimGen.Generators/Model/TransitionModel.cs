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

/// <summary>The spec's optional <c>[Init]</c> method: <c>void Name(ref State state, ReadOnlySpan&lt;Real&gt; parameters)</c>.</summary>
internal sealed record InitHookModel(string MethodName, bool IsStatic);
