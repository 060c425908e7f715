using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace OptimGen.CodeFixes;

/// <summary>
/// What the narrowing rules' fixes share: find the reported node, offer fixes for it, fix all by batching
/// the documents' changes (document, project and solution scope), replace one node with another.
/// </summary>
public abstract class NarrowingCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        foreach (Diagnostic diagnostic in context.Diagnostics)
            await RegisterAsync(context, diagnostic, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)).ConfigureAwait(false);
    }

    /// <summary>Offers this provider's fixes for <paramref name="diagnostic"/>, reported on <paramref name="node"/>.</summary>
    private protected abstract Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node);

    private protected static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }
}
