using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Specs.Reading;

/// <summary>Finds OptimGen's attributes on a spec's members and reads their named arguments.</summary>
internal static class AttributeReading
{
    public static AttributeData? Find(ISymbol symbol, string metadataName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
            if (attribute.AttributeClass?.ToDisplayString() == metadataName)
                return attribute;
        return null;
    }

    /// <summary>
    /// <c>[Obsolete(message, true)]</c>: any use is an error (CS0619) outside an obsolete context, so the generated code,
    /// which calls the transition and hooks and reads the components, cannot use such a member (a warning-level
    /// <c>[Obsolete]</c> is silenced in the generated file instead).
    /// </summary>
    public static bool IsObsoleteAsError(ISymbol symbol) =>
        Find(symbol, "System.ObsoleteAttribute") is { ConstructorArguments: { Length: 2 } arguments } && arguments[1].Value is true;

    /// <summary>
    /// Whether the generated code inside the spec that declares <paramref name="member"/> cannot read or call it: the member
    /// is obsolete as an error (CS0619) and the spec is not in an obsolete context, where C# reports no such use.
    /// </summary>
    public static bool IsUnusableByGeneratedCode(ISymbol member) =>
        IsObsoleteAsError(member) && !InObsoleteContext(member.ContainingType);

    /// <summary>
    /// Whether naming <paramref name="type"/> in generated code inside <paramref name="user"/> is CS0619: the type or one
    /// enclosing it is obsolete as an error, and <paramref name="user"/> is not in an obsolete context.
    /// </summary>
    public static bool IsObsoleteAsErrorFrom(INamedTypeSymbol type, INamedTypeSymbol user) =>
        !InObsoleteContext(user) && SelfAndContaining(type).Any(IsObsoleteAsError);

    /// <summary>Whether <paramref name="type"/> or a type enclosing it is obsolete at all: inside it C# reports no use of an obsolete symbol.</summary>
    private static bool InObsoleteContext(INamedTypeSymbol? type) =>
        SelfAndContaining(type).Any(context => Find(context, "System.ObsoleteAttribute") is not null);

    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> SelfAndContaining(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? named = type; named is not null; named = named.ContainingType)
            yield return named;
    }

    public static T? NamedArgument<T>(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
            if (argument.Key == name && argument.Value.Value is T value)
                return value;
        return default;
    }

    public static bool HasNamedArgument(AttributeData attribute, string name) =>
        attribute.NamedArguments.Any(a => a.Key == name);

    /// <summary>Whether <c>Name = value</c> is there but has no value the compiler could bind (CS0182, a wrong type): the compiler reports it.</summary>
    public static bool NamedArgumentIsError(AttributeData attribute, string name) =>
        attribute.NamedArguments.Any(a => a.Key == name && a.Value.Kind == TypedConstantKind.Error);

    /// <summary><c>Name = value</c>'s value as written.</summary>
    public static string? NamedArgumentText(AttributeData attribute, string name, CancellationToken cancellationToken) =>
        NamedArgumentExpression(attribute, name, cancellationToken)?.ToString();

    /// <summary>The location of <c>Name = value</c>'s value in the attribute's syntax, else the attribute's.</summary>
    public static Location? NamedArgumentLocation(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
            return null;
        return (NamedArgumentExpression(attribute, name, cancellationToken) ?? (SyntaxNode)syntax).GetLocation();
    }

    private static ExpressionSyntax? NamedArgumentExpression(AttributeData attribute, string name, CancellationToken cancellationToken) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression;
}
