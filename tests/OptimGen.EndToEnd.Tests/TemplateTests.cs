using System;
using System.Collections.Generic;
using System.IO;
using OptimGen.EndToEnd.Tests.Infrastructure;

namespace OptimGen.EndToEnd.Tests;

/// <summary>
/// <c>dotnet new optimgen-spec</c>, as a user runs it: the template package installed (into a private template
/// hive), a new app created, restored from the packed OptimGen, built without a warning in both precision
/// modes and run.
/// </summary>
[Collection(PackageCollections.First)]
public sealed class TemplateTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly PackageFixture package;

    public TemplateTests(PackageFixture package) => this.package = package;

    [Fact]
    public void The_template_creates_an_app_that_builds_clean_and_runs_in_both_modes()
    {
        string hive = Path.Combine(package.Directory, "template-hive");
        string app = Path.Combine(package.Directory, "TemplateApp", "Minimizer");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(package.Directory, "packages") };
        DotNet.Run(package.Directory, environment, Timeout, "new", "install", package.TemplatePackagePath, "--debug:custom-hive", hive)
            .ShouldSucceed("dotnet new install");

        DotNet.Run(package.Directory, environment, Timeout, "new", "optimgen-spec", "--output", app, "--no-restore", "--debug:custom-hive", hive)
            .ShouldSucceed("dotnet new optimgen-spec");
        Assert.True(File.Exists(Path.Combine(app, "Minimizer.csproj")), "the project is named after the output folder");
        File.WriteAllText(Path.Combine(app, "nuget.config"), ConsumerProject.NuGetConfig(package.Feed));

        foreach ((string precision, string integer) in new[] { ("Double", "Int64"), ("Single", "Int32") })
        {
            DotNet.Result build = DotNet.Run(app, environment, Timeout, "build", "-c", "Release", $"-p:OptimGenPrecision={precision}")
                .ShouldSucceed($"building the new app in {precision} mode");
            Assert.Contains("0 Warning(s)", build.Output);

            string output = DotNet.Run(app, environment, Timeout, "run", "-c", "Release", "--no-build").ShouldSucceed("running the new app").Output;
            Assert.Contains($"Precision: {precision} (Steps is {integer})", output);
            Assert.Contains("Steps: 500", output);
        }
    }
}
