using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// The file a malformed spec gets: an empty nested <c>State</c>, nothing else. Without it, the spec's own signatures
/// (<c>ref State state</c>) would not bind, and a command-line build stops at that declaration error (CS0246) before
/// it runs the analyzers, so the spec's OPT1xxx error, the one that says what to fix, would never be printed. With it
/// the build prints that error (and, for what the transition reads from the state, errors in method bodies only).
/// </summary>
internal static class StatePlaceholderEmitter
{
    public static string Emit(SpecShell shell)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteFileHeader(writer,
            $"OptimGen: the [Optimizer] spec {shell.FullName} is malformed (its OPT1xxx error says why), so it gets no Init, Step or Scan; this empty State only lets its declarations compile.");
        writer.WriteLine();

        DeclarationShell.Open(writer, shell);
        writer.WriteLine("/// <summary>Empty: the spec is malformed (see its OPT1xxx error).</summary>");
        writer.WriteLine("public sealed class State");
        writer.WriteLine("{");
        writer.WriteLine("}");
        DeclarationShell.Close(writer, shell);
        return writer.ToString();
    }
}
