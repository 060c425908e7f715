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
/// <c>int.CreateTruncating(x)</c> becomes <c>Integer.CreateTruncating(x)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NarrowingConversionCodeFix)), Shared]
public sealed class NarrowingConversionCodeFix : CodeFixProvider
{
    internal const string Key = "OPT0001.ConvertToAlias";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(NarrowingDiagnostics.NarrowingConversionId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(NarrowingDiagnostics.TargetFamilyProperty, out string? alias) || alias is null)
                continue;
            TypeSyntax? type = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
            {
                CastExpressionSyntax cast => cast.Type,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: TypeSyntax receiver, Name.Identifier.ValueText: "CreateTruncating" or "CreateSaturating" or "CreateChecked" } } => receiver,
                _ => null,
            };
            if (type is null)
                continue;

            context.RegisterCodeFix(CodeAction.Create(
                $"Convert to {alias} instead",
                token => ReplaceTypeAsync(context.Document, type, alias, token),
                Key), diagnostic);
        }
    }

    private static async Task<Document> ReplaceTypeAsync(Document document, TypeSyntax type, string alias, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(type, SyntaxFactory.IdentifierName(alias).WithTriviaFrom(type)));
    }
}
