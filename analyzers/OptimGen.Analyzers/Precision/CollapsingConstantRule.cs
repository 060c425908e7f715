using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SemanticModels = OptimGen.Analyzers.Narrowing.SemanticModels;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TypeInstantiations = OptimGen.Analyzers.Narrowing.TypeInstantiations;
using OptimGen.Analyzers.Specs;
using OptimGen.Conventions;
using OptimGen.Specs.Model;
using OptimGen.Specs.Reading;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// OPT0004: a constant converted to <c>Real</c> that collapses (<see cref="ConstantCollapse"/>) in either mode.
/// Three places: a cast <c>(Real)constant</c> anywhere, the constant initializer of anything typed <c>Real</c> (a
/// hyperparameter's default, a field, a local), and, inside
/// a transition's scope, any constant that the compiler converts to <c>Real</c>: an operand of <c>Real</c>
/// arithmetic, an argument of a <c>Real</c> parameter, a returned value, a value stored in a <c>Real</c> slot or
/// element. Whether the target is <c>Real</c> (and not <c>double</c> or <c>float</c> written as such) is known by
/// comparing the constant's converted type in both modes' compilations. Constant <c>Real</c> arithmetic, as an
/// initializer or in the scope, is judged as folded in each mode (<see cref="ConstantRealArithmetic"/>).
/// </summary>
internal sealed class CollapsingConstantRule
{
    private readonly SpecReadings specs;
    private readonly List<(IOperation Constant, bool InRealSlot)> candidates = new();

    /// <summary>Constant <c>Real</c> arithmetic in the scope, judged as folded in each mode (<see cref="ConstantRealArithmetic"/>).</summary>
    private readonly List<IOperation> arithmetic = new();

    /// <summary><c>T.CreateChecked(1e-50)</c> in a generic helper of the scope: reported where the scope instantiates <c>T</c> with <c>Real</c>.</summary>
    private readonly List<(InvocationExpressionSyntax Creation, IdentifierNameSyntax Receiver, IOperation Constant)> genericCreations = new();

    public CollapsingConstantRule(SpecReadings specs) => this.specs = specs;

    /// <summary><c>(Real)0.99999999</c>: a cast of a constant to the <c>Real</c> alias (or <c>Real?</c>).</summary>
    public static void AnalyzeCast(SyntaxNodeAnalysisContext context, PrecisionMode active)
    {
        var cast = (CastExpressionSyntax)context.Node;
        TypeSyntax type = cast.Type is NullableTypeSyntax nullable ? nullable.ElementType : cast.Type;
        if (!IsRealAlias(type, context.SemanticModel, context.CancellationToken))
            return;
        Optional<object?> value = context.SemanticModel.GetConstantValue(cast.Expression, context.CancellationToken);
        if (value.HasValue && !JudgedAsArithmetic(context, cast, cast.Expression, active)
            && Create(cast.GetLocation(), cast.Expression, value.Value, active, context.SemanticModel.Compilation, context.CancellationToken) is { } diagnostic)
            context.ReportDiagnostic(diagnostic);
    }

