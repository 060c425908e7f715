using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.CodeFixes;

/// <summary>
/// Where the type of a value is declared in source: the type of the local, field or property it reads, or
/// the return type of the method it calls.
/// </summary>
/// <param name="Name">The symbol's name, for the fix's title.</param>
/// <param name="Type">The type syntax to replace.</param>
internal sealed record SourceDeclaration(string Name, TypeSyntax Type)
{
    public static SourceDeclaration? Find(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        ISymbol? symbol = model.GetSymbolInfo(value, cancellationToken).Symbol;
        if (symbol is null || symbol.DeclaringSyntaxReferences.Length != 1)
            return null;
        SyntaxNode declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        TypeSyntax? type = (symbol, declaration) switch
        {
            (ILocalSymbol or IFieldSymbol, VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables }) => variables.Type,
            (IPropertySymbol, PropertyDeclarationSyntax property) => property.Type,
            (IMethodSymbol { MethodKind: MethodKind.Ordinary }, MethodDeclarationSyntax method) => method.ReturnType,
            _ => null,
        };
        return type is null ? null : new SourceDeclaration(symbol.Name, type);
    }
}
