using System;
using OptimGen;
using OptimGen.Optimizers;

namespace OptimGen.LbfgsbTests;

public sealed class Smoke
{
    private struct Rosen : IObjective<Real>
    {
        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> g)
        {
            Real a = 1 - x[0], b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        }
    }

    [Fact]
    public void Runs()
    {
        var opt = new Lbfgsb { LowerBounds = new Real[] { -2, 1.5f }, UpperBounds = new Real[] { 2, 3 } };
        Real[] x = { -1.2f, 1 };
        var state = opt.Init(x);
        var f = new Rosen();
        Real[] g = new Real[2], u = new Real[2];
        Real v = f.Evaluate(x, g);
        int evals = 1;
        for (int k = 0; k < 100; k++)
        {
            if (Lbfgsb.ProjectedGradientNorm(state, x, g) < 1e-5) break;
            opt.Step(ref state, x, g, v, u, ref f);
            evals += (int)state.NumLinesearchSteps;
            for (int i = 0; i < 2; i++) x[i] += u[i];
            v = f.Evaluate(x, g);
            Console.WriteLine($"{k} {x[0]} {x[1]} f={v} ls={state.NumLinesearchSteps} failed={state.LinesearchFailed}");
        }
        Console.WriteLine($"evals {evals}");
    }
}
