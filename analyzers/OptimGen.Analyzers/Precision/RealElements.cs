using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// The elements of a collection whose element type is written with the <c>Real</c> alias: an array initializer
/// (<c>new Real[] { ... }</c>, <c>Real[] caps = { ... }</c>, <c>stackalloc Real[] { ... }</c>, each row of a <c>Real[,]</c>'s, and
/// an implicitly typed one given to a declaration of <c>Real[]</c> or <c>Span&lt;Real&gt;</c>: <c>Real[] caps = new[] { ... }</c>),
/// a collection expression given to a declaration of <c>Real[]</c> or of a generic type of <c>Real</c> (<c>Span&lt;Real&gt; s = [...]</c>),
/// or a collection initializer of a generic type of <c>Real</c> (<c>new List&lt;Real&gt; { ... }</c>, <c>List&lt;Real&gt; caps = new() { ... }</c>). The alias is
/// judged by syntax here (whether the name is the alias, by the caller): a collection of <c>double</c> is no <c>Real</c>.
/// </summary>
internal static class RealElements
{
    /// <summary>The written element type of an array initializer or collection expression, when it names <c>Real</c>; null otherwise.</summary>
    public static TypeSyntax? ElementType(SyntaxNode collection)
    {
        // A row of a multi-dimensional array's initializer ({ { 1, 2 }, { 3, 4 } }) has the element type of the whole.
        if (collection is InitializerExpressionSyntax { Parent: InitializerExpressionSyntax outer } row
            && row.IsKind(SyntaxKind.ArrayInitializerExpression) && outer.IsKind(SyntaxKind.ArrayInitializerExpression))
            return ElementType(outer);
        TypeSyntax? written = collection switch
        {
            InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) => initializer.Parent switch
            {
                ArrayCreationExpressionSyntax creation => creation.Type,
                StackAllocArrayCreationExpressionSyntax stackAllocation => stackAllocation.Type,
                EqualsValueClauseSyntax clause => DeclaredType(clause),
                // Real[] caps = new[] { (Real)1, 16777217 }: the declaration names the element type the array is given.
                ImplicitArrayCreationExpressionSyntax { Parent: EqualsValueClauseSyntax clause } => DeclaredType(clause),
                ImplicitStackAllocArrayCreationExpressionSyntax { Parent: EqualsValueClauseSyntax clause } => DeclaredType(clause),
                _ => null,
            },
            InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) => initializer.Parent switch
            {
                ObjectCreationExpressionSyntax creation => creation.Type,
                ImplicitObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax clause } => DeclaredType(clause),
                _ => null,
            },
            CollectionExpressionSyntax { Parent: EqualsValueClauseSyntax clause } => DeclaredType(clause),
            _ => null,
        };
        // A collection of a generic type holds its type argument: a collection expression, or a collection initializer (its Add's).
        bool generic = collection is CollectionExpressionSyntax || collection.IsKind(SyntaxKind.CollectionInitializerExpression)
                       || collection.Parent is ImplicitStackAllocArrayCreationExpressionSyntax;
        if (written is NullableTypeSyntax nullable)
            written = nullable.ElementType;
        TypeSyntax? element = written switch
        {
            ArrayTypeSyntax { RankSpecifiers.Count: 1 } array => array.ElementType,
            GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } name when generic => name.TypeArgumentList.Arguments[0],
            QualifiedNameSyntax { Right: GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } name } when generic => name.TypeArgumentList.Arguments[0],
            _ => null,
        };
        return element is IdentifierNameSyntax { Identifier.ValueText: "Real" } ? element : null;
    }

    /// <summary>The element expressions of <paramref name="collection"/> (not a collection expression's spreads).</summary>
    public static IEnumerable<ExpressionSyntax> Of(SyntaxNode collection) => collection switch
    {
        InitializerExpressionSyntax initializer => initializer.Expressions,
        CollectionExpressionSyntax expression => expression.Elements.OfType<ExpressionElementSyntax>().Select(element => element.Expression),
        _ => Enumerable.Empty<ExpressionSyntax>(),
    };

    /// <summary>The array initializer or collection expression of which <paramref name="element"/> is an element; null when none.</summary>
    public static SyntaxNode? CollectionOf(ExpressionSyntax element) => element.Parent switch
    {
        InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression)
                                                     || initializer.IsKind(SyntaxKind.CollectionInitializerExpression) => initializer,
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } => collection,
        _ => null,
    };

    /// <summary>The type of the variable, property or parameter whose initializer is <paramref name="clause"/>.</summary>
    private static TypeSyntax? DeclaredType(EqualsValueClauseSyntax clause) => clause.Parent switch
    {
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
        PropertyDeclarationSyntax property => property.Type,
        ParameterSyntax parameter => parameter.Type,
        _ => null,
    };
}
