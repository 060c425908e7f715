using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Analyzers.Narrowing;

namespace OptimGen.CodeFixes;

/// <summary>
/// OPT0001: convert to the active precision instead: <c>(float)x</c> becomes <c>(Real)x</c>,
/// <c>int.CreateTruncating(x)</c> becomes <c>Integer.CreateTruncating(x)</c>; where the narrowing is implicit,
/// declare the receiving variable with the alias: <c>float f = steps;</c> becomes <c>Real f = steps;</c>,
/// <c>foreach (float g in values)</c> becomes <c>foreach (Real g in values)</c>. Offered only where the alias's
/// value is accepted as it goes on (<c>float f = (float)x;</c> needs a float; a <c>float</c> local passed to a
/// <c>float</c> parameter cannot become <c>Real</c>; <c>T.CreateTruncating</c> must return a <c>T</c>). A local the
/// conversion initializes changes with it: <c>int k = (int)x;</c> becomes <c>Integer k = (Integer)x;</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NarrowingConversionCodeFix)), Shared]
public sealed class NarrowingConversionCodeFix : NarrowingCodeFix
{
    internal const string Key = "OPT0001.ConvertToAlias";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(NarrowingDiagnostics.NarrowingConversionId);

    private protected override async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(NarrowingDiagnostics.TargetFamilyProperty, out string? alias) || alias is null)
            return;
        CancellationToken cancellationToken = context.CancellationToken;
        SemanticModel? model = await context.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || RetypedUses.Bind(model, node.SpanStart, alias) is not { } aliasType)
            return;

        // The conversion itself, and the declared type of the local it initializes when that type is the conversion's.
        ImmutableArray<SyntaxNode> retyped = node switch
        {
            CastExpressionSyntax cast when AliasReceivers(model, cast, cast.Type, aliasType, cancellationToken) is { } receivers =>
                receivers.Add(cast),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: TypeSyntax receiver, Name.Identifier.ValueText: "CreateTruncating" or "CreateSaturating" or "CreateChecked" } } call
                when model.GetTypeInfo(receiver, cancellationToken).Type is not ITypeParameterSymbol && AliasReceivers(model, call, receiver, aliasType, cancellationToken) is { } receivers =>
                receivers.Add(receiver),
            TypeSyntax { Parent: ForEachStatementSyntax loop } loopType when loop.Type == loopType
                && model.GetDeclaredSymbol(loop, cancellationToken) is { } variable
                && RetypedUses.Accept(model.Compilation, variable, aliasType, new[] { loop.Statement }, cancellationToken) =>
                ImmutableArray.Create<SyntaxNode>(loopType),
            ExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Type: PredefinedTypeSyntax declared } } declarator } } value
                when IsImplicitlyConverted(model, value, cancellationToken) && AcceptsAlias(model, declarator, aliasType, cancellationToken) =>
                ImmutableArray.Create<SyntaxNode>(declared),
            _ => ImmutableArray<SyntaxNode>.Empty,
        };
        if (!retyped.IsEmpty)
        {
            context.RegisterCodeFix(CodeAction.Create(
                $"Convert to {alias} instead",
                token => RetypeAsync(context.Document, retyped, alias, token),
                Key), diagnostic);
        }
    }

    private static async Task<Document> RetypeAsync(Document document, ImmutableArray<SyntaxNode> types, string alias, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNodes(types, (original, _) => original is CastExpressionSyntax cast
            // `(Real)-x` would read as a subtraction: the operand gets parentheses where it needs them.
            ? CastSyntax.Create(alias, cast.Expression).WithTriviaFrom(cast)
            : Alias(alias, original)));
    }

    private static SyntaxNode Alias(string alias, SyntaxNode replaced) => SyntaxFactory.IdentifierName(alias).WithTriviaFrom(replaced);

    /// <summary>
    /// Whether the converted value may be of the alias's type where it goes, and what else must then say the alias: nothing
    /// when its context converts the alias implicitly (or it initializes a <c>var</c> local whose uses all accept the alias);
    /// the declared type of the local it initializes (<c>int k = (int)x;</c>) when that is the conversion's type and every
    /// use of the local accepts the alias. Null when the alias would not compile there.
    /// </summary>
    private static ImmutableArray<SyntaxNode>? AliasReceivers(SemanticModel model, ExpressionSyntax conversion, TypeSyntax convertedTo, ITypeSymbol aliasType, CancellationToken cancellationToken)
    {
        ExpressionSyntax value = conversion;
        while (value.Parent is ParenthesizedExpressionSyntax or CheckedExpressionSyntax)
            value = (ExpressionSyntax)value.Parent;
        if (value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } declarator })
        {
            if (declaration.Type.IsVar)
                return AcceptsAlias(model, declarator, aliasType, cancellationToken) ? ImmutableArray<SyntaxNode>.Empty : null;
            if (declaration.Type is PredefinedTypeSyntax declared
                && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(declared, cancellationToken).Type, model.GetTypeInfo(convertedTo, cancellationToken).Type)
                && AcceptsAlias(model, declarator, aliasType, cancellationToken))
                return ImmutableArray.Create<SyntaxNode>(declared);
        }

        return RetypedUses.ContextAccepts(model, value, aliasType, cancellationToken) ? ImmutableArray<SyntaxNode>.Empty : null;
    }

    /// <summary>Whether the local <paramref name="declarator"/> declares can be of the alias's type: not a constant, and every use accepts it.</summary>
    private static bool AcceptsAlias(SemanticModel model, VariableDeclaratorSyntax declarator, ITypeSymbol aliasType, CancellationToken cancellationToken) =>
        model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol { IsConst: false } local
        && RetypedUses.Accept(model.Compilation, local, aliasType, new[] { RetypedUses.ScopeOfLocal(declarator) }, cancellationToken);

    /// <summary>The narrowing is the implicit conversion of the initializer's value to the declared type (not a call inside it).</summary>
    private static bool IsImplicitlyConverted(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        TypeInfo type = model.GetTypeInfo(value, cancellationToken);
        return type.Type is not null && type.ConvertedType is not null
            && !SymbolEqualityComparer.Default.Equals(type.Type, type.ConvertedType)
            && model.GetConversion(value, cancellationToken).IsImplicit;
    }
}
