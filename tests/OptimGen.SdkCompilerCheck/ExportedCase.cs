namespace OptimGen.SdkCompilerCheck;

// The JSON shape CaseExport (in OptimGen.Analyzers.Tests) writes; the two projects cannot share a file because each
// compiles against its own Roslyn.

/// <summary>One catalogue case in one mode, with what the analyzer tests' compiler reported on it.</summary>
public sealed record ExportedCase(string Name, string Mode, bool Nullable, string? EditorConfig, string Source,
    ExportedDiagnostic[] Compiler, ExportedDiagnostic[] Analyzers);

/// <summary>A diagnostic by id, place and message.</summary>
public sealed record ExportedDiagnostic(string Id, string Path, int Start, int Length, string Message)
{
    public override string ToString() => $"{Id} {System.IO.Path.GetFileName(Path)}[{Start}..{Start + Length}): {Message}";
}
