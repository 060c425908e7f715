using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Specs;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// OPT0006: binds the transition scope of the analyzed trees in the other mode's compilation
/// (<see cref="OtherModeCompilation"/>) and reports, at the same place, each compiler error and each OPT0001/OPT0002
/// found there that the active mode does not have. The active mode is consulted only for the methods where the
/// other mode found something, so the common case binds nothing twice.
/// </summary>
internal sealed class OtherModeRule
{
    private readonly Compilation compilation;
    private readonly Compilation other;
    private readonly PrecisionMode activeMode;
    private readonly PrecisionMode otherMode;
    private readonly NarrowingRulesRunner otherRules;
    private readonly NarrowingRulesRunner activeRules;
    private readonly SpecReadings specs;
    private readonly ConcurrentDictionary<SyntaxTree, List<Diagnostic>> otherErrors = new();

    public OtherModeRule(Compilation compilation, TransitionScope scope, StateSlots slots, Compilation other, TransitionScope otherScope,
        StateSlots otherSlots, AnalyzerOptions options, PrecisionMode activeMode, SpecReadings specs)
    {
        this.compilation = compilation;
        this.other = other;
        this.activeMode = activeMode;
        this.specs = specs;
        otherMode = activeMode == PrecisionMode.Double ? PrecisionMode.Single : PrecisionMode.Double;
        otherRules = new NarrowingRulesRunner(other, options, ActivePrecision.Of(otherMode), otherSlots, otherScope);
        activeRules = new NarrowingRulesRunner(compilation, options, ActivePrecision.Of(activeMode), slots, scope);
    }

    /// <summary>The findings in <paramref name="declaration"/>, one of the other scope's methods in an analyzed tree.</summary>
    /// <param name="scopeInTree">A span of the tree that covers every declaration of the other scope in it, the same
    /// for every declaration of the tree: the part of the tree whose compiler errors are asked for.</param>
    public IEnumerable<Diagnostic> Check(ISymbol method, SyntaxNode declaration, TextSpan scopeInTree, CancellationToken cancellationToken)
    {
        SemanticModel otherModel = SemanticModels.For(other, declaration.SyntaxTree);
        var found = new List<Diagnostic>();
        foreach (Diagnostic error in OtherModeErrors(declaration.SyntaxTree, scopeInTree, cancellationToken))
        {
            if (declaration.Span.Contains(error.Location.SourceSpan))
                found.Add(error);
        }

        if (otherModel.GetOperation(declaration, cancellationToken) is { } otherBody)
        {
            // Where the other mode does not compile, its compiler error is the finding, not a rule's view of the broken
            // code: at the error's place, or around it (the value of `state.Value = MathF.Sqrt(state.Value)` in Double
            // mode, whose argument is the error).
            var errorSpans = new List<TextSpan>();
            foreach (Diagnostic error in found)
                errorSpans.Add(error.Location.SourceSpan);
            foreach (Diagnostic narrowing in otherRules.Run(otherBody, method, cancellationToken))
            {
                if (!errorSpans.Exists(error => narrowing.Location.SourceSpan.Contains(error)))
                    found.Add(narrowing);
            }
        }

        return found.Count == 0 ? found : Reported(found, ActiveModeFindings(declaration, cancellationToken));
    }

    /// <summary>
    /// The other mode's compiler errors in the initializer of a field or property the scope reads but does not run
    /// (a hyperparameter's default, a constant). The compiler is asked only when the other mode's binding of the
    /// initializer shows an error (an invalid operation, a conversion that is not implicit where one is needed, a
    /// constant that no longer converts): asking costs a walk of the compilation's types, and an initializer is
    /// usually fine. The narrowing rules are not run there: the active mode does not run them on it either.
    /// </summary>
    public IEnumerable<Diagnostic> CheckReadInitializer(SyntaxNode initializer, CancellationToken cancellationToken)
    {
        SemanticModel otherModel = SemanticModels.For(other, initializer.SyntaxTree);
        // A base list binds to no operation: it is asked when it names an alias (IComparer<Real> implemented with double).
        if (initializer is not BaseListSyntax
            && (otherModel.GetOperation(initializer, cancellationToken) is not { } otherValue || !ShowsError(otherValue)))
            return Array.Empty<Diagnostic>();
        var found = new List<Diagnostic>();
        foreach (Diagnostic error in otherModel.GetDiagnostics(initializer.Span, cancellationToken))
        {
            if (IsCompileError(error) && IsInTree(error.Location, initializer.SyntaxTree) && initializer.Span.Contains(error.Location.SourceSpan))
                found.Add(error);
        }

        if (found.Count == 0)
            return found;
        var inActiveMode = new HashSet<(string, TextSpan)>();
        foreach (Diagnostic error in SemanticModels.For(compilation, initializer.SyntaxTree).GetDiagnostics(initializer.Span, cancellationToken))
        {
            if (IsCompileError(error))
                AddActive(inActiveMode, error);
        }

        return Reported(found, inActiveMode);
    }

