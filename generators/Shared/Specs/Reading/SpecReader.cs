using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// The declaration that carries <c>[Optimizer]</c>: the one the spec is read from; null for a type that is not a class.
    /// A type whose several partial declarations carry it (a C# error, CS0579) is still read once, from the first.
    /// </summary>
    public static TypeDeclarationSyntax? OptimizerDeclaration(INamedTypeSymbol spec, CancellationToken cancellationToken)
    {
        // [Optimizer] is valid on classes only: on a struct, record struct or interface it is the compiler's CS0592,
        // and the type is no spec (the generator's syntax filter never offers one).
        if (spec.TypeKind != TypeKind.Class)
            return null;

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

        CheckReadHyperparametersUsable(spec, hyperparameters, slots, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors || transition is null)
            return null;

        var model = new SpecModel(
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
        CheckNamesAreUnique(spec, model, diagnostics);
        return diagnostics.HasErrors ? null : model;
    }

    /// <summary>
    /// OPT1032: a hyperparameter marked <c>[Obsolete(..., true)]</c> that the generated code reads (to check its bounds, or to
    /// size a slot) would make the generated file fail with CS0619. One the generated code never reads stays valid.
    /// </summary>
    private static void CheckReadHyperparametersUsable(INamedTypeSymbol spec, List<HyperparameterModel> hyperparameters, List<SlotModel> slots,
        DiagnosticCollector diagnostics)
    {
        foreach (HyperparameterModel hyperparameter in hyperparameters)
        {
            string? sized = slots.FirstOrDefault(slot => slot.SizingHyperparameters.Contains(hyperparameter.Name))?.FieldName;
            if (hyperparameter.Bounds is null && sized is null)
                continue;
            IPropertySymbol? property = spec.GetMembers(hyperparameter.Name).OfType<IPropertySymbol>().FirstOrDefault();
            if (property is null || !AttributeReading.IsUnusableByGeneratedCode(property))
                continue;
            string reads = hyperparameter.Bounds is not null ? "to check its bounds" : $"to size slot '{sized}'";
            diagnostics.Report(SpecDiagnostics.ObsoleteHyperparameterRead, property.Locations.FirstOrDefault(), hyperparameter.Name, spec.Name, reads);
        }
    }

    /// <summary>
    /// For a spec <see cref="Read"/> refused: its shell, when its declaration is sound (partial, not generic, static or
    /// file-local, in partial non-generic types, with a name of its own) and nothing of its own or inherited is named
    /// <c>State</c>, so that an empty nested <c>State</c> compiles there; null otherwise.
    /// </summary>
    public static SpecShell? ShellOfMalformed(INamedTypeSymbol spec, TypeDeclarationSyntax declaration)
    {
        DiagnosticCollector check = DiagnosticCollector.Discarding();
        CheckDeclaration(spec, declaration, check);
        List<ContainingTypeModel> containingTypes = ReadContainingTypes(spec, declaration, check);
        if (check.HasErrors)
            return null;
        for (INamedTypeSymbol? type = spec; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            if (!type.GetMembers(SpecConventions.StateType).IsEmpty)
                return null;
        }

        return new SpecShell(
            spec.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            spec.Name,
            declaration is RecordDeclarationSyntax ? "record" : "class",
            containingTypes.ToEquatableArray());
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
        // A member named like its enclosing type is CS0542: the spec cannot be named like a member it gets.
        if (KnownNames.GeneratedSpecMembers.Contains(spec.Name))
            diagnostics.Report(SpecDiagnostics.ReservedMemberName, identifier, spec.Name, spec.Name);
        if (declaration.Modifiers.Any(SyntaxKind.FileKeyword))
            diagnostics.Report(SpecDiagnostics.FileLocalSpec, identifier, spec.Name, spec.Name);

        // global::OptimGen.Kernels and global::System.Span in generated code must stay the runtime's.
        if (QualifiedNameUsed(spec) is { } taken)
            diagnostics.Report(SpecDiagnostics.ReservedMemberName, identifier, spec.Name, taken);

        // CS0579 too; one OptimGen error at the second [Optimizer] says which declaration to change.
        int optimizerAttributes = 0;
        foreach (AttributeData attribute in spec.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == SpecConventions.OptimizerAttribute && ++optimizerAttributes == 2)
                diagnostics.Report(SpecDiagnostics.DuplicateOptimizerDeclaration, attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation(), spec.Name);
        }
    }

    /// <summary>The <c>OptimGen.X</c> or <c>System.X</c> the generated code uses that the spec's namespace or type path declares, if any.</summary>
    private static string? QualifiedNameUsed(INamedTypeSymbol spec)
    {
        var path = new List<string>();
        for (ISymbol? part = spec; part is not null && part is not INamespaceSymbol { IsGlobalNamespace: true }; part = part.ContainingSymbol)
            path.Insert(0, part.Name);
        return path.Count > 1 && KnownNames.QualifiedNamesUsed.TryGetValue(path[0], out ImmutableArray<string> used) && used.Contains(path[1])
            ? path[0] + "." + path[1]
            : null;
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
            if (parent.Modifiers.Any(SyntaxKind.FileKeyword))
                diagnostics.Report(SpecDiagnostics.FileLocalSpec, identifier, name, spec.Name);

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
            // A record's positional property is implicitly declared, yet it is the user's and it would collide.
            ISymbol? member = spec.GetMembers(name).FirstOrDefault(m => (!m.IsImplicitlyDeclared || m is IPropertySymbol) && OptimGenOutput.IsDeclaredByUser(m));
            if (member is not null)
                diagnostics.Report(SpecDiagnostics.ReservedMemberName, member.Locations.FirstOrDefault(), spec.Name, name);
        }

        // An inherited member of one of those names would be hidden by the generated one (CS0108 in generated code);
        // a base spec gets all of them.
        for (INamedTypeSymbol? type = spec.BaseType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            string? inherited = SpecConventions.HasAttribute(type, SpecConventions.OptimizerAttribute)
                ? SpecConventions.StateType
                : KnownNames.GeneratedSpecMembers.FirstOrDefault(name => type.GetMembers(name).Any(m => !m.IsImplicitlyDeclared && m.DeclaredAccessibility != Accessibility.Private));
            if (inherited is not null)
            {
                diagnostics.Report(SpecDiagnostics.ReservedMemberName, spec.Locations.FirstOrDefault(), spec.Name, $"{inherited}', inherited from '{type.ToDisplayString()}");
                return;
            }
        }
    }

    /// <summary>
    /// The generated code calls the transition, the hooks, the hyperparameters and the components by name; a second
    /// member of one of those names (an overload, or a duplicate that is already CS0102) would make the call mean
    /// something else or nothing.
    /// </summary>
    private static void CheckNamesAreUnique(INamedTypeSymbol spec, SpecModel model, DiagnosticCollector diagnostics)
    {
        var checkedNames = new HashSet<string>();
        void Check(string name, string what)
        {
            if (!checkedNames.Add(name))
                return;
            ImmutableArray<ISymbol> members = spec.GetMembers(name);
            ISymbol[] declared = members.Where(m => !m.IsImplicitlyDeclared && OptimGenOutput.IsDeclaredByUser(m)).ToArray();
            if (declared.Length > 1)
                diagnostics.Report(SpecDiagnostics.AmbiguousMemberName, declared[1].Locations.FirstOrDefault(), spec.Name, name, what);
        }

        foreach (HyperparameterModel hyperparameter in model.Hyperparameters)
            Check(hyperparameter.Name, "hyperparameter");
        foreach (ComponentModel component in model.Components)
            Check(component.PropertyName, "component");
        if (!model.IsChain)
            Check(model.Transition.MethodName, "transition");
        if (model.InitHook is not null)
            Check(model.InitHook.MethodName, "[Init] method");
        if (model.CachedEvaluation is not null)
            Check(model.CachedEvaluation.MethodName, "[CachedEvaluation] method");
        if (model.ConvergenceMeasure is not null)
            Check(model.ConvergenceMeasure.MethodName, "[ConvergenceMeasure] method");
        if (model.FailureCheck is not null)
            Check(model.FailureCheck.MethodName, "[OptimizerFailure] method");
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
