using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using OptimGen.Generators.Model;

namespace OptimGen.Generators.Parsing;

/// <summary>
/// Collects the problems found while reading one spec. Every problem makes the spec invalid; the ones the
/// project's configuration suppresses are not reported.
/// </summary>
internal sealed class DiagnosticCollector
{
    private readonly List<DiagnosticInfo> diagnostics = new();
    private readonly ReportingPolicy? policy;

    /// <param name="policy">How to report; null for a reading whose diagnostics are discarded.</param>
    public DiagnosticCollector(ReportingPolicy? policy = null) => this.policy = policy;

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        HasErrors = true;
        DiagnosticSeverity? severity = policy is null ? descriptor.DefaultSeverity : policy.Severity(descriptor, location);
        if (severity is { } reported)
            diagnostics.Add(new DiagnosticInfo(descriptor, LocationInfo.From(location), reported, arguments.ToEquatableArray()));
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => diagnostics.ToEquatableArray();
}
