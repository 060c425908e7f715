using System;
using System.ComponentModel;
using System.Numerics.Tensors;

namespace OptimGen;

/// <summary>
/// A counter-based Gaussian generator: the sample of element <c>i</c> at step <c>t</c> under seed <c>s</c> is a
/// pure function of <c>(s, t, i)</c>, so a noisy optimizer's state needs no generator state beyond its step count,
/// a checkpointed run resumes with the same noise, and both precision modes draw the same numbers.
/// </summary>
/// <remarks>
/// <para>
/// <c>Mix(x)</c> is SplitMix64's output function (Steele, Lea and Flood 2014) of <c>x + 0x9E3779B97F4A7C15</c>:
/// <c>z ^= z &gt;&gt; 30; z *= 0xBF58476D1CE4E5B9; z ^= z &gt;&gt; 27; z *= 0x94D049BB133111EB; z ^= z &gt;&gt; 31</c>.
/// The stream of a step is <c>k = Mix(s + Mix(t))</c>; element pair <c>j = i / 2</c> takes the 64-bit words
/// <c>a = Mix(k + 2j)</c> and <c>b = Mix(k + 2j + 1)</c> (all arithmetic modulo 2⁶⁴), the uniforms
/// <c>u₁ = ((a &gt;&gt; 11) + 1)·2⁻⁵³</c> in (0, 1] and <c>u₂ = (b &gt;&gt; 11)·2⁻⁵³</c> in [0, 1), and the Box–Muller pair
/// <c>√(−2 ln u₁)·cos(2πu₂)</c> (element <c>2j</c>) and <c>√(−2 ln u₁)·sin(2πu₂)</c> (element <c>2j + 1</c>),
/// computed in <see cref="double"/>.
/// </para>
/// <para>Public only for the built-in optimizers' source; not part of the supported API.</para>
/// <para>Not a cryptographic generator, and not JAX's: the same seed gives other numbers than optax's key.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CounterGaussian
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    /// <summary>The stream key of step <paramref name="step"/> under <paramref name="seed"/>.</summary>
    public static ulong Stream(long seed, long step) => Mix(unchecked((ulong)seed + Mix((ulong)step)));

    /// <summary>The most element pairs one <see cref="Pairs"/> call takes (its scratch lives on the stack).</summary>
    public const int MaxPairsPerCall = 128;

    /// <summary>
    /// The standard normal samples of the element pairs <paramref name="firstPair"/>, <paramref name="firstPair"/> + 1, ...
    /// of a stream: <paramref name="even"/>[k] for element 2·(firstPair + k), <paramref name="odd"/>[k] for the element after.
    /// The logarithms, roots, sines and cosines go through <see cref="TensorPrimitives"/> in vector lanes, so the last
    /// bit may differ from <see cref="Math"/>'s, and between machines with different vector widths.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length or are longer than <see cref="MaxPairsPerCall"/>.</exception>
    public static void Pairs(ulong stream, long firstPair, Span<double> even, Span<double> odd)
    {
        int count = even.Length;
        if (odd.Length != count || count > MaxPairsPerCall)
            throw new ArgumentException($"'{nameof(even)}' and '{nameof(odd)}' must have one length of at most {MaxPairsPerCall}.", nameof(odd));
        Span<double> sin = stackalloc double[count];
        Span<double> cos = stackalloc double[count];
        for (int k = 0; k < count; k++)
        {
            ulong pair = unchecked((ulong)(firstPair + k));
            ulong a = Mix(unchecked(stream + 2 * pair));
            ulong b = Mix(unchecked(stream + 2 * pair + 1));
            even[k] = ((a >> 11) + 1) * (1.0 / (1UL << 53));        // u1 in (0, 1]
            odd[k] = 2 * Math.PI * ((b >> 11) * (1.0 / (1UL << 53))); // 2 pi u2
        }

        TensorPrimitives.SinCos<double>(odd, sin, cos);
        TensorPrimitives.Log<double>(even, even);
        TensorPrimitives.Multiply<double>(even, -2, even);
        TensorPrimitives.Sqrt<double>(even, even); // the radius
        TensorPrimitives.Multiply<double>(even, sin, odd);
        TensorPrimitives.Multiply<double>(even, cos, even);
    }

    private static ulong Mix(ulong x)
    {
        ulong z = unchecked(x + Golden);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return z ^ (z >> 31);
    }
}
