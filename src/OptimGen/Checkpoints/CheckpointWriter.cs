using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace OptimGen;

/// <summary>
/// Writes the payload of a checkpoint: little-endian scalars, and arrays as a length followed by their raw
/// elements. Generated <c>State.WriteSlots</c> calls it once per slot.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CheckpointWriter
{
    private readonly BinaryWriter writer;

    internal CheckpointWriter(Stream stream) => writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

    /// <summary>Writes a 64-bit integer.</summary>
    public void Write(long value) => writer.Write(value);

    /// <summary>Writes a 32-bit integer.</summary>
    public void Write(int value) => writer.Write(value);

    /// <summary>Writes a double.</summary>
    public void Write(double value) => writer.Write(value);

    /// <summary>Writes a float.</summary>
    public void Write(float value) => writer.Write(value);

    /// <summary>Writes a boolean.</summary>
    public void Write(bool value) => writer.Write(value);

    /// <summary>Writes a string.</summary>
    public void Write(string value) => writer.Write(value);

    /// <summary>Writes an array of doubles.</summary>
    public void Write(ReadOnlySpan<double> values) => WriteArray(values);

    /// <summary>Writes an array of floats.</summary>
    public void Write(ReadOnlySpan<float> values) => WriteArray(values);

    /// <summary>Writes an array of 64-bit integers.</summary>
    public void Write(ReadOnlySpan<long> values) => WriteArray(values);

    /// <summary>Writes an array of 32-bit integers.</summary>
    public void Write(ReadOnlySpan<int> values) => WriteArray(values);

    /// <summary>Writes an array of booleans.</summary>
    public void Write(ReadOnlySpan<bool> values) => WriteArray(values);

    internal void Flush() => writer.Flush();

    private void WriteArray<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("OptimGen checkpoints are written on little-endian machines only.");
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }
}
