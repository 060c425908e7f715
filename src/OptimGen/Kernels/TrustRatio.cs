using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace OptimGen;

public static partial class FirstOrderKernels
{
    /// <summary>
    /// The Euclidean norm of <paramref name="x"/>, or <paramref name="minNorm"/> when the norm is not above it
    /// (optax's <c>numerics.safe_norm</c>).
    /// </summary>
    private static T SafeNorm<T>(ReadOnlySpan<T> x, T minNorm)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T norm = TensorPrimitives.Norm(x);
        return norm <= minNorm ? minNorm : norm;
    }

    /// <summary>
    /// The layer-wise trust ratio of LARS, LAMB and Fromage (optax's <c>scale_by_trust_ratio</c>, the whole parameter
    /// vector being one layer): <c>c·‖p‖/(‖u‖ + ε)</c> with safe norms, or 1 when either norm is 0.
    /// </summary>
    private static T TrustRatio<T>(ReadOnlySpan<T> parameters, ReadOnlySpan<T> update, T minNorm, T trustCoefficient, T eps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T parameterNorm = SafeNorm(parameters, minNorm);
        T updateNorm = SafeNorm(update, minNorm);
        return parameterNorm == T.Zero || updateNorm == T.Zero ? T.One : trustCoefficient * parameterNorm / (updateNorm + eps);
    }
}
