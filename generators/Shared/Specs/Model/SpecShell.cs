namespace OptimGen.Specs.Model;

/// <summary>
/// Where a malformed spec is declared (its namespace, name and enclosing types), when that declaration itself is
/// sound: the generator then gives it an empty <c>State</c>, so that <c>ref State state</c> in its own signatures
/// binds and the compiler goes on to report the spec's OPT1xxx error (see <c>StatePlaceholderEmitter</c>).
/// </summary>
/// <param name="Namespace">The spec's namespace; null for the global namespace.</param>
/// <param name="Keyword">The declaration keyword: <c>class</c> or <c>record</c>.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first.</param>
internal sealed record SpecShell(string? Namespace, string Name, string Keyword, EquatableArray<ContainingTypeModel> ContainingTypes)
{
    /// <summary>The spec's full name, for example <c>MyApp.Outer.HeavyBall</c>.</summary>
    public string FullName => FullNameOf(Namespace, ContainingTypes, Name);

    /// <summary>A spec's full name from its parts (<see cref="SpecModel.FullName"/> too).</summary>
    public static string FullNameOf(string? ns, EquatableArray<ContainingTypeModel> containingTypes, string name)
    {
        var builder = new System.Text.StringBuilder();
        if (ns is not null)
            builder.Append(ns).Append('.');
        foreach (ContainingTypeModel containing in containingTypes)
            builder.Append(containing.Name).Append('.');
        return builder.Append(name).ToString();
    }
}
