using System.Text;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Writes C# line by line with four-space indentation and '\n' line ends, so that generated files are
/// the same bytes on every operating system.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder text = new();
    private int depth;

    public void WriteLine(string line = "")
    {
        if (line.Length > 0)
            text.Append(' ', depth * 4).Append(line);
        text.Append('\n');
    }

    public void OpenBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        depth++;
    }

    public void CloseBlock(string suffix = "")
    {
        depth--;
        WriteLine("}" + suffix);
    }

    public void Indent() => depth++;

    public void Unindent() => depth--;

    public override string ToString() => text.ToString();
}
