using System.Linq;
using System.Text.RegularExpressions;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// A project that cannot use OptimGen gets one build error from the package's targets saying what it needs,
/// not the cascade of compile errors it used to get (576 for a netstandard2.0 library).
/// </summary>
[Collection(PackageCollections.Second)]
public sealed class UnsupportedConsumerTests
{
    /// <summary>A spec and a use of a built-in: what would cascade if the build reached the compiler.</summary>
    private const string CSharpSpec = """
        using System;
        using OptimGen;

        [Optimizer]
        public partial class Momentum
        {
            [State(Shape = "n")] private Real[] velocity;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = state.Velocity[i] = (Real)0.9 * state.Velocity[i] - gradient[i];
            }
        }

        public static class UsesAdam
        {
            public static object Make() => new OptimGen.Optimizers.Adam();
        }
        """;

    private readonly PackageFixture package;

    public UnsupportedConsumerTests(PackageFixture package) => this.package = package;

    [Theory]
    [InlineData("netstandard2.0", "", "OPT1090", "OptimGen needs a target framework of net8.0 or later; 'Old' targets netstandard2.0.")]
    [InlineData("net8.0", "<LangVersion>9.0</LangVersion>", "OPT1021", "OptimGen needs C# 10 or later; 'Old' sets LangVersion to 9.0.")]
    public void A_CSharp_project_it_cannot_serve_gets_one_error_saying_what_is_needed(string targetFramework, string properties, string id, string message)
    {
        var workspace = new FeedWorkspace(package, "Old" + id);
        workspace.Write("Old/Old.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OptimGen" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        workspace.Write("Old/Spec.cs", CSharpSpec);

        AssertOneError(workspace.Run("build", "Old"), id, message);
    }

    [Theory]
    [InlineData("F#", "fsproj", "Program.fs", "printfn \"optimize\"")]
    [InlineData("VB", "vbproj", "Program.vb", "Module Program\n    Sub Main()\n    End Sub\nEnd Module")]
    public void A_project_not_written_in_CSharp_gets_one_error(string language, string extension, string file, string source)
    {
        var workspace = new FeedWorkspace(package, "Other" + extension);
        string compile = extension == "fsproj" ? $"""<Compile Include="{file}" />""" : "";
        workspace.Write($"Other/Other.{extension}", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                {compile}
                <PackageReference Include="OptimGen" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        workspace.Write($"Other/{file}", source);

        AssertOneError(workspace.Run("build", "Other"), "OPT1091", $"OptimGen supports C# projects only; 'Other' is written in {language}.");
    }

    /// <summary>The build fails with exactly one distinct error, the expected one.</summary>
    private static void AssertOneError(DotNet.Result build, string id, string message)
    {
        Assert.NotEqual(0, build.ExitCode);
        string[] errors = Regex.Matches(build.Output, @"(?<=: )error [A-Z]+[0-9]+: [^\r\n\[]*").Select(m => m.Value.Trim()).Distinct().ToArray();
        string error = Assert.Single(errors);
        Assert.StartsWith($"error {id}: {message}", error);
    }
}
