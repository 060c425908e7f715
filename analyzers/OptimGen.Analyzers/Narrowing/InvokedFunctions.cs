using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The lambdas and method groups a delegate invocation can run, so that its <c>ref</c>/<c>out</c> and array or span
/// arguments bind their parameters as a direct call binds a method's: <c>store(ref state.Count, steps)</c> for
/// <c>Store store = (ref Integer slot, int value) =&gt; slot = value;</c>. The delegate is a local (its initializer), or a
/// field or property (what <see cref="DelegateSources"/> finds stored in it).
/// </summary>
internal static class InvokedFunctions
{
    public static IEnumerable<IMethodSymbol> Of(IOperation invoked, DelegateSources sources, Compilation compilation)
    {
        IEnumerable<ExpressionSyntax> values = invoked switch
        {
            ILocalReferenceOperation local when local.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initial } =>
                new[] { initial },
            IFieldReferenceOperation field when !field.Field.DeclaringSyntaxReferences.IsEmpty => sources.Of(field.Field.OriginalDefinition),
            IPropertyReferenceOperation property when !property.Property.DeclaringSyntaxReferences.IsEmpty => sources.Of(property.Property.OriginalDefinition),
            _ => Enumerable.Empty<ExpressionSyntax>(),
        };
        foreach (ExpressionSyntax value in values)
        {
            SemanticModel model = SemanticModels.For(compilation, value.SyntaxTree);
            ExpressionSyntax function = value is CastExpressionSyntax cast ? cast.Expression : value;
            if (model.GetSymbolInfo(function).Symbol is IMethodSymbol method)
                yield return method;
        }
    }
}
