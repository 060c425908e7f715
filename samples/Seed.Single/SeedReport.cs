namespace Seed;

/// <summary>What one run of the demo produced, as doubles whatever the precision mode it ran in.</summary>
/// <param name="Precision">The mode the run was compiled in.</param>
/// <param name="Values">The objective value where each step started.</param>
/// <param name="GradientNorms">The gradient's 2-norm where each step started.</param>
/// <param name="LinesearchSteps">The state's NumLinesearchSteps after each step.</param>
/// <param name="LayoutBefore">The live state's slots and value types after Init.</param>
/// <param name="LayoutAfter">The same after the scan.</param>
/// <param name="CounterTypeBefore">The runtime type of NumLinesearchSteps after Init.</param>
/// <param name="CounterTypeAfter">The runtime type of NumLinesearchSteps after the scan.</param>
/// <param name="MaxDistanceToMinimum">The largest |x_i - 1| at the end (the minimum is all ones).</param>
public sealed record SeedReport(
    string Precision,
    double[] Values,
    double[] GradientNorms,
    double[] LinesearchSteps,
    string LayoutBefore,
    string LayoutAfter,
    string CounterTypeBefore,
    string CounterTypeAfter,
    double MaxDistanceToMinimum);
