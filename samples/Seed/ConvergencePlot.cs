using System;
using System.Linq;
using ScottPlot;

namespace Seed;

/// <summary>
/// Writes the objective value and the gradient's 2-norm per iteration on a log axis to a PNG file, over exactly
/// the iterations the scan ran. A value of exactly 0 (the minimum reached to the last bit) has no logarithm: it
/// is drawn on a floor line below the smallest nonzero value, and the legend says so, so that a line never
/// seems to stop early.
/// </summary>
internal static class ConvergencePlot
{
    public static void Save(SeedReport report, int size, string path)
    {
        var plot = new Plot();
        int steps = report.Values.Length;
        double[] iterations = Enumerable.Range(0, steps).Select(i => (double)i).ToArray();
        double floor = Floor(report.Values, report.GradientNorms);
        bool hasZeros = report.Values.Concat(report.GradientNorms).Any(v => v == 0);

        var value = plot.Add.Scatter(iterations, Log10(report.Values, floor));
        value.LegendText = "objective value";
        var gradient = plot.Add.Scatter(iterations, Log10(report.GradientNorms, floor));
        gradient.LegendText = "gradient 2-norm";
        if (hasZeros)
        {
            var zeroLine = plot.Add.HorizontalLine(Math.Log10(floor));
            zeroLine.LinePattern = LinePattern.Dotted;
            zeroLine.LegendText = "exactly 0 (drawn here)";
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => $"1e{y:N0}",
        };
        plot.Axes.SetLimitsX(0, Math.Max(1, steps - 1));
        plot.Title($"L-BFGS on extended Rosenbrock, n = {size:N0}, {report.Precision} mode, {steps} iterations");
        plot.XLabel("iteration");
        plot.YLabel("value, gradient 2-norm (log scale)");
        plot.ShowLegend();
        plot.SavePng(path, 900, 560);
    }

    /// <summary>Two decades below the smallest nonzero value of either series (1e-300 if there is none).</summary>
    private static double Floor(params double[][] series)
    {
        double smallest = series.SelectMany(s => s).Where(v => v > 0 && double.IsFinite(v)).DefaultIfEmpty(1e-298).Min();
        return smallest / 100;
    }

    private static double[] Log10(double[] values, double floor) =>
        values.Select(v => Math.Log10(v > 0 ? v : floor)).ToArray();
}
