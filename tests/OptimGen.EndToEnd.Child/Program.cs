using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using OptimGen;
using OptimGen.Optimizers;

namespace OptimGen.EndToEnd.Child;

/// <summary>
/// Runs Adam for a fixed number of steps over a slow quadratic, checkpointing every 25 steps; with
/// --resume it continues from the checkpoint. Writes the final parameters' bytes to --out.
/// Usage: child --checkpoint PATH --steps N --out PATH [--resume]
/// </summary>
internal static class Program
{
    private const int Size = 257;

    public static int Main(string[] args)
    {
        string checkpoint = Argument(args, "--checkpoint");
        int steps = int.Parse(Argument(args, "--steps"));
        string output = Argument(args, "--out");
        bool resume = Array.IndexOf(args, "--resume") >= 0;

        var adam = new Adam { LearningRate = 0.01 };
        double[] parameters;
        Adam.State state;
        long done = 0;
        if (resume)
        {
            Checkpoint<Adam.State, double> restored = adam.LoadCheckpoint(checkpoint);
            (state, parameters, done) = (restored.State, restored.Parameters, restored.CompletedSteps);
            Console.WriteLine($"resumed from step {done}");
        }
        else
        {
            parameters = new double[Size];
            for (int i = 0; i < Size; i++)
                parameters[i] = Math.Sin(i);
            state = adam.Init(parameters);
        }

        adam.Scan(ref state, parameters, new SlowQuadratic(), steps - (int)done,
            new ScanOptions { CheckpointPath = checkpoint, CheckpointInterval = 25, StartStep = done });
        File.WriteAllBytes(output, MemoryMarshal.AsBytes(parameters.AsSpan()).ToArray());
        Console.WriteLine("finished");
        return 0;
    }

    private static string Argument(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"missing {name}");
    }

    /// <summary>sum (i + 1) (x_i - 1)^2 / 2, made slow with a short sleep so the test can kill the run mid-way.</summary>
    private struct SlowQuadratic : IObjective<double>
    {
        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            Thread.Sleep(2);
            double value = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double d = x[i] - 1;
                gradient[i] = (i + 1) * d;
                value += (i + 1) * d * d / 2;
            }

            return value;
        }
    }
}
