namespace OptimGen.Generators.Model;

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
