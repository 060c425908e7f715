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
    public string FullName
    {
        get
        {
            var builder = new System.Text.StringBuilder();
            if (Namespace is not null)
                builder.Append(Namespace).Append('.');
            foreach (ContainingTypeModel containing in ContainingTypes)
                builder.Append(containing.Name).Append('.');
            return builder.Append(Name).ToString();
        }
    }
}
