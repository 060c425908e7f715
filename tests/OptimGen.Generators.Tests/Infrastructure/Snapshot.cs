using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// Baseline files for generated code, in the workflow of Verify: the accepted output lives in
/// <c>Snapshots/&lt;name&gt;.verified.txt</c> and is compared byte for byte. On a difference the actual output is
/// written beside it as <c>.received.txt</c> (ignored by git) so the change can be reviewed as a diff; setting
/// <c>OPTIMGEN_UPDATE_SNAPSHOTS=1</c> accepts it (rewrites the verified file) — commit it after reading the diff.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "OPTIMGEN_UPDATE_SNAPSHOTS";

    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        string directory = Path.Combine(FindProjectDirectory(callerFile), "Snapshots");
        string verifiedPath = Path.Combine(directory, name + ".verified.txt");
        string receivedPath = Path.Combine(directory, name + ".received.txt");
        bool update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";

        if (update)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, actual);
            throw new XunitException($"No baseline {verifiedPath}. The output is in {receivedPath}; review it and run with {UpdateVariable}=1 to accept it.");
        }

        string expected = File.ReadAllText(verifiedPath);
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        throw new XunitException(
            $"Generated code differs from {verifiedPath} ({FirstDifference(expected, actual)}). " +
            $"Compare with {receivedPath}; if the change is intended run with {UpdateVariable}=1 and commit the diff.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] expectedLines = expected.Split('\n');
        string[] actualLines = actual.Split('\n');
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            string a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
                return $"line {i + 1}: expected \"{e.Trim()}\", got \"{a.Trim()}\"";
        }

        return "line endings or trailing characters";
    }

    private static string FindProjectDirectory(string callerFile)
    {
        for (string? directory = Path.GetDirectoryName(callerFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "OptimGen.Generators.Tests.csproj")))
                return directory;
        }

        throw new InvalidOperationException($"Cannot find the test project above {callerFile}.");
    }
}
