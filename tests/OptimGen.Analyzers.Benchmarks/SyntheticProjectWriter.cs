using System;
using System.IO;

namespace OptimGen.Analyzers.Benchmarks;

/// <summary>
/// Writes the synthetic project to disk as a real project, for <c>dotnet build -p:ReportAnalyzer=true</c>: the
/// compiler then reports the analyzer's own execution time next to the build's, both measured in one build.
/// It uses OptimGen's assemblies from this program's folder, the way the package delivers them.
/// </summary>
internal static class SyntheticProjectWriter
{
    public static void Write(string directory, int specCount)
    {
        Directory.CreateDirectory(directory);
        string bin = AppContext.BaseDirectory;
        File.WriteAllText(Path.Combine(directory, "Synthetic.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{bin}OptimGen.dll" />
                <Reference Include="{bin}System.Numerics.Tensors.dll" />
                <Analyzer Include="{bin}OptimGen.Generators.dll" />
                <Analyzer Include="{bin}OptimGen.Analyzers.dll" />
                <CompilerVisibleProperty Include="OptimGenPrecision" />
              </ItemGroup>
            </Project>
            """);
        int index = 0;
        foreach (string source in SyntheticProject.Sources(specCount))
            File.WriteAllText(Path.Combine(directory, $"Spec{index++}.cs"), source);
    }
}
