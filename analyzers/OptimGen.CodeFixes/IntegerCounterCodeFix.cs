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
using OptimGen.Analyzers.Precision;
using OptimGen.Conventions;

namespace OptimGen.CodeFixes;

/// <summary>
/// OPT0005: declare the counting slot <c>Integer</c>: the spec's <c>[State] private Real steps;</c> becomes
/// <c>[State] private Integer steps;</c>, wherever the spec declares it (found by the id the diagnostic carries). Offered
/// when the field is declared alone.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IntegerCounterCodeFix)), Shared]
public sealed class IntegerCounterCodeFix : NarrowingCodeFix
{
    internal const string Key = "OPT0005.DeclareInteger";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(PrecisionDiagnostics.RealCounterId);

    private protected override async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(PrecisionDiagnostics.SlotFieldProperty, out string? fieldName) || fieldName is null
            || !diagnostic.Properties.TryGetValue(PrecisionDiagnostics.SpecProperty, out string? specId) || specId is null)
            return;
        Compilation? compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
        if (compilation is null || SlotDeclaration(compilation, specId, fieldName, context.CancellationToken) is not { } declaration)
            return;
        context.RegisterCodeFix(CodeAction.Create(
            $"Declare slot '{fieldName}' as Integer",
            token => DeclareIntegerAsync(context.Document.Project.Solution, declaration, token),
            Key), diagnostic);
    }

    /// <summary>The spec's <c>[State]</c> field declaration, when it declares that field alone.</summary>
    private static VariableDeclarationSyntax? SlotDeclaration(Compilation compilation, string specId, string fieldName, CancellationToken cancellationToken)
    {
        if (DocumentationCommentId.GetFirstSymbolForDeclarationId(specId, compilation) is not INamedTypeSymbol spec)
            return null;
        IFieldSymbol? slot = spec.GetMembers(fieldName).OfType<IFieldSymbol>().FirstOrDefault(SpecConventions.IsStateSlot);
        return slot?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax
        {
            Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration,
        }
            ? declaration
            : null;
    }

    private static async Task<Solution> DeclareIntegerAsync(Solution solution, VariableDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        Document? document = solution.GetDocument(declaration.SyntaxTree);
        if (document is null)
            return solution;
        TypeSyntax integer = SyntaxFactory.IdentifierName("Integer").WithTriviaFrom(declaration.Type);
        return (await ReplaceAsync(document, declaration.Type, integer, cancellationToken).ConfigureAwait(false)).Project.Solution;
    }
}
