using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
/// OPT0002: cast the value to the slot's declared type (<c>(Integer)zoom.NumSteps</c>), or declare the
/// value's source with that type: the local, field, property or method return it comes from.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SlotValueCodeFix)), Shared]
public sealed class SlotValueCodeFix : CodeFixProvider
{
    internal const string CastKey = "OPT0002.Cast";
    internal const string ChangeTypeKey = "OPT0002.ChangeType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(NarrowingDiagnostics.NarrowSlotValueId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
            return;

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(NarrowingDiagnostics.SlotTypeProperty, out string? slotType) || slotType is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
                continue;

            context.RegisterCodeFix(CodeAction.Create(
                $"Cast to {slotType}",
                token => CastAsync(context.Document, value, slotType, token),
                CastKey), diagnostic);

            if (SourceDeclaration.Find(model, value, context.CancellationToken) is { } declaration)
            {
                context.RegisterCodeFix(CodeAction.Create(
                    $"Declare '{declaration.Name}' as {slotType}",
                    token => ChangeTypeAsync(context.Document.Project.Solution, declaration, slotType, token),
                    ChangeTypeKey), diagnostic);
            }
        }
    }

    private static async Task<Document> CastAsync(Document document, ExpressionSyntax value, string slotType, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(value, CastSyntax.Create(slotType, value)));
    }

    private static async Task<Solution> ChangeTypeAsync(Solution solution, SourceDeclaration declaration, string slotType, CancellationToken cancellationToken)
    {
        Document? document = solution.GetDocument(declaration.Type.SyntaxTree);
        if (document is null)
            return solution;
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        TypeSyntax replacement = SyntaxFactory.ParseTypeName(slotType).WithTriviaFrom(declaration.Type);
        return document.WithSyntaxRoot(root.ReplaceNode(declaration.Type, replacement)).Project.Solution;
    }
}
