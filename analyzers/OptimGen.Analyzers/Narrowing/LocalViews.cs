using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// What an array or span local can hold, for the writes through its elements: its initializer, each value its block
/// assigns to it (<c>Span&lt;Integer&gt; target; if (...) target = state.Ring; else ...</c>), or, for a local a pattern
/// declares, the value the pattern matched (<c>state.Ring is { Length: &gt; 0 } ring</c>, <c>state is { Ring: var ring }</c>);
/// and the views a local collection of them holds (<see cref="ElementsOf"/>), read by its indexer or a <c>foreach</c>.
/// Only a local declared in the tree being analyzed is followed.
/// </summary>
internal static class LocalViews
{
    public static IEnumerable<IOperation> ValuesOf(ILocalReferenceOperation reference)
    {
        if (DeclaredInTree(reference) is not ({ } declaration, { } model))
            yield break;

        if (declaration is VariableDeclaratorSyntax declarator)
        {
            if (declarator.Initializer?.Value is { } initial and not RefExpressionSyntax && model.GetOperation(initial) is { } value)
                yield return value;
            SyntaxNode? scope = declarator.FirstAncestorOrSelf<BlockSyntax>();
            if (scope is null)
                yield break;
            foreach (AssignmentExpressionSyntax assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right is not RefExpressionSyntax
                    && assignment.Left is IdentifierNameSyntax name && name.Identifier.ValueText == reference.Local.Name
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, reference.Local)
                    && model.GetOperation(assignment.Right) is { } assigned)
                    yield return assigned;
            }
        }
        else if (declaration is SingleVariableDesignationSyntax { Parent: PatternSyntax pattern }
                 && model.GetOperation(pattern) is IPatternOperation matched && Input(matched) is { } input)
        {
            yield return input;
        }
        else if (declaration is SingleVariableDesignationSyntax designation && DeconstructedLocals.Position(designation, model) is (ITupleOperation literal, int index)
                 && index < literal.Elements.Length)
        {
            // `var (ring, weights) = (state.Ring, state.Weights);`
            yield return literal.Elements[index];
        }
        else if (declaration is ForEachStatementSyntax loop
                 && model.GetOperation(loop.Expression)?.WithoutImplicitConversions() is ILocalReferenceOperation container)
        {
            // `foreach (var buffer in buffers)` over a local collection of views: each view stored in it.
            foreach (IOperation stored in ElementsOf(container))
                yield return stored;
        }
    }

    /// <summary>
    /// The values stored in the elements of a local collection of views (<c>var buffers = new List&lt;Real[]&gt; { state.Velocity };</c>,
    /// <c>Real[][] rows = [state.Velocity, state.Second];</c>): its initializer's elements (a collection or object initializer's
    /// <c>Add</c> arguments and indexer assignments, an array initializer, a collection expression), and, in its block, the arguments
    /// of the calls that store into it (<c>buffers.Add(state.Second)</c>, <c>Insert</c>, <c>Push</c>, ...) and the values assigned to its elements.
    /// </summary>
    public static IEnumerable<IOperation> ElementsOf(ILocalReferenceOperation container)
    {
        if (DeclaredInTree(container) is not (VariableDeclaratorSyntax declarator, { } model))
            yield break;
        if (declarator.Initializer?.Value is { } initial && model.GetOperation(initial)?.WithoutImplicitConversions() is { } value)
        {
            if (value is IObjectCreationOperation { Initializer: { } initializer })
            {
                foreach (IOperation part in initializer.Initializers)
                {
                    if (part is IInvocationOperation add)
                    {
                        foreach (IArgumentOperation argument in add.Arguments)
                            yield return argument.Value;
                    }
                    else if (part is ISimpleAssignmentOperation keyed)
                    {
                        yield return keyed.Value;
                    }
                }
            }

            foreach ((IOperation element, bool isSpread) in ValueShapes.WrittenElements(value))
            {
                if (!isSpread)
                    yield return element;
            }
        }

        if (declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } scope)
            yield break;
        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax on, Name.Identifier.ValueText: var method } } call
                && IsStoringMethod(method) && Names(on, container.Local, model) && model.GetOperation(call) is IInvocationOperation invocation)
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                    yield return argument.Value;
            }
            else if (node is AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax indexed } } assignment
                     && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && Names(indexed, container.Local, model)
                     && model.GetOperation(assignment.Right) is { } assigned)
            {
                yield return assigned;
            }
        }
    }

    /// <summary>
    /// The view a local collection holds at a constant position (<c>rows[1]</c> of <c>Real[][] rows = [state.Velocity, state.Second];</c>),
    /// when that is known: its initializer lists the elements one by one (an array initializer, a collection expression
    /// without spreads, or a collection initializer of one-argument <c>Add</c>s), and its block only reads the local by a
    /// index, <c>foreach</c> or <c>Length</c>/<c>Count</c>: nothing that stores into it, reorders it
    /// or hands it away. Null otherwise, and then every element it may hold counts (<see cref="ElementsOf"/>).
    /// </summary>
    public static IOperation? ElementAt(ILocalReferenceOperation container, int index)
    {
        if (index < 0 || DeclaredInTree(container) is not (VariableDeclaratorSyntax declarator, { } model)
            || declarator.Initializer?.Value is not { } initial || model.GetOperation(initial)?.WithoutImplicitConversions() is not { } value
            || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } scope)
            return null;

        List<IOperation> listed = new();
        if (value is IObjectCreationOperation { Initializer: { } initializer })
        {
            foreach (IOperation part in initializer.Initializers)
            {
                if (part is not IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                    return null;
                listed.Add(add.Arguments[0].Value);
            }
        }
        else
        {
            foreach ((IOperation element, bool isSpread) in ValueShapes.WrittenElements(value))
            {
                if (isSpread)
                    return null;
                listed.Add(element);
            }

            if (listed.Count == 0)
                return null;
        }

        if (index >= listed.Count)
            return null;
        foreach (IdentifierNameSyntax name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == container.Local.Name && Names(name, container.Local, model) && !OnlyReads(name))
                return null;
        }

        return listed[index];
    }

    /// <summary>
    /// Whether this use of a local collection of views leaves its elements where they are: an element read (not assigned,
    /// not taken by <c>ref</c> or <c>out</c>), a <c>foreach</c> over it, or its length.
    /// </summary>
    private static bool OnlyReads(IdentifierNameSyntax name) => name.Parent switch
    {
        ElementAccessExpressionSyntax access when access.Expression == name => access.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left != access,
            RefExpressionSyntax => false,
            ArgumentSyntax argument => argument.RefKindKeyword.IsKind(SyntaxKind.None) && !DeconstructedInto(argument),
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => false,
            _ => true,
        },
        ForEachStatementSyntax loop => loop.Expression == name,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" } member => member.Expression == name,
        _ => false,
    };

    /// <summary>Whether a tuple element is a target of a deconstructing assignment: <c>(rows[0], rows[1]) = (rows[1], rows[0]);</c>.</summary>
    public static bool DeconstructedInto(ArgumentSyntax element)
    {
        SyntaxNode node = element;
        while (node is ArgumentSyntax { Parent: TupleExpressionSyntax tuple })
        {
            if (tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple)
                return true;
            node = tuple.Parent!;
        }

        return false;
    }

    /// <summary>The methods by which a collection takes in elements (not <c>Contains</c> or <c>Remove</c>, which only read their argument).</summary>
    private static bool IsStoringMethod(string name) =>
        name is "Add" or "AddRange" or "Insert" or "InsertRange" or "Push" or "Enqueue" or "TryAdd" or "AddFirst" or "AddLast";

    private static bool Names(IdentifierNameSyntax name, ILocalSymbol local, SemanticModel model) =>
        name.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local);

    /// <summary>
    /// The calls that set the local through an <c>out</c> argument (<c>ViewOf(state, out var ring)</c>, or <c>out ring</c> in its
    /// block), with the parameter each binds it to: what the callee assigns to that parameter is what the local holds.
    /// </summary>
    public static IEnumerable<(IInvocationOperation Call, IParameterSymbol Parameter)> OutArgumentsOf(ILocalReferenceOperation reference)
    {
        if (DeclaredInTree(reference) is not ({ } declaration, { } model)
            || declaration.FirstAncestorOrSelf<BlockSyntax>() is not { } scope)
            yield break;
        foreach (ArgumentSyntax argument in scope.DescendantNodes().OfType<ArgumentSyntax>())
        {
            if (!argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword))
                continue;
            bool names = argument.Expression switch
            {
                IdentifierNameSyntax name => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, reference.Local),
                DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax declared } => declared == declaration,
                _ => false,
            };
            if (names && model.GetOperation(argument) is IArgumentOperation { Parent: IInvocationOperation call, Parameter: { } parameter })
                yield return (call, parameter);
        }
    }

    /// <summary>
    /// What a <c>ref</c> local refers to: its initializer's referent and each one a ref reassignment in its block gives it
    /// (<c>ref Integer target = ref scratch; if (...) target = ref state.Count;</c>), parentheses looked through
    /// (<c>ref (c ? ref state.Count : ref scratch)</c>). Only a local declared in the tree being analyzed is followed.
    /// </summary>
    public static IEnumerable<IOperation> ReferentsOf(ILocalReferenceOperation reference)
    {
        if (DeclaredInTree(reference) is not (VariableDeclaratorSyntax declarator, { } model))
            yield break;

        if (declarator.Initializer?.Value is RefExpressionSyntax initial && model.GetOperation(Parentheses.Without(initial.Expression)) is { } referent)
            yield return referent;
        if (declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } scope)
            yield break;
        foreach (AssignmentExpressionSyntax assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right is RefExpressionSyntax reassigned
                && assignment.Left is IdentifierNameSyntax name && name.Identifier.ValueText == reference.Local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, reference.Local)
                && model.GetOperation(Parentheses.Without(reassigned.Expression)) is { } other)
                yield return other;
        }
    }

    /// <summary>The value a pattern is matched against: an <c>is</c>'s operand, a property subpattern's member, a switch's value.</summary>
    private static IOperation? Input(IPatternOperation pattern) => pattern.Parent switch
    {
        IIsPatternOperation isPattern => isPattern.Value,
        IPropertySubpatternOperation subpattern => subpattern.Member,
        ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
        IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
        _ => null,
    };

    /// <summary>
    /// Where a local is declared, with the model of the tree being analyzed, when that tree declares it (a local of
    /// another tree's code is not followed); nulls otherwise.
    /// </summary>
    public static (SyntaxNode? Declaration, SemanticModel? Model) DeclaredInTree(ILocalReferenceOperation reference) =>
        reference.SemanticModel is { } model
        && reference.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { } declaration
        && declaration.SyntaxTree == model.SyntaxTree
            ? (declaration, model)
            : (null, null);
}
