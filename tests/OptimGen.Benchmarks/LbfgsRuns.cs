using System;
using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;
using OptimGen.Optimizers;

namespace OptimGen.Benchmarks;

/// <summary>What one minimisation did: the figures printed next to the timings.</summary>
public readonly record struct LbfgsRunResult(int Iterations, int Evaluations, bool Converged, double GradientInfNorm, string Exit);

/// <summary>
/// One problem of the L-BFGS comparison, prepared once: the objective and the start. Both libraries run to gradient
/// inf-norm 1e-6 with memory 10; OptimGen through the generated <c>Scan</c>, MathNet through its
/// <see cref="LimitedMemoryBfgsMinimizer"/> with the same struct objective wrapped the usual MathNet way.
/// </summary>
public sealed class LbfgsProblem
{
    public const double GradientTolerance = 1e-6;
    private const int MaxIterations = 1_000;

    private readonly Func<double[], StrongBox<int>, LbfgsRunResult> runOptimGen;
    private readonly Func<StrongBox<int>, LbfgsRunResult> runMathNet;

    private LbfgsProblem(string name, double[] start, Func<double[], StrongBox<int>, LbfgsRunResult> runOptimGen, Func<StrongBox<int>, LbfgsRunResult> runMathNet)
    {
        Name = name;
        Start = start;
        this.runOptimGen = runOptimGen;
        this.runMathNet = runMathNet;
    }

    public string Name { get; }

    public double[] Start { get; }

    /// <summary>"Rosenbrock 1e4", "Rosenbrock 1e6" or "Quadratic 1e6".</summary>
    public static LbfgsProblem Create(string name) => name switch
    {
        "Rosenbrock 1e4" => Of(name, new LbfgsRosenbrock(), LbfgsRosenbrock.Start(10_000)),
        "Rosenbrock 1e6" => Of(name, new LbfgsRosenbrock(), LbfgsRosenbrock.Start(1_000_000)),
        "Quadratic 1e6" => Of(name, new LbfgsQuadratic(1_000_000), new double[1_000_000]),
        _ => throw new ArgumentException($"Unknown problem '{name}'.", nameof(name)),
    };

    /// <summary>Minimises from <see cref="Start"/> (<c>Init</c>, then <c>Scan</c>), working in <paramref name="point"/> (overwritten).</summary>
    public LbfgsRunResult RunOptimGen(double[] point, StrongBox<int> evaluations) => runOptimGen(point, evaluations);

    /// <summary>MathNet's L-BFGS from <see cref="Start"/> (MathNet allocates its own vectors).</summary>
    public LbfgsRunResult RunMathNet(StrongBox<int> evaluations) => runMathNet(evaluations);

    private static LbfgsProblem Of<TObjective>(string name, TObjective objective, double[] start)
        where TObjective : IObjective<double> =>
        new(name, start, (point, evaluations) => OptimGen(objective, start, point, evaluations), evaluations => MathNet(objective, start, evaluations));

    private static LbfgsRunResult OptimGen<TObjective>(TObjective objective, double[] start, double[] point, StrongBox<int> evaluations)
        where TObjective : IObjective<double>
    {
        start.AsSpan().CopyTo(point);
        var lbfgs = new Lbfgs();
        Lbfgs.State state = lbfgs.Init(point);
        var counting = new LbfgsCountingObjective<TObjective>(objective, evaluations);
        ScanResult result = lbfgs.Scan(ref state, point, counting, MaxIterations, new ScanOptions { GradientTolerance = GradientTolerance });
        return new LbfgsRunResult(result.CompletedSteps, evaluations.Value, result.Converged, Kernels.NormInf<double>(state.Grad),
            result.Converged ? "gradient tolerance" : "iteration limit");
    }

    private static LbfgsRunResult MathNet<TObjective>(TObjective objective, double[] start, StrongBox<int> evaluations)
        where TObjective : IObjective<double>
    {
        IObjectiveFunction function = ObjectiveFunction.Gradient(x =>
        {
            evaluations.Value++;
            var gradient = new DenseVector(x.Count);
            double value = objective.Evaluate(((DenseVector)x).Values, gradient.Values);
            return (value, (Vector<double>)gradient);
        });
        var minimizer = new LimitedMemoryBfgsMinimizer(GradientTolerance, parameterTolerance: 1e-12, functionProgressTolerance: 1e-12, memory: 10, MaxIterations);
        MinimizationResult result = minimizer.FindMinimum(function, new DenseVector((double[])start.Clone()));
        double gradientInfNorm = result.FunctionInfoAtMinimum.Gradient.InfinityNorm();
        return new LbfgsRunResult(result.Iterations, evaluations.Value, gradientInfNorm <= GradientTolerance, gradientInfNorm, result.ReasonForExit.ToString());
    }
}
