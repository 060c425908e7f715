using System.ComponentModel;

namespace OptimGen;

/// <summary>A generated <c>State</c> that can write its slots into a checkpoint.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ICheckpointState
{
    /// <summary>Writes every slot, in layout order.</summary>
    void WriteSlots(CheckpointWriter writer);
}
