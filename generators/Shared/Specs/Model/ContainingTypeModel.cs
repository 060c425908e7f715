namespace OptimGen.Specs.Model;

/// <summary>A type that encloses a nested spec; re-declared as partial around the generated members.</summary>
/// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>interface</c>.</param>
/// <param name="Name">The type's name.</param>
/// <param name="IsStatic">Whether it is a static class (kept in the re-declaration).</param>
internal sealed record ContainingTypeModel(string Keyword, string Name, bool IsStatic);
