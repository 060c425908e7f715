using System;

namespace OptimGen;

/// <summary>
/// A checkpoint whose state layout or precision differs from the running code's: the run-time twin of
/// OPT0002. The message names the mismatching slot and both types.
/// </summary>
public sealed class CheckpointMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for the checkpoint at <paramref name="path"/>.</summary>
    public CheckpointMismatchException(string path, string difference)
        : base($"The checkpoint '{path}' cannot be loaded: {difference}.")
    {
        Difference = difference;
    }

    /// <summary>Creates the exception for the checkpoint at <paramref name="path"/>, caused by <paramref name="inner"/>.</summary>
    public CheckpointMismatchException(string path, string difference, Exception inner)
        : base($"The checkpoint '{path}' cannot be loaded: {difference}.", inner)
    {
        Difference = difference;
    }

    /// <summary>The first difference found, naming the slot and both types.</summary>
    public string Difference { get; }
}
