namespace OptimGen.Optimizers.Tests.Optax;

/// <summary>The two targets of optax's <c>alias_test.py</c> <c>test_optimization</c>.</summary>
public enum OptaxProblem
{
    /// <summary><c>f(p) = Σ (p − (1, −1, 1))²</c> from (−1, 10, 1).</summary>
    Parabola,

    /// <summary><c>f(x, y) = (1 − x)² + 100 (y − x²)²</c> from (0, 0); the minimum is at (1, 1).</summary>
    Rosenbrock,
}
