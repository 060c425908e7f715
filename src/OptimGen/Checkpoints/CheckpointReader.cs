using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace OptimGen;

/// <summary>
/// Reads the payload of a checkpoint written by <see cref="CheckpointWriter"/>. Generated
/// <c>State.ReadSlots</c> calls it once per slot. It trusts nothing it reads: every length is checked against
/// the bytes that are left before anything is allocated, strings must be valid UTF-8 and booleans 0 or 1,
/// and any of these failures is an <see cref="InvalidDataException"/> naming the file.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CheckpointReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] payload;
    private readonly string path;
    private int position;

    internal CheckpointReader(byte[] payload, string path)
    {
        this.payload = payload;
        this.path = path;
    }

    /// <summary>How many bytes of the payload are not read yet.</summary>
    internal int Remaining => payload.Length - position;

    /// <summary>Reads a 64-bit integer.</summary>
    public long ReadInt64() => BitConverter.ToInt64(Take(sizeof(long), "a 64-bit integer"));

    /// <summary>Reads a 32-bit integer.</summary>
    public int ReadInt32() => BitConverter.ToInt32(Take(sizeof(int), "a 32-bit integer"));

    /// <summary>Reads a double.</summary>
    public double ReadDouble() => BitConverter.ToDouble(Take(sizeof(double), "a double"));

    /// <summary>Reads a float.</summary>
    public float ReadSingle() => BitConverter.ToSingle(Take(sizeof(float), "a float"));

    /// <summary>Reads a boolean, written as one byte that is 0 or 1.</summary>
    public bool ReadBoolean()
    {
        byte value = Take(1, "a boolean")[0];
        return value switch
        {
            0 => false,
            1 => true,
            _ => throw Damaged($"a boolean holds the byte {value}"),
        };
    }

    /// <summary>Reads a string: its UTF-8 length as a 7-bit encoded integer, then its UTF-8 bytes.</summary>
    public string ReadString()
    {
        int length = Read7BitLength();
        if (length > Remaining)
            throw Damaged($"a string claims {length} bytes, more than the {Remaining} left");
        try
        {
            return StrictUtf8.GetString(Take(length, "a string"));
        }
        catch (DecoderFallbackException)
        {
            throw Damaged("a string is not valid UTF-8");
        }
    }

    /// <summary>Reads an array of doubles.</summary>
    public double[] ReadDoubles() => ReadArray<double>();

    /// <summary>Reads an array of floats.</summary>
    public float[] ReadSingles() => ReadArray<float>();

    /// <summary>Reads an array of 64-bit integers.</summary>
    public long[] ReadInt64s() => ReadArray<long>();

    /// <summary>Reads an array of 32-bit integers.</summary>
    public int[] ReadInt32s() => ReadArray<int>();

    /// <summary>Reads an array of booleans, each one byte that is 0 or 1.</summary>
    public bool[] ReadBooleans()
    {
        int length = ReadCount(1, "a boolean array");
        ReadOnlySpan<byte> bytes = Take(length, "a boolean array");
        var values = new bool[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = bytes[i] switch
            {
                0 => false,
                1 => true,
                _ => throw Damaged($"a boolean array holds the byte {bytes[i]}"),
            };
        }

        return values;
    }

    /// <summary>
    /// Reads a count of items that take at least <paramref name="minimumItemSize"/> bytes each, refused when
    /// it is negative or when that many items cannot fit in what is left.
    /// </summary>
    internal int ReadCount(int minimumItemSize, string what)
    {
        int count = ReadInt32();
        if (count < 0)
            throw Damaged($"{what} claims {count} items");
        if ((long)count * minimumItemSize > Remaining)
            throw Damaged($"{what} claims {count} items, more than the {Remaining} bytes left can hold");
        return count;
    }

    /// <summary>An <see cref="InvalidDataException"/> that names the file and what is wrong.</summary>
    internal InvalidDataException Damaged(string problem) =>
        new($"The checkpoint '{path}' is damaged: {problem}.");

    private T[] ReadArray<T>()
        where T : unmanaged
    {
        int size = Marshal.SizeOf<T>();
        int length = ReadCount(size, "an array");
        var values = new T[length];
        Take(length * size, "an array").CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>The 7-bit encoded length <see cref="BinaryWriter"/> writes before a string: at most 5 bytes, at most <see cref="int.MaxValue"/>.</summary>
    private int Read7BitLength()
    {
        uint value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = Take(1, "a string length")[0];
            if (shift == 28 && b > 0b111)
                throw Damaged("a string length does not fit 31 bits");
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return (int)value;
        }

        throw Damaged("a string length runs over 5 bytes");
    }

    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if (count > Remaining)
            throw Damaged($"it ends inside {what}");
        var span = new ReadOnlySpan<byte>(payload, position, count);
        position += count;
        return span;
    }
}
