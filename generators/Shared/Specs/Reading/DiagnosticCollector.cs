using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Collects the problems found while reading one spec. Every problem makes the spec invalid. The analyzer
/// keeps them and reports them at their locations (the compiler then applies <c>.editorconfig</c>,
/// <c>#pragma</c> and <c>[SuppressMessage]</c> itself); the generator only needs to know that there was one.
/// </summary>
internal sealed class DiagnosticCollector
{
    private readonly List<Diagnostic>? diagnostics;

    private DiagnosticCollector(bool keep) => diagnostics = keep ? new List<Diagnostic>() : null;

    /// <summary>For the analyzer, which reports what was found.</summary>
    public static DiagnosticCollector Keeping() => new(keep: true);

    /// <summary>For the generator, which only skips an invalid spec.</summary>
    public static DiagnosticCollector Discarding() => new(keep: false);

    public bool HasErrors { get; private set; }

    /// <summary>What was found, in the order found (empty when discarding).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => (IReadOnlyList<Diagnostic>?)diagnostics ?? System.Array.Empty<Diagnostic>();

    public void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        HasErrors = true;
        if (diagnostics is null)
            return;

        // One fact once: a Shape with two empty entries, or naming one unknown name twice, has one problem at one place.
        var diagnostic = Diagnostic.Create(descriptor, location ?? Location.None, arguments);
        if (!diagnostics.Exists(found => IsSame(found, diagnostic)))
            diagnostics.Add(diagnostic);
    }

    private static bool IsSame(Diagnostic left, Diagnostic right) =>
        left.Id == right.Id
        && left.Location.Equals(right.Location)
        && left.GetMessage(CultureInfo.InvariantCulture) == right.GetMessage(CultureInfo.InvariantCulture);
}
