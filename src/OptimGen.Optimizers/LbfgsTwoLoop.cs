using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// The L-BFGS two-loop recursion (Nocedal and Wright, algorithm 7.4): the search direction
/// <c>d = -H g</c>, where <c>H</c> is the inverse-Hessian approximation built from the stored curvature
/// pairs <c>(s_i, y_i)</c> with weights <c>rho_i = 1 / (s_i · y_i)</c> on top of <c>gamma I</c>.
/// </summary>
/// <remarks>
/// The pairs live in a ring of <c>memorySize</c> rows; <c>newest</c> is the row written last.
/// A row whose weight is 0 (not filled yet, or a pair skipped for lack of curvature) contributes nothing and is
/// passed over without touching its vectors.
/// </remarks>
internal static class LbfgsTwoLoop
{
    /// <summary>Writes <c>-H g</c> into <paramref name="direction"/>.</summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="diffParams">The ring of <c>s_i</c>, <c>memorySize x n</c>, row-major.</param>
    /// <param name="diffGradients">The ring of <c>y_i</c>, <c>memorySize x n</c>, row-major.</param>
    /// <param name="weights">The ring of <c>rho_i</c>.</param>
    /// <param name="alphas">Scratch of <c>memorySize</c> for the first loop's coefficients.</param>
    /// <param name="newest">The ring row of the newest pair.</param>
    /// <param name="identityScale"><c>gamma</c>, the scale of the initial approximation.</param>
    /// <param name="direction">Receives the search direction.</param>
    public static void Direction(
        ReadOnlySpan<Real> gradient,
        ReadOnlySpan<Real> diffParams,
        ReadOnlySpan<Real> diffGradients,
        ReadOnlySpan<Real> weights,
        Span<Real> alphas,
        int newest,
        Real identityScale,
        Span<Real> direction)
    {
        int n = gradient.Length;
        int memorySize = weights.Length;
        gradient.CopyTo(direction);

        // Newest to oldest: q -= alpha_i y_i with alpha_i = rho_i s_i · q.
        for (int age = 0; age < memorySize; age++)
        {
            int row = (newest - age + memorySize) % memorySize;
            Real weight = weights[row];
            if (weight == 0)
                continue;
            Real alpha = weight * Kernels.Dot<Real>(diffParams.Slice(row * n, n), direction);
            alphas[row] = alpha;
            Kernels.Axpy<Real>(-alpha, diffGradients.Slice(row * n, n), direction);
        }

        // r = gamma q, kept negated from here on (d = -r) so no separate pass flips the sign.
        Kernels.Scale<Real>(-identityScale, direction);

        // Oldest to newest: r += (alpha_i - beta_i) s_i with beta_i = rho_i y_i · r; with d = -r this is
        // d += (-alpha_i - rho_i y_i · d) s_i.
        for (int age = memorySize - 1; age >= 0; age--)
        {
            int row = (newest - age + memorySize) % memorySize;
            Real weight = weights[row];
            if (weight == 0)
                continue;
            Real beta = weight * Kernels.Dot<Real>(diffGradients.Slice(row * n, n), direction);
            Kernels.Axpy<Real>(-alphas[row] - beta, diffParams.Slice(row * n, n), direction);
        }
    }
}
