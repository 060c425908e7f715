using System;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;
using OptimGen.Optimizers;

namespace OptimGen.MathNet;

/// <summary>
/// OptimGen's L-BFGS (optax's algorithm with its zoom line search; see docs/lbfgs.md) as a MathNet.Numerics
/// <see cref="IUnconstrainedMinimizer"/>, a drop-in for MathNet's <see cref="LimitedMemoryBfgsMinimizer"/>.
/// </summary>
/// <remarks>
/// It stops when the gradient's largest magnitude is at most <see cref="GradientTolerance"/>
/// (<see cref="ExitCondition.AbsoluteGradient"/>), when L-BFGS reports that it can make no more progress
/// (<see cref="ExitCondition.LackOfProgress"/>: its scan ended with <see cref="ScanTermination.OptimizerFailed"/>), or after <see cref="MaximumIterations"/> steps
/// (<see cref="ExitCondition.ExceedIterations"/>, returned rather than thrown so the point reached is not lost).
/// The result's <see cref="MinimizationResult.FunctionInfoAtMinimum"/> is a new instance of the objective evaluated
/// once more at the final point.
/// </remarks>
public sealed class LbfgsMinimizer : IUnconstrainedMinimizer
{
    // Scan runs this many steps between checks for a stalled search; the generated loop stops on the tolerance itself.
    private const int StepsBetweenStallChecks = 16;

    /// <summary>Stop once the gradient's largest magnitude is at most this (default 1e-6).</summary>
    public double GradientTolerance { get; init; } = 1e-6;

    /// <summary>The most L-BFGS steps (default 1000).</summary>
    public int MaximumIterations { get; init; } = 1000;

    /// <summary>How many curvature pairs L-BFGS remembers (default 10). The hyperparameters below have optax's defaults.</summary>
    public int MemorySize { get; init; } = 10;

    /// <summary>Scale the initial inverse-Hessian approximation (optax's <c>scale_init_precond</c>).</summary>
    public bool ScaleInitPrecond { get; init; } = true;

    /// <summary>The most objective evaluations one line search makes.</summary>
    public int MaxLinesearchSteps { get; init; } = 20;

    /// <summary><c>c1</c> of the sufficient decrease condition.</summary>
    public double SlopeRtol { get; init; } = 1e-4;

    /// <summary><c>c2</c> of the strong curvature condition.</summary>
    public double CurvRtol { get; init; } = 0.9;

    /// <summary><c>c3</c> of the approximate decrease condition; null: the Armijo condition alone.</summary>
    public double? ApproxDecRtol { get; init; } = 1e-6;

    /// <summary>The bracket width below which the line search settles for sufficient decrease.</summary>
    public double StepsizePrecision { get; init; } = 1e-5;

    /// <summary>The factor the line search grows the step by while it looks for a bracket.</summary>
    public double IncreaseFactor { get; init; } = 2;

    /// <summary>The largest step size the line search tries; null: no bound.</summary>
    public double? MaxLearningRate { get; init; }

    /// <summary>
    /// Minimises <paramref name="objective"/> from <paramref name="initialGuess"/>.
    /// </summary>
    /// <returns>
    /// A <see cref="MinimizationWithLineSearchResult"/>: iterations, the exit condition, and the line-search
    /// evaluations in total and the iterations that needed more than one.
    /// </returns>
    /// <exception cref="IncompatibleObjectiveException">The objective does not provide a gradient.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range (named in the exception).</exception>
    public MinimizationResult FindMinimum(IObjectiveFunction objective, Vector<double> initialGuess)
    {
        if (objective is null) throw new ArgumentNullException(nameof(objective));
        if (initialGuess is null) throw new ArgumentNullException(nameof(initialGuess));
        if (MaximumIterations < 1)
            throw new ArgumentOutOfRangeException(nameof(MaximumIterations), MaximumIterations, "MaximumIterations must be at least 1.");

        var lbfgs = new Lbfgs
        {
            MemorySize = MemorySize,
            ScaleInitPrecond = ScaleInitPrecond,
            MaxLinesearchSteps = MaxLinesearchSteps,
            SlopeRtol = SlopeRtol,
            CurvRtol = CurvRtol,
            ApproxDecRtol = ApproxDecRtol,
            StepsizePrecision = StepsizePrecision,
            IncreaseFactor = IncreaseFactor,
            MaxLearningRate = MaxLearningRate,
        };
        var adapter = new MathNetObjective(objective);
        double[] point = initialGuess.ToArray();
        Lbfgs.State state = lbfgs.Init(point);
        var options = new ScanOptions { GradientTolerance = GradientTolerance };

        int iterations = 0, linesearchSteps = 0, nontrivialLinesearches = 0;
        ExitCondition exit = ExitCondition.ExceedIterations;
        while (iterations < MaximumIterations)
        {
            ScanResult result = lbfgs.Scan(ref state, point, adapter, Math.Min(StepsBetweenStallChecks, MaximumIterations - iterations), options);
            iterations += result.CompletedSteps;
            double[] trials = result.GetSlotTrace("NumLinesearchSteps");
            for (int step = 0; step < result.CompletedSteps; step++)
            {
                linesearchSteps += (int)trials[step];
                nontrivialLinesearches += trials[step] > 1 ? 1 : 0;
            }

            if (result.Converged)
            {
                exit = ExitCondition.AbsoluteGradient;
                break;
            }

            if (result.Termination == ScanTermination.OptimizerFailed)
            {
                // L-BFGS reported that it can make no more progress (consecutive failed line searches, docs/lbfgs.md).
                exit = ExitCondition.LackOfProgress;
                break;
            }
        }

        IObjectiveFunction atMinimum = objective.CreateNew();
        atMinimum.EvaluateAt(new DenseVector(point));
        return new MinimizationWithLineSearchResult(atMinimum, iterations, exit, linesearchSteps, nontrivialLinesearches);
    }
}
