using System;
using System.ComponentModel;
using System.IO;
using System.Security.Cryptography;

namespace OptimGen;

/// <summary>
/// The checkpoint file: a header (magic, format version, payload length), the payload (state layout and
/// precision, completed steps, parameters, every slot) and a 32-byte seal of the payload. It is written to a
/// temporary file, flushed to disk and renamed over the target, so a crash leaves the previous checkpoint
/// whole; a truncated or corrupted file fails its length or seal test and is refused.
/// </summary>
/// <remarks>
/// The seal is a SHA-256 (format 1), which detects accidents (a torn write, a flipped bit) but not tampering:
/// anyone can recompute it. With a key (<see cref="ScanOptions.CheckpointKey"/>) the seal is an HMAC-SHA256
/// (format 2), which only a holder of the key can produce. Either way the reader trusts nothing past the seal:
/// it resolves no type named in the file, checks every count and length against the bytes left, and turns
/// any decoding failure into an <see cref="InvalidDataException"/> naming the file.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CheckpointFile
{
    private const long Magic = 0x54504B43_4754504F; // "OPTGCKPT" little-endian
    private const int HashedFormat = 1;
    private const int KeyedFormat = 2;
    private const int HeaderSize = 8 + 4 + 8;
    private const int SealSize = 32;

    /// <summary>Writes a checkpoint atomically, sealed with a SHA-256; called by the generated <c>Scan</c>.</summary>
    public static void Save<TState, T>(string path, StateLayout layout, long completedSteps, ReadOnlySpan<T> parameters, TState state)
        where TState : ICheckpointState
        where T : unmanaged =>
        Save(path, layout, completedSteps, parameters, state, key: null);

    /// <summary>
    /// Writes a checkpoint atomically; called by the generated <c>Scan</c>. With a <paramref name="key"/>, the
    /// seal is an HMAC-SHA256 under that key and only a load with the same key accepts the file.
    /// </summary>
    public static void Save<TState, T>(string path, StateLayout layout, long completedSteps, ReadOnlySpan<T> parameters, TState state, byte[]? key)
        where TState : ICheckpointState
        where T : unmanaged
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (layout is null) throw new ArgumentNullException(nameof(layout));
        if (state is null) throw new ArgumentNullException(nameof(state));
        if (key is { Length: 0 }) throw new ArgumentException("A checkpoint key must not be empty.", nameof(key));

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
            header.Write(key is null ? HashedFormat : KeyedFormat);
            header.Write((long)length);
            header.Flush();
            file.Write(body, 0, length);
            file.Write(Seal(body.AsSpan(0, length), key));
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a checkpoint sealed with a SHA-256.</summary>
    /// <exception cref="InvalidDataException">The file is not a checkpoint, or it is truncated, corrupted or keyed.</exception>
    /// <exception cref="CheckpointMismatchException">Its layout or precision differs from <paramref name="layout"/>.</exception>
    public static Checkpoint<TState, T> Load<TState, T>(string path, StateLayout layout, Func<CheckpointReader, int, TState> readSlots)
        where T : unmanaged =>
        Load<TState, T>(path, layout, readSlots, checkState: null, key: null);

    /// <summary>
    /// Reads a checkpoint; called by the generated <c>LoadCheckpoint</c>. With a <paramref name="key"/> the file
    /// must carry an HMAC-SHA256 under that key; without one it must carry a SHA-256.
    /// </summary>
    /// <param name="path">The checkpoint file.</param>
    /// <param name="layout">The running code's state layout, which the file's must match.</param>
    /// <param name="readSlots">Reads the slots for the parameter count (the generated <c>State.ReadSlots</c>).</param>
    /// <param name="checkState">Checks the state's shapes against the optimizer's hyperparameters; an
    /// <see cref="ArgumentException"/> it throws becomes a <see cref="CheckpointMismatchException"/>.</param>
    /// <param name="key">The key of a keyed checkpoint; null for one sealed with a SHA-256.</param>
    /// <exception cref="InvalidDataException">The file is not a checkpoint, or it is truncated, corrupted or not sealed as asked.</exception>
    /// <exception cref="CheckpointMismatchException">Its layout, precision or shapes differ from this optimizer's.</exception>
    public static Checkpoint<TState, T> Load<TState, T>(
        string path,
        StateLayout layout,
        Func<CheckpointReader, int, TState> readSlots,
        Action<TState, int>? checkState,
        byte[]? key)
        where T : unmanaged
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (layout is null) throw new ArgumentNullException(nameof(layout));
        if (readSlots is null) throw new ArgumentNullException(nameof(readSlots));
        if (key is { Length: 0 }) throw new ArgumentException("A checkpoint key must not be empty.", nameof(key));

        byte[] file = File.ReadAllBytes(path);
        var reader = new CheckpointReader(Unseal(path, file, key), path);
        try
        {
            Checkpoint<TState, T> checkpoint = Decode<TState, T>(path, reader, layout, readSlots);
            CheckShapes(path, checkpoint, checkState);
            return checkpoint;
        }
        catch (Exception e) when (e is not (InvalidDataException or CheckpointMismatchException or OperationCanceledException))
        {
            // Generated ReadSlots and the allocations it makes can only fail on data they did not expect.
            throw reader.Damaged(e.Message);
        }
    }

    private static Checkpoint<TState, T> Decode<TState, T>(string path, CheckpointReader reader, StateLayout layout, Func<CheckpointReader, int, TState> readSlots)
        where T : unmanaged
    {
        StateLayout written = LayoutCodec.Read(reader, layout, out string? unknownType);
        string? difference = layout.SpecName != written.SpecName
            ? layout.DescribeMismatch(written)
            : unknownType ?? layout.DescribeMismatch(written);
        if (difference is not null)
            throw new CheckpointMismatchException(path, difference);

        long completedSteps = reader.ReadInt64();
        if (completedSteps < 0)
            throw reader.Damaged($"it claims {completedSteps} completed steps");
        string parameterType = reader.ReadString();
        if (parameterType != typeof(T).FullName)
            throw new CheckpointMismatchException(path, $"its parameters are {parameterType} but this code uses {typeof(T).FullName}");
        T[] parameters = ReadParameters<T>(reader);
        TState state = readSlots(reader, parameters.Length);
        if (reader.Remaining != 0)
            throw reader.Damaged($"{reader.Remaining} bytes follow its last slot");
        return new Checkpoint<TState, T>(state, parameters, completedSteps);
    }

    /// <summary>A state whose lengths do not fit this optimizer's hyperparameters cannot be carried by it.</summary>
    private static void CheckShapes<TState, T>(string path, Checkpoint<TState, T> checkpoint, Action<TState, int>? checkState)
    {
        try
        {
            checkState?.Invoke(checkpoint.State, checkpoint.Parameters.Length);
        }
        catch (ArgumentException e)
        {
            throw new CheckpointMismatchException(path, "its state does not fit this optimizer: " + e.Message, e);
        }
    }

    /// <returns>The payload, once the header, the length and the seal agree with the file.</returns>
    private static byte[] Unseal(string path, byte[] file, byte[]? key)
    {
        if (file.Length < HeaderSize || BitConverter.ToInt64(file, 0) != Magic)
            throw new InvalidDataException($"'{path}' is not an OptimGen checkpoint.");
        int version = BitConverter.ToInt32(file, 8);
        if (version is not (HashedFormat or KeyedFormat))
            throw new InvalidDataException($"The checkpoint '{path}' has format version {version}; this code reads versions {HashedFormat} and {KeyedFormat}.");
        if (version == KeyedFormat && key is null)
            throw new InvalidDataException($"The checkpoint '{path}' is sealed with a key; load it with that key.");
        if (version == HashedFormat && key is not null)
            throw new InvalidDataException($"The checkpoint '{path}' is not sealed with a key, so nothing proves who wrote it; it is refused when a key is given.");

        long length = BitConverter.ToInt64(file, 12);
        long held = Math.Max(0, file.Length - HeaderSize - SealSize);
        if (length < 0 || length != held || file.Length < HeaderSize + SealSize)
            throw new InvalidDataException($"The checkpoint '{path}' is truncated or damaged: the header announces {length} payload bytes, the file holds {held}.");

        ReadOnlySpan<byte> body = file.AsSpan(HeaderSize, (int)length);
        byte[] expected = Seal(body, key);
        if (!CryptographicOperations.FixedTimeEquals(expected, file.AsSpan(HeaderSize + (int)length, SealSize)))
        {
            throw new InvalidDataException(key is null
                ? $"The checkpoint '{path}' is corrupted: its checksum does not match its content."
                : $"The checkpoint '{path}' is corrupted, or was not written with this key: its HMAC does not match its content.");
        }

        return body.ToArray();
    }

    private static byte[] Seal(ReadOnlySpan<byte> body, byte[]? key) =>
        key is null ? SHA256.HashData(body) : HMACSHA256.HashData(key, body);

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
