using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OptimGen.Analyzers;

/// <summary>
/// A <c>[State]</c> field only declares a slot: the spec never reads or writes it (the transition works on
/// the generated <c>State</c>'s public field). The compiler and the IDE would call it unused, never
/// assigned, left null by the constructor or a candidate for <c>readonly</c>; this suppressor silences
/// exactly those warnings, on exactly those fields.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StateSlotSuppressor : DiagnosticSuppressor
{
    private const string Justification = "A [State] field declares a slot of the generated State; the spec itself never uses it.";

    internal static readonly SuppressionDescriptor FieldNeverUsed = new("OPTS001", "CS0169", Justification);
    internal static readonly SuppressionDescriptor FieldNeverAssigned = new("OPTS002", "CS0649", Justification);
    internal static readonly SuppressionDescriptor FieldAssignedNeverUsed = new("OPTS003", "CS0414", Justification);
    internal static readonly SuppressionDescriptor UnusedPrivateMember = new("OPTS004", "IDE0051", Justification);
    internal static readonly SuppressionDescriptor UnreadPrivateMember = new("OPTS005", "IDE0052", Justification);
    internal static readonly SuppressionDescriptor MakeFieldReadonly = new("OPTS006", "IDE0044", Justification);
    internal static readonly SuppressionDescriptor NonNullableUninitialized = new("OPTS007", "CS8618", Justification);

    /// <inheritdoc/>
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(
        FieldNeverUsed, FieldNeverAssigned, FieldAssignedNeverUsed, UnusedPrivateMember, UnreadPrivateMember, MakeFieldReadonly,
        NonNullableUninitialized);

    /// <inheritdoc/>
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (Diagnostic diagnostic in context.ReportedDiagnostics)
        {
            SuppressionDescriptor? descriptor = SupportedSuppressions.FirstOrDefault(s => s.SuppressedDiagnosticId == diagnostic.Id);
            if (descriptor is null || !IsStateSlot(diagnostic.Location, context))
                continue;
            context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
        }
    }

    private static bool IsStateSlot(Location location, SuppressionAnalysisContext context)
    {
        if (location.SourceTree is not { } tree)
            return false;
        SyntaxNode node = tree.GetRoot(context.CancellationToken).FindNode(location.SourceSpan);
        VariableDeclaratorSyntax? declarator = node as VariableDeclaratorSyntax
            ?? node.FirstAncestorOrSelf<FieldDeclarationSyntax>()?.Declaration.Variables.FirstOrDefault();
        if (declarator is null)
            return false;

        SemanticModel model = context.GetSemanticModel(tree);
        return model.GetDeclaredSymbol(declarator, context.CancellationToken) is IFieldSymbol field
            && SpecConventions.IsStateSlot(field);
    }
}
