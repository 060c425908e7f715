using System;
using System.IO;
using System.Linq;
using OptimGen.Runtime.Tests.Specs;

namespace OptimGen.Runtime.Tests;

/// <summary>Scan writes checkpoints that LoadCheckpoint restores exactly, and refuses damaged or foreign ones.</summary>
public sealed class CheckpointTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("optimgen-checkpoint-").FullName;
    private readonly HeavyBall optimizer = new() { LearningRate = (Real)0.05, Momentum = (Real)0.5, MemorySize = 3 };

    private string PathOf(string name) => Path.Combine(directory, name);

    [Fact]
    public void Scan_writes_a_checkpoint_that_restores_state_and_parameters()
    {
        Real[] x = Mode.Start(5);
        HeavyBall.State state = optimizer.Init(x);
        string path = PathOf("run.ckpt");

        optimizer.Scan(ref state, x, new Bowl(), 25, new ScanOptions { CheckpointPath = path, CheckpointInterval = 10 });
        Checkpoint<HeavyBall.State, Real> checkpoint = optimizer.LoadCheckpoint(path);

        // The last multiple of 10 completed: step 20. Replay 20 steps to compare.
        Real[] expected = Mode.Start(5);
        HeavyBall.State expectedState = optimizer.Init(expected);
        optimizer.Scan(ref expectedState, expected, new Bowl(), 20);
        Assert.Equal(20, checkpoint.CompletedSteps);
        Assert.Equal(expected, checkpoint.Parameters);
        Assert.Equal(expectedState, checkpoint.State);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Resuming_from_a_checkpoint_continues_the_run_exactly()
    {
        string path = PathOf("resume.ckpt");
        Real[] first = Mode.Start(4);
        HeavyBall.State firstState = optimizer.Init(first);
        optimizer.Scan(ref firstState, first, new Bowl(), 30, new ScanOptions { CheckpointPath = path, CheckpointInterval = 7 });

        Checkpoint<HeavyBall.State, Real> checkpoint = optimizer.LoadCheckpoint(path);
        HeavyBall.State resumed = checkpoint.State;
        Real[] parameters = checkpoint.Parameters;
        optimizer.Scan(ref resumed, parameters, new Bowl(), 50 - (int)checkpoint.CompletedSteps,
            new ScanOptions { CheckpointPath = path, CheckpointInterval = 7, StartStep = checkpoint.CompletedSteps });

        Real[] uninterrupted = Mode.Start(4);
        HeavyBall.State uninterruptedState = optimizer.Init(uninterrupted);
        optimizer.Scan(ref uninterruptedState, uninterrupted, new Bowl(), 50);
        Assert.Equal(28, checkpoint.CompletedSteps);
        Assert.Equal(uninterrupted, parameters);
        Assert.Equal(uninterruptedState, resumed);
        Assert.Equal(49, optimizer.LoadCheckpoint(path).CompletedSteps);
    }

    [Fact]
    public void Chain_states_round_trip_through_a_checkpoint()
    {
        var chain = new ClippedHeavyBall { Ball = new HeavyBall { MemorySize = 2 } };
        Real[] x = Mode.Start(3);
        ClippedHeavyBall.State state = chain.Init(x);
        string path = PathOf("chain.ckpt");

        chain.Scan(ref state, x, new Bowl(), 6, new ScanOptions { CheckpointPath = path, CheckpointInterval = 6 });
        Checkpoint<ClippedHeavyBall.State, Real> checkpoint = chain.LoadCheckpoint(path);

        Assert.Equal(state, checkpoint.State);
        Assert.Equal(x, checkpoint.Parameters);
        Assert.Equal(3, checkpoint.State.OptimGenScratch.Length);
    }

    [Fact]
    public void A_truncated_checkpoint_is_refused()
    {
        string path = WriteCheckpoint("truncated.ckpt");
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length - 17).ToArray());

        var error = Assert.Throws<InvalidDataException>(() => optimizer.LoadCheckpoint(path));
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_corrupted_checkpoint_is_refused()
    {
        string path = WriteCheckpoint("corrupted.ckpt");
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => optimizer.LoadCheckpoint(path));
        Assert.Contains("checksum", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_checkpoint_is_refused()
    {
        string path = PathOf("text.ckpt");
        File.WriteAllText(path, "steps: 10");

        Assert.Contains("is not an OptimGen checkpoint", Assert.Throws<InvalidDataException>(() => optimizer.LoadCheckpoint(path)).Message);
    }

    [Fact]
    public void A_checkpoint_from_the_other_precision_mode_names_the_slot_and_both_types()
    {
        // What a build in the other mode would have written: the same spec, Real and Integer resolved the other way.
        StateLayout mine = HeavyBall.State.Layout;
        var other = new StateLayout(mine.SpecName, Mode.IsDouble ? Precision.Single : Precision.Double,
            mine.Slots.Select(s => new SlotLayout(s.Name, s.DeclaredType, OtherMode(s.ElementType), s.Shape)).ToArray());
        Real[] x = Mode.Start(2);
        string path = PathOf("other-mode.ckpt");
        CheckpointFile.Save<HeavyBall.State, Real>(path, other, 3, x, optimizer.Init(x));

        var error = Assert.Throws<CheckpointMismatchException>(() => optimizer.LoadCheckpoint(path));

        string expected = Mode.IsDouble
            ? "slot 'Steps' is Int32 (Integer, Single mode) there but Int64 (Integer, Double mode) here"
            : "slot 'Steps' is Int64 (Integer, Double mode) there but Int32 (Integer, Single mode) here";
        Assert.Equal(expected, error.Difference);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_checkpoint_of_another_spec_or_shape_is_refused()
    {
        string path = WriteCheckpoint("heavy-ball.ckpt");

        Assert.Contains("belongs to 'HeavyBall'",
            Assert.Throws<CheckpointMismatchException>(() => new ClipToNorm().LoadCheckpoint(path)).Message);
        // A state whose lengths do not fit the hyperparameters is a mismatch too, not an argument error.
        var shape = Assert.Throws<CheckpointMismatchException>(() => new HeavyBall { MemorySize = 4 }.LoadCheckpoint(path));
        Assert.Contains("Slot 'Weights' has length 3, but its shape [MemorySize] needs 4 elements", shape.Message);
        Assert.IsAssignableFrom<ArgumentException>(shape.InnerException);
    }

    private string WriteCheckpoint(string name)
    {
        Real[] x = Mode.Start(4);
        HeavyBall.State state = optimizer.Init(x);
        string path = PathOf(name);
        optimizer.Scan(ref state, x, new Bowl(), 5, new ScanOptions { CheckpointPath = path, CheckpointInterval = 5 });
        return path;
    }

    private static Type OtherMode(Type type) =>
        type == typeof(double) ? typeof(float)
        : type == typeof(float) ? typeof(double)
        : type == typeof(long) ? typeof(int)
        : type == typeof(int) ? typeof(long)
        : type;

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
