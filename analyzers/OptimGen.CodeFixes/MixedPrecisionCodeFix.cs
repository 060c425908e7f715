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
/// OPT0003: write the number at the active precision: <c>0.1f</c> becomes <c>(Real)0.1</c> (the literal
/// loses its <c>f</c>, so the value is the double 0.1); any other single-precision value gets a cast to <c>Real</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MixedPrecisionCodeFix)), Shared]
public sealed class MixedPrecisionCodeFix : CodeFixProvider
{
    internal const string Key = "OPT0003.CastToReal";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(NarrowingDiagnostics.MixedPrecisionId);

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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
                continue;
            context.RegisterCodeFix(CodeAction.Create(
                "Write it as Real",
                token => RewriteAsync(context.Document, value, token),
                Key), diagnostic);
        }
    }

    private static async Task<Document> RewriteAsync(Document document, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(value, CastSyntax.Create("Real", WithoutFloatSuffixes(value))));
    }

    /// <summary><c>0.1f</c> → <c>0.1</c>, also inside <c>-0.1f</c> or <c>0.1f * 2f</c>.</summary>
    private static ExpressionSyntax WithoutFloatSuffixes(ExpressionSyntax value) => value.ReplaceNodes(
        value.DescendantNodesAndSelf(), static (original, rewritten) =>
            rewritten is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.NumericLiteralExpression)
            && literal.Token.Text.TrimEnd('f', 'F') is var text && text.Length != literal.Token.Text.Length
                ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.ParseToken(DoubleText(text)))
                    .WithTriviaFrom(literal)
                : rewritten);

    /// <summary><c>2</c> alone would be an int literal; <c>2.0</c>, <c>1e-8</c> and <c>.5</c> are double literals already.</summary>
    private static string DoubleText(string digits) =>
        digits.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 ? digits : digits + ".0";
}
