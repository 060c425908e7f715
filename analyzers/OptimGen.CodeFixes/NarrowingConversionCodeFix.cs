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
/// <c>float</c> parameter cannot become <c>Real</c>; <c>T.CreateTruncating</c> must return a <c>T</c>).
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

        (SyntaxNode Old, SyntaxNode New)? replacement = node switch
        {
            CastExpressionSyntax cast when AliasValueAccepted(model, cast, aliasType, cancellationToken) =>
                (cast, CastSyntax.Create(alias, cast.Expression).WithTriviaFrom(cast)),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: TypeSyntax receiver, Name.Identifier.ValueText: "CreateTruncating" or "CreateSaturating" or "CreateChecked" } } call
                when model.GetTypeInfo(receiver, cancellationToken).Type is not ITypeParameterSymbol && AliasValueAccepted(model, call, aliasType, cancellationToken) =>
                (receiver, Alias(alias, receiver)),
            TypeSyntax { Parent: ForEachStatementSyntax loop } loopType when loop.Type == loopType
                && model.GetDeclaredSymbol(loop, cancellationToken) is { } variable
                && RetypedUses.Accept(model.Compilation, variable, aliasType, new[] { loop.Statement }, cancellationToken) =>
                (loopType, Alias(alias, loopType)),
            ExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Type: PredefinedTypeSyntax declared } } declarator } } value
                when IsImplicitlyConverted(model, value, cancellationToken)
                && model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol { IsConst: false } local
                && RetypedUses.Accept(model.Compilation, local, aliasType, new[] { RetypedUses.ScopeOfLocal(declarator) }, cancellationToken) =>
                (declared, Alias(alias, declared)),
            _ => null,
        };
        if (replacement is { } change)
        {
            context.RegisterCodeFix(CodeAction.Create(
                $"Convert to {alias} instead",
                token => ReplaceAsync(context.Document, change.Old, change.New, token),
                Key), diagnostic);
        }
    }

    private static SyntaxNode Alias(string alias, SyntaxNode replaced) => SyntaxFactory.IdentifierName(alias).WithTriviaFrom(replaced);

    /// <summary>
    /// Whether the converted value may be of the alias's type where it goes: its context converts the alias implicitly,
    /// or it initializes a <c>var</c> local whose every use accepts the alias.
    /// </summary>
    private static bool AliasValueAccepted(SemanticModel model, ExpressionSyntax conversion, ITypeSymbol aliasType, CancellationToken cancellationToken)
    {
        ExpressionSyntax value = conversion;
        while (value.Parent is ParenthesizedExpressionSyntax or CheckedExpressionSyntax)
            value = (ExpressionSyntax)value.Parent;
        if (value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true, Variables.Count: 1 } } declarator })
        {
            return model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local
                && RetypedUses.Accept(model.Compilation, local, aliasType, new[] { RetypedUses.ScopeOfLocal(declarator) }, cancellationToken);
        }

        return RetypedUses.ValueAccepts(model, value, aliasType, cancellationToken);
    }

    /// <summary>The narrowing is the implicit conversion of the initializer's value to the declared type (not a call inside it).</summary>
    private static bool IsImplicitlyConverted(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        TypeInfo type = model.GetTypeInfo(value, cancellationToken);
        return type.Type is not null && type.ConvertedType is not null
            && !SymbolEqualityComparer.Default.Equals(type.Type, type.ConvertedType)
            && model.GetConversion(value, cancellationToken).IsImplicit;
    }
}
