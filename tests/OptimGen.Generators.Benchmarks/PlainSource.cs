namespace OptimGen.Generators.Benchmarks;

/// <summary>
/// The baseline of <see cref="CompileTimeBenchmarks"/>: the contract's heavy-ball optimizer and the same program,
/// written by hand without OptimGen (a state class, Init, Step with its length checks), for a project that
/// does not use OptimGen at all.
/// </summary>
internal static class PlainSource
{
    public static string For(string precision) =>
        (precision == "Single" ? "using Real = float;\nusing Integer = int;\n" : "using Real = double;\nusing Integer = long;\n") + Text;

    private const string Text = """
        using System;

        public sealed class HeavyBall
        {
            public Real LearningRate { get; init; } = (Real)0.1;
            public Real Momentum { get; init; } = (Real)0.9;
            public int MemorySize { get; init; } = 10;

            public sealed class State
            {
                public Integer Steps;
                public Real[] Velocity = Array.Empty<Real>();
                public Real[] Weights = Array.Empty<Real>();
                public Real[] History = Array.Empty<Real>();
            }

            public State Init(ReadOnlySpan<Real> parameters) => new State
            {
                Velocity = new Real[parameters.Length],
                Weights = new Real[MemorySize],
                History = new Real[MemorySize * parameters.Length],
            };

            public void Step(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                if (gradient.Length != state.Velocity.Length)
                    throw new ArgumentException("gradient has the wrong length", nameof(gradient));
                if (update.Length != gradient.Length)
                    throw new ArgumentException("update has the wrong length", nameof(update));
                state.Steps += 1;
                for (int i = 0; i < gradient.Length; i++)
                {
                    state.Velocity[i] = Momentum * state.Velocity[i] + gradient[i];
                    update[i] = -LearningRate * state.Velocity[i];
                }
            }
        }

        public static class Program
        {
            public static double Run()
            {
                var optimizer = new HeavyBall();
                var x = new Real[] { 1, 2, 3 };
                HeavyBall.State state = optimizer.Init(x);
                var update = new Real[3];
                optimizer.Step(ref state, x, update);
                return update[0];
            }
        }
        """;
}
