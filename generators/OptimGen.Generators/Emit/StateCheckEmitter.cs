using System.Linq;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Emits the checks shared by <c>Init</c>, <c>Step</c> and <c>Scan</c>: every array slot has the length its
/// shape gives, spans have one element per parameter, hyperparameters lie within their bounds (checked by all
/// three: a state made by another instance must not run with hyperparameters <c>Init</c> never saw).
/// </summary>
internal static class StateCheckEmitter
{
    public const string CheckState = "OptimGenCheckState";
    public const string CheckHyperparameters = "OptimGenCheckHyperparameters";

    /// <summary>The slot named in span-length messages: the first one shaped by <c>n</c>, as a literal.</summary>
    public static string SlotForMessages(SpecModel spec) =>
        spec.Slots.FirstOrDefault(s => s.UsesParameterCount) is { } slot ? PrecisionTypes.StringLiteral(slot.Name) : "null";

    public static bool HasBounds(SpecModel spec) => spec.Hyperparameters.Any(h => h.Bounds is not null);

    /// <summary><c>OptimGenCheckState(state, parameterCount, spanName)</c>: throws unless the state fits this optimizer and the span.</summary>
    public static void EmitCheckState(SourceWriter writer, SpecModel spec)
    {
        writer.OpenBlock($"private void {CheckState}(State state, int parameterCount, string spanName)");
        writer.WriteLine("if (state is null)");
        writer.WriteLine("    throw new global::System.ArgumentNullException(nameof(state));");
        writer.WriteLine($"global::OptimGen.StateGuard.SpanLength(parameterCount, state.ParameterCount, spanName, {SlotForMessages(spec)});");
        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"global::OptimGen.StateGuard.ComponentState(state.{component.PropertyName}, state.{component.PropertyName}?.ParameterCount ?? -1, state.ParameterCount, {PrecisionTypes.StringLiteral(component.PropertyName)});");
        if (ChainEmitter.NeedsScratch(spec))
            writer.WriteLine($"global::OptimGen.StateGuard.SlotLength(state.{ChainEmitter.ScratchField}, state.ParameterCount, {PrecisionTypes.StringLiteral(ChainEmitter.ScratchField)}, \"n\");");
        if (spec.Slots.Any(s => s.IsArray))
        {
            if (ShapeExpressions.UsesParameterCount(spec))
                writer.WriteLine("int n = state.ParameterCount;");
            ShapeExpressions.WriteDimensionLocals(writer, spec);
            foreach (SlotModel slot in spec.Slots.Where(s => s.IsArray))
                writer.WriteLine($"global::OptimGen.StateGuard.SlotLength(state.{slot.Name}, {ShapeExpressions.Length(slot)}, {PrecisionTypes.StringLiteral(slot.Name)}, {PrecisionTypes.StringLiteral(slot.ShapeText)});");
        }

        writer.CloseBlock();
    }

    /// <summary><c>OptimGenCheckHyperparameters()</c>: throws <c>ArgumentOutOfRangeException</c> naming a hyperparameter outside its bounds.</summary>
    public static void EmitCheckHyperparameters(SourceWriter writer, SpecModel spec)
    {
        writer.OpenBlock($"private void {CheckHyperparameters}()");
        int index = 0;
        foreach (HyperparameterModel hyperparameter in spec.Hyperparameters)
        {
            if (hyperparameter.Bounds is not { } bounds)
                continue;
            string value = hyperparameter.IsNullable ? "value" + index++ : hyperparameter.Name;
            bool floating = hyperparameter.Element is ElementKind.Real or ElementKind.Double or ElementKind.Single;
            string condition = Condition(value, bounds, floating);
            if (condition.Length == 0)
                continue;
            string test = hyperparameter.IsNullable
                ? $"{hyperparameter.Name} is {{ }} {value} && !({condition})"
                : $"!({condition})";
            writer.WriteLine($"if ({test})");
            writer.WriteLine($"    global::OptimGen.StateGuard.ThrowHyperparameter(nameof({hyperparameter.Name}), {value}, {PrecisionTypes.StringLiteral(Describe(bounds, floating))});");
        }

        writer.CloseBlock();
    }

    /// <summary>
    /// The test a value within the bounds passes (NaN fails every comparison). A floating-point hyperparameter must
    /// also be finite on a side the bounds leave open: an infinite learning rate or epsilon only produces NaN later;
    /// a spec that means infinity (L-BFGS's <c>CurvRtol</c>: no curvature test) states <c>Maximum = double.PositiveInfinity</c>.
    /// </summary>
    private static string Condition(string value, HyperparameterBounds bounds, bool floating)
    {
        string lower = !double.IsNaN(bounds.Minimum)
            ? $"{value} {(bounds.ExclusiveMinimum ? ">" : ">=")} {PrecisionTypes.DoubleLiteral(bounds.Minimum)}"
            : floating ? $"{value} > double.NegativeInfinity" : string.Empty;
        string upper = !double.IsNaN(bounds.Maximum)
            ? $"{value} {(bounds.ExclusiveMaximum ? "<" : "<=")} {PrecisionTypes.DoubleLiteral(bounds.Maximum)}"
            : floating ? $"{value} < double.PositiveInfinity" : string.Empty;
        return lower.Length > 0 && upper.Length > 0 ? lower + " && " + upper : lower + upper;
    }

    /// <summary>"at least 0", "in [0, 1)", "finite and greater than 0", ...</summary>
    private static string Describe(HyperparameterBounds bounds, bool floating)
    {
        string Number(double x) => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        bool hasMinimum = !double.IsNaN(bounds.Minimum);
        bool hasMaximum = !double.IsNaN(bounds.Maximum);
        string finite = floating ? "finite and " : string.Empty;
        if (hasMinimum && hasMaximum)
            return $"in {(bounds.ExclusiveMinimum ? "(" : "[")}{Number(bounds.Minimum)}, {Number(bounds.Maximum)}{(bounds.ExclusiveMaximum ? ")" : "]")}";
        if (hasMinimum)
            return finite + (bounds.ExclusiveMinimum ? "greater than " : "at least ") + Number(bounds.Minimum);
        return finite + (bounds.ExclusiveMaximum ? "less than " : "at most ") + Number(bounds.Maximum);
    }
}
