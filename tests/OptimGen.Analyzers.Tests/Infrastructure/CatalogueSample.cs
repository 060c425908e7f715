using System;
using OptimGen.Analyzers.Tests.Cases;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// In which modes a catalogue case runs. Every case states what it expects in both modes; CI checks each case in one
/// of them, chosen by a stable hash of its name, so that each mode is checked on about half of every rule's cases (and
/// of its positives and its quiet cases) while the whole catalogue runs in half the time. The code-fix sweep follows
/// the same choice. <c>OPTIMGEN_CATALOGUE_ALL=1</c> runs every case in both modes.
/// </summary>
internal static class CatalogueSample
{
    private static readonly bool All = Environment.GetEnvironmentVariable("OPTIMGEN_CATALOGUE_ALL") == "1";

    /// <summary>Whether <paramref name="testCase"/> is checked in <paramref name="mode"/> in this run.</summary>
    public static bool Runs(AnalyzerCase testCase, Mode mode) => All || (int)(StableHash(testCase.Name) % 2) == (mode == Mode.Double ? 0 : 1);

    /// <summary>FNV-1a over the name's characters: the same in every process, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
            hash = (hash ^ c) * 16777619;
        return hash;
    }
}
