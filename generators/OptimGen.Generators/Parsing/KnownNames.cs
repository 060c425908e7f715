using System.Collections.Immutable;

namespace OptimGen.Generators.Parsing;

/// <summary>The metadata names the generator recognises and the names it generates.</summary>
internal static class KnownNames
{
    public const string OptimizerAttribute = "OptimGen.OptimizerAttribute";
    public const string HyperparameterAttribute = "OptimGen.HyperparameterAttribute";
    public const string StateAttribute = "OptimGen.StateAttribute";
    public const string TransitionAttribute = "OptimGen.TransitionAttribute";
    public const string InitAttribute = "OptimGen.InitAttribute";
    public const string CachedEvaluationAttribute = "OptimGen.CachedEvaluationAttribute";
    public const string ComponentAttribute = "OptimGen.ComponentAttribute";
    public const string ObjectiveInterface = "OptimGen.IObjective<T>";

    /// <summary>The precision aliases; written as these identifiers, they follow the precision mode.</summary>
    public const string RealAlias = "Real";
    public const string IntegerAlias = "Integer";

    /// <summary>The name of the generated nested state type.</summary>
    public const string StateType = "State";

    /// <summary>The parameter-count dimension in a Shape.</summary>
    public const string ParameterCountDimension = "n";

    /// <summary>Members the generator adds to the spec; a spec must not declare them.</summary>
    public static readonly ImmutableArray<string> GeneratedSpecMembers = ImmutableArray.Create(
        StateType, "Init", "Step", "Scan", "LoadCheckpoint", "OptimGenCheckState", "OptimGenCheckHyperparameters", "OptimGenScalarSlotNames", "OptimGenScanLoop",
        Model.TransitionModel.ChainMethodName);

    /// <summary>Members of the generated <c>State</c> (or inherited from object) that a slot name must not take.</summary>
    public static readonly ImmutableArray<string> GeneratedStateMembers = ImmutableArray.Create(
        StateType, "ParameterCount", "Layout", "Clone", "CopyFrom", "Equals", "GetHashCode", "ToString",
        "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize", "OptimGenScratch", "WriteSlots", "ReadSlots");
}
