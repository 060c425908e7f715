using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OptimGen.Generators.Parsing;

/// <summary>
/// Decides how a spec diagnostic is reported, the way the compiler decides for an analyzer's: <c>#pragma
/// warning disable</c> before it, <c>[SuppressMessage]</c> on the spec or its enclosing types, the
/// <c>.editorconfig</c> section of its file, global configs and command-line options. The generator must
/// decide this itself: it reports at a file-path location (the pipeline keeps no syntax tree), for which
/// the compiler would only apply global options.
/// </summary>
internal sealed class ReportingPolicy
{
    private const string SuppressMessageAttribute = "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute";

    private readonly CompilationOptions options;
    private readonly INamedTypeSymbol spec;
    private readonly CancellationToken cancellationToken;

    public ReportingPolicy(CompilationOptions options, INamedTypeSymbol spec, CancellationToken cancellationToken)
    {
        this.options = options;
        this.spec = spec;
        this.cancellationToken = cancellationToken;
    }

    /// <returns>The severity to report with, or null when the diagnostic is suppressed.</returns>
    public DiagnosticSeverity? Severity(DiagnosticDescriptor descriptor, Location? location)
    {
        if (location?.SourceTree is { } tree && IsDisabledByPragma(tree, location.SourceSpan.Start, descriptor.Id))
            return null;
        if (IsSuppressedByAttribute(descriptor.Id))
            return null;

        ReportDiagnostic report = Configured(descriptor.Id, location?.SourceTree);
        return report switch
        {
            ReportDiagnostic.Suppress => null,
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
            _ => descriptor.DefaultSeverity,
        };
    }

    private ReportDiagnostic Configured(string id, SyntaxTree? tree)
    {
        SyntaxTreeOptionsProvider? provider = options.SyntaxTreeOptionsProvider;
        if (tree is not null && provider is not null && provider.TryGetDiagnosticValue(tree, id, cancellationToken, out ReportDiagnostic fromFile))
            return fromFile;
        if (provider is not null && provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out ReportDiagnostic fromGlobal))
            return fromGlobal;
        return options.SpecificDiagnosticOptions.TryGetValue(id, out ReportDiagnostic specific) ? specific : ReportDiagnostic.Default;
    }

    /// <summary>Replays the tree's <c>#pragma warning</c> directives up to <paramref name="position"/>.</summary>
    private bool IsDisabledByPragma(SyntaxTree tree, int position, string id)
    {
        SyntaxNode root = tree.GetRoot(cancellationToken);
        if (!root.ContainsDirectives)
            return false;

        bool disabled = false;
        foreach (PragmaWarningDirectiveTriviaSyntax pragma in root.DescendantTrivia(descendIntoTrivia: true)
                     .Where(t => t.IsKind(SyntaxKind.PragmaWarningDirectiveTrivia) && t.SpanStart < position)
                     .Select(t => (PragmaWarningDirectiveTriviaSyntax)t.GetStructure()!))
        {
            bool names = pragma.ErrorCodes.Count == 0 || pragma.ErrorCodes.Any(code => code.ToString().Trim() == id);
            if (names)
                disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
        }

        return disabled;
    }

    /// <summary><c>[SuppressMessage("...", "OPT1012...")]</c> on the spec or an enclosing type, or on the assembly naming one of them.</summary>
    private bool IsSuppressedByAttribute(string id)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (INamedTypeSymbol? type = spec; type is not null; type = type.ContainingType)
        {
            if (type.GetAttributes().Any(a => Suppresses(a, id)))
                return true;
            names.Add(type.ToDisplayString());
        }

        return spec.ContainingAssembly.GetAttributes().Any(a =>
            Suppresses(a, id)
            && a.NamedArguments.FirstOrDefault(n => n.Key == "Target").Value.Value is string target
            && names.Contains(target.StartsWith("~T:", StringComparison.Ordinal) ? target.Substring(3) : target));
    }

    private static bool Suppresses(AttributeData attribute, string id) =>
        attribute.AttributeClass?.ToDisplayString() == SuppressMessageAttribute
        && attribute.ConstructorArguments.Length == 2
        && attribute.ConstructorArguments[1].Value is string checkId
        && (checkId == id || checkId.StartsWith(id + ":", StringComparison.Ordinal));
}
