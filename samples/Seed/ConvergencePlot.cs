using System;
using System.Linq;
using ScottPlot;

namespace Seed;

/// <summary>Writes the objective value and gradient norm per iteration on a log axis to a PNG file.</summary>
internal static class ConvergencePlot
{
    public static void Save(SeedReport report, int size, string path)
    {
        var plot = new Plot();
        double[] iterations = Enumerable.Range(0, report.Values.Length).Select(i => (double)i).ToArray();
        var value = plot.Add.Scatter(iterations, Log10(report.Values));
        value.LegendText = "objective value";
        var gradient = plot.Add.Scatter(iterations, Log10(report.GradientNorms));
        gradient.LegendText = "gradient norm";

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => $"1e{y:N0}",
        };
        plot.Title($"L-BFGS on extended Rosenbrock, n = {size:N0}, {report.Precision} mode");
        plot.XLabel("iteration");
        plot.YLabel("value, gradient norm (log scale)");
        plot.ShowLegend();
        plot.SavePng(path, 900, 560);
    }

    // An exact zero (the minimum reached) has no logarithm: it is left out of the line (NaN makes a gap).
    private static double[] Log10(double[] values) => values.Select(v => v > 0 ? Math.Log10(v) : double.NaN).ToArray();
}
