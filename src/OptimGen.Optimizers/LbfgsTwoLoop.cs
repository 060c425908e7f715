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
    /// <summary>Writes <c>-H g</c> into <paramref name="direction"/> and returns the slope <c>g · d</c>.</summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="diffParams">The ring of <c>s_i</c>, <c>memorySize x n</c>, row-major.</param>
    /// <param name="diffGradients">The ring of <c>y_i</c>, <c>memorySize x n</c>, row-major.</param>
    /// <param name="weights">The ring of <c>rho_i</c>.</param>
    /// <param name="alphas">Scratch of <c>memorySize</c> for the first loop's coefficients.</param>
    /// <param name="newest">The ring row of the newest pair.</param>
    /// <param name="identityScale"><c>gamma</c>, the scale of the initial approximation.</param>
    /// <param name="direction">Receives the search direction.</param>
    /// <remarks>
    /// Each pass updates the vector and takes the dot product the next update needs, so <c>k</c> stored pairs cost
    /// <c>2k + 1</c> passes: the first loop's <c>q -= alpha_i y_i</c> with the next <c>s · q</c>, its last pass also
    /// scaling by <c>-gamma</c> (the vector is kept as <c>d = -r</c> from there on), the second loop's
    /// <c>d += (-alpha_i - beta_i) s_i</c> with the next <c>y · d</c>, and at the end <c>g · d</c>.
    /// </remarks>
    public static Real Direction(
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
        int age = OlderStored(weights, newest, -1);
        if (age == memorySize)
            return LbfgsKernels.CombineThenDot(gradient, 0, gradient, -identityScale, direction, gradient);

        // Newest to oldest: q -= alpha_i y_i with alpha_i = rho_i s_i · q, q starting as g.
        ReadOnlySpan<Real> source = gradient;
        Real dot = Kernels.Dot<Real>(Row(diffParams, Ring(newest, age, memorySize), n), gradient);
        while (true)
        {
            int row = Ring(newest, age, memorySize);
            Real alpha = weights[row] * dot;
            alphas[row] = alpha;
            int olderAge = OlderStored(weights, newest, age);
            if (olderAge == memorySize)
            {
                // Last pair: r = gamma q, kept negated from here on (d = -r); the next dot is this pair's y · d.
                dot = LbfgsKernels.CombineThenDot(source, -alpha, Row(diffGradients, row, n), -identityScale, direction, Row(diffGradients, row, n));
                break;
            }

            dot = LbfgsKernels.CombineThenDot(source, -alpha, Row(diffGradients, row, n), 1, direction, Row(diffParams, Ring(newest, olderAge, memorySize), n));
            source = direction;
            age = olderAge;
        }

        // Oldest to newest: r += (alpha_i - beta_i) s_i with beta_i = rho_i y_i · r, i.e. with d = -r,
        // d += (-alpha_i - rho_i y_i · d) s_i. The last pass takes g · d.
        while (true)
        {
            int row = Ring(newest, age, memorySize);
            Real beta = weights[row] * dot;
            int newerAge = NewerStored(weights, newest, age);
            ReadOnlySpan<Real> next = newerAge < 0 ? gradient : Row(diffGradients, Ring(newest, newerAge, memorySize), n);
            dot = LbfgsKernels.CombineThenDot(direction, -alphas[row] - beta, Row(diffParams, row, n), 1, direction, next);
            if (newerAge < 0)
                return dot;
            age = newerAge;
        }
    }

    /// <summary>The ring row of the pair <paramref name="age"/> steps older than <paramref name="newest"/>.</summary>
    private static int Ring(int newest, int age, int memorySize) => (newest - age + memorySize) % memorySize;

    private static ReadOnlySpan<Real> Row(ReadOnlySpan<Real> ring, int row, int n) => ring.Slice(row * n, n);

    /// <summary>The age of the next stored pair older than <paramref name="age"/>; the memory size when there is none.</summary>
    private static int OlderStored(ReadOnlySpan<Real> weights, int newest, int age)
    {
        do
            age++;
        while (age < weights.Length && weights[Ring(newest, age, weights.Length)] == 0);
        return age;
    }

    /// <summary>The age of the next stored pair newer than <paramref name="age"/>; -1 when there is none.</summary>
    private static int NewerStored(ReadOnlySpan<Real> weights, int newest, int age)
    {
        do
            age--;
        while (age >= 0 && weights[Ring(newest, age, weights.Length)] == 0);
        return age;
    }
}
