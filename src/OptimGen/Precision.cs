namespace OptimGen;

/// <summary>The precision mode a compilation was built in (MSBuild property <c>OptimGenPrecision</c>).</summary>
public enum Precision
{
    /// <summary><c>Real</c> is <see cref="double"/>, <c>Integer</c> is <see cref="long"/> (the default).</summary>
    Double,

    /// <summary><c>Real</c> is <see cref="float"/>, <c>Integer</c> is <see cref="int"/>.</summary>
    Single,
}
