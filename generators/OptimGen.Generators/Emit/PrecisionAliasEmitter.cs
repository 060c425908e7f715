using System.Linq;
using OptimGen.Specs.Model;
using OptimGen.Specs.Reading;

namespace OptimGen.Generators.Emit;

/// <summary>
/// Emits the global <c>Real</c> and <c>Integer</c> aliases of the compilation's precision mode (the
/// analogue of JAX's <c>jax_enable_x64</c>), visible to all code of the compilation.
/// </summary>
internal static class PrecisionAliasEmitter
{
    // Spec files end in ".g.cs", so no spec (not even OptimGen.Precision) can take this name.
    public const string HintName = "OptimGen.PrecisionAliases.cs";

    /// <param name="mode">The precision mode.</param>
    /// <param name="keywords">
    /// Whether to alias the keywords (C# 12): <c>double</c> means System.Double even where a type named
    /// <c>System</c> hides the namespace, which <c>global::System.Double</c> would not survive.
    /// </param>
    /// <param name="declaredByProject">The aliases the project declares itself (OPT1033): left out, so that the compiler's
    /// duplicate-alias error is not in this file.</param>
    public static string Emit(PrecisionMode mode, bool keywords, EquatableArray<string> declaredByProject)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteFileHeader(writer,
            $"OptimGen precision mode: {mode} (MSBuild property OptimGenPrecision = Double | Single).");
        writer.WriteLine();
        PrecisionTypes types = PrecisionTypes.For(mode);
        if (!declaredByProject.Contains(KnownNames.RealAlias))
            writer.WriteLine("global using Real = " + (keywords ? types.Real : "global::System." + types.Clr(ElementKind.Real)) + ";");
        if (!declaredByProject.Contains(KnownNames.IntegerAlias))
            writer.WriteLine("global using Integer = " + (keywords ? types.Integer : "global::System." + types.Clr(ElementKind.Integer)) + ";");
        return writer.ToString();
    }
}
