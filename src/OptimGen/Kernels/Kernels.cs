using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace OptimGen;

/// <summary>
/// Vector kernels for optimizer transitions and the generated <c>Scan</c> loop, built on
/// <see cref="TensorPrimitives"/> (SIMD, no allocation). Generic in the element type so that a spec
/// written against <c>Real</c> calls the same kernel in both precision modes.
/// </summary>
public static class Kernels
{
    /// <summary>The dot product of <paramref name="x"/> and <paramref name="y"/>.</summary>
    public static T Dot<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
        where T : IFloatingPointIeee754<T>
    {
        RequireSameLength(x.Length, y.Length, nameof(y));
        return TensorPrimitives.Dot(x, y);
    }

    /// <summary>The Euclidean norm of <paramref name="x"/> (0 for an empty span).</summary>
    public static T Norm2<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T> => TensorPrimitives.Norm(x);

    /// <summary>The largest magnitude in <paramref name="x"/> (0 for an empty span).</summary>
    public static T NormInf<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T> => x.IsEmpty ? T.Zero : T.Abs(TensorPrimitives.MaxMagnitude(x));

    /// <summary><c>y += alpha * x</c>.</summary>
    public static void Axpy<T>(T alpha, ReadOnlySpan<T> x, Span<T> y)
        where T : IFloatingPointIeee754<T>
    {
        RequireSameLength(y.Length, x.Length, nameof(x));
        TensorPrimitives.MultiplyAdd(x, alpha, y, y);
    }

    /// <summary><c>y += x</c>.</summary>
    public static void Add<T>(Span<T> y, ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        RequireSameLength(y.Length, x.Length, nameof(x));
        TensorPrimitives.Add(y, x, y);
    }

    /// <summary><c>x *= alpha</c>.</summary>
    public static void Scale<T>(T alpha, Span<T> x)
        where T : IFloatingPointIeee754<T> => TensorPrimitives.Multiply(x, alpha, x);

    /// <summary><c>destination = alpha * x</c>.</summary>
    public static void Scale<T>(T alpha, ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        RequireSameLength(destination.Length, x.Length, nameof(x));
        TensorPrimitives.Multiply(x, alpha, destination);
    }

    /// <summary><c>destination = x - y</c>.</summary>
    public static void Subtract<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        RequireSameLength(x.Length, y.Length, nameof(y));
        RequireSameLength(x.Length, destination.Length, nameof(destination));
        TensorPrimitives.Subtract(x, y, destination);
    }

    private static void RequireSameLength(int expected, int actual, string name)
    {
        if (expected != actual)
            throw new ArgumentException($"'{name}' has length {actual}, expected {expected}.", name);
    }
}
