using System.Linq;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Emits <c>Scan</c>, the fixed-length loop that carries the state from step to step (JAX's
/// <c>lax.scan</c>): per step it evaluates the objective at the parameters, runs the transition, checks
/// that the carried state kept its shapes, adds the update to the parameters and records the outputs.
/// The outputs are allocated once per call, the buffers rented; nothing is allocated per step.
/// </summary>
internal static class ScanEmitter
{
    public const string ScalarSlotNames = "OptimGenScalarSlotNames";
    public const string LoopMethod = "OptimGenScanLoop";

    /// <summary>
    /// The runtime's JIT hint for the loop (src/OptimGen/Kernels/JitHints.cs), a constant read when the consumer
    /// compiles, so the loop follows the choice of the runtime it is built against.
    /// </summary>
    private const string LoopJitHint = "[global::System.Runtime.CompilerServices.MethodImpl(global::OptimGen.JitHints.ScanLoop)]";

    public static void Emit(SourceWriter writer, SpecModel spec, PrecisionTypes types)
    {
        string real = types.Real;
        string signatureStart = $"public global::OptimGen.ScanResult Scan<TObjective>(ref State state, global::System.Span<{real}> parameters, TObjective objective, int length";
        string constraint = $"    where TObjective : global::OptimGen.IObjective<{real}>";

        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Runs <paramref name=\"length\"/> steps: each evaluates <paramref name=\"objective\"/> at <paramref name=\"parameters\"/>,");
        writer.WriteLine($"/// advances <paramref name=\"state\"/> with <c>{spec.Transition.MethodName}</c> and adds the update to <paramref name=\"parameters\"/>.");
        writer.WriteLine("/// </summary>");
        if (spec.CachedEvaluation is { } hook)
            writer.WriteLine($"/// <remarks>A step reuses the value and gradient <c>{hook.MethodName}</c> finds in the state instead of evaluating again.</remarks>");
        writer.WriteLine("/// <returns>Per step: the objective value and gradient norm where the step started, and the scalar slots after it.</returns>");
        writer.WriteLine(GeneratedCode.Attribute);
        writer.WriteLine(signatureStart + ")");
        writer.WriteLine(constraint);
        writer.WriteLine("    => this.Scan(ref state, parameters, objective, length, null);");
        writer.WriteLine();

        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Runs <paramref name=\"length\"/> steps like <see cref=\"Scan{TObjective}(ref State, global::System.Span{" + real + "}, TObjective, int)\"/>,");
        writer.WriteLine("/// reporting progress, checking for cancellation between steps, stopping early and writing checkpoints as");
        writer.WriteLine("/// <paramref name=\"options\"/> asks. <see cref=\"global::OptimGen.ScanResult.Termination\"/> says why the scan ended.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <remarks>");
        writer.WriteLine("/// A NaN or infinite value or gradient ends the scan before that step's transition (or skips the step, as");
        writer.WriteLine("/// <see cref=\"global::OptimGen.ScanOptions.MaxConsecutiveNonFinite\"/> allows); a NaN or infinite update ends it");
        writer.WriteLine("/// without moving the parameters.");
        if (spec.FailureCheck is { } failure)
            writer.WriteLine($"/// After every step <c>{failure.MethodName}</c> says whether the optimizer failed, which ends the scan.");
        if (spec.ConvergenceMeasure is { } measure)
            writer.WriteLine($"/// The gradient tolerance is compared with <c>{measure.MethodName}</c> instead of the gradient's largest magnitude.");
        writer.WriteLine("/// </remarks>");
        writer.WriteLine("/// <exception cref=\"global::OptimGen.ScanCanceledException\">Cancellation was requested; state and parameters are at the last completed step.</exception>");
        writer.WriteLine(GeneratedCode.Attribute);
        writer.WriteLine(signatureStart + ", global::OptimGen.ScanOptions? options)");
        writer.WriteLine(constraint);
        writer.WriteLine("{");
        writer.Indent();
        // `objective is null` alone boxes a struct objective in unoptimized (Debug, tier-0) code.
        writer.WriteLine("if (!typeof(TObjective).IsValueType && objective is null)");
        writer.WriteLine("    throw new global::System.ArgumentNullException(\"objective\");");
        writer.WriteLine("if (length <= 0)");
        writer.WriteLine("    throw new global::System.ArgumentOutOfRangeException(\"length\", length, \"A scan needs a positive length.\");");
        if (StateCheckEmitter.HasBounds(spec))
            writer.WriteLine($"{StateCheckEmitter.CheckHyperparameters}();");
        writer.WriteLine($"{StateCheckEmitter.CheckState}(state, parameters.Length, \"parameters\");");
        writer.WriteLine("int n = parameters.Length;");
        writer.WriteLine($"var recorder = new global::OptimGen.ScanRecorder(length, options, {ScalarSlotNames});");
        writer.WriteLine($"var counted = new global::OptimGen.CountingObjective<{real}, TObjective>(objective);");
        // The gradient and update buffers are rented, so a scan allocates only its outputs, and cleared,
        // so a transition sees the zeros a new array would have.
        writer.WriteLine($"{real}[] gradientBuffer = global::System.Buffers.ArrayPool<{real}>.Shared.Rent(n);");
        writer.WriteLine($"{real}[] updateBuffer = global::System.Buffers.ArrayPool<{real}>.Shared.Rent(n);");
        writer.OpenBlock("try");
        writer.WriteLine($"var gradient = new global::System.Span<{real}>(gradientBuffer, 0, n);");
        writer.WriteLine($"var update = new global::System.Span<{real}>(updateBuffer, 0, n);");
        writer.WriteLine("gradient.Clear();");
        writer.WriteLine("update.Clear();");
        writer.WriteLine($"{LoopMethod}(ref state, parameters, ref counted, length, gradient, update, recorder);");
        writer.CloseBlock();
        writer.OpenBlock("finally");
        writer.WriteLine($"global::System.Buffers.ArrayPool<{real}>.Shared.Return(gradientBuffer);");
        writer.WriteLine($"global::System.Buffers.ArrayPool<{real}>.Shared.Return(updateBuffer);");
        writer.CloseBlock();
        writer.WriteLine("return recorder.Complete(counted.Evaluations);");
        writer.CloseBlock();
        writer.WriteLine();
        EmitLoop(writer, spec, real);
    }

    /// <summary>
    /// The loop itself, in a method of its own: outside the caller's try/finally the JIT keeps the spans and
    /// the state in registers. Each step: evaluate (or reuse), stop at a non-finite value or gradient or at the
    /// tolerance, transition, check the carry, update unless it is not finite, record, ask the recorder (and the
    /// spec's failure check) whether to stop.
    /// </summary>
    private static void EmitLoop(SourceWriter writer, SpecModel spec, string real)
    {
        writer.WriteLine(LoopJitHint);
        writer.WriteLine($"private void {LoopMethod}<TObjective>(ref State state, global::System.Span<{real}> parameters, ref global::OptimGen.CountingObjective<{real}, TObjective> objective, int length,");
        writer.WriteLine($"    global::System.Span<{real}> gradient, global::System.Span<{real}> update, global::OptimGen.ScanRecorder recorder)");
        writer.WriteLine($"    where TObjective : global::OptimGen.IObjective<{real}>");
        writer.WriteLine("{");
        writer.Indent();
        writer.WriteLine("int n = parameters.Length;");
        SlotModel[] scalars = ScalarSlots(spec);
        if (scalars.Length > 0)
            writer.WriteLine("double[][] traces = recorder.SlotTraces;");
        writer.OpenBlock("for (int step = 0; step < length; step++)");
        writer.WriteLine("recorder.ThrowIfCancellationRequested(step, objective.Evaluations);");
        if (spec.CachedEvaluation is { } cached)
        {
            writer.WriteLine($"if (!{Identifiers.Method(spec, cached.MethodName, cached.IsStatic)}(ref state, parameters, gradient, out {real} value))");
            writer.WriteLine("    value = objective.Evaluate(parameters, gradient);");
        }
        else
        {
            writer.WriteLine($"{real} value = objective.Evaluate(parameters, gradient);");
        }

        writer.WriteLine($"double gradientNorm = global::OptimGen.Kernels.Norm2<{real}>(gradient);");
        writer.OpenBlock($"if (recorder.IsFinite<{real}>(value, gradientNorm, gradient))");
        if (spec.ConvergenceMeasure is { } measure)
            writer.WriteLine($"if (recorder.ChecksGradientTolerance && recorder.MeetsGradientTolerance(step, value, gradientNorm, {Identifiers.Method(spec, measure.MethodName, measure.IsStatic)}(ref state, parameters, gradient)))");
        else
            writer.WriteLine($"if (recorder.HasConverged<{real}>(step, value, gradientNorm, gradient))");
        writer.WriteLine("    break;");
        writer.WriteLine(TransitionCall.Invoke(spec, "parameters", "gradient", "value", "update"));
        writer.WriteLine($"{StateCheckEmitter.CheckState}(state, n, \"parameters\");");
        writer.WriteLine($"if (!recorder.TryApplyUpdate<{real}>(step, value, gradientNorm, parameters, update))");
        writer.WriteLine("    break;");
        writer.CloseBlock();
        writer.OpenBlock("else if (!recorder.SkipsNonFinite(step, value, gradientNorm))");
        writer.WriteLine("break;");
        writer.CloseBlock();
        writer.WriteLine();
        for (int i = 0; i < scalars.Length; i++)
        {
            string slot = "state." + Identifiers.Escape(scalars[i].Name);
            string read = scalars[i].Element == ElementKind.Boolean ? slot + " ? 1d : 0d" : slot;
            writer.WriteLine($"traces[{i}][step] = {read};");
        }

        string failed = spec.FailureCheck is { } failure ? $"{Identifiers.Method(spec, failure.MethodName, failure.IsStatic)}(ref state)" : "false";
        writer.WriteLine($"bool stop = recorder.CompleteStep(step, value, gradientNorm, objective.Evaluations, {failed});");
        writer.WriteLine("if (recorder.IsCheckpointDue(step))");
        writer.WriteLine($"    recorder.WriteCheckpoint<State, {real}>(state, parameters, State.Layout, step);");
        writer.WriteLine("if (stop)");
        writer.WriteLine("    break;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>The names of the scalar slots whose values <c>Scan</c> records after every step.</summary>
    public static void EmitScalarSlotNames(SourceWriter writer, SpecModel spec)
    {
        string names = string.Join(", ", ScalarSlots(spec).Select(s => PrecisionTypes.StringLiteral(s.Name)));
        writer.WriteLine(names.Length == 0
            ? $"private static readonly string[] {ScalarSlotNames} = global::System.Array.Empty<string>();"
            : $"private static readonly string[] {ScalarSlotNames} = new string[] {{ {names} }};");
    }

    private static SlotModel[] ScalarSlots(SpecModel spec) => spec.Slots.Where(s => !s.IsArray).ToArray();
}
