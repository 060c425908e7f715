using System;

namespace OptimGen.Optimizers.Tests.Optax;

/// <summary>
/// One of optax's test targets as an objective, with optax's start and final parameters
/// (<c>_setup_parabola</c> and <c>_setup_rosenbrock</c> of <c>alias_test.py</c>, real dtype).
/// One struct for both targets, so that a case's lambda calls one <c>Scan</c> instantiation for either.
/// </summary>
internal readonly struct OptaxTarget : IObjective<Real>
{
    private const double RosenbrockA = 1.0;
    private const double RosenbrockB = 100.0;
    private static readonly double[] ParabolaFinal = { 1.0, -1.0, 1.0 };

    public OptaxTarget(OptaxProblem problem) => Problem = problem;

    public OptaxProblem Problem { get; }

    public double[] Start() => Problem == OptaxProblem.Parabola ? new[] { -1.0, 10.0, 1.0 } : new[] { 0.0, 0.0 };

    public double[] Final() => Problem == OptaxProblem.Parabola ? (double[])ParabolaFinal.Clone() : new[] { RosenbrockA, RosenbrockA * RosenbrockA };

    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient) =>
        Problem == OptaxProblem.Parabola ? Parabola(x, gradient) : Rosenbrock(x, gradient);

    private static Real Parabola(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real value = 0;
        for (int i = 0; i < x.Length; i++)
        {
            Real offset = x[i] - (Real)ParabolaFinal[i];
            gradient[i] = 2 * offset;
            value += offset * offset;
        }

        return value;
    }

    private static Real Rosenbrock(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real a = (Real)RosenbrockA - x[0];
        Real b = x[1] - x[0] * x[0];
        gradient[0] = -2 * a - 4 * (Real)RosenbrockB * x[0] * b;
        gradient[1] = 2 * (Real)RosenbrockB * b;
        return a * a + (Real)RosenbrockB * b * b;
    }
}
