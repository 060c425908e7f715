using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Analyzers.Narrowing;

namespace OptimGen.CodeFixes;

/// <summary>
/// Whether a fix that gives a local, field, property or method a new type (<c>float f</c> to <c>Real f</c>, a slot to
/// <c>Integer</c>) leaves every use of it compiling as before: each read still converts implicitly to what its context
/// wants, each value written into it converts implicitly to the new type, and nothing binds it by reference or calls
/// members on it. A fix whose uses do not all pass is not offered: no fix is better than one that breaks the build.
/// </summary>
internal static class RetypedUses
{
    /// <summary>The type a type name means at <paramref name="position"/> (an alias such as <c>Real</c>, or a keyword).</summary>
    public static ITypeSymbol? Bind(SemanticModel model, int position, string typeName) =>
        model.GetSpeculativeTypeInfo(position, SyntaxFactory.ParseTypeName(typeName), SpeculativeBindingOption.BindAsTypeOrNamespace).Type;

    /// <summary>Whether a value of <paramref name="newType"/> can stand where <paramref name="value"/>'s value goes.</summary>
    public static bool ContextAccepts(SemanticModel model, ExpressionSyntax value, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        ITypeSymbol? wanted = model.GetTypeInfo(value, cancellationToken).ConvertedType;
        return wanted is not null && Converts(model.Compilation, newType, wanted);
    }

