using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// The namespace and enclosing partial types around a spec's generated members, opened and closed the same way for a
/// valid spec's file (<see cref="SpecEmitter"/>) and a malformed spec's empty <c>State</c> (<see cref="StatePlaceholderEmitter"/>).
/// </summary>
internal static class DeclarationShell
{
    /// <summary>Opens the namespace, each enclosing type and the spec's own partial declaration.</summary>
    public static void Open(SourceWriter writer, SpecShell shell)
    {
        if (shell.Namespace is not null)
            writer.OpenBlock("namespace " + Identifiers.Namespace(shell.Namespace));
        foreach (ContainingTypeModel containing in shell.ContainingTypes)
            writer.OpenBlock((containing.IsStatic ? "static " : string.Empty) + "partial " + containing.Keyword + " " + Identifiers.Escape(containing.Name));
        writer.OpenBlock($"partial {shell.Keyword} {Identifiers.Escape(shell.Name)}");
    }

    /// <summary>Closes what <see cref="Open"/> opened.</summary>
    public static void Close(SourceWriter writer, SpecShell shell)
    {
        writer.CloseBlock();
        foreach (ContainingTypeModel _ in shell.ContainingTypes)
            writer.CloseBlock();
        if (shell.Namespace is not null)
            writer.CloseBlock();
    }
}
