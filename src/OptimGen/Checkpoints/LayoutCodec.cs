using System;
using System.Collections.Generic;

namespace OptimGen;

/// <summary>
/// Writes a <see cref="StateLayout"/> into a checkpoint and reads it back for comparison. Reading resolves no
/// type from the file: element types are compared by name with the types the running code expects, so a file
/// can never make this process load an assembly.
/// </summary>
internal static class LayoutCodec
{
    /// <summary>Deeper nesting of chains than any real one; a file that claims more is damaged.</summary>
    internal const int MaximumDepth = 32;

    /// <summary>More slots in one layout than any real one; a file that claims more is damaged.</summary>
    internal const int MaximumSlots = 65_536;

    // The smallest slot record: three empty strings (one length byte each), the dimension count, the component flag.
    private const int MinimumSlotSize = 3 + sizeof(int) + 1;

    public static void Write(CheckpointWriter writer, StateLayout layout)
    {
        writer.Write(layout.SpecName);
        writer.Write(layout.Precision.ToString());
        writer.Write(layout.Slots.Count);
        foreach (SlotLayout slot in layout.Slots)
        {
            writer.Write(slot.Name);
            writer.Write(slot.DeclaredType);
            writer.Write(TypeName(slot.ElementType));
            writer.Write(slot.Shape.Count);
            foreach (string dimension in slot.Shape)
                writer.Write(dimension);
            writer.Write(slot.Component is not null);
            if (slot.Component is not null)
                Write(writer, slot.Component);
        }
    }

    /// <summary>
    /// Reads the layout a checkpoint was written with. Element types the running code knows (those of
    /// <paramref name="expected"/>) are matched by name; any other is kept as a stand-in and reported in
    /// <paramref name="unknownType"/>, which names the slot and the type as the file spells it.
    /// </summary>
    public static StateLayout Read(CheckpointReader reader, StateLayout expected, out string? unknownType)
    {
        var known = new Dictionary<string, Type>(StringComparer.Ordinal);
        Collect(expected, known, 0);
        unknownType = null;
        int slotsRead = 0;
        return Read(reader, known, 0, ref slotsRead, ref unknownType);
    }

    private static StateLayout Read(CheckpointReader reader, Dictionary<string, Type> known, int depth, ref int slotsRead, ref string? unknownType)
    {
        if (depth > MaximumDepth)
            throw reader.Damaged($"its layout nests components more than {MaximumDepth} deep");
        string specName = reader.ReadString();
        string precisionText = reader.ReadString();
        Precision precision = precisionText switch
        {
            nameof(Precision.Double) => Precision.Double,
            nameof(Precision.Single) => Precision.Single,
            _ => throw reader.Damaged($"unknown precision '{precisionText}'"),
        };
        int count = reader.ReadCount(MinimumSlotSize, "the layout");
        var slots = new List<SlotLayout>(Math.Min(count, 64));
        for (int i = 0; i < count; i++)
        {
            if (++slotsRead > MaximumSlots)
                throw reader.Damaged($"its layout claims more than {MaximumSlots} slots");
            string name = reader.ReadString();
            string declared = reader.ReadString();
            string typeName = reader.ReadString();
            int dimensions = reader.ReadCount(1, $"the shape of slot '{name}'");
            var shape = new string[dimensions];
            for (int d = 0; d < dimensions; d++)
                shape[d] = reader.ReadString();
            if (!known.TryGetValue(WithoutAssembly(typeName), out Type? elementType))
            {
                unknownType ??= $"slot '{name}' has element type '{typeName}' there, which this code does not use";
                elementType = typeof(UnknownType);
            }

            slots.Add(reader.ReadBoolean()
                ? new SlotLayout(name, Read(reader, known, depth + 1, ref slotsRead, ref unknownType), elementType)
                : new SlotLayout(name, declared, elementType, shape));
        }

        return new StateLayout(specName, precision, slots);
    }

    /// <summary>The types a checkpoint for <paramref name="layout"/> may name: the five slot types and every component state.</summary>
    private static void Collect(StateLayout layout, Dictionary<string, Type> known, int depth)
    {
        foreach (Type type in new[] { typeof(double), typeof(float), typeof(long), typeof(int), typeof(bool) })
            known[TypeName(type)] = type;
        if (depth > MaximumDepth)
            return;
        foreach (SlotLayout slot in layout.Slots)
        {
            known[TypeName(slot.ElementType)] = slot.ElementType;
            if (slot.Component is not null)
                Collect(slot.Component, known, depth + 1);
        }
    }

    /// <summary>The name a checkpoint stores: the full name without the assembly, so a rebuilt assembly reads its old checkpoints.</summary>
    private static string TypeName(Type type) => type.FullName ?? type.Name;

    /// <summary>Files of the first release stored assembly-qualified names: <c>Name, Assembly, Version=...</c>.</summary>
    private static string WithoutAssembly(string typeName)
    {
        int comma = typeName.IndexOf(',');
        return comma < 0 ? typeName : typeName.Substring(0, comma);
    }

    /// <summary>Stands for a slot type named in a checkpoint that the running code does not use.</summary>
    private sealed class UnknownType
    {
    }
}
