using System;
using System.ComponentModel;
using System.Numerics;
using System.Numerics.Tensors;

namespace OptimGen;

/// <summary>
/// Adafactor (Shazeer and Stern 2018, as optax's <c>adafactor</c>: <c>scale_by_factored_rms</c>,
/// <c>clip_by_block_rms</c>, the learning rate, <c>scale_by_param_block_rms</c>, <c>ema</c> without debiasing,
/// <c>add_decayed_weights</c>, then the sign flip), the whole parameter vector being one block.
/// </summary>
/// <remarks>
/// Not one fused pass: clipping by the block's RMS needs the whole unclipped update first. Public only for the
/// built-in optimizers' source; not part of the supported API.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AdafactorKernel
{
    /// <summary>optax's <c>min_scale</c> of <c>scale_by_param_block_rms</c>: the parameter RMS is at least this.</summary>
    private const double MinParameterScale = 1e-3;

    /// <summary>
    /// One step. Unfactored: <c>v ← ρₜv + (1−ρₜ)(g² + ε)</c>, <c>a = g/√v</c>. Factored over a
    /// <paramref name="rows"/> × <paramref name="columns"/> row-major matrix: the row and column means of
    /// <c>g² + ε</c> are averaged the same way into <c>R</c> and <c>C</c>, and <c>a = g/√(R̃ᵢ·C̃ⱼ)</c> where the
    /// factor of the shorter dimension (rows on a tie) is divided by its mean. Then
    /// <c>a ← a / max(1, rms(a)/d)</c>; <c>a ← lr·max(rms(p), 10⁻³)·a</c>; with momentum <c>β</c>,
    /// <c>m ← (1−β)a + βm</c> and <c>a ← m</c>; <c>update ← −(a + λ·p)</c>.
    /// </summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="parameters">The parameters <c>p</c>.</param>
    /// <param name="v">The unfactored second moment (ignored when factored).</param>
    /// <param name="rowMeans">The factored row accumulator <c>R</c>, of length <paramref name="rows"/> (ignored when unfactored).</param>
    /// <param name="columnMeans">The factored column accumulator <c>C</c>, of length <paramref name="columns"/> (ignored when unfactored).</param>
    /// <param name="momentum">The momentum <c>m</c> (ignored without <paramref name="momentumDecay"/>).</param>
    /// <param name="update">Receives the update.</param>
    /// <param name="factored">Whether to use the factored accumulators.</param>
    /// <param name="rows">The matrix's rows when factored.</param>
    /// <param name="columns">The matrix's columns when factored.</param>
    /// <param name="decay">This step's decay <c>ρₜ</c> of the second moment.</param>
    /// <param name="eps">The <c>ε</c> added to <c>g²</c>.</param>
    /// <param name="clippingThreshold">The block RMS <c>d</c> the update is clipped to; null: no clipping.</param>
    /// <param name="learningRate">The step size; null: 1.</param>
    /// <param name="multiplyByParameterScale">Whether to scale by the parameters' RMS.</param>
    /// <param name="momentumDecay">The momentum <c>β</c>; null: none.</param>
    /// <param name="weightDecayRate">The weight decay <c>λ</c> (0: none), added after the learning rate as optax does.</param>
    public static void Step<T>(
        ReadOnlySpan<T> gradient, ReadOnlySpan<T> parameters, Span<T> v, Span<T> rowMeans, Span<T> columnMeans, Span<T> momentum, Span<T> update,
        bool factored, int rows, int columns, T decay, T eps, T? clippingThreshold, T? learningRate, bool multiplyByParameterScale, T? momentumDecay, T weightDecayRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = gradient.Length;
        Require(parameters.Length == n, nameof(parameters), "has a length other than the gradient's");
        Require(update.Length == n, nameof(update), "has a length other than the gradient's");
        if (factored)
        {
            Require(rows > 0 && columns > 0 && (long)rows * columns == n, nameof(rows), "rows × columns is not the gradient's length");
            Require(rowMeans.Length == rows, nameof(rowMeans), "is not one element per row");
            Require(columnMeans.Length == columns, nameof(columnMeans), "is not one element per column");
            FactoredDirection(gradient, rowMeans, columnMeans, update, rows, columns, decay, eps);
        }
        else
        {
            Require(v.Length == n, nameof(v), "has a length other than the gradient's");
            for (int i = 0; i < n; i++)
            {
                T g = gradient[i];
                v[i] = decay * v[i] + (T.One - decay) * (g * g + eps);
                update[i] = g / T.Sqrt(v[i]);
            }
        }

        T scale = learningRate ?? T.One;
        if (clippingThreshold is T threshold)
            scale /= T.Max(T.One, RootMeanSquare(update) / threshold);
        if (multiplyByParameterScale)
            scale *= T.Max(RootMeanSquare(parameters), T.CreateTruncating(MinParameterScale));

        if (momentumDecay is T beta)
        {
            Require(momentum.Length == n, nameof(momentum), "has a length other than the gradient's");
            for (int i = 0; i < n; i++)
            {
                momentum[i] = (T.One - beta) * (scale * update[i]) + beta * momentum[i];
                update[i] = -(momentum[i] + weightDecayRate * parameters[i]);
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
                update[i] = -(scale * update[i] + weightDecayRate * parameters[i]);
        }
    }

    /// <summary>
    /// optax's <c>_decay_rate_pow</c>: the second moment's decay <c>1 − (t + 1)^(−rate)</c> at step <c>t</c> (from 0,
    /// less the offset), in <see cref="double"/>.
    /// </summary>
    public static double Decay(double step, double rate) => 1 - Math.Pow(step + 1, -rate);

    private static void FactoredDirection<T>(
        ReadOnlySpan<T> gradient, Span<T> rowMeans, Span<T> columnMeans, Span<T> update, int rows, int columns, T decay, T eps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // New averages: R ← ρR + (1−ρ)·mean over columns, C ← ρC + (1−ρ)·mean over rows, of g² + ε.
        T columnWeight = (T.One - decay) / T.CreateTruncating(rows);
        for (int j = 0; j < columns; j++)
            columnMeans[j] *= decay;
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<T> row = gradient.Slice(i * columns, columns);
            T sum = T.Zero;
            for (int j = 0; j < columns; j++)
            {
                T square = row[j] * row[j] + eps;
                sum += square;
                columnMeans[j] += columnWeight * square;
            }

            rowMeans[i] = decay * rowMeans[i] + (T.One - decay) * (sum / T.CreateTruncating(columns));
        }

        // optax normalises the accumulator of the shorter dimension by its mean.
        bool rowsShorter = rows <= columns;
        T rowNormaliser = rowsShorter ? TensorPrimitives.Sum<T>(rowMeans) / T.CreateTruncating(rows) : T.One;
        T columnNormaliser = rowsShorter ? T.One : TensorPrimitives.Sum<T>(columnMeans) / T.CreateTruncating(columns);
        for (int i = 0; i < rows; i++)
        {
            T rowFactor = T.One / T.Sqrt(rowMeans[i] / rowNormaliser);
            for (int j = 0; j < columns; j++)
            {
                int at = i * columns + j;
                update[at] = gradient[at] * rowFactor / T.Sqrt(columnMeans[j] / columnNormaliser);
            }
        }
    }

    /// <summary><c>√(mean(x²))</c>.</summary>
    private static T RootMeanSquare<T>(ReadOnlySpan<T> x)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        x.IsEmpty ? T.Zero : TensorPrimitives.Norm(x) / T.Sqrt(T.CreateTruncating(x.Length));

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
            throw new ArgumentException($"'{name}' {problem}.", name);
    }
}
