using System;
using System.IO;
using System.Linq;

namespace OptimGen.Analyzers.Tests.SdkCompiler;

/// <summary>Where the check program and the net10.0 reference pack are on this machine.</summary>
internal static class SdkCompilerCheck
{
    /// <summary>The check's build output, beside this project's (same configuration and framework).</summary>
    public static string Path
    {
        get
        {
            // .../tests/OptimGen.Analyzers.Tests/bin/Release/net10.0/ -> .../tests/OptimGen.SdkCompilerCheck/bin/Release/net10.0/
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            string framework = output.Name, configuration = output.Parent!.Name;
            DirectoryInfo tests = output.Parent.Parent!.Parent!.Parent!;
            return System.IO.Path.Combine(tests.FullName, "OptimGen.SdkCompilerCheck", "bin", configuration, framework, "OptimGen.SdkCompilerCheck.dll");
        }
    }

    /// <summary>The reference assemblies a net10.0 project compiles against, from the running .NET's installation.</summary>
    public static string ReferencePack
    {
        get
        {
            // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/System.Private.CoreLib.dll -> .../dotnet/packs/Microsoft.NETCore.App.Ref/10.0.x/ref/net10.0
            var runtime = new DirectoryInfo(System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!);
            string root = runtime.Parent!.Parent!.Parent!.FullName;
            string framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
            return Directory.GetDirectories(System.IO.Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"))
                .Select(version => System.IO.Path.Combine(version, "ref", framework))
                .Where(Directory.Exists)
                .OrderByDescending(path => Version.TryParse(new DirectoryInfo(path).Parent!.Parent!.Name, out Version? v) ? v : new Version())
                .First();
        }
    }
}
