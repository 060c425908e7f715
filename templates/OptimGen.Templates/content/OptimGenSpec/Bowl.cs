using OptimGen;

namespace OptimGenApp;

/// <summary>f(x) = sum of (i + 1) x_i^2 / 2: the objective returns the value and writes the gradient.</summary>
public struct Bowl : IObjective<Real>
{
    public Real Evaluate(ReadOnlySpan<Real> x, Span<Real> gradient)
    {
        Real value = 0;
        for (int i = 0; i < x.Length; i++)
        {
            Real scale = i + 1;
            gradient[i] = scale * x[i];
            value += scale * x[i] * x[i] / 2;
        }

        return value;
    }
}
