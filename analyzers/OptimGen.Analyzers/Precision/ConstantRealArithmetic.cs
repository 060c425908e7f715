using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// OPT0004 for constant <c>Real</c> arithmetic: <c>1 - (Real)1e-9</c> and <c>(Real)1e-30 * (Real)1e-30</c> survive each
/// operand's conversion, but the compiler folds them in the mode's type, and in Single mode they are exactly 1 and 0.
/// The expression is folded twice from its written operands, once in <c>double</c> (the value meant) and once in
/// <c>float</c> (each operand and each operation rounded), whatever the mode being built: a Single-mode build only
/// holds the folded <c>float</c>, the Double one only the <c>double</c>. Judged only when every operand is one value in
/// both modes: a cast to <c>Real</c> of a constant, a <c>const</c> declared <c>Real</c> (folded from its own
/// initializer), an integer or <c>float</c> constant; at least one of the first two makes it <c>Real</c> arithmetic in
/// both modes. A <c>double</c> operand (not <c>Real</c> in Single mode) or a member of the alias (<c>Real.MaxValue</c>,
/// each mode's own value) leaves it to the rules for single constants.
/// </summary>
internal static class ConstantRealArithmetic
{
    public enum Verdict
    {
        /// <summary>Not constant <c>Real</c> arithmetic of operands that are one value in both modes.</summary>
        NotJudged,

        /// <summary>It survives Single mode, or an operand collapses on its own (reported where it is written).</summary>
        Survives,

        /// <summary>Folded in Single mode it becomes 0, infinity, exactly ±1 or another integer.</summary>
        Collapses,
    }

    /// <summary>How deep <c>const</c> declarations are followed (<c>Decay = 1 - Eps</c>, <c>Eps = (Real)1e-9</c>).</summary>
    private const int MaxConstantDepth = 8;

    /// <param name="expression">A constant expression of the active mode's <c>Real</c> type.</param>
    /// <param name="activeReal">The active mode's <c>Real</c> (<c>double</c> or <c>float</c>).</param>
    /// <param name="outcome">What it becomes, when it collapses.</param>
    public static Verdict Judge(ExpressionSyntax expression, SemanticModel model, ITypeSymbol activeReal, CancellationToken cancellationToken,
        out string? outcome)
    {
        outcome = null;
        var folding = new Folding(activeReal, cancellationToken);
        bool folded = folding.TryFold(expression, model, single: false, depth: 0, out double exact)
                      & folding.TryFold(expression, model, single: true, depth: 0, out double inSingle);
        if (folding.OperandCollapses)
            return Verdict.Survives;
        if (!folded || !folding.Anchored)
            return Verdict.NotJudged;
        outcome = ConstantCollapse.DescribeFolded(exact, inSingle);
        return outcome is null ? Verdict.Survives : Verdict.Collapses;
    }

    private sealed class Folding
    {
        private readonly ITypeSymbol activeReal;
        private readonly CancellationToken cancellationToken;

