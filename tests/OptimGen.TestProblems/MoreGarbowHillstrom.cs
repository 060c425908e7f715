using System.Collections.Generic;

namespace OptimGen.TestProblems;

/// <summary>
/// The 35 problems of Moré, Garbow and Hillstrom (1981), "Testing unconstrained optimization software", ACM TOMS
/// 7(1), 17–41, as 37 instances from the standard starting points: every problem once, Watson (#20) with n = 6 and
/// n = 9 and Chebyquad (#35) with n = 8 and n = 10; the variable-dimension problems 21–34 with n = 10 (Extended
/// Powell n = 12), the linear ones with m = 20, Gulf research with m = 99.
/// </summary>
public static class MoreGarbowHillstrom
{
    /// <summary>The 37 instances, in the paper's order.</summary>
    public static IReadOnlyList<LeastSquaresProblem> All { get; } = new LeastSquaresProblem[]
    {
        new Rosenbrock(), new FreudensteinRoth(), new PowellBadlyScaled(), new BrownBadlyScaled(), new Beale(),
        new JennrichSampson(), new HelicalValley(), new Bard(), new Gaussian(), new Meyer(), new GulfResearch(),
        new Box3D(), new PowellSingular(), new Wood(), new KowalikOsborne(), new BrownDennis(), new Osborne1(),
        new BiggsExp6(), new Osborne2(), new Watson(6), new Watson(9), new ExtendedRosenbrock(10),
        new ExtendedPowellSingular(12), new PenaltyI(10), new PenaltyII(10), new VariablyDimensioned(10),
        new Trigonometric(10), new BrownAlmostLinear(10), new DiscreteBoundaryValue(10),
        new DiscreteIntegralEquation(10), new BroydenTridiagonal(10), new BroydenBanded(10), new LinearFullRank(10, 20),
        new LinearRank1(10, 20), new LinearRank1ZeroColumnsAndRows(10, 20), new Chebyquad(8), new Chebyquad(10),
    };

    /// <summary>The instance of problem <paramref name="number"/> (the first, for Watson and Chebyquad).</summary>
    public static LeastSquaresProblem Problem(int number)
    {
        foreach (LeastSquaresProblem problem in All)
        {
            if (problem.Number == number)
                return problem;
        }

        throw new KeyNotFoundException($"No Moré–Garbow–Hillstrom problem #{number}.");
    }
}
