using Microsoft.CodeAnalysis;

namespace OptimGen.Testing;

// Compiled into both sides of the SDK-compiler comparison (OptimGen.Analyzers.Tests against Roslyn 4.8, and
// OptimGen.SdkCompilerCheck against the SDK's Roslyn): one source, each side's own Roslyn.

/// <summary>One catalogue case in one mode, with the diagnostics one compiler reported (or the case expects) on it.</summary>
public sealed record ExportedCase(string Name, string Mode, bool Nullable, string? EditorConfig, string Source,
    ExportedDiagnostic[] Compiler, ExportedDiagnostic[] Analyzers);

/// <summary>A diagnostic by id, place in the source file and message.</summary>
public sealed record ExportedDiagnostic(string Id, string Path, int Start, int Length, string Message)
{
    public static ExportedDiagnostic Of(Diagnostic diagnostic) => new(
        diagnostic.Id,
        diagnostic.Location.SourceTree?.FilePath ?? "",
        diagnostic.Location.SourceSpan.Start,
        diagnostic.Location.SourceSpan.Length,
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => $"{Id} {System.IO.Path.GetFileName(Path)}[{Start}..{Start + Length}): {Message}";
}
