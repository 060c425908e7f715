using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using OptimGen.Runtime.Tests.Specs;
using Xunit.Abstractions;

namespace OptimGen.Runtime.Tests;

/// <summary>
/// The checkpoint reader trusts nothing past the seal. Files whose payload was damaged and then resealed (length
/// and SHA-256 recomputed, as a buggy writer or a hostile file would produce) and files damaged without resealing
/// are loaded thousands of times: each load restores a checkpoint or is refused with
/// <see cref="InvalidDataException"/> (naming the file) or <see cref="CheckpointMismatchException"/>, never
/// anything else, in well under a second and with memory in proportion to the file.
/// </summary>
public sealed class CheckpointFuzzTests : IDisposable
{
    private const int HeaderSize = 20;
    private const int SealSize = 32;
    private const int Cases = 3000;

    private readonly string directory = Directory.CreateTempSubdirectory("optimgen-checkpoint-fuzz-").FullName;
    private readonly HeavyBall heavyBall = new() { LearningRate = (Real)0.05, Momentum = (Real)0.5, MemorySize = 3 };
    private readonly ClippedHeavyBall chain = new() { Ball = new HeavyBall { MemorySize = 2 } };
    private readonly ITestOutputHelper output;

    public CheckpointFuzzTests(ITestOutputHelper output) => this.output = output;

    private string PathOf(string name) => Path.Combine(directory, name);

    [Fact]
    public void Resealed_and_damaged_checkpoints_are_restored_or_refused_with_the_documented_exceptions_quickly()
    {
        byte[] heavyBallFile = File.ReadAllBytes(WriteHeavyBall("heavy-ball.ckpt", key: null));
        byte[] chainFile = File.ReadAllBytes(WriteChain("chain.ckpt"));
        var random = new Random(20261130);
        var outcomes = new Dictionary<string, int>();
        TimeSpan slowest = TimeSpan.Zero;
        string path = PathOf("mutant.ckpt");

        for (int i = 0; i < Cases; i++)
        {
            bool isChain = random.Next(3) == 0;
            byte[] original = isChain ? chainFile : heavyBallFile;
            bool reseal = random.Next(4) != 0;
            byte[] file = reseal ? Seal(MutatePayload(Payload(original), random), key: null) : MutateFile(original, random);
            File.WriteAllBytes(path, file);

            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            string outcome = Load(isChain, path);
            clock.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"case {i} took {clock.Elapsed}");
            // The file read twice (bytes, payload), its arrays and strings, and a bounded constant.
            Assert.True(allocated < 24L * file.Length + 256 * 1024, $"case {i} allocated {allocated} bytes for a file of {file.Length}");
        }

