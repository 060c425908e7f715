using System.Collections.Generic;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// Representative specs whose generated code is kept as reviewed baselines, one per feature of the
/// generator. <see cref="HintName"/> is the generated file the baseline covers.
/// </summary>
public sealed record SpecCase(string Name, string HintName, string Source)
{
    public override string ToString() => Name;

    public static readonly SpecCase ScalarSlots = new(
        "ScalarSlots", "Demo.Counter.g.cs", """
        using System;
        using OptimGen;

        namespace Demo
        {
            [Optimizer]
            public partial class Counter
            {
                [Hyperparameter] public Real Rate { get; init; } = (Real)0.5;

                [State] private Integer steps;
                [State] private Real lastNorm;
                [State] private bool wasLarge;
                [State] private double exactTotal;
                [State] private int smallCounter;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    state.Steps += 1;
                    state.LastNorm = Kernels.Norm2(gradient);
                    state.WasLarge = state.LastNorm > (Real)1;
                    state.ExactTotal += state.LastNorm;
                    state.SmallCounter++;
                    Kernels.Scale(-Rate, gradient, update);
                }
            }
        }
        """);

    public static readonly SpecCase PerParameterSlot = new(
        "PerParameterSlot", "Demo.Momentum.g.cs", """
        using System;
        using OptimGen;

        namespace Demo;

        [Optimizer]
        public partial class Momentum
        {
            [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.1;
            [Hyperparameter] public Real Decay { get; init; } = (Real)0.9;

            [State(Shape = "n")] private Real[] velocity;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                {
                    state.Velocity[i] = Decay * state.Velocity[i] + gradient[i];
                    update[i] = -LearningRate * state.Velocity[i];
                }
            }
        }
        """);

    public static readonly SpecCase HyperparameterShape = new(
        "HyperparameterShape", "Demo.Averaged.g.cs", """
        using System;
        using OptimGen;

        namespace Demo;

        [Optimizer]
        public partial class Averaged
        {
            [Hyperparameter] public int Window { get; init; } = 4;
            [Hyperparameter] public Integer Extra { get; init; } = 2;

            [State(Shape = "Window")] private Real[] recentNorms;
            [State(Shape = "Extra")] private long[] counts;
            [State] private Integer cursor;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.RecentNorms[(int)(state.Cursor % Window)] = Kernels.Norm2(gradient);
                state.Cursor += 1;
                gradient.CopyTo(update);
                Kernels.Scale((Real)(-0.01), update);
            }
        }
        """);

    public static readonly SpecCase TwoDimensionalHistory = new(
        "TwoDimensionalHistory", "Demo.History.g.cs", """
        using System;
        using OptimGen;

        namespace Demo;

        [Optimizer]
        public partial class History
        {
            [Hyperparameter] public int MemorySize { get; init; } = 5;

            [State(Shape = "MemorySize, n")] private Real[] gradients;
            [State(Shape = "3, n")] private float[] lowPrecisionCopies;
            [State(Shape = "MemorySize")] private Real[] weights;
            [State] private Integer count;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                int n = gradient.Length;
                int row = (int)(state.Count % MemorySize);
                gradient.CopyTo(state.Gradients.AsSpan(row * n, n));
                state.Count += 1;
                Kernels.Scale((Real)(-0.1), gradient, update);
            }
        }
        """);

    public static readonly SpecCase ObjectiveTransition = new(
        "ObjectiveTransition", "Demo.LineSearch.g.cs", """
        using System;
        using OptimGen;

        namespace Demo;

        [Optimizer]
        public partial class LineSearch
        {
            [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real Shrink { get; init; } = (Real)0.5;

            [State] private Integer evaluations;
            [State] private Real candidateValue;
            [State] private bool hasCandidate;
            [State(Shape = "n")] private Real[] candidate;
            [State(Shape = "n")] private Real[] candidateGradient;

            [CachedEvaluation]
            private static bool Reuse(ref State state, ReadOnlySpan<Real> parameters, Span<Real> gradient, out Real value)
            {
                value = state.CandidateValue;
                if (!state.HasCandidate || !parameters.SequenceEqual(state.Candidate))
                    return false;
                state.CandidateGradient.CopyTo(gradient);
                return true;
            }

            [Transition]
            private void Search<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value, Span<Real> update, ref TObjective objective)
                where TObjective : IObjective<Real>
            {
                Real step = (Real)1;
                for (int attempt = 0; attempt < 20; attempt++)
                {
                    Kernels.Scale(-step, gradient, update);
                    for (int i = 0; i < parameters.Length; i++)
                        state.Candidate[i] = parameters[i] + update[i];
                    state.CandidateValue = objective.Evaluate(state.Candidate, state.CandidateGradient);
                    state.Evaluations += 1;
                    if (state.CandidateValue < value)
                        break;
                    step *= Shrink;
                }

                state.HasCandidate = true;
            }
        }
        """);

