namespace OptimGen.Specs.Model;

/// <summary>The precision mode of a compilation, read from the <c>OptimGenPrecision</c> MSBuild property.</summary>
internal enum PrecisionMode
{
    /// <summary><c>Real</c> is <c>double</c>, <c>Integer</c> is <c>long</c> (the default).</summary>
    Double,

    /// <summary><c>Real</c> is <c>float</c>, <c>Integer</c> is <c>int</c>.</summary>
    Single,
}
