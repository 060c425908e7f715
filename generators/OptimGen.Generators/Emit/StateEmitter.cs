using System.Linq;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Emits the nested <c>State</c>: one public field per slot, its layout, a deep <c>Clone</c> and value
/// equality over all slots.
/// </summary>
internal static class StateEmitter
{
    public static void Emit(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine($"/// The state of <see cref=\"{spec.Name}\"/>, generated for {types.Mode} mode: one public field per");
        writer.WriteLine("/// [State] slot, with Real and Integer resolved for that mode.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedCode.Attribute);
        writer.OpenBlock("public sealed class State : global::System.IEquatable<State>, global::OptimGen.ICheckpointState");

        EmitLayout(writer, spec, types);
        writer.WriteLine();
        writer.OpenBlock("internal State(int parameterCount)");
        writer.WriteLine("ParameterCount = parameterCount;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>The number of parameters this state was initialised for (<c>n</c> in the shapes).</summary>");
        writer.WriteLine("public int ParameterCount { get; }");
        foreach (SlotModel slot in spec.Slots)
            EmitField(writer, slot, types);
        foreach (ComponentModel component in spec.Components)
        {
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Component <c>{component.PropertyName}</c>: its whole state.</summary>");
            writer.WriteLine($"public {component.TypeName}.State {component.PropertyName} = null!;");
        }

        if (ChainEmitter.NeedsScratch(spec))
        {
            writer.WriteLine();
            writer.WriteLine("// Carries one component's output to the next; not part of the carried state (no slot).");
            writer.WriteLine($"internal {types.Real}[] {ChainEmitter.ScratchField} = global::System.Array.Empty<{types.Real}>();");
        }

        writer.WriteLine();
        EmitClone(writer, spec, types);
        writer.WriteLine();
        EmitEquality(writer, spec, types);
        writer.WriteLine();
        CheckpointEmitter.EmitStateMembers(writer, spec, types);
        writer.CloseBlock();
    }

    private static void EmitLayout(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        writer.WriteLine("/// <summary>The layout of this state: every slot with its declared and resolved type and shape, and the precision mode.</summary>");
        writer.WriteLine("public static global::OptimGen.StateLayout Layout { get; } = new global::OptimGen.StateLayout(");
        writer.Indent();
        writer.WriteLine(PrecisionTypes.StringLiteral(spec.FullName) + ",");
        writer.WriteLine($"global::OptimGen.Precision.{types.Mode},");
        if (spec.Slots.IsEmpty && spec.Components.IsEmpty)
        {
            writer.WriteLine("global::System.Array.Empty<global::OptimGen.SlotLayout>());");
            writer.Unindent();
            return;
        }

        writer.WriteLine("new global::OptimGen.SlotLayout[]");
        writer.WriteLine("{");
        writer.Indent();
        foreach (SlotModel slot in spec.Slots)
        {
            string shape = slot.IsArray
                ? "new string[] { " + string.Join(", ", slot.Shape.Select(d => PrecisionTypes.StringLiteral(d.Text))) + " }"
                : "global::System.Array.Empty<string>()";
            writer.WriteLine($"new global::OptimGen.SlotLayout({PrecisionTypes.StringLiteral(slot.Name)}, {PrecisionTypes.StringLiteral(PrecisionTypes.Declared(slot.Element))}, typeof({types.Keyword(slot.Element)}), {shape}),");
        }

        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"new global::OptimGen.SlotLayout({PrecisionTypes.StringLiteral(component.PropertyName)}, {component.TypeName}.State.Layout, typeof({component.TypeName}.State)),");

        writer.Unindent();
        writer.WriteLine("});");
        writer.Unindent();
    }

    private static void EmitField(SourceWriter writer, SlotModel slot, PrecisionTypes types)
    {
        string element = types.Keyword(slot.Element);
        string declared = PrecisionTypes.Declared(slot.Element);
        writer.WriteLine();
        if (slot.IsArray)
        {
            writer.WriteLine($"/// <summary>Slot <c>{slot.FieldName}</c>: {declared}[] with shape [{slot.ShapeText}], row-major.</summary>");
            writer.WriteLine($"public {element}[] {slot.Name} = global::System.Array.Empty<{element}>();");
        }
        else
        {
            writer.WriteLine($"/// <summary>Slot <c>{slot.FieldName}</c>: {declared}.</summary>");
            writer.WriteLine($"public {element} {slot.Name};");
        }
    }

    private static void EmitClone(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        writer.WriteLine("/// <summary>A deep copy: array slots are copied, not shared.</summary>");
        writer.OpenBlock("public State Clone()");
        writer.WriteLine("var copy = new State(ParameterCount);");
        foreach (SlotModel slot in spec.Slots)
        {
            writer.WriteLine(slot.IsArray
                ? $"copy.{slot.Name} = ({types.Keyword(slot.Element)}[]){slot.Name}.Clone();"
                : $"copy.{slot.Name} = {slot.Name};");
        }

        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"copy.{component.PropertyName} = {component.PropertyName}.Clone();");
        if (ChainEmitter.NeedsScratch(spec))
            writer.WriteLine($"copy.{ChainEmitter.ScratchField} = new {types.Real}[{ChainEmitter.ScratchField}.Length];");
        writer.WriteLine("return copy;");
        writer.CloseBlock();
    }

    private static void EmitEquality(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        writer.WriteLine("/// <summary>Whether <paramref name=\"other\"/> holds the same parameter count and equal values in every slot.</summary>");
        writer.OpenBlock("public bool Equals(State? other)");
        writer.WriteLine("if (ReferenceEquals(this, other))");
        writer.WriteLine("    return true;");
        writer.WriteLine("if (other is null)");
        writer.WriteLine("    return false;");
        var terms = new System.Collections.Generic.List<string> { "ParameterCount == other.ParameterCount" };
        foreach (SlotModel slot in spec.Slots)
        {
            terms.Add(slot.IsArray
                ? $"global::System.MemoryExtensions.SequenceEqual(new global::System.ReadOnlySpan<{types.Keyword(slot.Element)}>({slot.Name}), other.{slot.Name})"
                : $"{slot.Name}.Equals(other.{slot.Name})");
        }

        foreach (ComponentModel component in spec.Components)
            terms.Add($"global::System.Object.Equals({component.PropertyName}, other.{component.PropertyName})");
        writer.WriteLine("return " + terms[0] + (terms.Count == 1 ? ";" : string.Empty));
        writer.Indent();
        for (int i = 1; i < terms.Count; i++)
            writer.WriteLine("&& " + terms[i] + (i == terms.Count - 1 ? ";" : string.Empty));
        writer.Unindent();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public override bool Equals(object? obj) => Equals(obj as State);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Hashes the parameter count, the scalar slots and the array lengths (equal states hash equally).</summary>");
        writer.OpenBlock("public override int GetHashCode()");
        writer.WriteLine("var hash = new global::System.HashCode();");
        writer.WriteLine("hash.Add(ParameterCount);");
        foreach (SlotModel slot in spec.Slots)
            writer.WriteLine(slot.IsArray ? $"hash.Add({slot.Name}?.Length ?? -1);" : $"hash.Add({slot.Name});");
        foreach (ComponentModel component in spec.Components)
            writer.WriteLine($"hash.Add({component.PropertyName});");
        writer.WriteLine("return hash.ToHashCode();");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Value equality.</summary>");
        writer.WriteLine("public static bool operator ==(State? left, State? right) => left is null ? right is null : left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Value inequality.</summary>");
        writer.WriteLine("public static bool operator !=(State? left, State? right) => !(left == right);");
    }
}
