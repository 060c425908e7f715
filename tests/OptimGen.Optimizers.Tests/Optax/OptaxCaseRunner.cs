using System;
using System.Collections.Generic;
using System.Linq;

namespace OptimGen.Optimizers.Tests.Optax;

/// <summary>
/// optax's <c>test_optimization</c> (<c>optax/_src/alias_test.py</c>): run a configuration 10,000 steps from the
/// target's start and require every parameter within <c>atol + rtol·|final|</c> of the target's final parameters,
/// <c>rtol = atol = 3e-2</c> (as <c>assert_trees_all_close</c>).
/// </summary>
/// <remarks>
/// optax also runs <c>adadelta</c> and <c>adafactor</c> without a learning rate but does not judge them
/// ("needs a non-None learning rate"); the case files leave them out for the same reason.
/// </remarks>
internal static class OptaxCaseRunner
{
    public const int Steps = 10_000;
    public const double Rtol = 3e-2;
    public const double Atol = 3e-2;

    /// <summary>Every (configuration, target) pair the cases judge, keyed by the configuration's name.</summary>
    public static Xunit.TheoryData<string, OptaxProblem> Data(IEnumerable<OptaxCase> cases)
    {
        var data = new Xunit.TheoryData<string, OptaxProblem>();
        foreach (OptaxCase c in cases)
        {
            foreach (OptaxProblem problem in c.Problems.Length == 0 ? Enum.GetValues<OptaxProblem>() : c.Problems)
                data.Add(c.Name, problem);
        }

        return data;
    }

    /// <summary>Runs the configuration named <paramref name="name"/> on <paramref name="problem"/> and checks where it ends.</summary>
    public static void Check(IEnumerable<OptaxCase> cases, string name, OptaxProblem problem)
    {
        OptaxCase c = cases.Single(candidate => candidate.Name == name);
        var target = new OptaxTarget(problem);
        Real[] parameters = target.Start().Select(v => (Real)v).ToArray();
        c.Run(parameters, target, Steps);

        double[] final = target.Final();
        for (int i = 0; i < final.Length; i++)
        {
            double allowed = Atol + Rtol * Math.Abs(final[i]);
            double actual = parameters[i];
            Assert.True(
                Math.Abs(actual - final[i]) <= allowed, // NaN fails
                $"{name} on {problem}: parameter {i} is {actual:R} after {Steps} steps, expected {final[i]} ± {allowed:G3} (all: {string.Join(", ", parameters)}).");
        }
    }
}