    public static readonly SpecCase InitHook = new(
        "InitHook", "Demo.Adaptive.g.cs", """
        using System;
        using OptimGen;

        namespace Demo;

        [Optimizer]
        public partial class Adaptive
        {
            [Hyperparameter(Minimum = 0)] public Real InitialAccumulator { get; init; } = (Real)0.1;
            [Hyperparameter(Minimum = 0, Maximum = 1, ExclusiveMaximum = true)] public Real Beta { get; init; } = (Real)0.9;
            [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real? MaxStep { get; init; }

            [State(Shape = "n")] private Real[] accumulator;
            [State(Shape = "n")] private Real[] start;

            [Init]
            private void Fill(ref State state, ReadOnlySpan<Real> parameters)
            {
                state.Accumulator.AsSpan().Fill(InitialAccumulator);
                parameters.CopyTo(state.Start);
            }

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                {
                    state.Accumulator[i] += gradient[i] * gradient[i];
                    update[i] = -gradient[i] / Real.Sqrt(state.Accumulator[i]);
                }
            }
        }
        """);

    public static readonly SpecCase BlockNamespaces = new(
        "BlockNamespaces", "Company.Product.Optimizers.Plain.g.cs", """
        using System;
        using OptimGen;

        namespace Company.Product
        {
            namespace Optimizers
            {
                [Optimizer]
                internal sealed partial class Plain
                {
                    [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.01;

                    [Transition]
                    private static void Descend(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        for (int i = 0; i < gradient.Length; i++)
                            update[i] = -gradient[i];
                    }
                }
            }
        }
        """);

    public static readonly SpecCase GlobalNamespace = new(
        "GlobalNamespace", "Sign.g.cs", """
        using System;
        using OptimGen;

        [Optimizer]
        public partial record Sign
        {
            [State] private Integer steps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps += 1;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -(Real)0.01 * Real.Sign(gradient[i]);
            }
        }
        """);

    public static readonly SpecCase NestedInPartialTypes = new(
        "NestedInPartialTypes", "Demo.Outer+Inner+Nested.g.cs", """
        using System;
        using OptimGen;

        namespace Demo;

        public static partial class Outer
        {
            public partial record struct Inner(int Id)
            {
                [Optimizer]
                public partial class Nested
                {
                    [State(Shape = "n")] private Real[] last;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value, Span<Real> update)
                    {
                        parameters.CopyTo(state.Last);
                        Kernels.Scale(-value, gradient, update);
                    }
                }
            }
        }
        """);

    public static readonly SpecCase Chain = new(
        "Chain", "Demo.ClippedMomentum.g.cs", """
        using System;
        using OptimGen;

        namespace Demo;

        [Optimizer]
        public partial class Clip
        {
            [Hyperparameter(Minimum = 0, ExclusiveMinimum = true)] public Real MaxNorm { get; init; } = (Real)1;

            [State] private bool clipped;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                Real norm = Kernels.Norm2(gradient);
                state.Clipped = norm > MaxNorm;
                Kernels.Scale(state.Clipped ? MaxNorm / norm : (Real)1, gradient, update);
            }
        }

        [Optimizer]
        public partial class Momentum
        {
            [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.1;

            [State(Shape = "n")] private Real[] velocity;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                {
                    state.Velocity[i] = (Real)0.9 * state.Velocity[i] + gradient[i];
                    update[i] = -LearningRate * state.Velocity[i];
                }
            }
        }

        [Optimizer]
        public partial class LineSearchStep
        {
            [State] private Real lastValue;

            [Transition]
            private void Update<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value, Span<Real> update, ref TObjective objective)
                where TObjective : IObjective<Real>
            {
                state.LastValue = value;
                gradient.CopyTo(update);
            }
        }

        // Three components: the outputs alternate between the scratch buffer and update, and the chain
        // passes parameters, value and the objective to the component that takes them.
        [Optimizer]
        public partial class ClippedMomentum
        {
            [Component] public Clip Clip { get; init; } = new();
            [Component] public LineSearchStep Probe { get; init; } = new();
            [Component] public Momentum Momentum { get; init; } = new() { LearningRate = (Real)0.05 };
        }
        """);

    public static readonly SpecCase GatedChain = new(
        "GatedChain", "Demo.GatedMomentum.g.cs", """
        using System;
        using OptimGen;

        namespace Demo;

        [Optimizer]
        public partial class Halve
        {
            [Transition]
            private static void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => Kernels.Scale((Real)0.5, gradient, update);
        }

        // A gate: its transition returns bool, so its Step does too.
        [Optimizer]
        public partial class EveryOther
        {
            [State] private Integer count;

            [Transition]
            private bool Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Count += 1;
                gradient.CopyTo(update);
                return state.Count % 2 == 0;
            }
        }

        [Optimizer]
        public partial class Velocity
        {
            [State(Shape = "n")] private Real[] trace;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = state.Trace[i] += gradient[i];
            }
        }

        // The gate in the middle of three writes the scratch buffer: a stopped step copies it to update and
        // returns false, so the chain is a gate too.
        [Optimizer]
        public partial class GatedMomentum
        {
            [Component] public Halve Halve { get; init; } = new();
            [Component] public EveryOther Gate { get; init; } = new();
            [Component] public Velocity Velocity { get; init; } = new();
        }
        """);

    /// <summary>The contract's example spec, verbatim (tests/Shared/ContractHeavyBall.cs).</summary>
    public static readonly SpecCase ContractHeavyBall = new("ContractHeavyBall", "HeavyBall.g.cs", ContractSource.Text);

    public static IReadOnlyList<SpecCase> All { get; } = new[]
    {
        ScalarSlots, PerParameterSlot, HyperparameterShape, TwoDimensionalHistory, ObjectiveTransition,
        InitHook, BlockNamespaces, GlobalNamespace, NestedInPartialTypes, Chain, GatedChain, ContractHeavyBall,
    };
}
