using System.Collections.Generic;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Emits what a chain spec has instead of a transition: <c>OptimGenChainStep</c>, which runs the components'
/// <c>Step</c> in order. Each component reads the previous one's output; outputs alternate between the state's
/// scratch buffer and <c>update</c>, arranged so that the last component writes <c>update</c> and no
/// component reads and writes the same buffer.
/// </summary>
internal static class ChainEmitter
{
    public const string ScratchField = "OptimGenScratch";

    /// <summary>A chain needs a scratch buffer between components only when it has more than one.</summary>
    public static bool NeedsScratch(SpecModel spec) => spec.Components.Count > 1;

    public static void EmitChainStep(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        TransitionModel transition = spec.Transition;
        string generic = transition.TakesObjective ? "<TObjective>" : string.Empty;
        writer.WriteLine($"private void {TransitionModel.ChainMethodName}{generic}({TransitionCall.StepParameters(transition, types)})");
        if (transition.TakesObjective)
            writer.WriteLine($"    where TObjective : global::OptimGen.IObjective<{types.Real}>");
        writer.WriteLine("{");
        writer.Indent();
        if (NeedsScratch(spec))
            writer.WriteLine($"global::System.Span<{types.Real}> scratch = state.{ScratchField};");

        int count = spec.Components.Count;
        string input = "gradient";
        for (int i = 0; i < count; i++)
        {
            ComponentModel component = spec.Components[i];
            string output = (count - 1 - i) % 2 == 0 ? "update" : "scratch";
            var arguments = new List<string> { $"ref state.{component.PropertyName}" };
            if (component.Transition.TakesParameters)
                arguments.Add("parameters");
            arguments.Add(input);
            if (component.Transition.TakesValue)
                arguments.Add("value");
            arguments.Add(output);
            if (component.Transition.TakesObjective)
                arguments.Add("ref objective");
            writer.WriteLine($"global::OptimGen.StateGuard.Component({component.PropertyName}, nameof({component.PropertyName})).Step({string.Join(", ", arguments)});");
            input = output;
        }

        writer.CloseBlock();
    }
}
