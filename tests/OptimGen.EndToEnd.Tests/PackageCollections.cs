namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// The consumer tests run in two collections, side by side. Each collection packs OptimGen once into its own feed
/// and restores into its own package folder (<see cref="PackageFixture"/>), then builds its consumer projects one
/// after the other. A consumer build keeps about one core busy, so two of them at a time use the machine's two
/// cores; more would only slow each other down. The classes are split so the two take about as long.
/// </summary>
public static class PackageCollections
{
    /// <summary>The docs, the templates, the rules' package tests and Native AOT.</summary>
    public const string First = "package feed 1";

    /// <summary>The package's layout and installs, built-in consumers, modern C#, spec errors, unsupported consumers.</summary>
    public const string Second = "package feed 2";
}

[CollectionDefinition(PackageCollections.First)]
public sealed class FirstPackageCollection : ICollectionFixture<PackageFixture>;

[CollectionDefinition(PackageCollections.Second)]
public sealed class SecondPackageCollection : ICollectionFixture<PackageFixture>;

/// <summary>
/// Tests whose timing matters (a child process killed mid-run) run alone, after the parallel collections.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "timing-sensitive";
}
