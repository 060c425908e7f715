using System.Linq;
using Microsoft.CodeAnalysis;

namespace OptimGen.Generators.Model;

/// <summary>A diagnostic found while reading a spec, kept as values until it is reported.</summary>
/// <param name="Descriptor">What is wrong.</param>
/// <param name="Location">Where.</param>
/// <param name="Severity">The severity after the project's configuration (see <c>ReportingPolicy</c>).</param>
/// <param name="Arguments">The message arguments.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, DiagnosticSeverity Severity, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation(), Severity, additionalLocations: null, properties: null, Arguments.Cast<object>().ToArray());
}
