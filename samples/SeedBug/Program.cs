using System;
using OptimGen;

namespace SeedBug;

internal static class Program
{
    public static void Main()
    {
        var descent = new LinesearchDescent();
        Real[] x = { 3, -2 };
        LinesearchDescent.State state = descent.Init(x);
        ScanResult result = descent.Scan(ref state, x, new Bowl(), 20);
        Console.WriteLine($"{LinesearchDescent.State.Layout.Precision} mode: f = {result.Values[^1]:g3} after 20 steps; NumLinesearchSteps is {state.NumLinesearchSteps.GetType().Name}");
    }

    private struct Bowl : IObjective<Real>
    {
        public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
        {
            Real value = 0;
            for (int i = 0; i < x.Length; i++)
            {
                gradient[i] = x[i];
                value += x[i] * x[i] / 2;
            }

            return value;
        }
    }
}
