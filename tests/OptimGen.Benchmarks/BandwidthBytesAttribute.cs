using System;

namespace OptimGen.Benchmarks;

/// <summary>
/// The bytes a benchmark's loop reads and writes per element (8 per double stream it touches, counted once per
/// direction), from which <see cref="BandwidthColumn"/> computes its achieved bandwidth.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BandwidthBytesAttribute : Attribute
{
    public BandwidthBytesAttribute(int bytesPerElement) => BytesPerElement = bytesPerElement;

    public int BytesPerElement { get; }
}
