using System;
using OptimGen;

namespace IdeSample;

/// <summary>optax#1210 in C#: the inner zoom line search counts in an int; the outer slot is Integer.</summary>
[Optimizer]
public partial class Seed
{
    [State] private Integer numLinesearchSteps;

    [Transition]
    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
    {
        ZoomLineSearch zoom = ZoomLineSearch.Run(gradient, update);
        state.NumLinesearchSteps = zoom.NumSteps;
    }

    private struct ZoomLineSearch
    {
        public int NumSteps;

        public static ZoomLineSearch Run(ReadOnlySpan<Real> gradient, Span<Real> update)
        {
            var search = new ZoomLineSearch();
            Real step = 1;
            while (search.NumSteps < 20 && step * Math.Abs(gradient[0]) > (Real)1e-3)
            {
                step /= 2;
                search.NumSteps++;
            }

            for (int i = 0; i < gradient.Length; i++)
                update[i] = -step * gradient[i];
            return search;
        }
    }
}
