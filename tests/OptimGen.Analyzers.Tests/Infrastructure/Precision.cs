namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>The two values of OptimGenPrecision, as the tests pass them.</summary>
public enum Mode
{
    Double,
    Single,
}

/// <summary>The analyzer config that sets the precision mode, the way MSBuild's CompilerVisibleProperty does.</summary>
internal static class PrecisionConfig
{
    public static (string Path, string Content) For(Mode mode) =>
        ("/.globalconfig", $"is_global = true\nbuild_property.OptimGenPrecision = {mode}\n");
}
