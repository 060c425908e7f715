using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// The kind of project a spec is compiled in: the default C# 12 library, or what a .NET 10 user also writes
/// (a newer language version, a top-level-statement program).
/// </summary>
internal sealed record SpecProject(LanguageVersion Language, OutputKind Kind)
{
    public static readonly SpecProject Library = new(LanguageVersion.CSharp12, OutputKind.DynamicallyLinkedLibrary);

    /// <summary>The newest C# the test host's Roslyn knows (C# 13 features, the <c>field</c> keyword).</summary>
    public static readonly SpecProject Preview = new(LanguageVersion.Preview, OutputKind.DynamicallyLinkedLibrary);

    /// <summary>An executable, where top-level statements are allowed.</summary>
    public static readonly SpecProject Program = new(LanguageVersion.CSharp12, OutputKind.ConsoleApplication);

    public GenerationCheck.Outcome Run(string[] sources, string precision) =>
        GenerationCheck.Run(GeneratorHarness.Compile(GeneratorHarness.ParseOptions.WithLanguageVersion(Language), Kind, sources), precision);
}
