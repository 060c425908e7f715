using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// Names chosen to break generated code that spells user names naively: C# keywords and contextual keywords,
/// the parameters and locals of the generated methods, the names OptimGen generates or reserves, and unicode
/// identifiers (including one written with a unicode escape).
/// </summary>
internal static class AdversarialNames
{
    /// <summary>The parameters and locals of the generated <c>Init</c>, <c>Step</c>, <c>Scan</c>, state check and State members.</summary>
    public static readonly string[] GeneratedLocals =
    {
        "state", "gradient", "update", "value", "parameters", "objective", "length", "options", "n", "recorder", "step",
        "traces", "i", "copy", "other", "hash", "writer", "reader", "parameterCount", "spanName", "loaded", "key", "path",
        "scratch", "gradientBuffer", "updateBuffer", "obj", "left", "right", "checkpoint", "value0", "dimRate",
    };

    /// <summary>Names OptimGen generates or relies on.</summary>
    public static readonly string[] Reserved =
    {
        "State", "Init", "Step", "Scan", "LoadCheckpoint", "OptimGenCheckState", "ParameterCount", "Layout", "Clone", "Equals",
        "GetHashCode", "ToString", "WriteSlots", "ReadSlots", "OptimGenScratch", "Real", "Integer", "TObjective", "OptimGen", "System",
    };

    /// <summary>Unicode identifiers, as they are written in source.</summary>
    public static readonly string[] Unicode = { "Ünïcödé", "数据", "Δx", "ℌilbert", "_", "__", "x\u0301", "\\u0061bc", "Ωmega_2" };

    public static readonly string[] Keywords = SyntaxFacts.GetKeywordKinds().Select(SyntaxFacts.GetText)
        .Where(text => text.Length > 0 && char.IsLetter(text[0]) && !text.StartsWith("__", StringComparison.Ordinal))
        .ToArray();

    public static readonly string[] ContextualKeywords = SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText)
        .Where(text => text.Length > 0 && char.IsLetter(text[0]))
        .Append("nameof")
        .Distinct()
        .ToArray();

    /// <summary>Every adversarial name, as written in source (keywords with <c>@</c>).</summary>
    public static readonly string[] All = Keywords.Concat(ContextualKeywords).Concat(GeneratedLocals).Concat(Reserved).Concat(Unicode)
        .Select(InSource)
        .Distinct()
        .ToArray();

    /// <summary>How a name is written in source: <c>@</c> before a keyword or contextual keyword.</summary>
    public static string InSource(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None || name == "nameof"
            ? "@" + name
            : name;

    /// <summary>Every adversarial name but the reserved ones, which a spec may not use and which get an OPT1xxx.</summary>
    public static readonly string[] Allowed = All.Except(Reserved.Select(InSource)).ToArray();

    /// <summary>
    /// <paramref name="count"/> distinct names, from <see cref="Allowed"/> but for one reserved name in about a fifth
    /// of the draws, so that most specs built from them are valid and some test the refusal.
    /// </summary>
    public static List<string> Distinct(Random random, int count)
    {
        var picked = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (picked.Count < count)
        {
            string name = Allowed[random.Next(Allowed.Length)];
            if (seen.Add(ValueText(name)))
                picked.Add(name);
        }

        string reserved = Reserved[random.Next(Reserved.Length)];
        if (random.Next(5) == 0 && !seen.Contains(reserved))
            picked[random.Next(count)] = reserved;
        return picked;
    }

    /// <summary>The identifier a source spelling stands for (<c>@class</c> is <c>class</c>).</summary>
    public static string ValueText(string inSource) => SyntaxFactory.ParseToken(inSource).ValueText;
}
