using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OptimGen.Benchmarks;

/// <summary>
/// Columns for memory-bound loops: the achieved bandwidth (bytes of <see cref="BandwidthBytesAttribute"/> times
/// the element count, over the median time) and its ratio to the baseline benchmark's bandwidth in the same run.
/// The median, not the mean: on a shared machine a few slow iterations (another process streaming memory)
/// would otherwise decide the figure.
/// </summary>
public sealed class BandwidthColumn : IColumn
{
    private readonly long elements;
    private readonly bool ratio;

    private BandwidthColumn(long elements, bool ratio)
    {
        this.elements = elements;
        this.ratio = ratio;
    }

    /// <summary>Achieved GB/s (10^9 bytes per second).</summary>
    public static BandwidthColumn GigabytesPerSecond(long elements) => new(elements, ratio: false);

    /// <summary>This benchmark's GB/s over the baseline's.</summary>
    public static BandwidthColumn RatioToBaseline(long elements) => new(elements, ratio: true);

    public string Id => ratio ? "BandwidthRatio" : "Bandwidth";

    public string ColumnName => ratio ? "GB/s vs baseline" : "GB/s (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => ratio ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => ratio
        ? "Achieved bandwidth over the baseline's, measured in the same run"
        : "Bytes read and written per element (B/elem in each benchmark's name) times the element count, over the median time, in 10^9 B/s";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? bandwidth = Bandwidth(summary, benchmarkCase);
        if (bandwidth is null)
            return "?";
        if (!ratio)
            return bandwidth.Value.ToString("F2", CultureInfo.InvariantCulture);
        BenchmarkCase? baseline = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Baseline);
        double? reference = baseline is null ? null : Bandwidth(summary, baseline);
        return reference is null ? "?" : (bandwidth.Value / reference.Value).ToString("P0", CultureInfo.InvariantCulture);
    }

    private double? Bandwidth(Summary summary, BenchmarkCase benchmarkCase)
    {
        BandwidthBytesAttribute? bytes = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<BandwidthBytesAttribute>();
        double? nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (bytes is null || nanoseconds is null or <= 0)
            return null;
        return bytes.BytesPerElement * (double)elements / nanoseconds.Value; // bytes per ns = GB/s
    }

    public override string ToString() => ColumnName;
}
