using System.Collections.Immutable;
using OptimGen.Conventions;

namespace OptimGen.Specs.Reading;

/// <summary>
/// The names the generator recognises and generates beyond the ones it shares with the analyzer
/// (<see cref="Conventions.SpecConventions"/>).
/// </summary>
internal static class KnownNames
{
    public const string ObjectiveInterface = "OptimGen.IObjective<T>";

    /// <summary>The precision aliases; written as these identifiers, they follow the precision mode.</summary>
    public const string RealAlias = "Real";
    public const string IntegerAlias = "Integer";

    /// <summary>The parameter-count dimension in a Shape.</summary>
    public const string ParameterCountDimension = "n";

    /// <summary>Members the generator adds to the spec; a spec must not declare them.</summary>
    public static readonly ImmutableArray<string> GeneratedSpecMembers = ImmutableArray.Create(
        SpecConventions.StateType, "Init", "Step", "Scan", "LoadCheckpoint", "OptimGenCheckState", "OptimGenCheckHyperparameters", "OptimGenScalarSlotNames", "OptimGenScanLoop",
        Model.TransitionModel.ChainMethodName);

    /// <summary>Members of the generated <c>State</c> (or inherited from object) that a slot name must not take.</summary>
    public static readonly ImmutableArray<string> GeneratedStateMembers = ImmutableArray.Create(
        SpecConventions.StateType, "ParameterCount", "Layout", "Clone", "Equals", "GetHashCode", "ToString",
        "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize", "OptimGenScratch", "WriteSlots", "ReadSlots");
}
