using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>Writes the generated file of one spec: its namespace and enclosing types around the generated members.</summary>
internal static class SpecEmitter
{
    public static string Emit(SpecModel spec, PrecisionMode mode)
    {
        PrecisionTypes types = PrecisionTypes.For(mode);
        var writer = new SourceWriter();
        GeneratedCode.WriteFileHeader(writer,
            $"OptimGen: State, Init, Step and Scan of the [Optimizer] spec {spec.FullName}, {mode} mode (Real = {types.Real}, Integer = {types.Integer}).");
        GeneratedCode.AllowDeprecatedSpecMembers(writer);
        writer.WriteLine();

        DeclarationShell.Open(writer, spec.Shell);
        StateEmitter.Emit(writer, spec, types);
        writer.WriteLine();
        InitEmitter.Emit(writer, spec, types);
        writer.WriteLine();
        StepEmitter.Emit(writer, spec, types);
        writer.WriteLine();
        ScanEmitter.Emit(writer, spec, types);
        writer.WriteLine();
        CheckpointEmitter.EmitLoad(writer, spec, types);
        writer.WriteLine();
        if (spec.IsChain)
        {
            ChainEmitter.EmitChainStep(writer, spec, types);
            writer.WriteLine();
        }

        StateCheckEmitter.EmitCheckState(writer, spec);
        if (StateCheckEmitter.HasBounds(spec))
        {
            writer.WriteLine();
            StateCheckEmitter.EmitCheckHyperparameters(writer, spec);
        }

        writer.WriteLine();
        ScanEmitter.EmitScalarSlotNames(writer, spec);
        DeclarationShell.Close(writer, spec.Shell);
        return writer.ToString();
    }
}
