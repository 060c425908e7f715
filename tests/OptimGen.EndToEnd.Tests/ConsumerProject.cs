using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// A fresh console project (from `dotnet new console`) that adds OptimGen from the local feed, in a
/// <see cref="FeedWorkspace"/> of its own.
/// </summary>
internal sealed class ConsumerProject
{
    private readonly FeedWorkspace workspace;

    public ConsumerProject(PackageFixture package, string name)
    {
        workspace = new FeedWorkspace(package, name);
        Run("new", "console", "--framework", "net10.0", "--no-restore", "--name", "Consumer", "--output", Directory).ShouldSucceed("dotnet new console");
        Run("add", "package", "OptimGen", "--version", package.Version).ShouldSucceed("dotnet add package OptimGen");
    }

    public string Directory => workspace.Directory;

    public void Write(string file, string content) => workspace.Write(file, content);

    /// <summary>A nuget.config that restores OptimGen from <paramref name="feed"/> and everything else as usual.</summary>
    public static string NuGetConfig(string feed) => FeedWorkspace.NuGetConfig(feed);

    public DotNet.Result Run(params string[] arguments) => workspace.Run(arguments);
}
