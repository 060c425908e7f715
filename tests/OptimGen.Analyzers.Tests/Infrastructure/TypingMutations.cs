using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Code as it is while being typed: a catalogue case's transition body (or its extra members) with one token
/// removed, doubled, replaced by another of the same text's identifiers or by a token users often type, or the text
/// cut off after a token (the rest not yet written). The analyzers and code fixes run on every keystroke in an IDE.
/// </summary>
internal static class TypingMutations
{
    /// <summary>Tokens users type in transitions, often half-way: casts, ref kinds, operators, brackets.</summary>
    private static readonly string[] Typed =
    {
        "(", ")", "{", "}", "[", "]", ";", ",", ".", "=", "+=", "++", "?", ":", "=>", "ref", "out", "in", "new", "default",
        "(int)", "(float)", "(Real)", "(Integer)", "state", "state.", "Real", "Integer", "var", "return", "if", "for", "foreach",
        "stackalloc", "checked", "await", "yield", "static", "this", "base", "is", "as", "switch", "with", "..", "^", "!", "&",
    };

    public static string Mutate(string text, Random random, out string what)
    {
        List<SyntaxToken> tokens = SyntaxFactory.ParseTokens(text).Where(token => !token.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        if (tokens.Count == 0)
        {
            what = "insert '(' into empty text";
            return "(";
        }

        SyntaxToken chosen = tokens[random.Next(tokens.Count)];
        int start = chosen.SpanStart, end = chosen.Span.End;
        switch (random.Next(5))
        {
            case 0:
                what = $"delete '{chosen.Text}' at {start}";
                return text.Remove(start, end - start);
            case 1:
                what = $"cut after '{chosen.Text}' at {start}";
                return text.Substring(0, end);
            case 2:
                what = $"double '{chosen.Text}' at {start}";
                return text.Insert(end, " " + chosen.Text);
            case 3:
                List<string> identifiers = tokens.Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.Text).Distinct().ToList();
                string other = identifiers.Count == 0 ? "state" : identifiers[random.Next(identifiers.Count)];
                what = $"replace '{chosen.Text}' at {start} with '{other}'";
                return new StringBuilder(text).Remove(start, end - start).Insert(start, other).ToString();
            default:
                string typed = Typed[random.Next(Typed.Length)];
                what = $"insert '{typed}' before '{chosen.Text}' at {start}";
                return text.Insert(start, typed + " ");
        }
    }
}
