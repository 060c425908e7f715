using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OptimGen.Analyzers.Benchmarks;

/// <summary>
/// The source of a project with many specs shaped like real ones: a momentum update with a ring buffer, an
/// inner line search with its own counter (cast back to Integer, the seed fixed), a step rule behind an
/// interface-typed field and a damping lambda in a delegate field (so that the scope's dispatch and delegate
/// searches run), a helper outside the transition, and a plain utility class per spec, so that transitions
/// are a realistic part of the code.
/// </summary>
internal static class SyntheticProject
{
    public static IEnumerable<string> Sources(int specCount)
    {
        for (int i = 0; i < specCount; i++)
            yield return Spec(i);
    }

    private static string Spec(int index)
    {
        string name = "Spec" + index.ToString(CultureInfo.InvariantCulture);
        var source = new StringBuilder();
        source.Append($$"""
            using System;
            using OptimGen;

            namespace Synthetic.Group{{index % 10}};

            [Optimizer]
            public partial class {{name}}
            {
                [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.01;
                [Hyperparameter] public Real Momentum { get; init; } = (Real)0.9;
                [Hyperparameter] public int MemorySize { get; init; } = {{3 + (index % 5)}};

                [State] private Integer count;
                [State] private Integer numLinesearchSteps;
                [State] private Real stepSize;
                [State(Shape = "n")] private Real[] velocity;
                [State(Shape = "MemorySize, n")] private Real[] history;

                private readonly IStepRule stepRule = new HalvingRule();
                private static readonly Func<Real, Real> Damping = value => value * (Real)0.5;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    int n = gradient.Length;
                    int row = (int)(state.Count % MemorySize);
                    state.Count += 1;
                    LineSearch search = LineSearch.Run(gradient, LearningRate, MemorySize);
                    state.NumLinesearchSteps = (Integer)search.Steps;
                    state.StepSize = stepRule.Next(search.Step) + Damping(state.StepSize);
                    for (int i = 0; i < n; i++)
                    {
                        state.History[row * n + i] = gradient[i];
                        state.Velocity[i] = Momentum * state.Velocity[i] + gradient[i];
                        update[i] = -search.Step * Scale(state.Velocity[i], i);
                    }
                }

                private static Real Scale(Real value, int index) => index % 2 == 0 ? value : value * (Real)0.5;

                private interface IStepRule
                {
                    Real Next(Real step);
                }

                private sealed class HalvingRule : IStepRule
                {
                    public Real Next(Real step) => step * (Real)0.5;
                }

                private struct LineSearch
                {
                    public int Steps;
                    public Real Step;

                    public static LineSearch Run(ReadOnlySpan<Real> gradient, Real initial, int maxSteps)
                    {
                        var search = new LineSearch { Step = initial };
                        Real slope = 0;
                        for (int i = 0; i < gradient.Length; i++)
                            slope += gradient[i] * gradient[i];
                        while (search.Steps < maxSteps && search.Step * slope > (Real)1)
                        {
                            search.Step *= (Real)0.5;
                            search.Steps++;
                        }

                        return search;
                    }
                }
            }

            public static class {{name}}Statistics
            {
                public static double Mean(ReadOnlySpan<double> values)
                {
                    double sum = 0;
                    foreach (double value in values)
                        sum += value;
                    return values.Length == 0 ? 0 : sum / values.Length;
                }

                public static float MeanSingle(ReadOnlySpan<double> values) => (float)Mean(values);

                public static int Bucket(double value, int buckets) => (int)Math.Clamp(value * buckets, 0, buckets - 1);
            }

            """);
        return source.ToString();
    }
}