        output.WriteLine($"{Cases} cases, slowest load {slowest.TotalMilliseconds:F2} ms: "
            + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(outcomes.GetValueOrDefault(nameof(InvalidDataException)) > Cases / 4);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(1 << 28)]
    public void A_resealed_count_larger_than_the_file_is_refused_before_anything_is_allocated(int count)
    {
        byte[] payload = Payload(File.ReadAllBytes(WriteHeavyBall("count.ckpt", key: null)));
        var positions = Enumerable.Range(0, payload.Length - 4).ToArray();
        string path = PathOf("count-mutant.ckpt");
        foreach (int position in positions)
        {
            byte[] mutant = (byte[])payload.Clone();
            BitConverter.TryWriteBytes(mutant.AsSpan(position), count);
            File.WriteAllBytes(path, Seal(mutant, key: null));

            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            string outcome = Load(isChain: false, path);
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 1 << 20, $"position {position}: {outcome}");
        }
    }

    [Fact]
    public void A_type_named_in_the_file_is_compared_as_text_and_never_loaded()
    {
        // A layout whose slot names a type of an assembly that does not exist, with a culture that does not either.
        const string Hostile = "Evil.Payload, OptimGenEvilAssembly, Version=6.6.6.6, Culture=xx-NOPE, PublicKeyToken=null";
        StateLayout layout = HeavyBall.State.Layout;
        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(layout.SpecName);
            writer.Write(layout.Precision.ToString());
            writer.Write(layout.Slots.Count);
            foreach (SlotLayout slot in layout.Slots)
            {
                writer.Write(slot.Name);
                writer.Write(slot.DeclaredType);
                writer.Write(slot.Name == "Steps" ? Hostile : slot.ElementType.FullName!);
                writer.Write(slot.Shape.Count);
                foreach (string dimension in slot.Shape)
                    writer.Write(dimension);
                writer.Write(false);
            }
        }

        string path = PathOf("hostile-type.ckpt");
        File.WriteAllBytes(path, Seal(payload.ToArray(), key: null));

        var error = Assert.Throws<CheckpointMismatchException>(() => heavyBall.LoadCheckpoint(path));

        Assert.Equal($"slot 'Steps' has element type '{Hostile}' there, which this code does not use", error.Difference);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "OptimGenEvilAssembly");
    }

    [Fact]
    public void A_deeply_nested_layout_is_refused_without_exhausting_the_stack()
    {
        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            for (int depth = 0; depth < 100_000; depth++)
            {
                writer.Write(depth == 0 ? chain.GetType().FullName! : "X");
                writer.Write(Mode.IsDouble ? "Double" : "Single");
                writer.Write(1);
                writer.Write("Ball");
                writer.Write("X.State");
                writer.Write("X+State");
                writer.Write(0);
                writer.Write(true);
            }
        }

        string path = PathOf("deep.ckpt");
        File.WriteAllBytes(path, Seal(payload.ToArray(), key: null));

        var error = Assert.Throws<InvalidDataException>(() => chain.LoadCheckpoint(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("nests components more than", error.Message);
    }

    [Fact]
    public void Every_refusal_of_damaged_data_names_the_file()
    {
        byte[] payload = Payload(File.ReadAllBytes(WriteHeavyBall("named.ckpt", key: null)));
        string path = PathOf("named-mutant.ckpt");
        var random = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            File.WriteAllBytes(path, Seal(MutatePayload(payload, random), key: null));
            try
            {
                heavyBall.LoadCheckpoint(path);
            }
            catch (InvalidDataException e)
            {
                Assert.Contains(path, e.Message);
            }
            catch (CheckpointMismatchException e)
            {
                Assert.Contains(path, e.Message);
            }
        }
    }

    [Fact]
    public void A_keyed_checkpoint_restores_with_its_key_and_is_refused_otherwise()
    {
        byte[] key = RandomNumberGenerator.GetBytes(32);
        string path = WriteHeavyBall("keyed.ckpt", key);
        Real[] x = Mode.Start(4);
        HeavyBall.State expected = heavyBall.Init(x);
        heavyBall.Scan(ref expected, x, new Bowl(), 5);

        Checkpoint<HeavyBall.State, Real> checkpoint = heavyBall.LoadCheckpoint(path, key);

        Assert.Equal(expected, checkpoint.State);
        Assert.Equal(x, checkpoint.Parameters);
        Assert.Contains("sealed with a key", Assert.Throws<InvalidDataException>(() => heavyBall.LoadCheckpoint(path)).Message);
        Assert.Contains("HMAC does not match", Assert.Throws<InvalidDataException>(() => heavyBall.LoadCheckpoint(path, RandomNumberGenerator.GetBytes(32))).Message);

        // Whoever lacks the key cannot forge one: a changed payload resealed with a plain SHA-256 or with another key is refused.
        byte[] payload = Payload(File.ReadAllBytes(path));
        payload[^1] ^= 1;
        File.WriteAllBytes(path, Seal(payload, key: null));
        Assert.Throws<InvalidDataException>(() => heavyBall.LoadCheckpoint(path, key));
        File.WriteAllBytes(path, Seal(payload, RandomNumberGenerator.GetBytes(32)));
        Assert.Contains("HMAC does not match", Assert.Throws<InvalidDataException>(() => heavyBall.LoadCheckpoint(path, key)).Message);
    }

    [Fact]
    public void An_unkeyed_checkpoint_is_refused_when_a_key_is_given()
    {
        string path = WriteHeavyBall("unkeyed.ckpt", key: null);

        var error = Assert.Throws<InvalidDataException>(() => heavyBall.LoadCheckpoint(path, new byte[] { 1, 2, 3 }));
        Assert.Contains("not sealed with a key", error.Message);
        Assert.Throws<ArgumentException>(() => new ScanOptions { CheckpointKey = Array.Empty<byte>() });
    }

    /// <summary>Loads and names the outcome; any exception other than the documented two fails the test.</summary>
    private string Load(bool isChain, string path)
    {
        try
        {
            if (isChain)
                chain.LoadCheckpoint(path);
            else
                heavyBall.LoadCheckpoint(path);
            return "restored";
        }
        catch (InvalidDataException e)
        {
            Assert.Contains(path, e.Message);
            return nameof(InvalidDataException);
        }
        catch (CheckpointMismatchException)
        {
            return nameof(CheckpointMismatchException);
        }
    }

    /// <summary>Damage to the payload: bit flips, bytes set to edge values, int32 fields overwritten, cuts, inserts, duplicated or swapped ranges.</summary>
    private static byte[] MutatePayload(byte[] payload, Random random)
    {
        var bytes = new List<byte>(payload);
        for (int operations = random.Next(1, 4); operations > 0 && bytes.Count > 0; operations--)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = new byte[] { 0, 1, 0x7F, 0x80, 0xFF, 0xFE, 0xC0 }[random.Next(7)];
                    break;
                case 2:
                    int value = new[] { int.MaxValue, int.MinValue, -1, 0, 1, 1 << 20, 1 << 30, 0x7F7F7F7F, random.Next() }[random.Next(9)];
                    byte[] field = BitConverter.GetBytes(value);
                    for (int k = 0; k < 4 && at + k < bytes.Count; k++)
                        bytes[at + k] = field[k];
                    break;
                case 3:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)));
                    break;
                case 4:
                    bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 16)).Select(_ => (byte)random.Next(256)));
                    break;
                case 5:
                    int length = Math.Min(bytes.Count - at, random.Next(1, 32));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 6:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // A string length that claims the most a 7-bit length can, or runs over five bytes.
                    bytes.InsertRange(at, random.Next(2) == 0 ? new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x07 } : new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 });
                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>Damage to the whole file, not resealed: the seal or the header must catch it.</summary>
    private static byte[] MutateFile(byte[] file, Random random)
    {
        byte[] bytes = (byte[])file.Clone();
        switch (random.Next(4))
        {
            case 0:
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1:
                return bytes.AsSpan(0, random.Next(bytes.Length)).ToArray();
            case 2:
                BitConverter.TryWriteBytes(bytes.AsSpan(12), new[] { long.MaxValue, long.MinValue, -1L, 0L, bytes.Length * 2L }[random.Next(5)]);
                return bytes;
            default:
                BitConverter.TryWriteBytes(bytes.AsSpan(8), random.Next(2) == 0 ? 3 : -1);
                return bytes;
        }
    }

    private static byte[] Payload(byte[] file) => file.AsSpan(HeaderSize, file.Length - HeaderSize - SealSize).ToArray();

    /// <summary>A complete file around <paramref name="payload"/>: header with its true length, and a SHA-256 (or, with a key, an HMAC-SHA256) seal.</summary>
    private static byte[] Seal(byte[] payload, byte[]? key)
    {
        var file = new MemoryStream();
        using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(0x54504B43_4754504FL);
            writer.Write(key is null ? 1 : 2);
            writer.Write((long)payload.Length);
            writer.Write(payload);
            writer.Write(key is null ? SHA256.HashData(payload) : HMACSHA256.HashData(key, payload));
        }

        return file.ToArray();
    }

    private string WriteHeavyBall(string name, byte[]? key)
    {
        Real[] x = Mode.Start(4);
        HeavyBall.State state = heavyBall.Init(x);
        string path = PathOf(name);
        heavyBall.Scan(ref state, x, new Bowl(), 5, new ScanOptions { CheckpointPath = path, CheckpointInterval = 5, CheckpointKey = key });
        return path;
    }

    private string WriteChain(string name)
    {
        Real[] x = Mode.Start(3);
        ClippedHeavyBall.State state = chain.Init(x);
        string path = PathOf(name);
        chain.Scan(ref state, x, new Bowl(), 4, new ScanOptions { CheckpointPath = path, CheckpointInterval = 4 });
        return path;
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
