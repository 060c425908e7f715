namespace OptimGen.Generators.Parsing;

/// <summary>Turns a private slot field's name into the public field name of the generated <c>State</c>.</summary>
internal static class SlotNaming
{
    /// <summary><c>steps</c> becomes <c>Steps</c>, <c>_diffParams</c> becomes <c>DiffParams</c>; null when nothing is left.</summary>
    public static string? ToPascalCase(string fieldName)
    {
        string trimmed = fieldName.TrimStart('_');
        if (trimmed.Length == 0)
            return null;
        return char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
    }
}
