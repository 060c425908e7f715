using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace OptimGen;

/// <summary>
/// Reads the payload of a checkpoint written by <see cref="CheckpointWriter"/>. Generated
/// <c>State.ReadSlots</c> calls it once per slot; running past the end is reported as a damaged file.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CheckpointReader
{
    private readonly BinaryReader reader;

    internal CheckpointReader(Stream stream) => reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);

    /// <summary>Reads a 64-bit integer.</summary>
    public long ReadInt64() => Guard(reader.ReadInt64);

    /// <summary>Reads a 32-bit integer.</summary>
    public int ReadInt32() => Guard(reader.ReadInt32);

    /// <summary>Reads a double.</summary>
    public double ReadDouble() => Guard(reader.ReadDouble);

    /// <summary>Reads a float.</summary>
    public float ReadSingle() => Guard(reader.ReadSingle);

    /// <summary>Reads a boolean.</summary>
    public bool ReadBoolean() => Guard(reader.ReadBoolean);

    /// <summary>Reads a string.</summary>
    public string ReadString() => Guard(reader.ReadString);

    /// <summary>Reads an array of doubles.</summary>
    public double[] ReadDoubles() => ReadArray<double>();

    /// <summary>Reads an array of floats.</summary>
    public float[] ReadSingles() => ReadArray<float>();

    /// <summary>Reads an array of 64-bit integers.</summary>
    public long[] ReadInt64s() => ReadArray<long>();

    /// <summary>Reads an array of 32-bit integers.</summary>
    public int[] ReadInt32s() => ReadArray<int>();

    /// <summary>Reads an array of booleans.</summary>
    public bool[] ReadBooleans() => ReadArray<bool>();

    private T[] ReadArray<T>()
        where T : unmanaged
    {
        int length = ReadInt32();
        long remaining = reader.BaseStream.Length - reader.BaseStream.Position;
        if (length < 0 || (long)length * Marshal.SizeOf<T>() > remaining)
            throw new InvalidDataException($"The checkpoint is damaged: an array claims {length} elements, more than the file holds.");
        var values = new T[length];
        int read = reader.Read(MemoryMarshal.AsBytes(values.AsSpan()));
        if (read != length * Marshal.SizeOf<T>())
            throw new InvalidDataException("The checkpoint is damaged: it ends inside an array.");
        return values;
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The checkpoint is damaged: it ends before its last slot.");
        }
    }
}
