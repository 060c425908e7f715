using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Reads an <c>[Optimizer]</c> type into a <see cref="SpecModel"/>, or into the diagnostics that say why it is
/// not a valid spec. The one reader of a spec: compiled into the generator (which emits code for a valid spec
/// and skips an invalid one) and into the analyzer (which reports the diagnostics at their locations, and asks
/// what a slot is).
/// </summary>
internal static class SpecReader
{
    /// <summary>
    /// The declaration that carries <c>[Optimizer]</c>: the one the spec is read from. A type whose several
    /// partial declarations carry it (a C# error, CS0579) is still read once, from the first.
    /// </summary>
    public static TypeDeclarationSyntax? OptimizerDeclaration(INamedTypeSymbol spec, CancellationToken cancellationToken)
    {
        foreach (AttributeData attribute in spec.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == SpecConventions.OptimizerAttribute
                && attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration)
                return declaration;
        }

        return null;
    }

    /// <summary>
    /// Reads <paramref name="spec"/> as declared by <paramref name="declaration"/>.
    /// </summary>
    /// <returns>The model of a valid spec; null when <paramref name="diagnostics"/> received at least one problem.</returns>
    public static SpecModel? Read(INamedTypeSymbol spec, TypeDeclarationSyntax declaration, DiagnosticCollector diagnostics, CancellationToken cancellationToken)
    {
        CheckDeclaration(spec, declaration, diagnostics);
        List<ContainingTypeModel> containingTypes = ReadContainingTypes(spec, declaration, diagnostics);
        CheckReservedMembers(spec, diagnostics);

        List<HyperparameterModel> hyperparameters = HyperparameterReader.Read(spec, diagnostics, cancellationToken);
        var hyperparameterByName = new Dictionary<string, HyperparameterModel>();
        foreach (HyperparameterModel hyperparameter in hyperparameters)
            hyperparameterByName[hyperparameter.Name] = hyperparameter;
        List<ComponentModel> components = ComponentReader.Read(spec, diagnostics);
        bool isChain = components.Count > 0 || spec.GetMembers().OfType<IPropertySymbol>().Any(p => SpecConventions.HasAttribute(p, SpecConventions.ComponentAttribute));

        List<SlotModel> slots = new();
        TransitionModel? transition;
        HookModel? initHook = null;
        HookModel? cachedEvaluation = null;
        HookModel? convergenceMeasure = null;
        HookModel? optimizerFailure = null;
        if (isChain)
        {
            CheckChainHasNoOwnState(spec, diagnostics);
            transition = TransitionModel.ForChain(components);
        }
        else
        {
            slots = SlotReader.Read(spec, hyperparameterByName, diagnostics, cancellationToken);
            transition = ReadTransition(spec, diagnostics);
            initHook = ReadHook(spec, SpecConventions.InitAttribute, "[Init]", SpecDiagnostics.InvalidInitHook, HookParser.ParseInit, diagnostics);
            cachedEvaluation = ReadHook(spec, SpecConventions.CachedEvaluationAttribute, "[CachedEvaluation]",
                SpecDiagnostics.InvalidCachedEvaluation, HookParser.ParseCachedEvaluation, diagnostics);
            convergenceMeasure = ReadHook(spec, SpecConventions.ConvergenceMeasureAttribute, "[ConvergenceMeasure]",
                SpecDiagnostics.InvalidConvergenceMeasure, HookParser.ParseConvergenceMeasure, diagnostics);
            optimizerFailure = ReadHook(spec, SpecConventions.OptimizerFailureAttribute, "[OptimizerFailure]",
                SpecDiagnostics.InvalidOptimizerFailure, HookParser.ParseOptimizerFailure, diagnostics);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors || transition is null)
            return null;

        return new SpecModel(
            spec.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            spec.Name,
            declaration is RecordDeclarationSyntax ? "record" : "class",
            containingTypes.ToEquatableArray(),
            hyperparameters.ToEquatableArray(),
            slots.ToEquatableArray(),
            transition,
            initHook,
            cachedEvaluation,
            components.ToEquatableArray(),
            convergenceMeasure,
            optimizerFailure);
    }

    private static void CheckDeclaration(INamedTypeSymbol spec, TypeDeclarationSyntax declaration, DiagnosticCollector diagnostics)
    {
        Location identifier = declaration.Identifier.GetLocation();
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            diagnostics.Report(SpecDiagnostics.SpecNotPartial, identifier, spec.Name);
        if (spec.IsStatic)
            diagnostics.Report(SpecDiagnostics.StaticSpec, identifier, spec.Name);
        if (spec.TypeParameters.Length > 0)
            diagnostics.Report(SpecDiagnostics.GenericSpec, identifier, spec.Name, spec.ToDisplayString());
        if (spec.Name == SpecConventions.StateType)
            diagnostics.Report(SpecDiagnostics.ReservedMemberName, identifier, spec.Name, spec.Name);
    }

    /// <summary>The enclosing types, outermost first; each must be partial and non-generic.</summary>
    private static List<ContainingTypeModel> ReadContainingTypes(INamedTypeSymbol spec, TypeDeclarationSyntax declaration, DiagnosticCollector diagnostics)
    {
        var containingTypes = new List<ContainingTypeModel>();
        foreach (TypeDeclarationSyntax parent in declaration.Ancestors().OfType<TypeDeclarationSyntax>())
        {
            Location identifier = parent.Identifier.GetLocation();
            string name = parent.Identifier.ValueText;
            if (!parent.Modifiers.Any(SyntaxKind.PartialKeyword))
                diagnostics.Report(SpecDiagnostics.ContainingTypeNotPartial, identifier, name, spec.Name);
            if (parent.TypeParameterList is { Parameters.Count: > 0 })
                diagnostics.Report(SpecDiagnostics.GenericSpec, identifier, spec.Name, name + parent.TypeParameterList);

            string keyword = parent switch
            {
                RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
                _ => parent.Keyword.ValueText,
            };
            containingTypes.Insert(0, new ContainingTypeModel(keyword, name, parent.Modifiers.Any(SyntaxKind.StaticKeyword)));
        }

        return containingTypes;
    }

    private static void CheckReservedMembers(INamedTypeSymbol spec, DiagnosticCollector diagnostics)
    {
        foreach (string name in KnownNames.GeneratedSpecMembers)
        {
            ISymbol? member = spec.GetMembers(name).FirstOrDefault(m => !m.IsImplicitlyDeclared && OptimGenOutput.IsDeclaredByUser(m));
            if (member is not null)
                diagnostics.Report(SpecDiagnostics.ReservedMemberName, member.Locations.FirstOrDefault(), spec.Name, name);
        }
    }

    /// <summary>A chain's state is its components' states: it declares no transition, slots or hooks of its own.</summary>
    private static void CheckChainHasNoOwnState(INamedTypeSymbol spec, DiagnosticCollector diagnostics)
    {
        foreach (ISymbol member in spec.GetMembers())
        {
            string? what = member switch
            {
                IMethodSymbol m when SpecConventions.HasAttribute(m, SpecConventions.TransitionAttribute) => "a [Transition] method",
                IMethodSymbol m when SpecConventions.HasAttribute(m, SpecConventions.InitAttribute) => "an [Init] method",
                IMethodSymbol m when SpecConventions.HasAttribute(m, SpecConventions.CachedEvaluationAttribute) => "a [CachedEvaluation] method",
                IMethodSymbol m when SpecConventions.HasAttribute(m, SpecConventions.ConvergenceMeasureAttribute) => "a [ConvergenceMeasure] method",
                IMethodSymbol m when SpecConventions.HasAttribute(m, SpecConventions.OptimizerFailureAttribute) => "an [OptimizerFailure] method",
                IFieldSymbol f when SpecConventions.HasAttribute(f, SpecConventions.StateAttribute) => "[State] slots",
                _ => null,
            };
            if (what is not null)
                diagnostics.Report(SpecDiagnostics.ChainWithOwnState, member.Locations.FirstOrDefault(), spec.Name, what);
        }
    }

    private static TransitionModel? ReadTransition(INamedTypeSymbol spec, DiagnosticCollector diagnostics)
    {
        List<IMethodSymbol> transitions = MethodsWith(spec, SpecConventions.TransitionAttribute);
        if (transitions.Count == 0)
        {
            diagnostics.Report(SpecDiagnostics.MissingTransition, spec.Locations.FirstOrDefault(), spec.Name);
            return null;
        }

        for (int i = 1; i < transitions.Count; i++)
            diagnostics.Report(SpecDiagnostics.MultipleTransitions, transitions[i].Locations.FirstOrDefault(), spec.Name, transitions[0].Name, transitions[i].Name);

        return TransitionParser.Parse(transitions[0], spec, diagnostics);
    }

    /// <summary>The one method carrying <paramref name="attribute"/>, checked by <paramref name="parse"/>; a second one is an error.</summary>
    private static HookModel? ReadHook(
        INamedTypeSymbol spec,
        string attribute,
        string attributeText,
        DiagnosticDescriptor duplicateDescriptor,
        System.Func<IMethodSymbol, INamedTypeSymbol, DiagnosticCollector, HookModel?> parse,
        DiagnosticCollector diagnostics)
    {
        List<IMethodSymbol> hooks = MethodsWith(spec, attribute);
        if (hooks.Count == 0)
            return null;

        for (int i = 1; i < hooks.Count; i++)
            diagnostics.Report(duplicateDescriptor, hooks[i].Locations.FirstOrDefault(), hooks[i].Name, spec.Name,
                $"'{hooks[0].Name}' is already the {attributeText} method");

        return parse(hooks[0], spec, diagnostics);
    }

    private static List<IMethodSymbol> MethodsWith(INamedTypeSymbol spec, string attribute) =>
        spec.GetMembers().OfType<IMethodSymbol>().Where(m => SpecConventions.HasAttribute(m, attribute)).ToList();
}
