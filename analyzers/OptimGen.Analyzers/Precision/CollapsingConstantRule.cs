using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SemanticModels = OptimGen.Analyzers.Narrowing.SemanticModels;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OptimGen.Analyzers.Specs;
using OptimGen.Conventions;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// OPT0004: a constant converted to <c>Real</c> that collapses (<see cref="ConstantCollapse"/>) in either mode.
/// Three places: a cast <c>(Real)constant</c> anywhere, the constant initializer of anything typed <c>Real</c> (a
/// hyperparameter's default, a field, a local), and, inside
/// a transition's scope, a constant that the compiler converts to <c>Real</c> as an operand of <c>Real</c>
/// arithmetic or as the value stored in a <c>Real</c> slot. Whether arithmetic is <c>Real</c> (and not
/// <c>double</c> or <c>float</c> written as such) is known by comparing its type in both modes' compilations.
/// </summary>
internal sealed class CollapsingConstantRule
{
    private readonly SpecReadings specs;
    private readonly List<(IOperation Constant, SyntaxNode? Arithmetic)> candidates = new();

    public CollapsingConstantRule(SpecReadings specs) => this.specs = specs;

    /// <summary><c>(Real)0.99999999</c>: a cast of a constant to the <c>Real</c> alias (or <c>Real?</c>).</summary>
    public static void AnalyzeCast(SyntaxNodeAnalysisContext context)
    {
        var cast = (CastExpressionSyntax)context.Node;
        TypeSyntax type = cast.Type is NullableTypeSyntax nullable ? nullable.ElementType : cast.Type;
        if (!IsRealAlias(type, context.SemanticModel, context.CancellationToken))
            return;
        Optional<object?> value = context.SemanticModel.GetConstantValue(cast.Expression, context.CancellationToken);
        if (value.HasValue && Create(cast.GetLocation(), cast.Expression, value.Value) is { } diagnostic)
            context.ReportDiagnostic(diagnostic);
    }

    /// <summary>
    /// <c>[Hyperparameter] public Real B2 { get; init; } = 0.99999999;</c>: the initializer of a property typed
    /// <c>Real</c> or <c>Real?</c> (a hyperparameter's default, or any other), when it is a constant that is not a cast
    /// (a cast is <see cref="AnalyzeCast"/>'s).
    /// </summary>
    public static void AnalyzePropertyDefault(SyntaxNodeAnalysisContext context)
    {
        var property = (PropertyDeclarationSyntax)context.Node;
        if (property.Initializer is { Value: { } value })
            AnalyzeInitializer(context, property.Type, value);
    }

    /// <summary><c>Real limit = 16777217;</c>, <c>const Real Tiny = ...;</c>: a field or local typed <c>Real</c> with a constant initializer.</summary>
    public static void AnalyzeVariableDeclaration(SyntaxNodeAnalysisContext context)
    {
        var declaration = (VariableDeclarationSyntax)context.Node;
        foreach (VariableDeclaratorSyntax variable in declaration.Variables)
        {
            if (variable.Initializer is { Value: { } value })
                AnalyzeInitializer(context, declaration.Type, value);
        }
    }

    /// <summary><c>void Clip(Real limit = 16777217)</c>: a <c>Real</c> parameter's constant default value.</summary>
    public static void AnalyzeParameterDefault(SyntaxNodeAnalysisContext context)
    {
        var parameter = (ParameterSyntax)context.Node;
        if (parameter is { Type: { } type, Default: { Value: { } value } })
            AnalyzeInitializer(context, type, value);
    }

