namespace OptimGen.Specs.Model;

/// <summary>
/// The spec's <c>[Transition]</c> method: which of the optional parameters it takes. The required ones
/// (<c>ref State state</c>, <c>gradient</c>, <c>update</c>) are always there.
/// </summary>
internal sealed record TransitionModel(
    string MethodName,
    bool IsStatic,
    bool TakesParameters,
    bool TakesValue,
    bool TakesObjective)
{
    /// <summary>The name of the transition the generator writes for a chain spec.</summary>
    public const string ChainMethodName = "OptimGenChainStep";

    /// <summary>A chain's transition: it takes every optional input one of its components takes.</summary>
    public static TransitionModel ForChain(System.Collections.Generic.IEnumerable<ComponentModel> components)
    {
        bool parameters = false, value = false, objective = false;
        foreach (ComponentModel component in components)
        {
            parameters |= component.Transition.TakesParameters;
            value |= component.Transition.TakesValue;
            objective |= component.Transition.TakesObjective;
        }

        return new TransitionModel(ChainMethodName, false, parameters, value, objective);
    }
}

/// <summary>
/// An optional spec method the generated code calls: the <c>[Init]</c>, <c>[CachedEvaluation]</c>,
/// <c>[ConvergenceMeasure]</c> or <c>[OptimizerFailure]</c> method.
/// </summary>
internal sealed record HookModel(string MethodName, bool IsStatic);
