using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>Emits <c>Step</c>: checks the state and every span against the state's shapes, then runs the transition once.</summary>
internal static class StepEmitter
{
    public static void Emit(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        TransitionModel transition = spec.Transition;
        string slot = StateCheckEmitter.SlotForMessages(spec);
        writer.WriteLine("/// <summary>");
        writer.WriteLine($"/// Advances <paramref name=\"state\"/> by one step of <c>{transition.MethodName}</c> and writes the parameter update into <paramref name=\"update\"/>.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <remarks>Nothing is checked for finiteness: guard the value, gradient and update as docs/spec.md (\"Non-finite values\") shows.</remarks>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A span's length or a slot's length does not match the state's shapes; the message names the slot.</exception>");
        if (StateCheckEmitter.HasBounds(spec))
            writer.WriteLine("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A hyperparameter is outside its bounds.</exception>");
        writer.WriteLine(GeneratedCode.Attribute);
        string generic = transition.TakesObjective ? "<TObjective>" : string.Empty;
        writer.WriteLine($"public void Step{generic}({TransitionCall.StepParameters(transition, types)})");
        if (transition.TakesObjective)
            writer.WriteLine($"    where TObjective : global::OptimGen.IObjective<{types.Real}>");
        writer.WriteLine("{");
        writer.Indent();
        if (StateCheckEmitter.HasBounds(spec))
            writer.WriteLine($"{StateCheckEmitter.CheckHyperparameters}();");
        writer.WriteLine($"{StateCheckEmitter.CheckState}(state, gradient.Length, nameof(gradient));");
        writer.WriteLine($"global::OptimGen.StateGuard.SpanLength(update.Length, state.ParameterCount, nameof(update), {slot});");
        if (transition.TakesParameters)
            writer.WriteLine($"global::OptimGen.StateGuard.SpanLength(parameters.Length, state.ParameterCount, nameof(parameters), {slot});");
        if (transition.TakesObjective)
        {
            // `objective is null` alone boxes a struct objective in unoptimized (Debug, tier-0) code.
            writer.WriteLine("if (!typeof(TObjective).IsValueType && objective is null)");
            writer.WriteLine("    throw new global::System.ArgumentNullException(nameof(objective));");
        }

        writer.WriteLine(TransitionCall.Invoke(transition, "parameters", "gradient", "value", "update"));
        writer.CloseBlock();
    }
}
