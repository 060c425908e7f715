using System;
using System.Collections.Generic;
using System.IO;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// A fresh console project (from `dotnet new console`) that adds OptimGen from the local feed, restoring
/// into its own NUGET_PACKAGES so that nothing cached from the repository's own build is used.
/// </summary>
internal sealed class ConsumerProject
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, string> environment;

    public ConsumerProject(PackageFixture package, string name)
    {
        Directory = Path.Combine(package.Directory, name);
        environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(package.Directory, "packages") };
        System.IO.Directory.CreateDirectory(Directory);
        Run("new", "console", "--framework", "net10.0", "--no-restore", "--name", "Consumer", "--output", Directory).ShouldSucceed("dotnet new console");
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), NuGetConfig(package.Feed));
        Run("add", "package", "OptimGen", "--version", package.Version).ShouldSucceed("dotnet add package OptimGen");
    }

    public string Directory { get; }

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

    public void Write(string file, string content) => File.WriteAllText(Path.Combine(Directory, file), content);

    public DotNet.Result Run(params string[] arguments) => DotNet.Run(Directory, environment, Timeout, arguments);
}
