namespace OptimGen;

/// <summary>What a checkpoint restores: the state and the parameters after <see cref="CompletedSteps"/> steps.</summary>
/// <typeparam name="TState">The spec's generated <c>State</c>.</typeparam>
/// <typeparam name="T">The element type of the parameters: the <c>Real</c> of the mode.</typeparam>
public sealed class Checkpoint<TState, T>
{
    internal Checkpoint(TState state, T[] parameters, long completedSteps)
    {
        State = state;
        Parameters = parameters;
        CompletedSteps = completedSteps;
    }

    /// <summary>The state at the checkpoint.</summary>
    public TState State { get; }

    /// <summary>The parameters at the checkpoint.</summary>
    public T[] Parameters { get; }

    /// <summary>
    /// How many steps the run had completed; pass it as <see cref="ScanOptions.StartStep"/> and scan the
    /// remaining steps to continue the run exactly where it stopped.
    /// </summary>
    public long CompletedSteps { get; }
}
