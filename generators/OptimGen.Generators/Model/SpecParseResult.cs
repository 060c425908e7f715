namespace OptimGen.Generators.Model;

/// <summary>The outcome of reading one <c>[Optimizer]</c> type: a model when the spec is valid, and its diagnostics.</summary>
internal sealed record SpecParseResult(SpecModel? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
