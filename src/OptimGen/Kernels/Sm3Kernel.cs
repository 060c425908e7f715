using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// SM3 on a 1-D parameter (optax's <c>scale_by_sm3</c> with <c>b2 = 1</c>, and the learning rate):
    /// <c>a ← a + g²</c>; <c>m ← β₁m + (1−β₁)·g/√(a + ε)</c> (the quotient 0 where <c>a</c> is 0);
    /// <c>update ← −lr·m</c>.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="accumulator">The accumulated squares <c>a</c>, updated in place.</param>
    /// <param name="momentum">The momentum <c>m</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="b1">The decay <c>β₁</c> of the momentum.</param>
    /// <param name="eps">The <c>ε</c> under the root.</param>
    /// <param name="learningRate">The step size <c>lr</c>.</param>
    /// <exception cref="ArgumentException">A span's length differs from the gradient's.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Sm3<T>(ReadOnlySpan<T> gradient, Span<T> accumulator, Span<T> momentum, Span<T> update, T b1, T eps, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        RequireLength(n, accumulator.Length, nameof(accumulator));
        RequireLength(n, momentum.Length, nameof(momentum));
        RequireLength(n, update.Length, nameof(update));
        Fuse(new Sm3Lanes<T>(b1, eps, learningRate), gradient, default, accumulator, momentum, default, update);
    }

    /// <summary>
    /// SM3 on a matrix of <c>rows</c> (the length of <paramref name="rowAccumulator"/>) × <c>n/rows</c> stored row-major (optax's <c>scale_by_sm3</c> on a
    /// 2-D parameter, <c>b2 = 1</c>): <c>a_ij = g_ij² + min(R_i, C_j)</c>, then <c>R_i ← max_j a_ij</c> and
    /// <c>C_j ← max_i a_ij</c>; the momentum and the update as in <see cref="Sm3{T}"/> with <c>a_ij</c>. Three
    /// passes: <paramref name="update"/> holds <c>a</c> in between, so it must not overlap the gradient.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>, row-major.</param>
    /// <param name="rowAccumulator">The row accumulators <c>R</c> (one per row), updated in place.</param>
    /// <param name="columnAccumulator">The column accumulators <c>C</c> in its first <c>n/rows</c> elements, updated in place.</param>
    /// <param name="momentum">The momentum <c>m</c>, updated in place.</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="b1">The decay <c>β₁</c> of the momentum.</param>
    /// <param name="eps">The <c>ε</c> under the root.</param>
    /// <param name="learningRate">The step size <c>lr</c>.</param>
    /// <exception cref="ArgumentException">A span's length does not fit, <c>n</c> is not a multiple of the row count, or <paramref name="update"/> overlaps the gradient.</exception>
    /// <remarks>Public only for the built-in optimizers' source; not part of the supported API.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Sm3Factored<T>(
        ReadOnlySpan<T> gradient, Span<T> rowAccumulator, Span<T> columnAccumulator, Span<T> momentum, Span<T> update, T b1, T eps, T learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        int rows = rowAccumulator.Length;
        RequireLength(n, momentum.Length, nameof(momentum));
        RequireLength(n, update.Length, nameof(update));
        if (rows < 1 || n % rows != 0)
            throw new ArgumentException($"{n} parameters do not form a matrix of {rows} rows.", nameof(rowAccumulator));
        int columns = n / rows;
        if (columnAccumulator.Length < columns)
            throw new ArgumentException($"'{nameof(columnAccumulator)}' has length {columnAccumulator.Length}, expected at least {columns}.", nameof(columnAccumulator));
        if (update.Overlaps(gradient))
            throw new ArgumentException("The factored form needs an update buffer apart from the gradient.", nameof(update));

        Span<T> accumulated = update;
        for (int i = 0, at = 0; i < rows; i++)
            for (int j = 0; j < columns; j++, at++)
                accumulated[at] = gradient[at] * gradient[at] + T.Min(rowAccumulator[i], columnAccumulator[j]);

        Span<T> column = columnAccumulator[..columns];
        column.Fill(T.NegativeInfinity);
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<T> row = accumulated.Slice(i * columns, columns);
            T rowMaximum = T.NegativeInfinity;
            for (int j = 0; j < columns; j++)
            {
                rowMaximum = T.Max(rowMaximum, row[j]);
                column[j] = T.Max(column[j], row[j]);
            }

            rowAccumulator[i] = rowMaximum;
        }

        T oneMinusB1 = T.One - b1;
        for (int at = 0; at < n; at++)
        {
            T a = accumulated[at];
            T scaled = a > T.Zero ? gradient[at] / T.Sqrt(a + eps) : T.Zero;
            momentum[at] = b1 * momentum[at] + oneMinusB1 * scaled;
            update[at] = -learningRate * momentum[at];
        }
    }

    /// <summary>SM3 on a 1-D parameter; first: the accumulated squares, second: the momentum.</summary>
    private readonly struct Sm3Lanes<T> : IFusedLanes<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector256<T> b1;
        private readonly Vector256<T> oneMinusB1;
        private readonly Vector256<T> eps;
        private readonly Vector256<T> minusRate;

        public Sm3Lanes(T b1, T eps, T learningRate)
        {
            this.b1 = Vector256.Create(b1);
            oneMinusB1 = Vector256.Create(T.One - b1);
            this.eps = Vector256.Create(eps);
            minusRate = Vector256.Create(-learningRate);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<T> Apply(Vector256<T> gradient, Vector256<T> parameters, ref Vector256<T> first, ref Vector256<T> second, ref Vector256<T> third)
        {
            first += gradient * gradient;
            Vector256<T> scaled = Vector256.ConditionalSelect(
                Vector256.GreaterThan(first, Vector256<T>.Zero), gradient / Vector256.Sqrt(first + eps), Vector256<T>.Zero);
            second = b1 * second + oneMinusB1 * scaled;
            return minusRate * second;
        }
    }
}
