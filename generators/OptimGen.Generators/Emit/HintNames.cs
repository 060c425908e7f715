using System;
using System.Collections.Generic;
using System.Linq;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Gives every spec's file a hint name no other spec's file has. The compiler compares hint names without
/// case and throws on a duplicate, which would drop every generated file of the compilation; two specs can
/// collide when their full names differ only in case (valid C#), or when two distinct types share a full name
/// (a class and a record <c>Spec</c>, already a C# error of their own).
/// </summary>
internal static class HintNames
{
    /// <summary>
    /// <see cref="Identifiers.HintName"/>, or, when other specs' hint names equal it without case, that name
    /// with the spec's rank among them: <c>Demo.Spec.2.g.cs</c>. The rank orders the colliding specs by full
    /// name, then by their generated text, so it is the same on every run.
    /// </summary>
    public static string Unique(SpecModel spec, EquatableArray<SpecModel> all)
    {
        string hintName = Identifiers.HintName(spec);
        List<SpecModel> peers = all
            .Where(other => string.Equals(Identifiers.HintName(other), hintName, StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        if (peers.Count <= 1)
            return hintName;

        List<SpecModel> ranked = peers
            .OrderBy(other => other.FullName, StringComparer.Ordinal)
            .ThenBy(other => SpecEmitter.Emit(other, PrecisionMode.Double), StringComparer.Ordinal)
            .ToList();
        int rank = ranked.IndexOf(spec) + 1;
        return hintName.Substring(0, hintName.Length - ".g.cs".Length) + "." + rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
    }
}