    /// <summary>
    /// <c>(Real)(1 - (Real)1e-9)</c>, <c>Real.CreateChecked(1 - (Real)1e-9)</c>: constant <c>Real</c> arithmetic converted to itself,
    /// judged as folded from its written operands (<see cref="ConstantRealArithmetic"/>): a Single-mode build holds it folded to 1
    /// already. Reported at the conversion; false when it is no such arithmetic, for the rules of single constants.
    /// </summary>
    private static bool JudgedAsArithmetic(SyntaxNodeAnalysisContext context, SyntaxNode conversion, ExpressionSyntax operand, PrecisionMode active)
    {
        if (ConstantRealArithmetic.Unwrapped(operand) is not (BinaryExpressionSyntax or PrefixUnaryExpressionSyntax))
            return false;
        switch (ConstantRealArithmetic.Judge(operand, context.SemanticModel, RealOf(context.SemanticModel.Compilation, active), context.CancellationToken,
                    out string? outcome))
        {
            case ConstantRealArithmetic.Verdict.Survives:
                return true;
            case ConstantRealArithmetic.Verdict.Collapses:
                context.ReportDiagnostic(Diagnostic.Create(PrecisionDiagnostics.CollapsingConstant, conversion.GetLocation(), operand.ToString(),
                    outcome, PrecisionMode.Single.ToString()));
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// <c>Real.CreateChecked(0.99999999)</c>: the generic-math conversions of a constant to the <c>Real</c> alias
    /// (<c>CreateChecked</c>, <c>CreateSaturating</c>, <c>CreateTruncating</c>), which users write for defaults as they
    /// write casts. Filtered by syntax first: most invocations are not one.
    /// </summary>
    public static void AnalyzeCreate(SyntaxNodeAnalysisContext context, PrecisionMode active)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (RealCreationArgument(invocation, context.SemanticModel, context.CancellationToken) is not { } argument)
            return;
        Optional<object?> value = context.SemanticModel.GetConstantValue(argument, context.CancellationToken);
        if (value.HasValue && !JudgedAsArithmetic(context, invocation, argument, active)
            && Create(invocation.GetLocation(), argument, value.Value, active, context.SemanticModel.Compilation, context.CancellationToken) is { } diagnostic)
            context.ReportDiagnostic(diagnostic);
    }

    /// <summary>The argument of <c>Real.CreateChecked(x)</c> (or <c>CreateSaturating</c>, <c>CreateTruncating</c>); null for any other call.</summary>
    private static ExpressionSyntax? RealCreationArgument(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken) =>
        invocation is
        {
            Expression: MemberAccessExpressionSyntax
            {
                Expression: IdentifierNameSyntax receiver,
                Name.Identifier.ValueText: "CreateChecked" or "CreateSaturating" or "CreateTruncating",
            },
            ArgumentList.Arguments.Count: 1,
        }
        && IsRealAlias(receiver, model, cancellationToken)
            ? invocation.ArgumentList.Arguments[0].Expression
            : null;

    /// <summary>
    /// <c>[Hyperparameter] public Real B2 { get; init; } = 0.99999999;</c>: the initializer of a property typed
    /// <c>Real</c> or <c>Real?</c> (a hyperparameter's default, or any other), when it is a constant that is not a cast
    /// (a cast is <see cref="AnalyzeCast"/>'s).
    /// </summary>
    public static void AnalyzePropertyDefault(SyntaxNodeAnalysisContext context, PrecisionMode active)
    {
        var property = (PropertyDeclarationSyntax)context.Node;
        if (property.Initializer is { Value: { } value })
            AnalyzeInitializer(context, property.Type, value, active);
    }

    /// <summary><c>Real limit = 16777217;</c>, <c>const Real Tiny = ...;</c>: a field or local typed <c>Real</c> with a constant initializer.</summary>
    public static void AnalyzeVariableDeclaration(SyntaxNodeAnalysisContext context, PrecisionMode active)
    {
        var declaration = (VariableDeclarationSyntax)context.Node;
        foreach (VariableDeclaratorSyntax variable in declaration.Variables)
        {
            if (variable.Initializer is { Value: { } value })
                AnalyzeInitializer(context, declaration.Type, value, active);
        }
    }

    /// <summary><c>void Clip(Real limit = 16777217)</c>: a <c>Real</c> parameter's constant default value.</summary>
    public static void AnalyzeParameterDefault(SyntaxNodeAnalysisContext context, PrecisionMode active)
    {
        var parameter = (ParameterSyntax)context.Node;
        if (parameter is { Type: { } type, Default: { Value: { } value } })
            AnalyzeInitializer(context, type, value, active);
    }

    /// <summary>
    /// <c>new Real[] { 1000, 16777217 }</c>, <c>Real[] caps = { ... }</c>, <c>stackalloc Real[] { ... }</c>, <c>Span&lt;Real&gt; s = [...]</c>:
    /// each element of a collection written with the <c>Real</c> alias is an initializer of a <c>Real</c> (a <c>Real[]</c>
    /// hyperparameter's default holds its values as a <c>Real</c> one does), see <see cref="RealElements"/>.
    /// </summary>
    public static void AnalyzeCollection(SyntaxNodeAnalysisContext context, PrecisionMode active)
    {
        if (RealElements.ElementType(context.Node) is not { } elementType)
            return;
        foreach (ExpressionSyntax element in RealElements.Of(context.Node))
            AnalyzeInitializer(context, elementType, element, active);
    }

    /// <summary>Whether an operation is an element of a collection written with the <c>Real</c> alias (<see cref="AnalyzeCollection"/>'s, anywhere).</summary>
    private static bool IsRealCollectionElement(IOperation element) =>
        element is { Syntax: ExpressionSyntax expression, SemanticModel: { } model }
        && RealElements.CollectionOf(expression) is { } collection
        && RealElements.ElementType(collection) is { } elementType
        && IsRealAlias(elementType, model, CancellationToken.None);

    private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context, TypeSyntax declaredType, ExpressionSyntax initial, PrecisionMode active)
    {
        TypeSyntax type = declaredType is NullableTypeSyntax nullable ? nullable.ElementType : declaredType;
        // checked(1 - (Real)1e-9) is the arithmetic it holds, checked((Real)1e40) the cast (AnalyzeCast's).
        ExpressionSyntax value = ConstantRealArithmetic.Unwrapped(initial);
        if (value is CastExpressionSyntax || !IsRealAlias(type, context.SemanticModel, context.CancellationToken))
            return;
        Optional<object?> constant = context.SemanticModel.GetConstantValue(value, context.CancellationToken);
        if (!constant.HasValue)
            return;
        if (value is BinaryExpressionSyntax or PrefixUnaryExpressionSyntax)
        {
            // Real arithmetic (const Real Decay = 1 - (Real)1e-9): judged as folded in each mode.
            Compilation compilation = context.SemanticModel.Compilation;
            switch (ConstantRealArithmetic.Judge(value, context.SemanticModel, RealOf(compilation, active), context.CancellationToken, out string? outcome))
            {
                case ConstantRealArithmetic.Verdict.Survives:
                    return;
                case ConstantRealArithmetic.Verdict.Collapses:
                    context.ReportDiagnostic(FoldedCollapse(initial, outcome!));
                    return;
            }
        }

        if (Create(initial.GetLocation(), initial, constant.Value, active, context.SemanticModel.Compilation, context.CancellationToken) is { } diagnostic)
            context.ReportDiagnostic(diagnostic);
    }

