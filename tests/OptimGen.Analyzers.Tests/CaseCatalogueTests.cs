using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OptimGen.Analyzers.Tests;

/// <summary>The catalogue covers every rule with positive and negative cases in both modes (the idiomatic-code class is negative only).</summary>
public sealed class CaseCatalogueTests
{
    private readonly ITestOutputHelper output;

    public CaseCatalogueTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Has_sixty_cases_two_in_five_of_them_negative_in_each_mode()
    {
        Assert.True(CaseCatalogue.All.Length >= 60, $"{CaseCatalogue.All.Length} cases");
        Assert.Equal(CaseCatalogue.All.Length, CaseCatalogue.ByName.Count);
        foreach (Mode mode in new[] { Mode.Double, Mode.Single })
        {
            int negative = CaseCatalogue.All.Count(c => c.For(mode).IsEmpty);
            // The seed styles are positive in Double mode by design, so the bar is two in five rather than half.
            Assert.True(5 * negative >= 2 * CaseCatalogue.All.Length, $"{mode}: {negative} negative of {CaseCatalogue.All.Length}");
        }

        foreach (var rule in CaseCatalogue.All.GroupBy(c => c.Rule).OrderBy(g => g.Key))
        {
            foreach (Mode mode in new[] { Mode.Double, Mode.Single })
            {
                int positive = rule.Count(c => !c.For(mode).IsEmpty);
                output.WriteLine($"{rule.Key} {mode}: {positive} positive, {rule.Count() - positive} negative");
            }

            if (rule.Key != IdiomaticCases.Rule)
                Assert.Contains(rule, c => !c.InDouble.IsEmpty);
            Assert.Contains(rule, c => c.InDouble.IsEmpty && c.InSingle.IsEmpty);
        }
    }

    [Fact]
    public void Sixth_round_keeps_two_in_five_cases_quiet_in_each_mode_and_names_its_round() =>
        AssertRoundKeepsTwoInFiveQuiet("fresh eyes 6: ", FreshEyesCasesRound6.All().ToArray());

    [Fact]
    public void Seventh_round_keeps_two_in_five_cases_quiet_in_each_mode_and_names_its_round() =>
        AssertRoundKeepsTwoInFiveQuiet("fresh eyes 7: ", FreshEyesCasesRound7.All().ToArray());

    [Fact]
    public void Eighth_round_keeps_two_in_five_cases_quiet_in_each_mode_and_names_its_round() =>
        AssertRoundKeepsTwoInFiveQuiet("fresh eyes 8: ", FreshEyesCasesRound8.All().ToArray());

    [Fact]
    public void Ninth_round_keeps_two_in_five_cases_quiet_in_each_mode_and_names_its_round() =>
        AssertRoundKeepsTwoInFiveQuiet("fresh eyes 9: ", FreshEyesCasesRound9.All().ToArray());

    private void AssertRoundKeepsTwoInFiveQuiet(string prefix, AnalyzerCase[] round)
    {
        Assert.All(round, c => Assert.StartsWith(prefix, c.Name));
        foreach (Mode mode in new[] { Mode.Double, Mode.Single })
        {
            int quiet = round.Count(c => c.For(mode).IsEmpty);
            output.WriteLine($"{prefix}{mode}: {quiet} quiet of {round.Length}");
            Assert.True(5 * quiet >= 2 * round.Length, $"{prefix}{mode}: {quiet} quiet of {round.Length}");
        }

        int quietInBoth = round.Count(c => c.InDouble.IsEmpty && c.InSingle.IsEmpty);
        Assert.True(5 * quietInBoth >= 2 * round.Length, $"{prefix}{quietInBoth} quiet in both modes of {round.Length}");
    }
}
