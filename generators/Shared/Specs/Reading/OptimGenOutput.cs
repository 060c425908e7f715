using System.Linq;
using Microsoft.CodeAnalysis;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Tells the generator's own output from the user's code. The generator reads a spec before its output exists;
/// the analyzer reads it in the final compilation, where the generated <c>State</c>, <c>Init</c>, <c>Step</c>,
/// ... are members of the spec too and must not count as the user's.
/// </summary>
internal static class OptimGenOutput
{
    /// <summary>The compiler puts every generated file under a folder named after the generator's full type name.</summary>
    private const string GeneratorFolder = "OptimGen.Generators.OptimizerGenerator";

    public static bool IsOptimGenOutput(SyntaxTree tree) =>
        tree.FilePath.IndexOf(GeneratorFolder, System.StringComparison.Ordinal) >= 0;

    /// <summary>Whether the user declared <paramref name="symbol"/> (it has a declaration outside OptimGen's output).</summary>
    public static bool IsDeclaredByUser(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.IsEmpty || symbol.DeclaringSyntaxReferences.Any(r => !IsOptimGenOutput(r.SyntaxTree));
}
