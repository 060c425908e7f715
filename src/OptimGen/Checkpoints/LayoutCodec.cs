using System;
using System.Collections.Generic;

namespace OptimGen;

/// <summary>Writes a <see cref="StateLayout"/> into a checkpoint and reads it back for comparison.</summary>
internal static class LayoutCodec
{
    public static void Write(CheckpointWriter writer, StateLayout layout)
    {
        writer.Write(layout.SpecName);
        writer.Write(layout.Precision.ToString());
        writer.Write(layout.Slots.Count);
        foreach (SlotLayout slot in layout.Slots)
        {
            writer.Write(slot.Name);
            writer.Write(slot.DeclaredType);
            writer.Write(slot.ElementType.AssemblyQualifiedName ?? slot.ElementType.FullName ?? slot.ElementType.Name);
            writer.Write(slot.Shape.Count);
            foreach (string dimension in slot.Shape)
                writer.Write(dimension);
            writer.Write(slot.Component is not null);
            if (slot.Component is not null)
                Write(writer, slot.Component);
        }
    }

    public static StateLayout Read(CheckpointReader reader)
    {
        string specName = reader.ReadString();
        string precisionText = reader.ReadString();
        if (!Enum.TryParse(precisionText, out Precision precision))
            throw new System.IO.InvalidDataException($"The checkpoint is damaged: unknown precision '{precisionText}'.");
        int count = reader.ReadInt32();
        var slots = new List<SlotLayout>();
        for (int i = 0; i < count; i++)
        {
            string name = reader.ReadString();
            string declared = reader.ReadString();
            string typeName = reader.ReadString();
            int dimensions = reader.ReadInt32();
            var shape = new string[dimensions];
            for (int d = 0; d < dimensions; d++)
                shape[d] = reader.ReadString();
            // A type this process cannot load still needs a stand-in, so that the comparison can name it.
            Type elementType = Type.GetType(typeName, throwOnError: false) ?? typeof(UnknownType);
            slots.Add(reader.ReadBoolean()
                ? new SlotLayout(name, Read(reader), elementType)
                : new SlotLayout(name, declared, elementType, shape));
        }

        return new StateLayout(specName, precision, slots);
    }

    /// <summary>Stands for a slot type named in a checkpoint that this process cannot load.</summary>
    private sealed class UnknownType
    {
    }
}
