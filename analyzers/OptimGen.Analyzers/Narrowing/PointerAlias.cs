using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// Unsafe code's writes through a pointer, <c>p[i] = x</c> and <c>*(p + i) = x</c> (operations Roslyn leaves without a
/// kind), traced back to what the pointer was taken from: the array, span or field a <c>fixed</c> statement pins
/// (<c>fixed (Integer* p = state.Ring)</c>, <c>fixed (Integer* p = &amp;state.Count)</c>), through pointer arithmetic,
/// casts and pointer locals initialized from another pointer, and through pointer parameters, which the scope binds at
/// each call as it binds span parameters (<c>Stamp(p, n, v)</c> with <c>static unsafe void Stamp(Integer* target, ...)</c>).
/// </summary>
internal static class PointerAlias
{
    private const int MaxDepth = 8;

    /// <summary>The memory a pointer write lands in, or null when <paramref name="location"/> is not one or its pointer is not traced.</summary>
    public static MemoryAlias? Recognize(IOperation location)
    {
        if (location.Kind != OperationKind.None
            || location.Syntax is not (ElementAccessExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PointerIndirectionExpression })
            || location.ChildOperations.FirstOrDefault() is not { Type: IPointerTypeSymbol } pointer)
            return null;
        return Of(pointer);
    }

    /// <summary>What <paramref name="pointer"/> points into: pinned memory, or a pointer parameter (which calls bind like a span parameter).</summary>
    public static MemoryAlias? Of(IOperation pointer) => Origin(pointer, 0);

    private static MemoryAlias? Origin(IOperation pointer, int depth)
    {
        if (depth > MaxDepth)
            return null;
        // What a `fixed` statement pins, as the semantic model gives its initializer back: the array or span itself.
        if (pointer.Type is IArrayTypeSymbol || SlotWrites.IsView(pointer.Type))
            return new MemoryAlias(pointer, SourceIsView: true);
        switch (pointer)
        {
            case IBinaryOperation { LeftOperand: { Type: IPointerTypeSymbol } left }:
                return Origin(left, depth + 1);
            case IBinaryOperation { RightOperand: { Type: IPointerTypeSymbol } right }:
                return Origin(right, depth + 1);
            case IConversionOperation { Operand: { } operand }:
                return Origin(operand, depth + 1);
            case IParameterReferenceOperation { Type: IPointerTypeSymbol } parameter:
                return new MemoryAlias(parameter, SourceIsView: true);
            case IAddressOfOperation addressOf:
                return new MemoryAlias(addressOf.Reference, SourceIsView: false);
            case ILocalReferenceOperation { Local.Type: IPointerTypeSymbol } local
                when local.SemanticModel is { } model
                     && local.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
                     && value.SyntaxTree == model.SyntaxTree
                     && model.GetOperation(value) is { } initial:
                return Origin(initial, depth + 1);
            case { Kind: OperationKind.None } pinned when pinned.ChildOperations.FirstOrDefault() is { } source:
                // `fixed (T* p = array)` or `= span` pins the elements; `= &field` the field itself.
                return Origin(source, depth + 1);
            default:
                return null;
        }
    }
}
