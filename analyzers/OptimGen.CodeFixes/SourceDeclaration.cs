using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.CodeFixes;

/// <summary>
/// Where the type of a value is declared in source: the type of the local, field or property it reads, or
/// the return type of the method it calls.
/// </summary>
/// <param name="Symbol">The local, field, property or method.</param>
/// <param name="Declaration">Its declaring syntax (a variable declarator, a property or a method).</param>
/// <param name="Type">The type syntax to replace.</param>
internal sealed record SourceDeclaration(ISymbol Symbol, SyntaxNode Declaration, TypeSyntax Type)
{
    /// <summary>The symbol's name, for the fix's title.</summary>
    public string Name => Symbol.Name;

    public static SourceDeclaration? Find(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        ISymbol? symbol = model.GetSymbolInfo(value, cancellationToken).Symbol;
        // A partial method's two parts must keep one return type, and the fix changes one declaration.
        if (symbol is null || symbol.DeclaringSyntaxReferences.Length != 1
            || symbol is IMethodSymbol { PartialDefinitionPart: not null } or IMethodSymbol { PartialImplementationPart: not null })
            return null;
        SyntaxNode declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        TypeSyntax? type = (symbol, declaration) switch
        {
            // `int a = 1, b = 2;` declares both with one type: changing it would change both.
            (ILocalSymbol or IFieldSymbol, VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } variables }) => variables.Type,
            (IPropertySymbol, PropertyDeclarationSyntax property) => property.Type,
            (IMethodSymbol { MethodKind: MethodKind.Ordinary }, MethodDeclarationSyntax method) => method.ReturnType,
            _ => null,
        };
        return type is null ? null : new SourceDeclaration(symbol, declaration, type);
    }

    /// <summary>
    /// Whether declaring the symbol with <paramref name="newType"/> keeps the code compiling: every value it is
    /// given converts implicitly, every use accepts it (<see cref="RetypedUses"/>), and no override, base member or
    /// interface ties it to its type. A local's uses are in its member; any other symbol's anywhere in the compilation.
    /// </summary>
    public bool CanBecome(Compilation compilation, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        if (Symbol.IsVirtual || Symbol.IsAbstract || Symbol.IsOverride || ImplementsInterface(Symbol))
            return false;
        if (Symbol is IMethodSymbol { IsAsync: true })
            return false;
        SemanticModel model = compilation.GetSemanticModel(Declaration.SyntaxTree);
        foreach (ExpressionSyntax given in GivenValues())
        {
            if (!model.ClassifyConversion(given, newType).IsImplicit)
                return false;
        }

        IEnumerable<SyntaxNode> scopes = Symbol is ILocalSymbol
            ? new[] { RetypedUses.ScopeOfLocal(Declaration) }
            : compilation.SyntaxTrees.Select(tree => tree.GetRoot(cancellationToken));
        return RetypedUses.Accept(compilation, Symbol, newType, scopes, cancellationToken);
    }

    /// <summary>The values the declaration itself gives: an initializer, an expression body, the returned values (iterators give none a type could check).</summary>
    private IEnumerable<ExpressionSyntax> GivenValues()
    {
        switch (Declaration)
        {
            case VariableDeclaratorSyntax { Initializer.Value: { } initial }:
                yield return initial;
                break;
            case PropertyDeclarationSyntax property:
                if (property.Initializer?.Value is { } initializer)
                    yield return initializer;
                if (property.ExpressionBody?.Expression is { } body)
                    yield return body;
                foreach (AccessorDeclarationSyntax getter in property.AccessorList?.Accessors.Where(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) ?? Enumerable.Empty<AccessorDeclarationSyntax>())
                {
                    foreach (ExpressionSyntax returned in Returned(getter.ExpressionBody, getter.Body))
                        yield return returned;
                }

                break;
            case MethodDeclarationSyntax method:
                foreach (ExpressionSyntax returned in Returned(method.ExpressionBody, method.Body))
                    yield return returned;
                break;
        }
    }

    private static IEnumerable<ExpressionSyntax> Returned(ArrowExpressionClauseSyntax? arrow, BlockSyntax? body)
    {
        if (arrow is not null)
            yield return arrow.Expression;
        if (body is null)
            yield break;
        // The method's own returns, not those of the lambdas and local functions inside it.
        foreach (ReturnStatementSyntax statement in body.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>())
        {
            if (statement.Expression is { } returned)
                yield return returned;
        }
    }

    private static bool ImplementsInterface(ISymbol symbol) =>
        symbol.ContainingType is { } type
        && type.AllInterfaces.SelectMany(i => i.GetMembers(symbol.Name))
            .Any(member => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol));
}
