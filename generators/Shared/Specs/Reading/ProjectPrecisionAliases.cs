using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// The global using aliases named <c>Real</c> or <c>Integer</c> that the project declares itself (in a file, or through
/// an MSBuild <c>&lt;Using Alias="Real" /&gt;</c>). OptimGen declares both for the precision mode; a second global alias
/// of the name is the compiler's CS1537 in whichever file it reads second, which may be OptimGen's. So the generator
/// leaves such a name out of its alias file and the analyzer reports the project's alias instead (OPT1033).
/// </summary>
internal static class ProjectPrecisionAliases
{
    public static IEnumerable<UsingDirectiveSyntax> In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (OptimGenOutput.IsOptimGenOutput(tree) || tree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit)
            yield break;
        foreach (UsingDirectiveSyntax directive in unit.Usings)
        {
            if (!directive.GlobalKeyword.IsKind(SyntaxKind.None) && IsPrecisionAliasName(directive.Alias?.Name.Identifier.ValueText))
                yield return directive;
        }
    }

    public static string NameOf(UsingDirectiveSyntax directive) => directive.Alias!.Name.Identifier.ValueText;

    /// <summary>
    /// What the user removes: the alias itself, or, in the file the .NET SDK writes from the project's
    /// <c>&lt;Using Include="..." Alias="..." /&gt;</c> items (<c>obj/.../&lt;Project&gt;.GlobalUsings.g.cs</c>, which
    /// the user does not edit), the MSBuild item the alias came from.
    /// </summary>
    public static string RemedyFor(UsingDirectiveSyntax directive)
    {
        if (!directive.SyntaxTree.FilePath.EndsWith(SdkGlobalUsingsSuffix, System.StringComparison.OrdinalIgnoreCase)
            || directive.NamespaceOrType is not { } target)
            return "remove this alias";
        string include = target.ToString();
        if (include.StartsWith("global::", System.StringComparison.Ordinal))
            include = include.Substring("global::".Length);
        return $"the .NET SDK wrote it here from the project's MSBuild item <Using Include=\"{include}\" Alias=\"{NameOf(directive)}\" />: remove that item";
    }

    /// <summary>The name the SDK's <c>GenerateGlobalUsings</c> target gives its file: <c>$(MSBuildProjectName).GlobalUsings.g.cs</c>.</summary>
    private const string SdkGlobalUsingsSuffix = ".GlobalUsings.g.cs";

    /// <summary>The names of the project's own precision aliases in <paramref name="compilation"/>, sorted.</summary>
    public static EquatableArray<string> NamesIn(Compilation compilation, CancellationToken cancellationToken) =>
        compilation.SyntaxTrees
            .SelectMany(tree => In(tree, cancellationToken))
            .Select(NameOf)
            .Distinct()
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>
    /// Each of the project's own precision aliases with the type it names, for the generator: a spec is emitted against the
    /// mode's types, which only agree with the code the user wrote against such an alias when it names the same type.
    /// </summary>
    public static EquatableArray<ProjectAlias> TargetsIn(Compilation compilation, CancellationToken cancellationToken)
    {
        var aliases = new List<ProjectAlias>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (UsingDirectiveSyntax directive in In(tree, cancellationToken))
            {
                model ??= compilation.GetSemanticModel(tree);
                SpecialType target = model.GetDeclaredSymbol(directive, cancellationToken)?.Target is ITypeSymbol type ? type.SpecialType : SpecialType.None;
                aliases.Add(new ProjectAlias(NameOf(directive), target));
            }
        }

        return aliases.ToEquatableArray();
    }

    /// <summary>Whether every alias of the project names the type OptimGen's alias of that name has in <paramref name="mode"/>.</summary>
    public static bool AgreeWith(EquatableArray<ProjectAlias> aliases, PrecisionMode mode) =>
        aliases.All(alias => alias.Target == (alias.Name == KnownNames.RealAlias ? PrecisionModeTypes.Real(mode) : PrecisionModeTypes.Integer(mode)));

    private static bool IsPrecisionAliasName(string? name) => name is KnownNames.RealAlias or KnownNames.IntegerAlias;
}

/// <summary>A global <c>Real</c>/<c>Integer</c> alias of the project's and the special type it names (None for any other).</summary>
internal sealed record ProjectAlias(string Name, SpecialType Target);
