using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Analyzers.Precision;

namespace OptimGen.CodeFixes;

/// <summary>
/// OPT0006 on a value stored in a slot (<c>state.Count = big;</c>, which does not compile in Single mode, or
/// <c>state.Total = state.Count;</c>, the seed bug of Single mode), or the initializer of a declaration written with
/// an alias (<c>[Hyperparameter] public Real Eps { get; init; } = 1e-8;</c>, CS0664 in Single mode): cast it to the
/// slot's declared type or to the alias, which is right in both modes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OtherModeCodeFix)), Shared]
public sealed class OtherModeCodeFix : NarrowingCodeFix
{
    internal const string Key = "OPT0006.CastToSlotType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(PrecisionDiagnostics.OtherModeId);

    private protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (node is ExpressionSyntax value
            && diagnostic.Properties.TryGetValue(PrecisionDiagnostics.SlotTypeProperty, out string? slotType) && slotType is not null)
        {
            context.RegisterCodeFix(CodeAction.Create(
                $"Cast to {slotType}",
                token => ReplaceAsync(context.Document, value, CastSyntax.Create(slotType, value), token),
                Key), diagnostic);
        }

        return Task.CompletedTask;
    }
}