    private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context, TypeSyntax declaredType, ExpressionSyntax initial)
    {
        TypeSyntax type = declaredType is NullableTypeSyntax nullable ? nullable.ElementType : declaredType;
        ExpressionSyntax value = initial;
        while (value is ParenthesizedExpressionSyntax parenthesized)
            value = parenthesized.Expression;
        if (value is CastExpressionSyntax || !IsRealAlias(type, context.SemanticModel, context.CancellationToken))
            return;
        Optional<object?> constant = context.SemanticModel.GetConstantValue(value, context.CancellationToken);
        if (constant.HasValue && Create(initial.GetLocation(), initial, constant.Value) is { } diagnostic)
            context.ReportDiagnostic(diagnostic);
    }

    /// <summary>
    /// Collects, from a transition's scope, constants the compiler converts to the active <c>Real</c> type as an
    /// operand of arithmetic or compound assignment (decided later against the other mode), or into a <c>Real</c> slot.
    /// </summary>
    public void Visit(IOperation operation, ITypeSymbol activeReal)
    {
        if (operation is not IConversionOperation { IsImplicit: true, Operand: { ConstantValue.HasValue: true } operand } conversion
            || !SymbolEqualityComparer.Default.Equals(conversion.Type, activeReal)
            || SymbolEqualityComparer.Default.Equals(operand.Type, activeReal))
            return;
        switch (conversion.Parent)
        {
            case IBinaryOperation binary:
                candidates.Add((operand, binary.Syntax));
                break;
            case ICompoundAssignmentOperation compound when compound.Value == conversion:
                candidates.Add((operand, compound.Target.Syntax));
                break;
            case IConditionalOperation or ISwitchExpressionArmOperation or ICoalesceOperation
                when StoredInRealSlot(conversion):
                candidates.Add((operand, null));
                break;
            case ISimpleAssignmentOperation assignment when assignment.Value == conversion
                                                             && assignment.Target is IFieldReferenceOperation field
                                                             && specs.SlotOf(field.Field) is { Element: ElementKind.Real }:
                candidates.Add((operand, null));
                break;
        }
    }

    /// <summary>An arm of a conditional, switch or <c>??</c> whose value is stored in a <c>Real</c> slot (<c>state.Value = ok ? 16777217 : state.Value</c>).</summary>
    private bool StoredInRealSlot(IOperation arm)
    {
        IOperation current = arm;
        for (IOperation? parent = arm.Parent; parent is not null; current = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConditionalOperation conditional when conditional.Condition != current:
                case ISwitchExpressionArmOperation switchArm when switchArm.Value == current:
                case ISwitchExpressionOperation switchExpression when switchExpression.Value != current:
                case ICoalesceOperation:
                case IConversionOperation { IsImplicit: true }:
                    continue;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target is IFieldReferenceOperation field && specs.SlotOf(field.Field) is { Element: ElementKind.Real };
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The collected constants that collapse, keeping arithmetic that is <c>Real</c> in <paramref name="other"/> too.</summary>
    public IEnumerable<Diagnostic> Findings(Compilation? other, PrecisionMode otherMode, CancellationToken cancellationToken)
    {
        ITypeSymbol? otherReal = other is null ? null : RealOf(other, otherMode);
        foreach ((IOperation constant, SyntaxNode? arithmetic) in candidates)
        {
            if (arithmetic is not null)
            {
                if (other is null || otherReal is null || !other.ContainsSyntaxTree(arithmetic.SyntaxTree))
                    continue;
                SemanticModel model = SemanticModels.For(other, arithmetic.SyntaxTree);
                if (!SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(arithmetic, cancellationToken).Type, otherReal))
                    continue;
            }

            if (Create(constant.Syntax.GetLocation(), constant.Syntax, constant.ConstantValue.Value) is { } diagnostic)
                yield return diagnostic;
        }
    }

    /// <summary>What <c>Real</c> is in a compilation of <paramref name="mode"/>.</summary>
    public static ITypeSymbol RealOf(Compilation compilation, PrecisionMode mode) =>
        compilation.GetSpecialType(mode == PrecisionMode.Single ? SpecialType.System_Single : SpecialType.System_Double);

    /// <summary>One diagnostic naming the first mode, Single then Double, in which the constant collapses.</summary>
    private static Diagnostic? Create(Location location, SyntaxNode written, object? value)
    {
        foreach (PrecisionMode mode in new[] { PrecisionMode.Single, PrecisionMode.Double })
        {
            if (ConstantCollapse.Describe(value, mode) is { } outcome)
                return Diagnostic.Create(PrecisionDiagnostics.CollapsingConstant, location, written.ToString(), outcome, mode.ToString());
        }

        return null;
    }

    /// <summary>Whether <paramref name="type"/> names the global <c>Real</c> alias (not a type of the user's called Real).</summary>
    private static bool IsRealAlias(TypeSyntax type, SemanticModel model, CancellationToken cancellationToken) =>
        type is IdentifierNameSyntax { Identifier.ValueText: "Real" } name
        && model.GetAliasInfo(name, cancellationToken) is { Name: "Real" };
}
