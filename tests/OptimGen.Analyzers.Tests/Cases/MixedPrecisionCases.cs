using System.Collections.Generic;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>OPT0003: single precision entering Double-mode transition arithmetic without a cast.</summary>
internal static class MixedPrecisionCases
{
    private const string Rule = "OPT0003";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "a float literal in the update", """
            update[0] = gradient[0] * {|#0:0.1f|};
            """)
        { InDouble = [MixedPrecision("0.1f")] };

        yield return new(Rule, "a float hyperparameter in the update", """
            update[0] = -LearningRate * gradient[0] * {|#0:Beta|};
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, "a negated float hyperparameter", """
            update[0] = gradient[0] * {|#0:-Beta|};
            """)
        { InDouble = [MixedPrecision("-Beta")] };

        yield return new(Rule, "a float field used as epsilon", """
            update[0] = gradient[0] / (Math.Abs(gradient[0]) + {|#0:Epsilon|});
            """, """
            private static readonly float Epsilon = 1e-8f;
            """)
        { InDouble = [MixedPrecision("Epsilon")] };

        yield return new(Rule, "a float literal in a compound assignment", """
            update[0] = gradient[0];
            update[0] += {|#0:0.1f|};
            """)
        { InDouble = [MixedPrecision("0.1f")] };

        yield return new(Rule, "a float literal in a comparison", """
            update[0] = gradient[0] > {|#0:0.3f|} ? gradient[0] : 0;
            """)
        { InDouble = [MixedPrecision("0.3f")] };

        yield return new(Rule, "float arithmetic on a hyperparameter widened into Real arithmetic", """
            update[0] = gradient[0] * ({|#0:1 - Beta|});
            """)
        { InDouble = [MixedPrecision("1 - Beta")] };

        yield return new(Rule, "a float literal in a helper the transition calls", """
            update[0] = Damp(gradient[0]);
            """, """
            private static Real Damp(Real value) => value * {|#0:0.9f|};
            """)
        { InDouble = [MixedPrecision("0.9f")] };

        yield return new(Rule, "exact float literals are the numbers they read as", """
            update[0] = gradient[0] * 0.5f + 2f;
            """);

        yield return new(Rule, "casts to Real", """
            update[0] = gradient[0] * (Real)0.1 + (Real)Beta;
            """);

        yield return new(Rule, "double literals and Real hyperparameters", """
            update[0] = (Real)(gradient[0] * 0.1) - LearningRate;
            """);

        yield return new(Rule, "a float local is not a literal, field or hyperparameter", """
            float local = Beta;
            state.Scale = local;
            update[0] = gradient[0];
            """);

        yield return new(Rule, "float arithmetic that stays float", """
            float decay = Beta * 0.1f;
            state.Scale = decay * state.Scale;
            """);

        yield return new(Rule, "a float literal outside any transition", """
            update[0] = gradient[0];
            """, """
            internal static double Unreached(double value) => value * 0.1f;
            """);
        yield return new(Rule, "a float literal explicitly cast to double", """
            update[0] = (Real)(gradient[0] * (double)0.1f);
            """);

        yield return new(Rule, "int literals", """
            update[0] = gradient[0] * 2 + 1;
            """);

        yield return new(Rule, "an exact float constant field", """
            update[0] = gradient[0] * HalfStep;
            """, """
            private const float HalfStep = 0.5f;
            """);
        yield return new(Rule, "a float hyperparameter in float slot arithmetic", """
            state.Scale = state.Scale * Beta;
            """);

        yield return new(Rule, "a float hyperparameter added to a Real slot", """
            state.Value += {|#0:Beta|};
            System.Threading.Interlocked.Exchange(ref state.Precise, (double)Beta);
            """)
        { InDouble = [MixedPrecision("Beta")] };
    }
}
