using System.Collections.Generic;

namespace OptimGen.LbfgsbTests.Problems;

/// <summary>The problem sets the tests run, by name (xunit theories take the name; the problem is rebuilt from it).</summary>
public static class ProblemSets
{
    /// <summary>The small problems whose solution the literature gives.</summary>
    public static IEnumerable<object[]> WithKnownSolution()
    {
        foreach (BoundedProblem problem in Small())
        {
            if (problem.Solution is not null)
                yield return new object[] { problem.Name };
        }
    }

    /// <summary>Every problem of the comparison with scipy: the small ones and MINPACK-2 torsion and bearing at n = 2,500.</summary>
    public static IEnumerable<BoundedProblem> All()
    {
        foreach (BoundedProblem problem in Small())
            yield return problem;
        yield return new Torsion(50, 50);
        yield return new JournalBearing(50, 50);
    }

    public static BoundedProblem Named(string name)
    {
        foreach (BoundedProblem problem in All())
        {
            if (problem.Name == name)
                return problem;
        }

        throw new KeyNotFoundException(name);
    }

    private static IEnumerable<BoundedProblem> Small()
    {
        yield return new Hs001();
        yield return new Hs002();
        yield return new Hs003();
        yield return new Hs004();
        yield return new Hs005();
        yield return new Hs038();
        yield return new Hs045();
        yield return new Hs110();
        yield return new CutRosenbrock();
        yield return new DriverProblem(25);
        yield return new BoxQuadratic(100);
    }
}