    /// <summary>Whether every use of <paramref name="symbol"/> within <paramref name="scopes"/> still compiles once its type is <paramref name="newType"/>.</summary>
    public static bool Accept(Compilation compilation, ISymbol symbol, ITypeSymbol newType, IEnumerable<SyntaxNode> scopes, CancellationToken cancellationToken)
    {
        ITypeSymbol? oldType = TypeOf(symbol);
        if (oldType is null)
            return false;
        foreach (SyntaxNode scope in scopes)
        {
            SemanticModel model = compilation.GetSemanticModel(scope.SyntaxTree);
            foreach (IdentifierNameSyntax name in scope.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != symbol.Name
                    || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, symbol.OriginalDefinition))
                    continue;
                if (!UseAccepts(model, name, symbol, oldType, newType, cancellationToken))
                    return false;
            }
        }

        return true;
    }

    /// <summary>The syntax in which a local's uses can appear: the member (or top-level code) that declares it.</summary>
    public static SyntaxNode ScopeOfLocal(SyntaxNode declaration) =>
        declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member and not GlobalStatementSyntax
            ? member
            : declaration.SyntaxTree.GetRoot();

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    private static bool UseAccepts(SemanticModel model, IdentifierNameSyntax name, ISymbol symbol, ITypeSymbol oldType, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        if (use.Parent is MemberBindingExpressionSyntax or ConditionalAccessExpressionSyntax)
            return false;
        if (symbol is IMethodSymbol)
        {
            // A method group is not a number; a call is a read of the returned value.
            if (use.Parent is not InvocationExpressionSyntax call || call.Expression != use)
                return false;
            use = call;
        }

        return ValueAccepts(model, use, symbol, oldType, newType, cancellationToken);
    }

    /// <summary>Whether <paramref name="use"/>, of <paramref name="oldType"/> today, still compiles where it stands as a <paramref name="newType"/>.</summary>
    private static bool ValueAccepts(SemanticModel model, ExpressionSyntax use, ISymbol symbol, ITypeSymbol oldType, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        while (use.Parent is ParenthesizedExpressionSyntax parenthesized)
            use = parenthesized;

        switch (use.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == use:
                // A write: the value (`x + 1` computed with the new type) must fit the new type, and the assignment must not be a value itself.
                return IsDiscarded(model, assignment, cancellationToken)
                    && !assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)
                    && Fits(model, assignment.Right, symbol, newType, cancellationToken);
            case PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax when use.Parent.IsKind(SyntaxKind.PreIncrementExpression)
                || use.Parent.IsKind(SyntaxKind.PreDecrementExpression) || use.Parent.IsKind(SyntaxKind.PostIncrementExpression)
                || use.Parent.IsKind(SyntaxKind.PostDecrementExpression):
                return IsDiscarded(model, (ExpressionSyntax)use.Parent, cancellationToken);
            case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None):
            case RefExpressionSyntax:
                return false;
            case MemberAccessExpressionSyntax receiver when receiver.Expression == use:
                return SymbolEqualityComparer.Default.Equals(oldType, newType);
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } }:
                // `var copy = x;` would change the copy's type too.
                return SymbolEqualityComparer.Default.Equals(oldType, newType);
            case CastExpressionSyntax cast:
                return CastAccepts(model, cast, newType, cancellationToken);
            case BinaryExpressionSyntax binary when IsArithmeticOrComparison(binary):
                return OperandAccepts(model, binary, use, symbol, oldType, newType, cancellationToken);
        }

        return ContextAccepts(model, use, newType, cancellationToken);
    }

    /// <summary>An explicit cast of the new type still compiles, and stays a widening or a conversion to a floating type the code asked for.</summary>
    private static bool CastAccepts(SemanticModel model, CastExpressionSyntax cast, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(cast.Type, cancellationToken).Type is not { } castType || model.Compilation is not CSharpCompilation csharp)
            return false;
        Conversion conversion = csharp.ClassifyConversion(newType, castType);
        if (!conversion.Exists || conversion.IsUserDefined)
            return false;
        return IsFloating(castType) || (NumericType.From(castType) is { } target && NumericType.From(newType) is { } source && target.HoldsEveryValueOf(source));
    }

    /// <summary>
    /// An operand of arithmetic or a comparison: the operator is then computed in the wider of the new type and the other
    /// operand's type, and the result must be accepted where the expression stands (a comparison's is a bool as before).
    /// </summary>
    private static bool OperandAccepts(SemanticModel model, BinaryExpressionSyntax binary, ExpressionSyntax use, ISymbol symbol, ITypeSymbol oldType, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        if (IsIntegerDivision(model, binary, use, oldType, newType, cancellationToken))
            return false;
        ExpressionSyntax other = binary.Left == use ? binary.Right : binary.Left;
        if (model.GetTypeInfo(other, cancellationToken).Type is not { } otherType
            || Promoted(model.Compilation, newType, otherType) is not { } computed
            || model.GetTypeInfo(binary, cancellationToken).Type is not { } resultType)
            return false;
        return resultType.SpecialType == SpecialType.System_Boolean
            || ValueAccepts(model, binary, symbol, resultType, computed, cancellationToken);
    }

    /// <summary>The type C# computes a binary operator in for two numeric operand types (the wider; at least int), or null.</summary>
    private static ITypeSymbol? Promoted(Compilation compilation, ITypeSymbol left, ITypeSymbol right)
    {
        if (compilation is not CSharpCompilation csharp || NumericType.From(left) is null || NumericType.From(right) is null)
            return null;
        ITypeSymbol? wider = csharp.ClassifyConversion(right, left).IsImplicit ? left
            : csharp.ClassifyConversion(left, right).IsImplicit ? right
            : null;
        return wider?.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Char
            ? csharp.GetSpecialType(SpecialType.System_Int32)
            : wider;
    }

    /// <summary>Whether a value written into the retyped symbol converts to its new type, its own reads (`x + 1`) taken at the new type.</summary>
    private static bool Fits(SemanticModel model, ExpressionSyntax value, ISymbol symbol, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        if (!Mentions(model, value, symbol, cancellationToken))
            return model.ClassifyConversion(value, newType).IsImplicit;
        return RetypedTypeOf(model, value, symbol, newType, cancellationToken) is { } type
            && model.Compilation is CSharpCompilation csharp && csharp.ClassifyConversion(type, newType).IsImplicit;
    }

    private static bool Mentions(SemanticModel model, ExpressionSyntax value, ISymbol symbol, CancellationToken cancellationToken) =>
        value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == symbol.Name
            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, symbol.OriginalDefinition));

    /// <summary>The type of arithmetic on the symbol once it has its new type; null where that is not simple arithmetic.</summary>
    private static ITypeSymbol? RetypedTypeOf(SemanticModel model, ExpressionSyntax value, ISymbol symbol, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        switch (value)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return RetypedTypeOf(model, parenthesized.Expression, symbol, newType, cancellationToken);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(value, cancellationToken).Symbol?.OriginalDefinition, symbol.OriginalDefinition):
                return newType;
            case BinaryExpressionSyntax binary when binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression:
                return RetypedTypeOf(model, binary.Left, symbol, newType, cancellationToken) is { } left
                    && RetypedTypeOf(model, binary.Right, symbol, newType, cancellationToken) is { } right
                    ? Promoted(model.Compilation, left, right)
                    : null;
            default:
                return Mentions(model, value, symbol, cancellationToken) ? null : model.GetTypeInfo(value, cancellationToken).Type;
        }
    }

    /// <summary>A write whose own value nobody reads: a statement, a for loop's initializer or incrementor, or the body of a void lambda or member.</summary>
    private static bool IsDiscarded(SemanticModel model, ExpressionSyntax write, CancellationToken cancellationToken) => write.Parent switch
    {
        ExpressionStatementSyntax => true,
        ForStatementSyntax loop => loop.Initializers.Contains(write) || loop.Incrementors.Contains(write),
        LambdaExpressionSyntax lambda => model.GetSymbolInfo(lambda, cancellationToken).Symbol is IMethodSymbol { ReturnsVoid: true },
        ArrowExpressionClauseSyntax arrow => arrow.Parent is { } member && model.GetDeclaredSymbol(member, cancellationToken) is IMethodSymbol { ReturnsVoid: true },
        _ => false,
    };

    private static bool IsArithmeticOrComparison(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression
        or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression or SyntaxKind.LessThanExpression
        or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
        or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

    /// <summary>A <c>Real</c> that becomes an integer would turn <c>x / 2</c> into an integer division: it compiles, and it is wrong.</summary>
    private static bool IsIntegerDivision(SemanticModel model, BinaryExpressionSyntax division, ExpressionSyntax use, ITypeSymbol oldType, ITypeSymbol newType, CancellationToken cancellationToken)
    {
        if (!division.IsKind(SyntaxKind.DivideExpression) && !division.IsKind(SyntaxKind.ModuloExpression))
            return false;
        if (!IsFloating(oldType) || IsFloating(newType))
            return false;
        ExpressionSyntax other = division.Left == use ? division.Right : division.Left;
        return model.GetTypeInfo(other, cancellationToken).Type is { } otherType && !IsFloating(otherType) && otherType.SpecialType != SpecialType.System_Decimal;
    }

    private static bool IsFloating(ITypeSymbol type) => type.SpecialType is SpecialType.System_Single or SpecialType.System_Double;

    private static bool Converts(Compilation compilation, ITypeSymbol from, ITypeSymbol to)
    {
        if (compilation is not CSharpCompilation csharp)
            return false;
        Conversion conversion = csharp.ClassifyConversion(from, to);
        return conversion.IsImplicit && !conversion.IsUserDefined;
    }
}
