namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>The pieces of spec source the spec-diagnostic tests write their specs from.</summary>
internal static class SpecSources
{
    public const string Usings = "using System;\nusing OptimGen;\n\n";

    /// <summary>A transition that copies the gradient, for a spec whose transition is not what the test is about.</summary>
    public const string Transition = """
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        """;

    /// <summary>A second, valid spec beside the one under test.</summary>
    public const string Step1 = """

        [Optimizer]
        public partial class Step1
        {
            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) => gradient.CopyTo(update);
        }
        """;

    /// <summary>A valid spec with a hyperparameter, a scalar and an array slot, for cases that need one beside the one under test.</summary>
    public const string Momentum = """
        [Optimizer]
        public partial class Momentum
        {
            [Hyperparameter(Minimum = 0)] public Real Rate { get; init; } = (Real)0.1;
            [State] private Integer steps;
            [State(Shape = "n")] private Real[] velocity;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                state.Steps++;
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -Rate * (state.Velocity[i] = gradient[i]);
            }
        }
        """;

    /// <summary>A spec of <paramref name="members"/> under <paramref name="declaration"/>, with <see cref="Usings"/>.</summary>
    public static string InSpec(string members, string declaration = "public partial class Spec") =>
        Usings + "[Optimizer]\n" + declaration + "\n{\n" + members + "\n}\n";
}
