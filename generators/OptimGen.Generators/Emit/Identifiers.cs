using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// How generated code spells the user's names so that no name can change its meaning: every identifier
/// that is a keyword gets <c>@</c>, every user member is reached through <c>this.</c> or the spec's
/// <c>global::</c> name (a parameter or local of the generated method can then never hide it), and the
/// file's hint name is unique for every distinct declaration path.
/// </summary>
internal static class Identifiers
{
    /// <summary><c>class</c> becomes <c>@class</c>, <c>nameof</c> becomes <c>@nameof</c>; other names stay as they are.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;

    /// <summary>An instance member of the spec: <c>this.Name</c>.</summary>
    public static string Member(string name) => "this." + Escape(name);

    /// <summary>A member called on the spec: <c>this.M</c>, or <c>global::Ns.Spec.M</c> when it is static.</summary>
    public static string Method(SpecModel spec, string name, bool isStatic) =>
        isStatic ? TypeReference(spec) + "." + Escape(name) : Member(name);

    /// <summary>The namespace as a declaration writes it, every segment escaped.</summary>
    public static string Namespace(string ns) =>
        string.Join(".", ns.Split('.').Select(segment => Escape(segment.TrimStart('@'))));

    /// <summary>The spec's fully qualified name: <c>global::Ns.Outer.Spec</c>.</summary>
    public static string TypeReference(SpecModel spec)
    {
        var text = new StringBuilder("global::");
        if (spec.Namespace is not null)
            text.Append(Namespace(spec.Namespace)).Append('.');
        foreach (ContainingTypeModel containing in spec.ContainingTypes)
            text.Append(Escape(containing.Name)).Append('.');
        return text.Append(Escape(spec.Name)).ToString();
    }

    /// <summary>
    /// The generated file's name: the namespace's segments joined by <c>.</c>, enclosing types by <c>+</c> (so
    /// <c>namespace A { class Spec }</c> and <c>partial class A { class Spec }</c> get different files), every
    /// character outside <c>[A-Za-z0-9_]</c> written as <c>-XXXX</c> (its UTF-16 code, which no identifier
    /// contains), so that hint names are valid file names on every system.
    /// </summary>
    public static string HintName(SpecModel spec) => HintName(spec.Shell, ".g.cs");

    /// <summary>
    /// The file of a malformed spec's empty <c>State</c>: its hint name with <c>-malformed</c>, which no spec's file name
    /// has (there a <c>-</c> is always followed by four hexadecimal digits).
    /// </summary>
    public static string PlaceholderHintName(SpecShell shell) => HintName(shell, "-malformed.g.cs");

    private static string HintName(SpecShell shell, string suffix)
    {
        var text = new StringBuilder();
        if (shell.Namespace is not null)
        {
            foreach (string segment in shell.Namespace.Split('.'))
                AppendSafe(text, segment.TrimStart('@')).Append('.');
        }

        foreach (ContainingTypeModel containing in shell.ContainingTypes)
            AppendSafe(text, containing.Name).Append('+');
        return AppendSafe(text, shell.Name).Append(suffix).ToString();
    }

    private static StringBuilder AppendSafe(StringBuilder text, string name)
    {
        foreach (char c in name)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_')
                text.Append(c);
            else
                text.Append('-').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text;
    }
}
