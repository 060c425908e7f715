using System.Collections.Immutable;
using System.Composition;
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
/// <c>foreach (float g in values)</c> becomes <c>foreach (Real g in values)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NarrowingConversionCodeFix)), Shared]
public sealed class NarrowingConversionCodeFix : NarrowingCodeFix
{
    internal const string Key = "OPT0001.ConvertToAlias";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(NarrowingDiagnostics.NarrowingConversionId);

    private protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        TypeSyntax? type = node switch
        {
            CastExpressionSyntax cast => cast.Type,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: TypeSyntax receiver, Name.Identifier.ValueText: "CreateTruncating" or "CreateSaturating" or "CreateChecked" } } => receiver,
            TypeSyntax { Parent: ForEachStatementSyntax loop } loopType when loop.Type == loopType => loopType,
            ExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Type: PredefinedTypeSyntax declared } } } } => declared,
            _ => null,
        };
        if (type is not null && diagnostic.Properties.TryGetValue(NarrowingDiagnostics.TargetFamilyProperty, out string? alias) && alias is not null)
        {
            context.RegisterCodeFix(CodeAction.Create(
                $"Convert to {alias} instead",
                token => ReplaceAsync(context.Document, type, SyntaxFactory.IdentifierName(alias).WithTriviaFrom(type), token),
                Key), diagnostic);
        }

        return Task.CompletedTask;
    }
}
