namespace OptimGen;

/// <summary>A generated <c>State</c> that can write its slots into a checkpoint.</summary>
public interface ICheckpointState
{
    /// <summary>Writes every slot, in layout order.</summary>
    void WriteSlots(CheckpointWriter writer);
}
