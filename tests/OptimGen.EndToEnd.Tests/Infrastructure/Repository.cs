using System;
using System.IO;
using System.Reflection;

namespace OptimGen.EndToEnd.Tests.Infrastructure;

/// <summary>Where the repository is and which configuration this test run was built in.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the samples and the package are used as this run built them.</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    /// <summary>The built child program's entry assembly.</summary>
    public static string ChildAssembly => PathOf("tests", "OptimGen.EndToEnd.Child", "bin", Configuration, "net10.0", "OptimGen.EndToEnd.Child.dll");

    private static string FindRoot()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "OptimGen.sln")))
                return directory;
        }

        throw new InvalidOperationException("OptimGen.sln not found above " + AppContext.BaseDirectory);
    }
}