        public Folding(ITypeSymbol activeReal, CancellationToken cancellationToken)
        {
            this.activeReal = activeReal;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>Whether an operand is <c>Real</c> in both modes: a cast to it, or a constant declared with it.</summary>
        public bool Anchored { get; private set; }

        /// <summary>Whether an operand collapses by itself (<c>-(Real)1e300</c>): that operand is the finding, not the expression.</summary>
        public bool OperandCollapses { get; private set; }

        public bool TryFold(ExpressionSyntax expression, SemanticModel model, bool single, int depth, out double value)
        {
            value = 0;
            expression = Unwrapped(expression);
            switch (expression)
            {
                case CastExpressionSyntax cast when CollapsingConstantRule.IsRealAlias(cast.Type is NullableTypeSyntax nullable ? nullable.ElementType : cast.Type, model, cancellationToken):
                    Anchored = true;
                    // (Real)(1 - (Real)1e-9): Real arithmetic cast to itself folds as the arithmetic; one that collapses is reported at its cast.
                    if (Unwrapped(cast.Expression) is BinaryExpressionSyntax or PrefixUnaryExpressionSyntax)
                    {
                        switch (Judge(cast.Expression, model, activeReal, cancellationToken, out _))
                        {
                            case Verdict.Collapses:
                                OperandCollapses = true;
                                return false;
                            case Verdict.Survives:
                                return TryFold(cast.Expression, model, single, depth, out value);
                        }
                    }

                    Optional<object?> converted = model.GetConstantValue(cast.Expression, cancellationToken);
                    if (!converted.HasValue || !ConstantCollapse.TryGetNumber(converted.Value, out double number, out bool isIntegral, out long integer))
                        return false;
                    if (ConstantCollapse.Describe(converted.Value, PrecisionMode.Single) is not null || ConstantCollapse.Describe(converted.Value, PrecisionMode.Double) is not null)
                    {
                        OperandCollapses = true;
                        return false;
                    }

                    value = In(single, number, isIntegral, integer);
                    return true;
                case BinaryExpressionSyntax binary when IsActiveReal(binary, model):
                    if (!TryFold(binary.Left, model, single, depth, out double left) | !TryFold(binary.Right, model, single, depth, out double right)
                        || !TryApply(binary.Kind(), left, right, out value))
                        return false;
                    value = single ? (float)value : value;
                    return true;
                case PrefixUnaryExpressionSyntax unary when (unary.IsKind(SyntaxKind.UnaryMinusExpression) || unary.IsKind(SyntaxKind.UnaryPlusExpression))
                                                            && IsActiveReal(unary, model):
                    if (!TryFold(unary.Operand, model, single, depth, out double operand))
                        return false;
                    value = unary.IsKind(SyntaxKind.UnaryMinusExpression) ? -operand : operand;
                    return true;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                    if (IsAliasMember(expression, model))
                        return false;
                    foreach (VariableDeclaratorSyntax declarator in CollapsingConstantRule.ConstantDeclarators(model.GetSymbolInfo(expression, cancellationToken).Symbol, model.Compilation, cancellationToken))
                    {
                        if (declarator is not { Parent: VariableDeclarationSyntax declaration, Initializer.Value: { } initial })
                            continue;
                        SemanticModel declaredIn = Narrowing.SemanticModels.For(model.Compilation, declarator.SyntaxTree);
                        if (!CollapsingConstantRule.IsRealAlias(declaration.Type, declaredIn, cancellationToken))
                            break;
                        Anchored = true;
                        return depth < MaxConstantDepth && TryFold(initial, declaredIn, single, depth + 1, out value);
                    }

                    return TryFoldOperand(expression, model, single, out value);
                default:
                    return TryFoldOperand(expression, model, single, out value);
            }
        }

        /// <summary>An integer or <c>float</c> constant, one value in both modes, converted as the mode's <c>Real</c> would take it.</summary>
        private bool TryFoldOperand(ExpressionSyntax expression, SemanticModel model, bool single, out double value)
        {
            value = 0;
            Optional<object?> constant = model.GetConstantValue(expression, cancellationToken);
            if (!constant.HasValue || constant.Value is double or decimal
                || !ConstantCollapse.TryGetNumber(constant.Value, out double number, out bool isIntegral, out long integer))
                return false;
            value = In(single, number, isIntegral, integer);
            return true;
        }

        private bool IsActiveReal(ExpressionSyntax expression, SemanticModel model) =>
            SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(expression, cancellationToken).Type, activeReal);

        /// <summary><c>Real.MaxValue</c>, <c>Real.Epsilon</c>: each mode's own value, not one value converted.</summary>
        private bool IsAliasMember(ExpressionSyntax expression, SemanticModel model) =>
            expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } && PrecisionAliasName.IsAlias(receiver, model, cancellationToken);
    }

    /// <summary>The expression inside its parentheses and <c>checked(...)</c> or <c>unchecked(...)</c>, which change no constant's value here.</summary>
    internal static ExpressionSyntax Unwrapped(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case CheckedExpressionSyntax checkedOrNot:
                    expression = checkedOrNot.Expression;
                    continue;
                default:
                    return expression;
            }
        }
    }

    /// <summary>A number as a mode's <c>Real</c> holds it: an integer converted straight (through double would round twice).</summary>
    private static double In(bool single, double number, bool isIntegral, long integer) => single
        ? isIntegral ? (float)integer : (float)number
        : isIntegral ? integer : number;

    /// <summary>The operation in <c>double</c>; rounding the result to <c>float</c> gives the <c>float</c> operation's result exactly (double has more than twice float's bits).</summary>
    private static bool TryApply(SyntaxKind kind, double left, double right, out double value)
    {
        value = kind switch
        {
            SyntaxKind.AddExpression => left + right,
            SyntaxKind.SubtractExpression => left - right,
            SyntaxKind.MultiplyExpression => left * right,
            SyntaxKind.DivideExpression => left / right,
            SyntaxKind.ModuloExpression => left % right,
            _ => double.NaN,
        };
        return !double.IsNaN(value);
    }
}
