using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// Token and syntax mutations of a spec's source, deterministic in the random generator: consistent renames to
/// adversarial names (which keep the code valid, the most telling kind), token deletions, duplications, swaps and
/// keyword replacements, inserted modifiers and attributes, duplicated or added members, an enclosing type, and a
/// second file that declares a part or a namesake of the spec.
/// </summary>
internal static class SpecMutator
{
    private static readonly string[] Fragments =
    {
        "[State] ", "[State(Shape = \"n\")] ", "[Transition] ", "[Init] ", "[Hyperparameter] ", "[Component] ", "[Optimizer] ",
        "[CachedEvaluation] ", "ref ", "in ", "out ", "static ", "partial ", "file ", "abstract ", "new ", "readonly ", "unsafe ",
        "extern ", "async ", "params ", "this ", "record ", "__arglist, ", "<T>", "?", ",", ";", "{", "}", "(", ")", "Real", "Integer",
        "Real[]", "ReadOnlySpan<Real> ", "Span<Real> ", "n", "MemorySize", "\"", "@", "nameof",
    };

    private static readonly string[][] KeywordGroups =
    {
        new[] { "class", "record", "struct", "interface" },
        new[] { "private", "public", "internal", "protected", "static" },
        new[] { "void", "int", "bool", "double", "long", "float" },
        new[] { "ref", "in", "out", "params" },
        new[] { "get", "set", "init" },
        new[] { "partial", "static", "sealed", "abstract", "file" },
        new[] { "namespace", "class" },
    };

    private static readonly string[] AddedMembers =
    {
        "private static string nameof(object o) => \"\";",
        "[Transition] public {0}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update) {{ }}",
        "private void Update(int overload) {{ }}",
        "private static void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, int extra = 0) {{ }}",
        "[Hyperparameter] public Real {1} {{ get; init; }} = (Real)1;",
        "[Hyperparameter] public int {1} {{ get; init; }} = 2;",
        "[State] private Real {1};",
        "[State(Shape = \"n\")] private Real[] {1};",
        "[Component] public {0} {1} {{ get; init; }} = new();",
        "public class State {{ }}",
        "private int Step;",
        "public void Init() {{ }}",
        "[Init] private void {1}(ref State state, ReadOnlySpan<Real> parameters) {{ }}",
        "[Transition] private void {1}(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update, __arglist) {{ }}",
        "private {0}() {{ }}",
    };

    private static readonly string[] StringLiterals =
    {
        "\"\"", "\" \"", "\"n, n\"", "\"0\"", "\"-1\"", "\"2147483647, 2147483647\"", "\"99999999999\"", "\"n,\"", "\",n\"", "\"n n\"",
        "\"\u0663\"", "\"Real\"", "\"class\"", "\"@class\"", "\"MemorySize, MemorySize, n\"", "\"\\u0061\"", "\"n;\"", "null", "\"Step\"",
    };

    private static readonly string[] NumericLiterals =
    {
        "0", "-0.0", "1e308", "1e-320", "double.NaN", "double.PositiveInfinity", "double.NegativeInfinity", "int.MaxValue", "-1", "2147483648", "0x7FFFFFFF", "1_000", "5e-324",
    };

    /// <summary>One mutant: the mutated file and any extra file an operator added.</summary>
    public static List<string> Mutate(string source, Random random)
    {
        var sources = new List<string> { source };
        int operations = random.Next(1, 4);
        for (int i = 0; i < operations; i++)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(sources[0], GeneratorHarness.ParseOptions).GetRoot();
            sources[0] = random.Next(13) switch
            {
                0 or 1 or 2 => RenameAll(sources[0], root, random),
                11 => ReplaceLiteral(sources[0], root, random, SyntaxKind.StringLiteralToken, StringLiterals),
                12 => ReplaceLiteral(sources[0], root, random, SyntaxKind.NumericLiteralToken, NumericLiterals),
                3 => DeleteToken(sources[0], root, random),
                4 => DuplicateToken(sources[0], root, random),
                5 => SwapTokens(sources[0], root, random),
                6 => ReplaceKeyword(sources[0], root, random),
                7 => InsertFragment(sources[0], root, random),
                8 => DuplicateMember(sources[0], root, random),
                9 => AddMember(sources[0], root, random),
                _ => AddFileOrOuterType(sources, root, random),
            };
        }

