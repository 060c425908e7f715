using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// Adafactor as optax writes it (Shazeer and Stern 2018, Algorithms 4 and 5; optax's <c>adafactor</c> chain), in
/// double, for a vector or, when <c>rows · columns</c> is given and factoring applies, a row-major matrix.
/// Decay <c>ρ = 1 − (t − offset + 1)^(−rate)</c> with <c>t</c> from 0. Vector: <c>v = ρv + (1−ρ)(g² + ε)</c>,
/// <c>a = g·v^(−½)</c>. Matrix (optax's axes: <c>d1</c> the shorter one, rows on a tie, <c>d0</c> the longer): the
/// means of <c>g² + ε</c> over <c>d0</c> (<c>r</c>) and over <c>d1</c> (<c>c</c>) averaged with <c>ρ</c>,
/// <c>a = g·(r/mean(r))^(−½)·c^(−½)</c>. Then <c>a /= max(1, rms(a)/d)</c>, <c>a *= α</c>,
/// <c>a *= max(rms(θ), 10⁻³)</c>, momentum <c>m = (1−β)a + βm</c>, <c>a += λθ</c>, <c>u = −a</c>.
/// </summary>
internal sealed class AdafactorReference
{
    private readonly int rows;
    private readonly int columns;
    private readonly bool factored;
    private readonly double decayRate;
    private readonly double decayOffset;
    private readonly double eps;
    private readonly double? clippingThreshold;
    private readonly double? learningRate;
    private readonly bool multiplyByParameterScale;
    private readonly double? momentum;
    private readonly double weightDecayRate;
    private int t;

    public AdafactorReference(
        int length, int rows, int columns, bool factored, double decayRate, double decayOffset, double eps,
        double? clippingThreshold, double? learningRate, bool multiplyByParameterScale, double? momentum, double weightDecayRate)
    {
        this.rows = rows;
        this.columns = columns;
        this.factored = factored;
        this.decayRate = decayRate;
        this.decayOffset = decayOffset;
        this.eps = eps;
        this.clippingThreshold = clippingThreshold;
        this.learningRate = learningRate;
        this.multiplyByParameterScale = multiplyByParameterScale;
        this.momentum = momentum;
        this.weightDecayRate = weightDecayRate;
        V = new double[length];
        PerRow = new double[rows];
        PerColumn = new double[columns];
        Momentum = new double[length];
    }

    public double[] V { get; }

    /// <summary>The running mean over each row (the accumulator of one element per row).</summary>
    public double[] PerRow { get; }

    /// <summary>The running mean over each column.</summary>
    public double[] PerColumn { get; }

    public double[] Momentum { get; }

    public double[] Step(double[] parameters, double[] gradient)
    {
        double rho = 1 - Math.Pow(t - decayOffset + 1, -decayRate);
        t++;
        int n = gradient.Length;
        var a = new double[n];
        if (factored)
        {
            for (int i = 0; i < rows; i++)
            {
                double mean = 0;
                for (int j = 0; j < columns; j++)
                    mean += (gradient[i * columns + j] * gradient[i * columns + j] + eps) / columns;
                PerRow[i] = rho * PerRow[i] + (1 - rho) * mean;
            }

            for (int j = 0; j < columns; j++)
            {
                double mean = 0;
                for (int i = 0; i < rows; i++)
                    mean += (gradient[i * columns + j] * gradient[i * columns + j] + eps) / rows;
                PerColumn[j] = rho * PerColumn[j] + (1 - rho) * mean;
            }

            // optax's v_row is the mean over the longer axis d0, so it has one element per index of the shorter one.
            bool rowsShorter = rows <= columns;
            double[] shorter = rowsShorter ? PerRow : PerColumn;
            double shorterMean = 0;
            foreach (double value in shorter)
                shorterMean += value / shorter.Length;
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    double rowFactor = Math.Pow(shorter[rowsShorter ? i : j] / shorterMean, -0.5);
                    double columnFactor = Math.Pow(rowsShorter ? PerColumn[j] : PerRow[i], -0.5);
                    a[i * columns + j] = gradient[i * columns + j] * rowFactor * columnFactor;
                }
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                V[i] = rho * V[i] + (1 - rho) * (gradient[i] * gradient[i] + eps);
                a[i] = gradient[i] * Math.Pow(V[i], -0.5);
            }
        }

        if (clippingThreshold is double threshold)
        {
            double denominator = Math.Max(1, ReferenceMath.RootMeanSquare(a) / threshold);
            for (int i = 0; i < n; i++)
                a[i] /= denominator;
        }

        double parameterScale = multiplyByParameterScale ? Math.Max(ReferenceMath.RootMeanSquare(parameters), 1e-3) : 1;
        var update = new double[n];
        for (int i = 0; i < n; i++)
        {
            double scaled = a[i] * (learningRate ?? 1) * parameterScale;
            if (momentum is double beta)
            {
                Momentum[i] = (1 - beta) * scaled + beta * Momentum[i];
                scaled = Momentum[i];
            }

            update[i] = -(scaled + weightDecayRate * parameters[i]);
        }

        return update;
    }
}