    /// <summary>Constant <c>Real</c> arithmetic that Single mode folds to a collapse (<see cref="ConstantRealArithmetic"/>).</summary>
    private static Diagnostic FoldedCollapse(SyntaxNode expression, string outcome) =>
        Diagnostic.Create(PrecisionDiagnostics.CollapsingConstant, expression.GetLocation(), expression.ToString(), outcome, PrecisionMode.Single.ToString());

    /// <summary>
    /// Collects, from a transition's scope, constants the compiler converts to the active <c>Real</c> (or <c>Real?</c>)
    /// type: operands of arithmetic, compound assignments and comparisons, arguments, returned values, values stored
    /// in a slot, an array element or a local, arms of a conditional or switch, case labels. Whether that target is
    /// <c>Real</c> (and not <c>double</c> or <c>float</c> written as such) is decided later against the other mode,
    /// except for a value stored in a <c>Real</c> slot, which is known from the spec. Initializers of declarations
    /// are left to <see cref="AnalyzeVariableDeclaration"/>, which reports those typed <c>Real</c> anywhere.
    /// </summary>
    public void Visit(IOperation operation, ITypeSymbol activeReal)
    {
        if (operation is IInvocationOperation { TargetMethod.IsStatic: true, Arguments.Length: 1 } invocation
            && GenericCreation(invocation) is { } generic)
        {
            genericCreations.Add(generic);
            return;
        }

        if (operation is IBinaryOperation or IUnaryOperation)
        {
            if (IsOutermostRealArithmetic(operation, activeReal))
                arithmetic.Add(operation);
            return;
        }

        if (operation is IConversionOperation { IsImplicit: true, Operand: IConditionalOperation or ISwitchExpressionOperation or ICoalesceOperation } whole
            && !whole.Operand.ConstantValue.HasValue && IsReal(whole.Type, activeReal) && !IsReal(whole.Operand.Type, activeReal))
        {
            // Real cap = wide ? 16777217 : 1; is an int conditional converted to Real as a whole: its constant arms become Real with it.
            bool wholeInRealSlot = whole.Parent is ISimpleAssignmentOperation store && store.Value == whole && IsRealSlot(store.Target);
            foreach (IOperation arm in ConstantArms(whole.Operand))
                candidates.Add((arm, wholeInRealSlot));
            return;
        }

        if (operation is not IConversionOperation { IsImplicit: true, Operand: { ConstantValue.HasValue: true } operand } conversion
            || !IsReal(conversion.Type, activeReal)
            || IsReal(operand.Type, activeReal)
            || conversion.Parent is IVariableInitializerOperation or ISymbolInitializerOperation
            || IsRealCollectionElement(conversion))
            return;
        bool inRealSlot = conversion.Parent switch
        {
            IConditionalOperation or ISwitchExpressionArmOperation or ICoalesceOperation => StoredInRealSlot(conversion),
            ISimpleAssignmentOperation assignment => assignment.Value == conversion && IsRealSlot(assignment.Target),
            _ => false,
        };
        candidates.Add((operand, inRealSlot));
    }

