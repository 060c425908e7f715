namespace OptimGen.EndToEnd.Tests;

/// <summary>The files the package tests write into fresh consumer projects.</summary>
internal static class ConsumerSources
{
    /// <summary>The contract's example, verbatim (tests/Shared/ContractHeavyBall.cs).</summary>
    public static string ContractHeavyBall => ContractSource.Text;

    public const string Program = """
        using OptimGen;
        using OptimGen.Optimizers;

        Console.WriteLine($"Precision: {HeavyBall.State.Layout.Precision}");
        foreach (string slot in new[] { "Steps", "Velocity", "History" })
            Console.WriteLine($"HeavyBall.State.{slot}: {typeof(HeavyBall.State).GetField(slot)!.FieldType.Name}");
        Console.WriteLine($"Lbfgs.State.NumLinesearchSteps: {typeof(Lbfgs.State).GetField("NumLinesearchSteps")!.FieldType.Name}");

        var heavyBall = new HeavyBall();
        Real[] x = { 3, -2, 1 };
        HeavyBall.State state = heavyBall.Init(x);
        ScanResult result = heavyBall.Scan(ref state, x, new Bowl(), 300);
        Console.WriteLine($"HeavyBall converged: {result.Values[^1] < 1e-6 && state.Steps == 300}");

        var lbfgs = new Lbfgs();
        Real[] y = { 3, -2, 1 };
        Lbfgs.State lbfgsState = lbfgs.Init(y);
        ScanResult lbfgsResult = lbfgs.Scan(ref lbfgsState, y, new Bowl(), 50, new ScanOptions { GradientTolerance = 1e-4 });
        Console.WriteLine($"Lbfgs converged: {lbfgsResult.Converged}");

        struct Bowl : IObjective<Real>
        {
            public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
            {
                Real value = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    gradient[i] = (i + 1) * x[i];
                    value += (i + 1) * x[i] * x[i] / 2;
                }

                return value;
            }
        }
        """;

    /// <summary>Turns the IDE's "unused field" family into build warnings: the [State] fields must not raise them.</summary>
    public const string StrictEditorConfig = """
        root = true

        [*.cs]
        dotnet_diagnostic.IDE0051.severity = warning
        dotnet_diagnostic.IDE0052.severity = warning
        dotnet_diagnostic.IDE0044.severity = warning
        """;

    /// <summary>optax#1210 in a consumer: an int line-search counter copied into an Integer slot.</summary>
    public const string SeedBug = """
        using OptimGen;

        Console.WriteLine(new Descent().Init(new Real[2]).NumLinesearchSteps);

        [Optimizer]
        partial class Descent
        {
            [State] private Integer numLinesearchSteps;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                int steps = 0;
                for (int i = 0; i < gradient.Length; i++)
                {
                    update[i] = -gradient[i];
                    steps++;
                }

                state.NumLinesearchSteps = steps;
            }
        }
        """;
}
