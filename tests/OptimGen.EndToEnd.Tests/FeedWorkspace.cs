using System;
using System.Collections.Generic;
using System.IO;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// A folder for consumer projects written by hand: a nuget.config that restores OptimGen from the test run's local
/// feed, and its own NUGET_PACKAGES, so that nothing cached from the repository's own build is used.
/// </summary>
internal sealed class FeedWorkspace
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, string> environment;

    public FeedWorkspace(PackageFixture package, string name)
    {
        Package = package;
        Directory = Path.Combine(package.Directory, name);
        environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(package.Directory, "packages") };
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), NuGetConfig(package.Feed));
    }

    /// <summary>A nuget.config that restores OptimGen from <paramref name="feed"/> and everything else as usual.</summary>
    public static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    public PackageFixture Package { get; }

    public string Directory { get; }

    /// <summary>A C# project that references the OptimGen package, warnings as errors; <paramref name="properties"/> and <paramref name="items"/> are MSBuild XML.</summary>
    public void WriteCSharpProject(string name, string properties = "", string items = "") =>
        Write($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OptimGen" Version="{Package.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);

    public void Write(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public DotNet.Result Run(params string[] arguments) => DotNet.Run(Directory, environment, Timeout, arguments);
}
