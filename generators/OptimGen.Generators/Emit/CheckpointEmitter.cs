using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Emits checkpoint support: <c>State.WriteSlots</c>/<c>State.ReadSlots</c> (every slot in layout order,
/// components recursively) and the spec's <c>LoadCheckpoint</c>, which refuses a checkpoint whose layout or
/// precision differs from this code's (the runtime compares the layouts).
/// </summary>
internal static class CheckpointEmitter
{
    public static void EmitStateMembers(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        writer.WriteLine("/// <summary>Writes every slot into a checkpoint, in layout order.</summary>");
        writer.OpenBlock("public void WriteSlots(global::OptimGen.CheckpointWriter writer)");
        foreach (SlotModel slot in spec.Slots)
            writer.WriteLine($"writer.Write({slot.Name});");
        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"{component.PropertyName}.WriteSlots(writer);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Reads a state written by <see cref=\"WriteSlots\"/> for <paramref name=\"parameterCount\"/> parameters.</summary>");
        writer.OpenBlock("public static State ReadSlots(global::OptimGen.CheckpointReader reader, int parameterCount)");
        writer.WriteLine("var state = new State(parameterCount);");
        foreach (SlotModel slot in spec.Slots)
        {
            string type = types.Clr(slot.Element);
            writer.WriteLine(slot.IsArray ? $"state.{slot.Name} = reader.Read{type}s();" : $"state.{slot.Name} = reader.Read{type}();");
        }

        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"state.{component.PropertyName} = {component.TypeName}.State.ReadSlots(reader, parameterCount);");
        if (ChainEmitter.NeedsScratch(spec))
            writer.WriteLine($"state.{ChainEmitter.ScratchField} = new {types.Real}[parameterCount];");
        writer.WriteLine("return state;");
        writer.CloseBlock();
    }

    public static void EmitLoad(SourceWriter writer, PrecisionTypes types)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Loads a checkpoint written by <c>Scan</c> (<see cref=\"global::OptimGen.ScanOptions.CheckpointPath\"/>): the state and the");
        writer.WriteLine("/// parameters after its completed steps, checked against this optimizer's shapes.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <exception cref=\"global::OptimGen.CheckpointMismatchException\">The checkpoint's layout or precision differs from this code's; the message names the slot and both types.</exception>");
        writer.WriteLine("/// <exception cref=\"global::System.IO.InvalidDataException\">The file is not a checkpoint, or it is truncated or corrupted.</exception>");
        writer.WriteLine(GeneratedCode.Attribute);
        writer.OpenBlock($"public global::OptimGen.Checkpoint<State, {types.Real}> LoadCheckpoint(string path)");
        writer.WriteLine($"var checkpoint = global::OptimGen.CheckpointFile.Load<State, {types.Real}>(path, State.Layout, State.ReadSlots);");
        writer.WriteLine($"{StateCheckEmitter.CheckState}(checkpoint.State, checkpoint.Parameters.Length, \"parameters\");");
        writer.WriteLine("return checkpoint;");
        writer.CloseBlock();
    }
}
