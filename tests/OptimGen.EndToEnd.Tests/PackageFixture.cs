using System;
using System.IO;
using System.Linq;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>Packs OptimGen once, from this run's build, into a local feed the consumer projects restore from.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("optimgen-package-").FullName;
        Feed = Path.Combine(Directory, "feed");
        // Packing writes intermediate files (the .nuspec) into each packed project's own obj folder, so the two
        // collections' fixtures (PackageCollections) pack one after the other.
        lock (PackLock)
        {
            Pack();
        }

        TemplatePackagePath = System.IO.Directory.GetFiles(Feed, "OptimGen.Templates.*.nupkg").Single();
        PackagePath = System.IO.Directory.GetFiles(Feed, "OptimGen.*.nupkg").Single(p => !p.Contains("MathNet") && !p.Contains("Templates") && !p.EndsWith(".snupkg"));
        MathNetPackagePath = System.IO.Directory.GetFiles(Feed, "OptimGen.MathNet.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(PackagePath).Substring("OptimGen.".Length);
        SymbolsPackagePath = Path.ChangeExtension(PackagePath, ".snupkg");
        MathNetSymbolsPackagePath = Path.ChangeExtension(MathNetPackagePath, ".snupkg");
    }

    private static readonly object PackLock = new();

    private void Pack()
    {
        foreach (string project in new[] { Repository.PathOf("src", "OptimGen.Package", "OptimGen.Package.csproj"), Repository.PathOf("src", "OptimGen.MathNet", "OptimGen.MathNet.csproj") })
        {
            DotNet.Run(Repository.Root, null, TimeSpan.FromMinutes(5), "pack", project, "-c", Repository.Configuration, "--no-build", "-o", Feed)
                .ShouldSucceed("dotnet pack " + Path.GetFileNameWithoutExtension(project));
        }

        // The template package has no build output of its own; packing stages its content.
        DotNet.Run(Repository.Root, null, TimeSpan.FromMinutes(5),
                "pack", Repository.PathOf("templates", "OptimGen.Templates", "OptimGen.Templates.csproj"), "-c", Repository.Configuration, "-o", Feed)
            .ShouldSucceed("dotnet pack OptimGen.Templates");
    }

    /// <summary>A temporary folder for everything the package tests create.</summary>
    public string Directory { get; }

    public string Feed { get; }

    public string PackagePath { get; }

    public string MathNetPackagePath { get; }

    /// <summary>The symbols package (.snupkg) beside each package.</summary>
    public string SymbolsPackagePath { get; }

    public string MathNetSymbolsPackagePath { get; }

    /// <summary>The <c>dotnet new</c> template package (OptimGen.Templates).</summary>
    public string TemplatePackagePath { get; }

    public string Version { get; }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is left for the OS to clean.
        }
    }
}
