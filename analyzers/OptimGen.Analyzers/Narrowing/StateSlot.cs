using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// A public field of a generated <c>State</c> together with the <c>[State]</c> field that declares it.
/// </summary>
/// <param name="Name">The public name in <c>State</c> (<c>NumLinesearchSteps</c>).</param>
/// <param name="DeclaredType">The element type as the spec writes it: <c>Real</c>, <c>Integer</c> or a keyword such as <c>long</c>.</param>
/// <param name="ElementType">The element type in the active mode (<c>long</c> for <c>Integer</c> in Double mode).</param>
internal sealed record StateSlot(string Name, string DeclaredType, ITypeSymbol ElementType)
{
    public bool IsDeclaredAsAlias => DeclaredType is "Real" or "Integer";
}
