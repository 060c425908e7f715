namespace OptimGen.Analyzers.Narrowing;

/// <summary>A closed range of integral values, as far as <see cref="decimal"/> reaches (wider types clamp to its limits).</summary>
internal readonly struct ValueInterval
{
    public static readonly ValueInterval Unbounded = new(decimal.MinValue, decimal.MaxValue);

    public ValueInterval(decimal low, decimal high)
    {
        Low = low;
        High = high;
    }

    public decimal Low { get; }

    public decimal High { get; }

    public bool Contains(ValueInterval other) => Low <= other.Low && other.High <= High;

    public static ValueInterval Single(decimal value) => new(value, value);
}
