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
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Analyzers.Narrowing;

namespace OptimGen.CodeFixes;

/// <summary>
/// OPT0003: write each single-precision source at the active precision: <c>0.1f</c> becomes <c>(Real)0.1</c>
/// (the literal loses its <c>f</c>, so the value is the double 0.1) and a float field or hyperparameter
/// <c>Beta</c> becomes <c>(Real)Beta</c>, also inside float arithmetic such as <c>1 - Beta</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MixedPrecisionCodeFix)), Shared]
public sealed class MixedPrecisionCodeFix : NarrowingCodeFix
{
    internal const string Key = "OPT0003.CastToReal";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(NarrowingDiagnostics.MixedPrecisionId);

    private protected override Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (node is ExpressionSyntax value)
            context.RegisterCodeFix(CodeAction.Create("Write it as Real", token => RewriteAsync(context.Document, value, token), Key), diagnostic);
        return Task.CompletedTask;
    }

    private static async Task<Document> RewriteAsync(Document document, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        SemanticModel model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        if (model.GetOperation(value, cancellationToken) is not { } operation)
            return document;

        IEnumerable<ExpressionSyntax> sources = SinglePrecisionSources(operation).Select(source => source.Syntax).OfType<ExpressionSyntax>();
        return await ReplaceAsync(document, value, value.ReplaceNodes(sources, static (original, _) => AsReal(original)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The inexact float constants and the float fields and properties that the analyzer objects to.</summary>
    private static IEnumerable<IOperation> SinglePrecisionSources(IOperation operation)
    {
        operation = operation.WithoutImplicitConversions();
        if (operation.ConstantValue is { HasValue: true, Value: var constant })
        {
            if (constant is float single && !ConstantValues.FloatIsExactDecimal(single))
                yield return operation;
            yield break;
        }

        if (operation is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false })
        {
            if (operation.Type?.SpecialType == SpecialType.System_Single)
                yield return operation;
            yield break;
        }

        if (operation is IUnaryOperation or IBinaryOperation or IConditionalOperation)
        {
            foreach (IOperation child in operation.ChildOperations)
                foreach (IOperation source in SinglePrecisionSources(child))
                    yield return source;
        }
    }

    private static ExpressionSyntax AsReal(ExpressionSyntax source)
    {
        ExpressionSyntax operand = source;
        if (source is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.NumericLiteralExpression))
        {
            string digits = literal.Token.Text.TrimEnd('f', 'F');
            operand = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.ParseToken(DoubleText(digits)));
        }

        return CastSyntax.Create("Real", operand.WithTriviaFrom(source));
    }

    /// <summary><c>2</c> alone would be an int literal; <c>2.0</c>, <c>1e-8</c> and <c>.5</c> are double literals already.</summary>
    private static string DoubleText(string digits) =>
        digits.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 ? digits : digits + ".0";
}
