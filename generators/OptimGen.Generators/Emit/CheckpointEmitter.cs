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
            writer.WriteLine($"writer.Write({Identifiers.Member(slot.Name)});");
        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"{Identifiers.Member(component.PropertyName)}.WriteSlots(writer);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Reads a state written by <see cref=\"WriteSlots\"/> for <paramref name=\"parameterCount\"/> parameters.</summary>");
        writer.OpenBlock("public static State ReadSlots(global::OptimGen.CheckpointReader reader, int parameterCount)");
        writer.WriteLine("var state = new State(parameterCount);");
        foreach (SlotModel slot in spec.Slots)
        {
            string type = types.Clr(slot.Element);
            string name = Identifiers.Escape(slot.Name);
            writer.WriteLine(slot.IsArray ? $"state.{name} = reader.Read{type}s();" : $"state.{name} = reader.Read{type}();");
        }

        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"state.{Identifiers.Escape(component.PropertyName)} = {component.TypeName}.State.ReadSlots(reader, parameterCount);");
        if (ChainEmitter.NeedsScratch(spec))
            writer.WriteLine($"state.{ChainEmitter.ScratchField} = new {types.Real}[parameterCount];");
        writer.WriteLine("return state;");
        writer.CloseBlock();
    }

    public static void EmitLoad(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        string checkpoint = $"global::OptimGen.Checkpoint<State, {types.Real}>";
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Loads a checkpoint written by <c>Scan</c> (<see cref=\"global::OptimGen.ScanOptions.CheckpointPath\"/>): the state and the");
        writer.WriteLine("/// parameters after its completed steps, checked against this optimizer's shapes. Its SHA-256 detects accidental");
        writer.WriteLine("/// damage, not tampering: load a checkpoint from an untrusted place with a key.");
        writer.WriteLine("/// </summary>");
        WriteExceptions(writer);
        writer.WriteLine(GeneratedCode.Attribute);
        writer.WriteLine($"public {checkpoint} LoadCheckpoint(string path)");
        writer.WriteLine($"    => global::OptimGen.CheckpointFile.Load<State, {types.Real}>(path, State.Layout, State.ReadSlots, {CheckLoaded}, null);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Loads a checkpoint written by <c>Scan</c> with <see cref=\"global::OptimGen.ScanOptions.CheckpointKey\"/> set to <paramref name=\"key\"/>:");
        writer.WriteLine("/// its HMAC-SHA256 proves it was written by someone who holds the key, and it is refused otherwise.");
        writer.WriteLine("/// </summary>");
        WriteExceptions(writer);
        writer.WriteLine(GeneratedCode.Attribute);
        writer.WriteLine($"public {checkpoint} LoadCheckpoint(string path, byte[] key)");
        writer.WriteLine($"    => global::OptimGen.CheckpointFile.Load<State, {types.Real}>(path, State.Layout, State.ReadSlots, {CheckLoaded}, key ?? throw new global::System.ArgumentNullException(\"key\"));");
    }

    /// <summary>The shape check of a loaded state against this optimizer's hyperparameters.</summary>
    private static readonly string CheckLoaded =
        $"(loaded, parameterCount) => this.{StateCheckEmitter.CheckState}(loaded, parameterCount, \"parameters\")";

    private static void WriteExceptions(SourceWriter writer)
    {
        writer.WriteLine("/// <exception cref=\"global::OptimGen.CheckpointMismatchException\">The checkpoint's layout, precision or shapes differ from this optimizer's; the message names the slot.</exception>");
        writer.WriteLine("/// <exception cref=\"global::System.IO.InvalidDataException\">The file is not a checkpoint, or it is truncated, corrupted or not signed as asked.</exception>");
    }
}
