using System;
using OptimGen.LbfgsbTests.Problems;
using Xunit.Abstractions;

namespace OptimGen.LbfgsbTests;

public sealed class ScratchTable
{
    private readonly ITestOutputHelper output;
    public ScratchTable(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Table()
    {
        BoundedProblem[] problems = { new Hs001(), new Hs002(), new Hs003(), new Hs004(), new Hs005(), new Hs038(), new Hs045(), new Hs110(), new CutRosenbrock(), new DriverProblem(25), new BoxQuadratic(100), new Torsion(50, 50), new JournalBearing(50, 50) };
        foreach (var p in problems)
        {
            var m = BoundedMinimization.Run(p, Precision.GradientTolerance);
            output.WriteLine($"{p.Name} evals={m.Evaluations} it={m.Iterations} conv={m.Converged} f={p.Evaluate(m.Point, new Real[m.Point.Length])} x0={m.Point[0]}");
        }
    }
}
