using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// A long scan runs in a child process that is killed mid-run; resuming from its last checkpoint gives
/// parameters bit-identical to an uninterrupted run.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class CheckpointKillResumeTests : IDisposable
{
    private const int Steps = 1000;
    private readonly string directory = Directory.CreateTempSubdirectory("optimgen-kill-").FullName;

    [Fact]
    public void A_killed_scan_resumes_from_its_checkpoint_bit_for_bit()
    {
        string checkpoint = Path.Combine(directory, "run.ckpt");
        string interruptedOutput = Path.Combine(directory, "interrupted.bin");

        using (Process run = DotNet.Start(directory, null, Child(checkpoint, interruptedOutput)))
        {
            // Wait for a couple of checkpoints, then kill the process the hard way.
            var clock = Stopwatch.StartNew();
            while (!File.Exists(checkpoint) && clock.Elapsed < TimeSpan.FromMinutes(2) && !run.HasExited)
                Thread.Sleep(20);
            Thread.Sleep(150);
            if (run.HasExited)
                throw new Xunit.Sdk.XunitException("The child ended before it could be killed: " + run.StandardOutput.ReadToEnd() + run.StandardError.ReadToEnd());
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }

        Assert.False(File.Exists(interruptedOutput));
        string resumedOutput = Path.Combine(directory, "resumed.bin");
        DotNet.Result resumed = DotNet.Run(directory, null, TimeSpan.FromMinutes(3), Child(checkpoint, resumedOutput, "--resume")).ShouldSucceed("the resumed run");
        string uninterruptedOutput = Path.Combine(directory, "uninterrupted.bin");
        DotNet.Run(directory, null, TimeSpan.FromMinutes(3), Child(Path.Combine(directory, "other.ckpt"), uninterruptedOutput)).ShouldSucceed("the uninterrupted run");

        long resumedAt = long.Parse(resumed.Output.Split("resumed from step ")[1].Split('\n')[0].Trim());
        Assert.InRange(resumedAt, 25, Steps - 25);
        Assert.Equal(0, resumedAt % 25);
        Assert.Equal(File.ReadAllBytes(uninterruptedOutput), File.ReadAllBytes(resumedOutput));
    }

    private static string[] Child(string checkpoint, string output, params string[] extra) =>
        new[] { Repository.ChildAssembly, "--checkpoint", checkpoint, "--steps", Steps.ToString(), "--out", output }.Concat(extra).ToArray();

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
