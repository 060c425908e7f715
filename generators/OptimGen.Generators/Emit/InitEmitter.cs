using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>Emits <c>Init</c>: checks the hyperparameters, allocates every slot from its shape, then calls the <c>[Init]</c> method.</summary>
internal static class InitEmitter
{
    public static void Emit(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Creates the state for <paramref name=\"parameters\"/>: every array slot allocated from its shape with");
        writer.WriteLine(spec.IsChain
            ? "/// <c>n = parameters.Length</c>, and every component's state from the component's own <c>Init</c>."
            : "/// <c>n = parameters.Length</c>, every scalar zero" + (spec.InitHook is null ? "." : $", then <c>{spec.InitHook.MethodName}</c> sets initial values."));
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A hyperparameter is outside its bounds or cannot size a slot.</exception>");
        writer.WriteLine(GeneratedCode.Attribute);
        writer.OpenBlock($"public State Init(global::System.ReadOnlySpan<{types.Real}> parameters)");
        if (StateCheckEmitter.HasBounds(spec))
            writer.WriteLine($"{StateCheckEmitter.CheckHyperparameters}();");
        writer.WriteLine("int n = parameters.Length;");
        ShapeExpressions.WriteDimensionLocals(writer, spec);
        writer.WriteLine("var state = new State(n);");
        foreach (SlotModel slot in spec.Slots)
        {
            if (slot.IsArray)
                writer.WriteLine($"state.{slot.Name} = new {types.Keyword(slot.Element)}[{ShapeExpressions.AllocationLength(slot)}];");
        }

        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"state.{component.PropertyName} = global::OptimGen.StateGuard.Component({component.PropertyName}, nameof({component.PropertyName})).Init(parameters);");
        if (ChainEmitter.NeedsScratch(spec))
            writer.WriteLine($"state.{ChainEmitter.ScratchField} = new {types.Real}[n];");
        if (spec.InitHook is not null)
            writer.WriteLine($"{spec.InitHook.MethodName}(ref state, parameters);");
        writer.WriteLine("return state;");
        writer.CloseBlock();
    }
}
