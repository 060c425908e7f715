using System;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Optimization;
using OptimGen;

namespace OptimGen.MathNetTests;

/// <summary>An OptimGen objective written the way a MathNet user writes one, counting its evaluations.</summary>
internal sealed class CountedObjectiveFunction<TObjective>
    where TObjective : IObjective<double>
{
    public CountedObjectiveFunction(TObjective objective)
    {
        Function = ObjectiveFunction.Gradient(point =>
        {
            Evaluations++;
            var gradient = new DenseVector(point.Count);
            double value = objective.Evaluate(((DenseVector)point).Values, gradient.Values);
            return (value, (Vector<double>)gradient);
        });
    }

    public IObjectiveFunction Function { get; }

    public int Evaluations { get; private set; }
}
