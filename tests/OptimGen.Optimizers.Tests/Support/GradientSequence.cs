using System;

namespace OptimGen.Optimizers.Tests.Support;

/// <summary>
/// The fixed inputs of the hand-computed update tests: a starting point and five gradients of 11 elements,
/// so that the kernels run both their full vectors (4 doubles or 8 floats) and their partial last vector.
/// Element 4 of every gradient is exactly 0 and element 5 of the start is exactly 0, to reach the special
/// cases (Adagrad's empty accumulator, Lion's sign of 0, weight decay of a zero weight).
/// </summary>
internal static class GradientSequence
{
    public const int Length = 11;
    public const int Steps = 5;

    public static Real[] InitialParameters()
    {
        var parameters = new Real[Length];
        for (int i = 0; i < Length; i++)
            parameters[i] = (Real)(0.5 - 0.1 * i);
        return parameters;
    }

    /// <summary>The gradient of step <paramref name="step"/> (from 0), of mixed signs and magnitudes between 0 and 3.</summary>
    public static Real[] At(int step)
    {
        var gradient = new Real[Length];
        for (int i = 0; i < Length; i++)
            gradient[i] = i == 4 ? 0 : (Real)((1 + i % 3) * Math.Sin(1.3 * i + 0.7 * step + 0.2));
        return gradient;
    }

    public static double[] Widen(ReadOnlySpan<Real> values)
    {
        var wide = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
            wide[i] = values[i];
        return wide;
    }
}
