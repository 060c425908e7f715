namespace OptimGen.Specs.Model;

/// <summary>The element type of a slot or hyperparameter as written in the spec.</summary>
internal enum ElementKind
{
    /// <summary>The <c>Real</c> alias: double or float depending on the precision mode.</summary>
    Real,

    /// <summary>The <c>Integer</c> alias: long or int depending on the precision mode.</summary>
    Integer,

    Double,
    Single,
    Int64,
    Int32,
    Boolean,
}

/// <summary>How a spec writes an element kind.</summary>
internal static class ElementKindNames
{
    /// <summary><c>Real</c>, <c>Integer</c>, or the C# keyword of a concrete type (<c>double</c>, <c>long</c>, ...).</summary>
    public static string Declared(ElementKind kind) => kind switch
    {
        ElementKind.Real => "Real",
        ElementKind.Integer => "Integer",
        ElementKind.Double => "double",
        ElementKind.Single => "float",
        ElementKind.Int64 => "long",
        ElementKind.Int32 => "int",
        _ => "bool",
    };
}
