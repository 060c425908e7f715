namespace OptimGen.Specs.Model;

/// <summary>
/// The spec's <c>[Transition]</c> method: which of the optional parameters it takes. The required ones
/// (<c>ref State state</c>, <c>gradient</c>, <c>update</c>) are always there. A transition that returns
/// <c>bool</c> is a gate (<see cref="IsGate"/>): false ends the step of a chain it is part of.
/// </summary>
internal sealed record TransitionModel(
    string MethodName,
    bool IsStatic,
    bool TakesParameters,
    bool TakesValue,
    bool TakesObjective,
    bool IsGate = false)
{
    /// <summary>The name of the transition the generator writes for a chain spec.</summary>
    public const string ChainMethodName = "OptimGenChainStep";

    /// <summary>The return type of the transition and of the generated <c>Step</c>.</summary>
    public string ReturnType => IsGate ? "bool" : "void";

    /// <summary>
    /// A chain's transition: it takes every optional input one of its components takes, and is a gate when one
    /// of its components is (so a chain nested in another stops the outer one too).
    /// </summary>
    public static TransitionModel ForChain(System.Collections.Generic.IEnumerable<ComponentModel> components)
    {
        bool parameters = false, value = false, objective = false, gate = false;
        foreach (ComponentModel component in components)
        {
            parameters |= component.Transition.TakesParameters;
            value |= component.Transition.TakesValue;
            objective |= component.Transition.TakesObjective;
            gate |= component.Transition.IsGate;
        }

        return new TransitionModel(ChainMethodName, false, parameters, value, objective, gate);
    }
}

/// <summary>An optional spec method the generated code calls: the <c>[Init]</c> or the <c>[CachedEvaluation]</c> method.</summary>
internal sealed record HookModel(string MethodName, bool IsStatic);