        return sources;
    }

    private static string RenameAll(string source, SyntaxNode root, Random random)
    {
        SyntaxToken[] identifiers = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToArray();
        if (identifiers.Length == 0)
            return source;
        string target = identifiers[random.Next(identifiers.Length)].ValueText;
        string replacement = AdversarialNames.All[random.Next(AdversarialNames.All.Length)];
        return Replace(source, identifiers.Where(t => t.ValueText == target).Select(t => (t.Span.Start, t.Span.Length, replacement)));
    }

    /// <summary>A string (a Shape) or a number (a bound, a default) replaced by an edge case.</summary>
    private static string ReplaceLiteral(string source, SyntaxNode root, Random random, SyntaxKind kind, string[] replacements)
    {
        SyntaxToken[] literals = root.DescendantTokens().Where(t => t.IsKind(kind)).ToArray();
        if (literals.Length == 0)
            return source;
        SyntaxToken literal = literals[random.Next(literals.Length)];
        return Replace(source, new[] { (literal.Span.Start, literal.Span.Length, replacements[random.Next(replacements.Length)]) });
    }

    private static string DeleteToken(string source, SyntaxNode root, Random random) =>
        Pick(root, random) is { } token ? Replace(source, new[] { (token.Span.Start, token.Span.Length, "") }) : source;

    private static string DuplicateToken(string source, SyntaxNode root, Random random) =>
        Pick(root, random) is { } token ? source.Insert(token.Span.End, " " + token.Text) : source;

    private static string SwapTokens(string source, SyntaxNode root, Random random)
    {
        if (Pick(root, random) is not { } token || token.GetNextToken() is not { RawKind: not 0 } next || next.IsKind(SyntaxKind.EndOfFileToken))
            return source;
        return Replace(source, new[] { (token.Span.Start, token.Span.Length, next.Text), (next.Span.Start, next.Span.Length, token.Text) });
    }

    private static string ReplaceKeyword(string source, SyntaxNode root, Random random)
    {
        var candidates = root.DescendantTokens()
            .Select(t => (Token: t, Group: KeywordGroups.FirstOrDefault(g => g.Contains(t.Text))))
            .Where(c => c.Group is not null)
            .ToArray();
        if (candidates.Length == 0)
            return source;
        var (token, group) = candidates[random.Next(candidates.Length)];
        return Replace(source, new[] { (token.Span.Start, token.Span.Length, group![random.Next(group.Length)]) });
    }

    private static string InsertFragment(string source, SyntaxNode root, Random random) =>
        Pick(root, random) is { } token ? source.Insert(token.Span.Start, Fragments[random.Next(Fragments.Length)]) : source;

    private static string DuplicateMember(string source, SyntaxNode root, Random random)
    {
        MemberDeclarationSyntax[] members = root.DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Where(m => m.Parent is TypeDeclarationSyntax).ToArray();
        if (members.Length == 0)
            return source;
        MemberDeclarationSyntax member = members[random.Next(members.Length)];
        string copy = member.ToFullString();
        if (random.Next(2) == 0 && member.DescendantTokens().FirstOrDefault(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Parent is not TypeSyntax and not AttributeSyntax and not IdentifierNameSyntax) is { RawKind: not 0 } name)
            copy = copy.Replace(name.Text, AdversarialNames.All[random.Next(AdversarialNames.All.Length)]);
        return source.Insert(member.FullSpan.End, copy);
    }

    private static string AddMember(string source, SyntaxNode root, Random random)
    {
        TypeDeclarationSyntax[] types = root.DescendantNodes().OfType<TypeDeclarationSyntax>().ToArray();
        if (types.Length == 0)
            return source;
        TypeDeclarationSyntax type = types[random.Next(types.Length)];
        if (type.OpenBraceToken.IsMissing)
            return source;
        string member = string.Format(AddedMembers[random.Next(AddedMembers.Length)], type.Identifier.Text, AdversarialNames.All[random.Next(AdversarialNames.All.Length)]);
        return source.Insert(type.OpenBraceToken.Span.End, "\n    " + member + "\n");
    }

    /// <summary>
    /// Either a second file with a part or a namesake of a spec (<c>[Optimizer] partial class Spec</c> again, or
    /// <c>partial class Ns { [Optimizer] partial class Spec }</c> for a spec in namespace <c>Ns</c>), or an
    /// enclosing type around the whole file.
    /// </summary>
    private static string AddFileOrOuterType(List<string> sources, SyntaxNode root, Random random)
    {
        TypeDeclarationSyntax? spec = root.DescendantNodes().OfType<TypeDeclarationSyntax>()
            .FirstOrDefault(t => t.AttributeLists.SelectMany(a => a.Attributes).Any(a => a.Name.ToString() == "Optimizer"));
        string source = sources[0];
        if (spec is null)
            return source;
        string name = spec.Identifier.Text;
        string? ns = spec.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
        const string Body = "{ [Transition] private void Step2(ref State state, System.ReadOnlySpan<Real> gradient, System.Span<Real> update) { } }";
        switch (random.Next(4))
        {
            case 0:
                sources.Add($"using OptimGen;\n{(ns is null ? "" : $"namespace {ns};\n")}[Optimizer]\npublic partial class {name} {{ }}\n");
                return source;
            case 1 when ns is not null:
                string last = ns.Split('.').Last();
                string outer = ns.Contains('.') ? ns.Substring(0, ns.LastIndexOf('.')) : null!;
                sources.Add($"using OptimGen;\n{(outer is null ? "" : $"namespace {outer};\n")}public partial class {last} {{ [Optimizer] public partial class {name} {Body} }}\n");
                return source;
            case 2:
                sources.Add($"using OptimGen;\n{(ns is null ? "" : $"namespace {ns};\n")}[Optimizer]\npublic partial record {name} {Body}\n");
                return source;
            default:
                int start = spec.AttributeLists.Count > 0 ? spec.AttributeLists[0].SpanStart : spec.SpanStart;
                string wrapper = AdversarialNames.All[random.Next(AdversarialNames.All.Length)];
                return source.Insert(spec.Span.End, "\n}\n").Insert(start, $"public partial class {wrapper}\n{{\n");
        }
    }

    private static SyntaxToken? Pick(SyntaxNode root, Random random)
    {
        SyntaxToken[] tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToArray();
        return tokens.Length == 0 ? null : tokens[random.Next(tokens.Length)];
    }

    /// <summary>Applies non-overlapping replacements, right to left so that earlier positions stay valid.</summary>
    private static string Replace(string source, IEnumerable<(int Start, int Length, string Text)> edits)
    {
        foreach (var (start, length, text) in edits.OrderByDescending(e => e.Start))
            source = source.Remove(start, length).Insert(start, text);
        return source;
    }
}
