using System.Collections.Generic;
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
/// when the field is declared alone and every use of the slot in the project's documents accepts an <c>Integer</c>
/// (see <see cref="RetypedUses"/>).
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
        CancellationToken cancellationToken = context.CancellationToken;
        Compilation? compilation = await context.Document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null
            || DocumentationCommentId.GetFirstSymbolForDeclarationId(specId, compilation) is not INamedTypeSymbol spec
            || spec.GetMembers(fieldName).OfType<IFieldSymbol>().FirstOrDefault(SpecConventions.IsStateSlot) is not { } slot
            || SlotDeclaration(slot, cancellationToken) is not { } declaration
            || RetypedUses.Bind(compilation.GetSemanticModel(declaration.SyntaxTree), declaration.SpanStart, "Integer") is not { } integer)
            return;

        // `state.Value -= (Real)1`, `ref Real r = ref state.Value` or a Real local stored back would not compile once
        // the slot is Integer: then the slot's declaration is the user's to change, not a mechanical fix.
        var sources = new List<SyntaxNode>();
        foreach (Document document in context.Document.Project.Documents)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is { } root)
                sources.Add(root);
        }

        IEnumerable<ISymbol> views = spec.GetTypeMembers("State").SelectMany(state => state.GetMembers(SpecConventions.SlotName(fieldName) ?? fieldName)).Append(slot);
        if (!views.All(view => RetypedUses.Accept(compilation, view, integer, sources, cancellationToken)))
            return;

        context.RegisterCodeFix(CodeAction.Create(
            $"Declare slot '{fieldName}' as Integer",
            token => DeclareIntegerAsync(context.Document.Project.Solution, declaration, token),
            Key), diagnostic);
    }

    /// <summary>The spec's <c>[State]</c> field declaration, when it declares that field alone.</summary>
    private static VariableDeclarationSyntax? SlotDeclaration(IFieldSymbol slot, CancellationToken cancellationToken) =>
        slot.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax
        {
            Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration,
        }
            ? declaration
            : null;

    private static async Task<Solution> DeclareIntegerAsync(Solution solution, VariableDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        Document? document = solution.GetDocument(declaration.SyntaxTree);
        if (document is null)
            return solution;
        TypeSyntax integer = SyntaxFactory.IdentifierName("Integer").WithTriviaFrom(declaration.Type);
        return (await ReplaceAsync(document, declaration.Type, integer, cancellationToken).ConfigureAwait(false)).Project.Solution;
    }
}
