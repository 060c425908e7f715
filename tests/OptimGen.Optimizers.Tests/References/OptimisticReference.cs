using System;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>
/// The optimistic step (Daskalakis et al. 2017; Mokhtari et al. 2019; optax's <c>scale_by_optimistic_gradient</c>),
/// in double: <c>o_t = (α+β)·x_t − β·x_(t−1)</c> with <c>x_0 = x_1</c> at the first step, where <c>x</c> is the
/// gradient (optimistic gradient descent) or Adam's direction <c>m̂/(√(v̂ + ε_root) + ε)</c> as Kingma and Ba write it
/// (optimistic Adam, optionally with optax's Nesterov <c>m̂</c>); the update is <c>scale·o_t</c>.
/// </summary>
internal sealed class OptimisticReference
{
    private readonly Func<long, double> scale;
    private readonly double alpha;
    private readonly double beta;
    private readonly AdamMoments? adam;
    private double[]? previous;
    private long count;

    private OptimisticReference(Func<long, double> scale, double alpha, double beta, AdamMoments? adam)
    {
        this.scale = scale;
        this.alpha = alpha;
        this.beta = beta;
        this.adam = adam;
    }

    public double[] Mu => adam!.Mu;

    public double[] Nu => adam!.Nu;

    public double[] Previous => previous!;

    /// <summary>Optimistic gradient descent: scale −lr.</summary>
    public static OptimisticReference GradientDescent(Func<long, double> learningRate, double alpha, double beta) =>
        new(count => -learningRate(count), alpha, beta, null);

    /// <summary>Optimistic Adam: Adam's direction, then the optimistic step with the given final scale.</summary>
    public static OptimisticReference Adam(int length, Func<long, double> scale, double alpha, double beta, double b1, double b2, double eps, double epsRoot, bool nesterov) =>
        new(scale, alpha, beta, new AdamMoments(length, b1, b2, eps, epsRoot, nesterov));

    public double[] Step(double[] parameters, double[] gradient)
    {
        double factor = scale(count++);
        double[] current = adam is null ? (double[])gradient.Clone() : adam.Direction(gradient);
        double[] before = previous ?? current;
        var update = new double[gradient.Length];
        for (int i = 0; i < gradient.Length; i++)
            update[i] = factor * ((alpha + beta) * current[i] - beta * before[i]);
        previous = current;
        return update;
    }

    /// <summary>Adam's moments and its direction (no learning rate), as <see cref="AdamReference"/> computes them.</summary>
    private sealed class AdamMoments
    {
        private readonly double b1;
        private readonly double b2;
        private readonly double eps;
        private readonly double epsRoot;
        private readonly bool nesterov;
        private int t;

        public AdamMoments(int length, double b1, double b2, double eps, double epsRoot, bool nesterov)
        {
            this.b1 = b1;
            this.b2 = b2;
            this.eps = eps;
            this.epsRoot = epsRoot;
            this.nesterov = nesterov;
            Mu = new double[length];
            Nu = new double[length];
        }

        public double[] Mu { get; }

        public double[] Nu { get; }

        public double[] Direction(double[] gradient)
        {
            t++;
            var direction = new double[gradient.Length];
            for (int i = 0; i < gradient.Length; i++)
            {
                double g = gradient[i];
                Mu[i] = b1 * Mu[i] + (1 - b1) * g;
                Nu[i] = b2 * Nu[i] + (1 - b2) * g * g;
                double mHat = nesterov
                    ? b1 * Mu[i] / (1 - Math.Pow(b1, t + 1)) + (1 - b1) * g / (1 - Math.Pow(b1, t))
                    : Mu[i] / (1 - Math.Pow(b1, t));
                double vHat = Nu[i] / (1 - Math.Pow(b2, t));
                direction[i] = mHat / (Math.Sqrt(vHat + epsRoot) + eps);
            }

            return direction;
        }
    }
}
