using System;
using System.Linq;
using System.Reflection;
using OptimGen;
using OptimGen.Optimizers;

namespace Seed;

/// <summary>
/// The seed scenario in this compilation's precision: L-BFGS (whose state carries the line-search counter
/// NumLinesearchSteps as an Integer) carried through a fixed-length Scan over extended Rosenbrock.
/// </summary>
internal static class SeedRun
{
    public static SeedReport Run(int size, int steps, IProgress<ScanProgress> progress)
    {
        var lbfgs = new Lbfgs();
        Real[] parameters = ExtendedRosenbrock.StandardStart(size);
        Lbfgs.State state = lbfgs.Init(parameters);
        string layoutBefore = Describe(state);
        string counterBefore = state.NumLinesearchSteps.GetType().Name;

        ScanResult result = lbfgs.Scan(ref state, parameters, new ExtendedRosenbrock(), steps,
            new ScanOptions { Progress = progress, ProgressInterval = Math.Max(1, steps / 10) });

        double distance = parameters.Max(p => Math.Abs((double)p - 1));
        return new SeedReport(
            StateLayoutPrecision(),
            result.Values,
            result.GradientNorms,
            result.GetSlotTrace("NumLinesearchSteps"),
            layoutBefore,
            Describe(state),
            counterBefore,
            state.NumLinesearchSteps.GetType().Name,
            distance);
    }

    private static string StateLayoutPrecision() => Lbfgs.State.Layout.Precision.ToString();

    /// <summary>Every slot of the live state with the runtime type of the value it holds and its length.</summary>
    private static string Describe(Lbfgs.State state) =>
        string.Join(Environment.NewLine, Lbfgs.State.Layout.Slots.Select(slot =>
        {
            object? value = typeof(Lbfgs.State).GetField(slot.Name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(state);
            string type = value is Array array
                ? $"{array.GetType().GetElementType()!.Name}[{array.Length}]  (shape {string.Join(" x ", slot.Shape)})"
                : value?.GetType().Name ?? "null";
            return $"  {slot.Name,-20} {slot.DeclaredType + (slot.IsArray ? "[]" : ""),-10} {type}";
        }));
}
