using System;

namespace OptimGen.EndToEnd.Tests.Infrastructure;

/// <summary>Where the compiler reports a place in a source the test wrote: "(line,column)", both from 1.</summary>
internal static class SourcePosition
{
    /// <summary>The first occurrence of <paramref name="text"/> in <paramref name="source"/>, or of <paramref name="part"/> within it.</summary>
    public static string Of(string source, string text, string? part = null)
    {
        string[] lines = source.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        int column = lines[line].IndexOf(text, StringComparison.Ordinal) + (part is null ? 0 : text.IndexOf(part, StringComparison.Ordinal));
        return $"({line + 1},{column + 1})";
    }
}
