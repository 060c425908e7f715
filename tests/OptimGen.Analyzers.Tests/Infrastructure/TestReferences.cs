using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// The metadata references of every test compilation: the framework assemblies of the running .NET that
/// specs use (offline, nothing downloaded; fewer references keep each compilation fast) and OptimGen's
/// runtime library for the attributes. Loaded once.
/// </summary>
internal static class TestReferences
{
    private static readonly string[] FrameworkAssemblies =
    {
        "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Linq", "System.Memory",
        "System.Numerics.Vectors", "System.Runtime.Intrinsics", "System.Runtime.InteropServices", "System.Threading",
        "System.Runtime.Numerics", "System.Numerics.Tensors", "System.Threading.Tasks.Parallel", "System.Collections.Immutable",
        "System.Collections.Concurrent",
    };

    public static ImmutableArray<MetadataReference> All { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => FrameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(path)))
            .Append(typeof(OptimizerAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
