using System;
using System.Linq;
using System.Threading.Tasks;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Analyzers.Tests.Precision;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// A catalogue case rewritten without changing its meaning keeps every diagnostic (<see cref="CaseTransforms"/>): its
/// transition's body moved into a helper method, a local function, an interface member or a lambda that takes
/// <c>ref State state</c> (the rules follow the state into the code the transition runs, however the user factors it),
/// built in a project with nullable reference types on, declared in a namespace (top-level or nested), or run inside a
/// loop or a <c>try</c>/<c>finally</c>, or split into two partial files. CI runs a fixed sample (every
/// <see cref="SampleEvery"/>-th case of each catalogue); <c>OPTIMGEN_TRANSFORM_ALL=1</c> runs them all.
/// </summary>
public sealed class RewrittenCaseTests
{
    private const int SampleEvery = 96;

    private static readonly bool All = Environment.GetEnvironmentVariable("OPTIMGEN_TRANSFORM_ALL") == "1";

    public static TheoryData<string, string, string, Mode> Cases()
    {
        var data = new TheoryData<string, string, string, Mode>();
        foreach ((string catalogue, AnalyzerCase[] cases) in new[] { ("narrowing", CaseCatalogue.All.ToArray()), ("precision", PrecisionCaseCatalogue.All.ToArray()) })
        {
            for (int i = 0; i < cases.Length; i++)
            {
                if (!All && i % SampleEvery != 0)
                    continue;
                foreach (string transform in CaseTransforms.All.Where(transform => CaseTransforms.AppliesTo(cases[i], transform)))
                {
                    // Each sampled case in one mode per transform, alternating, unless all are asked for.
                    foreach (Mode mode in new[] { Mode.Double, Mode.Single })
                    {
                        if (All || (i / SampleEvery + Array.IndexOf(CaseTransforms.All, transform)) % 2 == (int)mode)
                            data.Add(catalogue, cases[i].Name, transform, mode);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Keeps_its_diagnostics(string catalogue, string name, string transform, Mode mode) => catalogue == "narrowing"
        ? NarrowingRuleTests.VerifyAsync(CaseTransforms.Apply(CaseCatalogue.ByName[name], transform), mode)
        : PrecisionRuleTests.VerifyAsync(CaseTransforms.Apply(PrecisionCaseCatalogue.ByName[name], transform), mode);
}