    /// <summary>
    /// <c>T.CreateChecked(constant)</c> (or <c>CreateSaturating</c>, <c>CreateTruncating</c>) on a type parameter: the generic
    /// spelling of <c>Real.CreateChecked(constant)</c> in a helper the scope instantiates (<see cref="AnalyzeCreate"/>'s twin).
    /// </summary>
    private static (InvocationExpressionSyntax, IdentifierNameSyntax, IOperation)? GenericCreation(IInvocationOperation invocation)
    {
        if (invocation.Syntax is not InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax
                {
                    Expression: IdentifierNameSyntax receiver,
                    Name.Identifier.ValueText: "CreateChecked" or "CreateSaturating" or "CreateTruncating",
                },
            } creation
            || invocation.TargetMethod.ReturnType is not ITypeParameterSymbol)
            return null;
        IOperation value = invocation.Arguments[0].Value;
        while (value is IConversionOperation { IsImplicit: true } widened)
            value = widened.Operand;
        return value.ConstantValue.HasValue ? (creation, receiver, value) : null;
    }

    /// <summary>The constant arms of a conditional, <c>switch</c> or <c>??</c> (nested ones' included) that has no constant value itself.</summary>
    private static IEnumerable<IOperation> ConstantArms(IOperation choice)
    {
        IEnumerable<IOperation> arms = choice switch
        {
            IConditionalOperation conditional when conditional.WhenFalse is not null => new[] { conditional.WhenTrue, conditional.WhenFalse },
            ISwitchExpressionOperation switchExpression => switchExpression.Arms.Select(arm => arm.Value),
            ICoalesceOperation coalesce => new[] { coalesce.WhenNull },
            _ => Array.Empty<IOperation>(),
        };
        foreach (IOperation arm in arms)
        {
            if (arm.ConstantValue.HasValue)
                yield return arm;
            else if (arm is IConditionalOperation or ISwitchExpressionOperation or ICoalesceOperation)
            {
                foreach (IOperation nested in ConstantArms(arm))
                    yield return nested;
            }
        }
    }

    /// <summary>
    /// A constant <c>Real</c> operation (<c>1 - (Real)1e-9</c>) that is not part of a larger one, the initializer of a
    /// declaration (judged per node, anywhere) or the operand of a cast (<see cref="AnalyzeCast"/>'s).
    /// </summary>
    private static bool IsOutermostRealArithmetic(IOperation operation, ITypeSymbol activeReal)
    {
        if (!operation.ConstantValue.HasValue || !IsReal(operation.Type, activeReal))
            return false;
        IOperation? parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
            parent = parent.Parent;
        return parent is not (IVariableInitializerOperation or ISymbolInitializerOperation or IConversionOperation)
               && !IsRealCollectionElement(operation)
               && !IsRealCreationArgument(operation)
               && !(parent is IBinaryOperation or IUnaryOperation && parent.ConstantValue.HasValue && IsReal(parent.Type, activeReal));
    }

    /// <summary>Whether an operation is what <c>Real.CreateChecked(...)</c> converts (<see cref="AnalyzeCreate"/>'s, anywhere).</summary>
    private static bool IsRealCreationArgument(IOperation operation) =>
        operation is { Syntax: { } syntax, SemanticModel: { } model }
        && WrittenAs(syntax).Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax creation } }
        && RealCreationArgument(creation, model, CancellationToken.None) is not null;

    private bool IsRealSlot(IOperation target) =>
        target is IFieldReferenceOperation field && specs.SlotOf(field.Field) is { Element: ElementKind.Real };

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
                    return IsRealSlot(assignment.Target);
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The collected constants that collapse: those stored in a <c>Real</c> slot, and the others when the compiler
    /// converts them to <c>Real</c> in <paramref name="other"/> too. Whether a constant collapses is asked first: it
    /// is cheap, and the rare constant that does is the only one looked up in the other mode.
    /// </summary>
    /// <param name="instantiations">The type arguments the active mode's scope instantiates generics with.</param>
    /// <param name="otherInstantiations">The other mode's, asked only for a <c>T.CreateChecked(constant)</c> whose constant collapses.</param>
    public IEnumerable<Diagnostic> Findings(Compilation compilation, PrecisionMode active, Compilation? other,
        TypeInstantiations instantiations, Func<TypeInstantiations?> otherInstantiations, CancellationToken cancellationToken)
    {
        PrecisionMode otherMode = PrecisionModeTypes.Other(active);
        ITypeSymbol? otherReal = other is null ? null : RealOf(other, otherMode);
        ITypeSymbol activeReal = RealOf(compilation, active);
        foreach (IOperation operation in arithmetic)
        {
            if (operation.Syntax is ExpressionSyntax expression
                && ConstantRealArithmetic.Judge(expression, SemanticModels.For(compilation, expression.SyntaxTree), activeReal, cancellationToken, out string? outcome)
                   == ConstantRealArithmetic.Verdict.Collapses)
                yield return FoldedCollapse(WrittenAs(expression), outcome!);
        }

        foreach ((IOperation constant, bool inRealSlot) in candidates)
        {
            SyntaxNode written = WrittenAs(constant.Syntax);
            if (Create(written.GetLocation(), written, constant.ConstantValue.Value, active, compilation, cancellationToken) is not { } diagnostic)
                continue;
            if (inRealSlot || (other is not null && otherReal is not null && IsConvertedToReal(constant.Syntax, other, otherReal, cancellationToken)))
                yield return diagnostic;
        }

        foreach ((InvocationExpressionSyntax creation, IdentifierNameSyntax receiver, IOperation constant) in genericCreations)
        {
            if (other is null || otherReal is null || !other.ContainsSyntaxTree(creation.SyntaxTree)
                || Create(creation.GetLocation(), constant.Syntax, constant.ConstantValue.Value, active, compilation, cancellationToken) is not { } diagnostic)
                continue;
            // T is Real where the scope instantiates it with the active mode's Real and the other mode's scope with the other's:
            // a helper instantiated only with double (or float) written as such is not.
            ITypeSymbol? parameter = SemanticModels.For(compilation, creation.SyntaxTree).GetSymbolInfo(receiver, cancellationToken).Symbol as ITypeSymbol;
            if (!instantiations.Of(parameter).Contains(activeReal, SymbolEqualityComparer.Default)
                || otherInstantiations() is not { } inOther)
                continue;
            ITypeSymbol? otherParameter = SemanticModels.For(other, creation.SyntaxTree).GetSymbolInfo(receiver, cancellationToken).Symbol as ITypeSymbol;
            if (inOther.Of(otherParameter).Contains(otherReal, SymbolEqualityComparer.Default))
                yield return diagnostic;
        }
    }

    /// <summary>
    /// The constant as the user wrote the expression that is converted: with the parentheses and the <c>checked(...)</c> or
    /// <c>unchecked(...)</c> around it, which the operation tree leaves out (<c>Real.Max(x, checked(16777216 + 1))</c>), as a
    /// cast's operand (<c>(Real)(c)</c>) and a declaration's initializer are reported.
    /// </summary>
    private static SyntaxNode WrittenAs(SyntaxNode constant)
    {
        while (constant.Parent is ParenthesizedExpressionSyntax or CheckedExpressionSyntax)
            constant = constant.Parent;
        return constant;
    }

    /// <summary>Whether the compiler converts <paramref name="constant"/> to <c>Real</c> (or <c>Real?</c>) in <paramref name="other"/>.</summary>
    private static bool IsConvertedToReal(SyntaxNode constant, Compilation other, ITypeSymbol otherReal, CancellationToken cancellationToken)
    {
        if (!other.ContainsSyntaxTree(constant.SyntaxTree))
            return false;
        SemanticModel model = SemanticModels.For(other, constant.SyntaxTree);
        for (SyntaxNode? converted = constant; converted is not null; converted = ChoiceOf(converted))
        {
            while (converted.Parent is ParenthesizedExpressionSyntax parenthesized)
                converted = parenthesized;
            TypeInfo type = model.GetTypeInfo(converted, cancellationToken);
            ITypeSymbol? convertedType = ElementConversion(converted, model, cancellationToken) ?? type.ConvertedType;
            if (IsReal(convertedType, otherReal) && !IsReal(type.Type, otherReal))
                return true;
            // An arm of an int conditional is converted with it, as a whole (Real cap = wide ? 16777217 : 1;).
            if (!SymbolEqualityComparer.Default.Equals(convertedType, type.Type))
                return false;
        }

        return false;
    }

    /// <summary>
    /// The type an element of a collection expression is converted to (<c>Smallest([4_096, 33_554_433])</c> with a
    /// <c>ReadOnlySpan&lt;Real&gt;</c> parameter): the semantic model gives an element its own type as the converted one, the
    /// operation tree the conversion to the collection's element type. Null for anything else.
    /// </summary>
    private static ITypeSymbol? ElementConversion(SyntaxNode element, SemanticModel model, CancellationToken cancellationToken) =>
        element.Parent is ExpressionElementSyntax
        && model.GetOperation(element, cancellationToken)?.Parent is IConversionOperation { IsImplicit: true } conversion
            ? conversion.Type
            : null;

    /// <summary>The conditional, <c>switch</c> or <c>??</c> of which <paramref name="arm"/> is a value; null when it is none.</summary>
    private static SyntaxNode? ChoiceOf(SyntaxNode arm) => arm.Parent switch
    {
        ConditionalExpressionSyntax conditional when conditional.Condition != arm => conditional,
        SwitchExpressionArmSyntax switchArm when switchArm.Expression == arm => switchArm.Parent,
        BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right == arm => coalesce,
        _ => null,
    };

    /// <summary>Whether <paramref name="type"/> is <paramref name="real"/> or <c>Nullable</c> of it.</summary>
    private static bool IsReal(ITypeSymbol? type, ITypeSymbol real) =>
        SymbolEqualityComparer.Default.Equals(type, real)
        || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
            && SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], real));

    /// <summary>What <c>Real</c> is in a compilation of <paramref name="mode"/>.</summary>
    public static ITypeSymbol RealOf(Compilation compilation, PrecisionMode mode) =>
        compilation.GetSpecialType(mode == PrecisionMode.Single ? SpecialType.System_Single : SpecialType.System_Double);

    /// <summary>
    /// One diagnostic naming the first mode, Single then Double, in which the constant collapses. <paramref name="value"/>
    /// is the constant's value in the <paramref name="active"/> mode; when it follows the mode (<see cref="FollowsMode"/>),
    /// the other mode has a value of its own, not this one converted, and only the active mode is judged.
    /// </summary>
    private static Diagnostic? Create(Location location, SyntaxNode written, object? value, PrecisionMode active, Compilation compilation,
        CancellationToken cancellationToken)
    {
        foreach (PrecisionMode mode in new[] { PrecisionMode.Single, PrecisionMode.Double })
        {
            if (ConstantCollapse.Describe(value, mode) is not { } outcome)
                continue;
            // Asked only of a constant that collapses, which is rare.
            if (mode != active && FollowsMode(written, SemanticModels.For(compilation, written.SyntaxTree), cancellationToken))
                continue;
            return Diagnostic.Create(PrecisionDiagnostics.CollapsingConstant, location, written.ToString(), outcome, mode.ToString());
        }

        return null;
    }

    /// <summary>
    /// Whether a constant's value is the mode's own rather than one value converted in each mode: a constant declared
    /// <c>Real</c> taken as it is (<c>Real eps = DefaultEps;</c>: a value of that mode already, whose own declaration is
    /// where a collapse is reported), or an expression that reads a member of the <c>Real</c> or <c>Integer</c> alias,
    /// directly or through constants (<c>Real.MaxValue</c> is <c>float.MaxValue</c> in Single mode, not
    /// <c>double.MaxValue</c> rounded to infinity).
    /// </summary>
    private static bool FollowsMode(SyntaxNode expression, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode taken = expression;
        while (taken is ParenthesizedExpressionSyntax or PrefixUnaryExpressionSyntax)
            taken = taken is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PrefixUnaryExpressionSyntax)taken).Operand;
        if (taken is IdentifierNameSyntax or MemberAccessExpressionSyntax)
        {
            foreach (VariableDeclaratorSyntax declarator in ConstantDeclarators(model.GetSymbolInfo(taken, cancellationToken).Symbol, model.Compilation, cancellationToken))
            {
                if (declarator.Parent is VariableDeclarationSyntax declaration
                    && IsRealAlias(declaration.Type, SemanticModels.For(model.Compilation, declarator.SyntaxTree), cancellationToken))
                    return true;
            }
        }

        return ReadsAlias(expression, model, depth: 0, cancellationToken);
    }

    /// <summary>Whether an expression reads a member of the <c>Real</c> or <c>Integer</c> alias, itself or in the initializers of the constants it reads.</summary>
    private static bool ReadsAlias(SyntaxNode expression, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        foreach (IdentifierNameSyntax name in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            // Real.MaxValue: a member of the alias; a cast to it, (Real)1e-30, is one value converted in each mode.
            if (name is { Parent: MemberAccessExpressionSyntax access } && access.Expression == name
                && PrecisionAliasName.IsAlias(name, model, cancellationToken))
                return true;
            if (depth > 8)
                continue;
            foreach (VariableDeclaratorSyntax declarator in ConstantDeclarators(model.GetSymbolInfo(name, cancellationToken).Symbol, model.Compilation, cancellationToken))
            {
                if (declarator.Initializer is { Value: { } initial }
                    && ReadsAlias(initial, SemanticModels.For(model.Compilation, declarator.SyntaxTree), depth + 1, cancellationToken))
                    return true;
            }
        }

        return false;
    }

    /// <summary>The declarators, in the compilation's trees, of a <c>const</c> field or local; none for another symbol.</summary>
    internal static IEnumerable<VariableDeclaratorSyntax> ConstantDeclarators(ISymbol? symbol, Compilation compilation, CancellationToken cancellationToken)
    {
        if (symbol is not (IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true }))
            yield break;
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            if (compilation.ContainsSyntaxTree(reference.SyntaxTree) && reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator)
                yield return declarator;
        }
    }

    /// <summary>Whether <paramref name="type"/> names the global <c>Real</c> alias (<see cref="PrecisionAliasName"/>).</summary>
    internal static bool IsRealAlias(TypeSyntax type, SemanticModel model, CancellationToken cancellationToken) =>
        type is IdentifierNameSyntax { Identifier.ValueText: KnownNames.RealAlias } name && PrecisionAliasName.IsAlias(name, model, cancellationToken);
}
