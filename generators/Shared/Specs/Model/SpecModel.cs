namespace OptimGen.Specs.Model;

/// <summary>
/// Everything the emitters need to know about one valid spec, as plain values: no symbols, syntax or
/// compilation, so that the pipeline can compare it with the previous run and skip unchanged specs.
/// It does not depend on the precision mode; the emitters resolve <c>Real</c>/<c>Integer</c>.
/// </summary>
/// <param name="Namespace">The spec's namespace; null for the global namespace.</param>
/// <param name="Name">The spec type's name.</param>
/// <param name="Keyword">The declaration keyword: <c>class</c> or <c>record</c>.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first.</param>
/// <param name="Hyperparameters">The <c>[Hyperparameter]</c> properties in declaration order.</param>
/// <param name="Slots">The <c>[State]</c> slots in declaration order.</param>
/// <param name="Transition">The <c>[Transition]</c> method; for a chain, the generated one that runs the components.</param>
/// <param name="InitHook">The optional <c>[Init]</c> method.</param>
/// <param name="CachedEvaluation">The optional <c>[CachedEvaluation]</c> method <c>Scan</c> asks before evaluating.</param>
/// <param name="Components">The <c>[Component]</c> properties of a chain spec, in order; empty otherwise.</param>
/// <param name="ConvergenceMeasure">The optional <c>[ConvergenceMeasure]</c> method <c>Scan</c> compares with the gradient tolerance.</param>
/// <param name="FailureCheck">The optional <c>[OptimizerFailure]</c> method <c>Scan</c> asks after every step.</param>
internal sealed record SpecModel(
    string? Namespace,
    string Name,
    string Keyword,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    EquatableArray<HyperparameterModel> Hyperparameters,
    EquatableArray<SlotModel> Slots,
    TransitionModel Transition,
    HookModel? InitHook,
    HookModel? CachedEvaluation,
    EquatableArray<ComponentModel> Components,
    HookModel? ConvergenceMeasure = null,
    HookModel? FailureCheck = null)
{
    /// <summary>
    /// Whether the generated code compiles in <paramref name="mode"/>: every component from a referenced assembly
    /// was compiled for that mode (the analyzer reports the others as OPT1023).
    /// </summary>
    public bool RunsIn(PrecisionMode mode)
    {
        foreach (ComponentModel component in Components)
            if (!component.RunsIn(mode))
                return false;
        return true;
    }

    /// <summary>Whether the spec is a chain of components rather than a spec with its own transition.</summary>
    public bool IsChain => !Components.IsEmpty;

    /// <summary>The spec's full name, for example <c>MyApp.Outer.HeavyBall</c>.</summary>
    public string FullName => Shell.FullName;

    /// <summary>Where the spec is declared: its namespace, name and enclosing types.</summary>
    public SpecShell Shell => new(Namespace, Name, Keyword, ContainingTypes);
}
