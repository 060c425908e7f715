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
/// OPT0002: cast the value to the slot's declared type (<c>(Integer)zoom.NumSteps</c>), or declare the
/// value's source with that type: the local, field, property or method return it comes from, when every other use
/// of that source accepts the new type (see <see cref="SourceDeclaration.CanBecome"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SlotValueCodeFix)), Shared]
public sealed class SlotValueCodeFix : NarrowingCodeFix
{
    internal const string CastKey = "OPT0002.Cast";
    internal const string ChangeTypeKey = "OPT0002.ChangeType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(NarrowingDiagnostics.NarrowSlotValueId);

    private protected override async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (node is not ExpressionSyntax value
            || !diagnostic.Properties.TryGetValue(NarrowingDiagnostics.SlotTypeProperty, out string? slotType) || slotType is null)
            return;
        // A record deconstructed into slots or an array copied into one is not a number a cast could fix.
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        ITypeSymbol? valueType = model?.GetTypeInfo(value, context.CancellationToken).Type;
        if (model is null || NumericType.From(valueType) is null)
            return;

        // The nullable left side of `??` (`cached ?? MaxSteps` for an `int? cached`) keeps being nullable: `(Integer?)cached`.
        bool nullable = valueType is { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        string castType = nullable ? slotType + "?" : slotType;
        // A write through a reinterpreting view (`MemoryMarshal.Cast<Integer, int>(ring)[0] = steps`) takes an int, not an Integer.
        if (value.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && assignment.Right == value
            && model.GetTypeInfo(assignment.Left, context.CancellationToken).Type is { } destination
            && RetypedUses.Bind(model, value.SpanStart, castType) is { } cast
            && !model.Compilation.ClassifyConversion(cast, destination).IsImplicit)
            return;
        context.RegisterCodeFix(CodeAction.Create(
            $"Cast to {slotType}",
            token => ReplaceAsync(context.Document, value, CastSyntax.Create(castType, value), token),
            CastKey), diagnostic);

        // A declaration in generated code (a State property) is not the user's to change; one whose other uses need
        // its present type is not offered either.
        if (SourceDeclaration.Find(model, value, context.CancellationToken) is { } declaration
            && context.Document.Project.Solution.GetDocument(declaration.Type.SyntaxTree) is { } home and not SourceGeneratedDocument
            && RetypedUses.Bind(model, value.SpanStart, slotType) is { } newType
            && declaration.CanBecome(model.Compilation, newType, context.CancellationToken))
        {
            context.RegisterCodeFix(CodeAction.Create(
                $"Declare '{declaration.Name}' as {slotType}",
                token => ChangeTypeAsync(context.Document.Project.Solution, declaration, slotType, token),
                ChangeTypeKey), diagnostic);
        }
    }

    private static async Task<Solution> ChangeTypeAsync(Solution solution, SourceDeclaration declaration, string slotType, CancellationToken cancellationToken)
    {
        Document? document = solution.GetDocument(declaration.Type.SyntaxTree);
        if (document is null)
            return solution;
        TypeSyntax replacement = SyntaxFactory.ParseTypeName(slotType).WithTriviaFrom(declaration.Type);
        return (await ReplaceAsync(document, declaration.Type, replacement, cancellationToken).ConfigureAwait(false)).Project.Solution;
    }
}
