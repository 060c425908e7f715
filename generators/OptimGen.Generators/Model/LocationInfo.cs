using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OptimGen.Generators.Model;

/// <summary>
/// A source location as plain values. A <see cref="Location"/> would keep its whole syntax tree alive
/// in the pipeline and never compare equal across runs.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location) =>
        location is null || !location.IsInSource
            ? null
            : new LocationInfo(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
