using System;
using System.ComponentModel;
using System.IO;
using System.Security.Cryptography;

namespace OptimGen;

/// <summary>
/// The checkpoint file: a header (magic, format version, payload length), the payload (state layout and
/// precision, completed steps, parameters, every slot) and a SHA-256 of the payload. It is written to a
/// temporary file, flushed to disk and renamed over the target, so a crash leaves the previous checkpoint
/// whole; a truncated or corrupted file fails its length or checksum test and is refused.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CheckpointFile
{
    private const long Magic = 0x54504B43_4754504F; // "OPTGCKPT" little-endian
    private const int FormatVersion = 1;
    private const int HeaderSize = 8 + 4 + 8;
    private const int ChecksumSize = 32;

    /// <summary>Writes a checkpoint atomically; called by the generated <c>Scan</c>.</summary>
    public static void Save<TState, T>(string path, StateLayout layout, long completedSteps, ReadOnlySpan<T> parameters, TState state)
        where TState : ICheckpointState
        where T : unmanaged
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (state is null) throw new ArgumentNullException(nameof(state));

        using var payload = new MemoryStream();
        var writer = new CheckpointWriter(payload);
        LayoutCodec.Write(writer, layout);
        writer.Write(completedSteps);
        writer.Write(typeof(T).FullName!);
        WriteParameters(writer, parameters);
        state.WriteSlots(writer);
        writer.Flush();

        byte[] body = payload.GetBuffer();
        int length = (int)payload.Length;
        string temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using var header = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
            header.Write(Magic);
            header.Write(FormatVersion);
            header.Write((long)length);
            header.Flush();
            file.Write(body, 0, length);
            file.Write(SHA256.HashData(body.AsSpan(0, length)));
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Reads a checkpoint; called by the generated <c>LoadCheckpoint</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a checkpoint, or it is truncated or corrupted.</exception>
    /// <exception cref="CheckpointMismatchException">Its layout or precision differs from <paramref name="layout"/>.</exception>
    public static Checkpoint<TState, T> Load<TState, T>(string path, StateLayout layout, Func<CheckpointReader, int, TState> readSlots)
        where T : unmanaged
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (readSlots is null) throw new ArgumentNullException(nameof(readSlots));

        byte[] file = File.ReadAllBytes(path);
        using var payload = new MemoryStream(Verify(path, file), writable: false);
        var reader = new CheckpointReader(payload);
        StateLayout written = LayoutCodec.Read(reader);
        if (layout.DescribeMismatch(written) is { } difference)
            throw new CheckpointMismatchException(path, difference);

        long completedSteps = reader.ReadInt64();
        string parameterType = reader.ReadString();
        if (parameterType != typeof(T).FullName)
            throw new CheckpointMismatchException(path, $"its parameters are {parameterType} but this code uses {typeof(T).FullName}");
        T[] parameters = ReadParameters<T>(reader);
        TState state = readSlots(reader, parameters.Length);
        if (payload.Position != payload.Length)
            throw new InvalidDataException($"The checkpoint '{path}' is damaged: {payload.Length - payload.Position} bytes follow its last slot.");
        return new Checkpoint<TState, T>(state, parameters, completedSteps);
    }

    /// <returns>The payload, once the header, the length and the checksum agree with the file.</returns>
    private static byte[] Verify(string path, byte[] file)
    {
        if (file.Length < HeaderSize || BitConverter.ToInt64(file, 0) != Magic)
            throw new InvalidDataException($"'{path}' is not an OptimGen checkpoint.");
        int version = BitConverter.ToInt32(file, 8);
        if (version != FormatVersion)
            throw new InvalidDataException($"The checkpoint '{path}' has format version {version}; this code reads version {FormatVersion}.");
        long length = BitConverter.ToInt64(file, 12);
        if (length < 0 || HeaderSize + length + ChecksumSize != file.Length)
            throw new InvalidDataException($"The checkpoint '{path}' is truncated or damaged: the header announces {length} payload bytes, the file holds {Math.Max(0, file.Length - HeaderSize - ChecksumSize)}.");

        byte[] body = file.AsSpan(HeaderSize, (int)length).ToArray();
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(file.AsSpan(HeaderSize + (int)length, ChecksumSize)))
            throw new InvalidDataException($"The checkpoint '{path}' is corrupted: its checksum does not match its content.");
        return body;
    }

    private static void WriteParameters<T>(CheckpointWriter writer, ReadOnlySpan<T> parameters)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(parameters));
        else if (typeof(T) == typeof(float))
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(parameters));
        else
            throw new NotSupportedException($"Parameters of type {typeof(T)} cannot be checkpointed.");
    }

    private static T[] ReadParameters<T>(CheckpointReader reader)
        where T : unmanaged
    {
        if (typeof(T) == typeof(double))
            return (T[])(object)reader.ReadDoubles();
        if (typeof(T) == typeof(float))
            return (T[])(object)reader.ReadSingles();
        throw new NotSupportedException($"Parameters of type {typeof(T)} cannot be checkpointed.");
    }
}
