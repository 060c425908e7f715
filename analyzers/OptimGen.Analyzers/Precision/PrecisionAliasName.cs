using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Reading;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// Whether a name written <c>Real</c> or <c>Integer</c> is OptimGen's global alias, the one that follows the precision switch:
/// not a type of the user's of that name, and not under a <c>using Real = ...;</c> of the file or an enclosing namespace,
/// which hides the global alias there (<c>Real</c> then means the aliased type in both modes), as the spec reader
/// judges it (<see cref="TypeClassifier.HiddenByLocalAlias"/>).
/// </summary>
internal static class PrecisionAliasName
{
    public static bool IsAlias(IdentifierNameSyntax name, SemanticModel model, CancellationToken cancellationToken = default) =>
        name.Identifier.ValueText is KnownNames.RealAlias or KnownNames.IntegerAlias
        && model.GetAliasInfo(name, cancellationToken)?.Name == name.Identifier.ValueText
        && !TypeClassifier.HiddenByLocalAlias(name);
}
