using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using OptimGen.Generators.Model;

namespace OptimGen.Generators.Parsing;

/// <summary>Collects the diagnostics found while reading one spec.</summary>
internal sealed class DiagnosticCollector
{
    private readonly List<DiagnosticInfo> diagnostics = new();

    public bool HasErrors => diagnostics.Count > 0;

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        Report(descriptor, LocationInfo.From(location), arguments);

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => diagnostics.ToEquatableArray();
}
