using System;
using System.ComponentModel;

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

    /// <summary>The two standard normal samples of element pair <paramref name="pair"/> (elements 2·pair and 2·pair + 1) of a stream.</summary>
    public static (double Even, double Odd) Pair(ulong stream, long pair)
    {
        ulong a = Mix(unchecked(stream + 2 * (ulong)pair));
        ulong b = Mix(unchecked(stream + 2 * (ulong)pair + 1));
        double u1 = ((a >> 11) + 1) * (1.0 / (1UL << 53));
        double u2 = (b >> 11) * (1.0 / (1UL << 53));
        double radius = Math.Sqrt(-2 * Math.Log(u1));
        (double sin, double cos) = Math.SinCos(2 * Math.PI * u2);
        return (radius * cos, radius * sin);
    }

    private static ulong Mix(ulong x)
    {
        ulong z = unchecked(x + Golden);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return z ^ (z >> 31);
    }
}
