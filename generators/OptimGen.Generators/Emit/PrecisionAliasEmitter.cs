using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Emits the global <c>Real</c> and <c>Integer</c> aliases of the compilation's precision mode (the
/// analogue of JAX's <c>jax_enable_x64</c>), visible to all code of the compilation.
/// </summary>
internal static class PrecisionAliasEmitter
{
    public const string HintName = "OptimGen.Precision.g.cs";

    public static string Emit(PrecisionMode mode)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteFileHeader(writer,
            $"OptimGen precision mode: {mode} (MSBuild property OptimGenPrecision = Double | Single).");
        writer.WriteLine();
        writer.WriteLine(mode == PrecisionMode.Double
            ? "global using Real = global::System.Double;"
            : "global using Real = global::System.Single;");
        writer.WriteLine(mode == PrecisionMode.Double
            ? "global using Integer = global::System.Int64;"
            : "global using Integer = global::System.Int32;");
        return writer.ToString();
    }
}
