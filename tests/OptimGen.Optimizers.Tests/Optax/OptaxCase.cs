namespace OptimGen.Optimizers.Tests.Optax;

/// <summary>Builds the optimizer of one configuration, initialises it at <paramref name="parameters"/> and runs <c>Scan</c> for <paramref name="steps"/> steps.</summary>
internal delegate void OptaxRun(Real[] parameters, OptaxTarget target, int steps);

/// <summary>
/// One entry of optax's <c>_OPTIMIZERS_UNDER_TEST</c>: the alias, its keyword arguments as optax writes them
/// (for the test's name), and the OptimGen optimizer configured the same way.
/// </summary>
/// <param name="OptName">optax's alias, e.g. <c>adam</c>.</param>
/// <param name="Kwargs">optax's keyword arguments, e.g. <c>learning_rate=0.1</c>.</param>
/// <param name="Run">The OptimGen run.</param>
/// <param name="Problems">The targets optax judges for this configuration (it skips Rosenbrock for sign_sgd and signum).</param>
internal sealed record OptaxCase(string OptName, string Kwargs, OptaxRun Run, params OptaxProblem[] Problems)
{
    /// <summary>The test's name for the configuration: <c>adam(learning_rate=0.1)</c>.</summary>
    public string Name => $"{OptName}({Kwargs})";
}