    /// <summary>Whether a bound tree carries a sign of a compile error: what the compiler reports there leaves one.</summary>
    private static bool ShowsError(IOperation root)
    {
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            // A method group converted to a delegate (Shape = Math.Sqrt) binds to no invalid operation when the signature
            // does not match (CS0407 in Single mode): rare in an initializer, so it is always asked.
            if (operation is IInvalidOperation or IDelegateCreationOperation { Target: not IAnonymousFunctionOperation }
                || IsFoldingError(operation)
                || operation is IConversionOperation conversion
                   && (!conversion.Conversion.Exists
                       || (conversion.IsImplicit && !conversion.Conversion.IsImplicit)
                       || (conversion.Operand.ConstantValue.HasValue && !conversion.ConstantValue.HasValue && conversion.Conversion.IsNumeric)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Constant operands without a constant result: the fold failed, as <c>(Integer)int.MaxValue + 1</c> overflows in
    /// Single mode (CS0220) or an integer division by a constant 0 does.
    /// </summary>
    private static bool IsFoldingError(IOperation operation) => operation switch
    {
        IBinaryOperation { ConstantValue.HasValue: false, OperatorMethod: null } binary =>
            binary.LeftOperand.ConstantValue.HasValue && binary.RightOperand.ConstantValue.HasValue,
        IUnaryOperation { ConstantValue.HasValue: false, OperatorMethod: null } unary => unary.Operand.ConstantValue.HasValue,
        _ => false,
    };

    /// <summary>
    /// The key under which the active mode's errors (a compiler error, OPT0001, OPT0002) are also kept by place alone:
    /// code wrong in both modes, for different reasons (<c>state.Total = (int)state.Count</c> narrows in Double mode and
    /// is the seed bug in Single mode), is reported once, by the active mode.
    /// </summary>
    private const string WrongHere = "*";

    /// <summary>The keys of an active-mode finding for <see cref="Reported"/>: its id and place, and its place alone when it is an error.</summary>
    private static void AddActive(HashSet<(string, TextSpan)> keys, Diagnostic finding)
    {
        keys.Add((finding.Id, finding.Location.SourceSpan));
        if (IsCompileError(finding) || finding.Id is NarrowingDiagnostics.NarrowingConversionId or NarrowingDiagnostics.NarrowSlotValueId)
            keys.Add((WrongHere, finding.Location.SourceSpan));
    }

    /// <summary>OPT0006 for each finding of the other mode where the active mode does not have it, nor another error, at the same place.</summary>
    private List<Diagnostic> Reported(List<Diagnostic> found, HashSet<(string, TextSpan)> inActiveMode)
    {
        var reported = new List<Diagnostic>();
        foreach (Diagnostic finding in found)
        {
            if (inActiveMode.Contains((finding.Id, finding.Location.SourceSpan)) || inActiveMode.Contains((WrongHere, finding.Location.SourceSpan)))
                continue;
            reported.Add(Diagnostic.Create(PrecisionDiagnostics.OtherMode, finding.Location, Properties(finding),
                finding.Id, otherMode.ToString(), finding.GetMessage()));
        }

        return reported;
    }

    /// <summary>
    /// The other mode's compiler errors in the part of a tree that holds the scope, asked once per tree: each question
    /// to the compiler walks every type of the compilation to find the methods of its tree, so asking per method would
    /// cost a walk per method; asking for the whole tree would compile its methods outside the scope too.
    /// </summary>
    private List<Diagnostic> OtherModeErrors(SyntaxTree tree, TextSpan scopeInTree, CancellationToken cancellationToken)
    {
        if (!otherErrors.TryGetValue(tree, out List<Diagnostic>? errors))
        {
            errors = new List<Diagnostic>();
            foreach (Diagnostic error in SemanticModels.For(other, tree).GetDiagnostics(scopeInTree, cancellationToken))
            {
                if (IsCompileError(error) && IsInTree(error.Location, tree))
                    errors.Add(error);
            }

            otherErrors[tree] = errors;
        }

        return errors;
    }

    /// <summary>What the active mode itself reports in the same declaration: compiler errors and OPT0001/OPT0002.</summary>
    private HashSet<(string, TextSpan)> ActiveModeFindings(SyntaxNode declaration, CancellationToken cancellationToken)
    {
        var keys = new HashSet<(string, TextSpan)>();
        SemanticModel model = SemanticModels.For(compilation, declaration.SyntaxTree);
        foreach (Diagnostic error in model.GetDiagnostics(declaration.Span, cancellationToken))
        {
            if (IsCompileError(error))
                AddActive(keys, error);
        }

        if (model.GetOperation(declaration, cancellationToken) is { } body
            && (model.GetDeclaredSymbol(declaration, cancellationToken) ?? model.GetEnclosingSymbol(declaration.SpanStart, cancellationToken)) is { } owner)
        {
            foreach (Diagnostic diagnostic in activeRules.Run(body, owner, cancellationToken))
                AddActive(keys, diagnostic);
        }

        return keys;
    }

    /// <summary>
    /// For the code fix: the declared type of the slot the flagged value is stored in, when it is one, or the alias a
    /// declaration's initializer is converted to (<c>[Hyperparameter] public Real Eps { get; init; } = 1e-8;</c>: a cast
    /// to <c>Real</c> compiles in both modes; not a constant for <c>Integer</c> or an <c>Integer</c> slot, which the cast would not make fit).
    /// </summary>
    private ImmutableDictionary<string, string?> Properties(Diagnostic finding)
    {
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
        if (finding.Location.SourceTree is not { } tree || !IsFixedByACast(finding, tree))
            return properties;
        if (finding.Properties.TryGetValue(NarrowingDiagnostics.SlotTypeProperty, out string? slotType) && slotType is not null)
            return properties.Add(PrecisionDiagnostics.SlotTypeProperty, slotType);
        SemanticModel model = SemanticModels.For(compilation, tree);
        SyntaxNode node = tree.GetRoot().FindNode(finding.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is ExpressionSyntax { Parent: EqualsValueClauseSyntax clause } initial && DeclaredAlias(clause, model) is { } alias)
        {
            return alias == "Integer" && model.GetConstantValue(initial).HasValue
                ? properties
                : properties.Add(PrecisionDiagnostics.SlotTypeProperty, alias);
        }

        for (IOperation? operation = model.GetOperation(node); operation?.Parent is { } parent; operation = parent)
        {
            if (parent is ISimpleAssignmentOperation assignment && assignment.Value == operation)
            {
                if (assignment.Target is IFieldReferenceOperation field && specs.SlotOf(field.Field) is { } slot)
                {
                    // state.Count = 3_000_000_000: (Integer) would not make the constant fit (CS0221 in Single mode).
                    if (!(slot.Element == ElementKind.Integer && node is ExpressionSyntax constant && model.GetConstantValue(constant).HasValue))
                        properties = properties.Add(PrecisionDiagnostics.SlotTypeProperty, ElementKindNames.Declared(slot.Element));
                }
                else if (AliasOf(assignment.Target) is { } targetAlias && !(targetAlias == "Integer" && node is ExpressionSyntax expression
                             && model.GetConstantValue(expression).HasValue))
                    properties = properties.Add(PrecisionDiagnostics.SlotTypeProperty, targetAlias);
                break;
            }

            if (parent is not IConversionOperation { IsImplicit: true })
                break;
        }

        if (properties.IsEmpty && node is ExpressionSyntax converted && ConvertedAlias(converted, model) is { } convertedAlias)
            properties = properties.Add(PrecisionDiagnostics.SlotTypeProperty, convertedAlias);
        return properties;
    }

    /// <summary>
    /// Whether a cast of the flagged value can be the fix: the other mode fails to convert a value that binds there
    /// (CS0266, CS0029, CS0664, CS1503, or OPT0002's value). Not OPT0001, whose narrowing is the flagged cast or call
    /// itself (<c>(float)state.Precise</c>), nor an error of the expression's own operation (<c>1 &lt;&lt; state.Count</c>,
    /// CS0019 in Double mode): a cast around either would leave it as it is.
    /// </summary>
    private bool IsFixedByACast(Diagnostic finding, SyntaxTree tree)
    {
        if (finding.Id == NarrowingDiagnostics.NarrowingConversionId || !other.ContainsSyntaxTree(tree))
            return false;
        SyntaxNode node = tree.GetRoot().FindNode(finding.Location.SourceSpan, getInnermostNodeForTie: true);
        return node is not ExpressionSyntax value
               || SemanticModels.For(other, tree).GetTypeInfo(value).Type is { TypeKind: not TypeKind.Error };
    }

    /// <summary>
    /// The alias a value is converted to where it stands, when it is that alias in both modes (<c>Real Rate =&gt; 0.5;</c>,
    /// an argument of a <c>Real</c> parameter, <c>case 0.5:</c> on a <c>Real</c>): a cast to it is right in both. Not for
    /// an <c>Integer</c> constant, which the cast would not make fit.
    /// </summary>
    private string? ConvertedAlias(ExpressionSyntax value, SemanticModel model)
    {
        if (AliasOf(model.GetTypeInfo(value).ConvertedType, activeMode) is not { } alias || !other.ContainsSyntaxTree(value.SyntaxTree)
            || (alias == "Integer" && model.GetConstantValue(value).HasValue))
            return null;
        // In the other mode the value must be converted to the alias there (a failed overload keeps the argument's own type).
        TypeInfo inOtherMode = SemanticModels.For(other, value.SyntaxTree).GetTypeInfo(value);
        return AliasOf(inOtherMode.ConvertedType, otherMode) == alias && !SymbolEqualityComparer.Default.Equals(inOtherMode.Type, inOtherMode.ConvertedType)
            ? alias
            : null;
    }

    /// <summary>
    /// The alias, <c>Real</c> or <c>Integer</c>, of an assignment's target whose type is that alias in both modes
    /// (<c>new Adam { LearningRate = 3e-4 }</c>: a built-in's property, compiled once per mode), so that a cast to it is
    /// right in both; null for a target of a concrete type (a <c>float</c> local takes no <c>(Real)</c> in Double mode).
    /// </summary>
    private string? AliasOf(IOperation target)
    {
        if (AliasOf(target.Type, activeMode) is not { } alias || !other.ContainsSyntaxTree(target.Syntax.SyntaxTree))
            return null;
        ITypeSymbol? inOtherMode = SemanticModels.For(other, target.Syntax.SyntaxTree).GetTypeInfo(target.Syntax).Type;
        return AliasOf(inOtherMode, otherMode) == alias ? alias : null;
    }

    /// <summary>The alias <paramref name="type"/> (or <c>Nullable</c> of it) is in <paramref name="mode"/>; null for another type.</summary>
    private static string? AliasOf(ITypeSymbol? type, PrecisionMode mode)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
            type = nullable.TypeArguments[0];
        return (type?.SpecialType, mode) switch
        {
            (SpecialType.System_Double, PrecisionMode.Double) or (SpecialType.System_Single, PrecisionMode.Single) => "Real",
            (SpecialType.System_Int64, PrecisionMode.Double) or (SpecialType.System_Int32, PrecisionMode.Single) => "Integer",
            _ => null,
        };
    }

    /// <summary>The alias, <c>Real</c> or <c>Integer</c>, that the declaration an initializer belongs to is written with.</summary>
    private static string? DeclaredAlias(EqualsValueClauseSyntax clause, SemanticModel model)
    {
        TypeSyntax? type = clause.Parent switch
        {
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
            PropertyDeclarationSyntax property => property.Type,
            ParameterSyntax parameter => parameter.Type,
            _ => null,
        };
        return type is IdentifierNameSyntax { Identifier.ValueText: "Real" or "Integer" } name && model.GetAliasInfo(name)?.Name == name.Identifier.ValueText
            ? name.Identifier.ValueText
            : null;
    }

    /// <summary>
    /// An error by the language's rules: a warning a project raises to an error is its policy, not code that does not
    /// compile (and the other mode's compilation runs without nullable analysis, whose warnings would differ anyway).
    /// </summary>
    private static bool IsCompileError(Diagnostic diagnostic) => diagnostic.DefaultSeverity == DiagnosticSeverity.Error;

    private static bool IsInTree(Location location, SyntaxTree tree) => location.IsInSource && location.SourceTree == tree;
}
