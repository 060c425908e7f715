using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Tells which <see cref="ElementKind"/> a type written in a spec is. <c>Real</c> and <c>Integer</c> are
/// recognised from the syntax: while the generator reads the spec, the aliases it emits do not exist yet,
/// so they bind to an error type (or, when a project declares them itself, to the aliased primitive). A
/// <c>using Real = ...;</c> alias of the file or of an enclosing namespace hides the global alias: there the name
/// means what that alias says, in both modes, as C# reads it.
/// </summary>
internal static class TypeClassifier
{
    public static ElementKind? Classify(TypeSyntax? syntax, ITypeSymbol type)
    {
        if (syntax is IdentifierNameSyntax identifier && !HiddenByLocalAlias(identifier))
        {
            string name = identifier.Identifier.ValueText;
            if (name == KnownNames.RealAlias && (type.TypeKind == TypeKind.Error || type.SpecialType is SpecialType.System_Double or SpecialType.System_Single))
                return ElementKind.Real;
            if (name == KnownNames.IntegerAlias && (type.TypeKind == TypeKind.Error || type.SpecialType is SpecialType.System_Int64 or SpecialType.System_Int32))
                return ElementKind.Integer;
        }

        return type.SpecialType switch
        {
            SpecialType.System_Double => ElementKind.Double,
            SpecialType.System_Single => ElementKind.Single,
            SpecialType.System_Int64 => ElementKind.Int64,
            SpecialType.System_Int32 => ElementKind.Int32,
            SpecialType.System_Boolean => ElementKind.Boolean,
            _ => null,
        };
    }

    /// <summary>
    /// Whether a non-global using alias of the same name, in the file or an enclosing namespace, is in scope (the analyzer's
    /// precision rules ask it too, for each name they read as an alias).
    /// </summary>
    internal static bool HiddenByLocalAlias(IdentifierNameSyntax identifier)
    {
        string name = identifier.Identifier.ValueText;
        foreach (SyntaxNode ancestor in identifier.Ancestors())
        {
            SyntaxList<UsingDirectiveSyntax> usings = ancestor switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                CompilationUnitSyntax unit => unit.Usings,
                _ => default,
            };
            foreach (UsingDirectiveSyntax directive in usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.None) && directive.Alias?.Name.Identifier.ValueText == name)
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="syntax"/>/<paramref name="type"/> is the <c>Real</c> alias.</summary>
    public static bool IsReal(TypeSyntax? syntax, ITypeSymbol type) => Classify(syntax, type) == ElementKind.Real;

    /// <summary>
    /// Whether the type is <c>System.ReadOnlySpan&lt;Real&gt;</c> (<paramref name="readOnly"/>) or
    /// <c>System.Span&lt;Real&gt;</c>.
    /// </summary>
    public static bool IsSpanOfReal(TypeSyntax? syntax, ITypeSymbol type, bool readOnly)
    {
        if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named)
            return false;
        string expected = readOnly ? "System.ReadOnlySpan<T>" : "System.Span<T>";
        if (named.OriginalDefinition.ToDisplayString() != expected)
            return false;
        return IsReal(SingleTypeArgument(syntax), named.TypeArguments[0]);
    }

    /// <summary>The syntax of the single type argument of a generic name (also when qualified).</summary>
    public static TypeSyntax? SingleTypeArgument(TypeSyntax? syntax) => syntax switch
    {
        GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic => generic.TypeArgumentList.Arguments[0],
        QualifiedNameSyntax qualified => SingleTypeArgument(qualified.Right),
        AliasQualifiedNameSyntax aliased => SingleTypeArgument(aliased.Name),
        _ => null,
    };
}
