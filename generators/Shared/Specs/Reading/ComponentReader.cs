using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Reads the <c>[Component]</c> properties of a chain spec. A component's type must be an <c>[Optimizer]</c>
/// spec of this compilation (its generated <c>State</c>, <c>Init</c> and <c>Step</c> are emitted alongside);
/// the chain takes every optional transition input one of its components takes.
/// </summary>
internal static class ComponentReader
{
    public static List<ComponentModel> Read(INamedTypeSymbol spec, DiagnosticCollector diagnostics)
    {
        var components = new List<ComponentModel>();
        foreach (IPropertySymbol property in spec.GetMembers().OfType<IPropertySymbol>())
        {
            if (!SpecConventions.HasAttribute(property, SpecConventions.ComponentAttribute))
                continue;
            Location? location = property.Locations.FirstOrDefault();
            if (!PropertyForm.IsPublicInitOnly(property))
            {
                diagnostics.Report(SpecDiagnostics.InvalidComponent, location, property.Name, spec.Name,
                    "must be a public instance property with 'get; init;' accessors");
                continue;
            }

            if (AttributeReading.IsUnusableByGeneratedCode(property))
            {
                diagnostics.Report(SpecDiagnostics.InvalidComponent, location, property.Name, spec.Name,
                    "is marked [Obsolete] as an error, so the generated chain could not read it");
                continue;
            }

            // The chain's generated State names the component's State: CS0619 in a file the user did not write.
            if (property.Type is INamedTypeSymbol componentType && AttributeReading.IsObsoleteAsErrorFrom(componentType, spec))
            {
                diagnostics.Report(SpecDiagnostics.InvalidComponent, location, property.Name, spec.Name,
                    $"has type '{property.Type.ToDisplayString()}', which is marked [Obsolete] as an error, so the generated chain could not use it");
                continue;
            }

            if (KnownNames.GeneratedStateMembers.Contains(property.Name))
            {
                diagnostics.Report(SpecDiagnostics.InvalidComponent, location, property.Name, spec.Name,
                    $"becomes State.{property.Name}, a member OptimGen generates on State; rename it");
                continue;
            }

            string typeName = property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)
                .ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (property.Type is INamedTypeSymbol compiled && IsFromReference(compiled))
            {
                ComponentModel? referenced = ReadCompiled(property.Name, typeName, compiled, out string? compiledProblem);
                if (referenced is null)
                    diagnostics.Report(SpecDiagnostics.InvalidComponent, location, property.Name, spec.Name,
                        $"has type '{property.Type.ToDisplayString()}', {compiledProblem}");
                else
                    components.Add(referenced);
                continue;
            }

            var visiting = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { spec };
            TransitionModel? transition = EffectiveTransition(property.Type as INamedTypeSymbol, visiting, out string? problem, out INamedTypeSymbol? cycle);
            if (cycle is not null)
            {
                diagnostics.Report(SpecDiagnostics.ChainCycle, location, property.Name, spec.Name, cycle.Name);
                continue;
            }

            if (transition is null)
            {
                diagnostics.Report(SpecDiagnostics.InvalidComponent, location, property.Name, spec.Name,
                    $"has type '{property.Type.ToDisplayString()}', {problem}");
                continue;
            }

            components.Add(new ComponentModel(property.Name, typeName, transition));
        }

        return components;
    }

    /// <summary>The transition inputs of <paramref name="type"/> used as a component; null with the reason when it cannot be one.</summary>
    private static TransitionModel? EffectiveTransition(
        INamedTypeSymbol? type,
        HashSet<INamedTypeSymbol> visiting,
        out string? problem,
        out INamedTypeSymbol? cycle)
    {
        cycle = null;
        problem = null;
        if (type is not null && IsFromReference(type))
            return ReadCompiled(string.Empty, string.Empty, type, out problem)?.Transition;
        if (type is null || !SpecConventions.HasAttribute(type, SpecConventions.OptimizerAttribute))
        {
            problem = "which is not an [Optimizer] spec";
            return null;
        }

        if (type.IsGenericType)
        {
            problem = "which is generic";
            return null;
        }

        if (!visiting.Add(type))
        {
            cycle = type;
            return null;
        }

        IMethodSymbol? transition = type.GetMembers().OfType<IMethodSymbol>()
            .FirstOrDefault(m => SpecConventions.HasAttribute(m, SpecConventions.TransitionAttribute));
        if (transition is not null)
        {
            // The component reports its own diagnostics; here it only matters whether it is valid.
            TransitionModel? own = TransitionParser.Parse(transition, type, DiagnosticCollector.Discarding());
            problem = own is null ? "an optimizer spec whose transition is not valid (see its own diagnostics)" : null;
            return own;
        }

        var parts = new List<ComponentModel>();
        foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (!SpecConventions.HasAttribute(property, SpecConventions.ComponentAttribute))
                continue;
            TransitionModel? part = EffectiveTransition(property.Type as INamedTypeSymbol, visiting, out problem, out cycle);
            if (part is null)
                return null;
            parts.Add(new ComponentModel(property.Name, string.Empty, part));
        }

        if (parts.Count == 0)
        {
            problem = "an optimizer spec with neither a [Transition] nor [Component] properties";
            return null;
        }

        return TransitionModel.ForChain(parts);
    }

    /// <summary>A type of a referenced assembly, such as a built-in optimizer: its generated code is already compiled.</summary>
    private static bool IsFromReference(INamedTypeSymbol type) => !type.Locations.Any(l => l.IsInSource);

    /// <summary>
    /// A spec compiled in a referenced assembly (the built-in optimizers are): its private transition is not
    /// visible, but its generated public <c>Step</c> mirrors it, and its element type tells the mode it was
    /// compiled for.
    /// </summary>
    private static ComponentModel? ReadCompiled(string propertyName, string typeName, INamedTypeSymbol type, out string? problem)
    {
        problem = null;
        if (!SpecConventions.HasAttribute(type, SpecConventions.OptimizerAttribute) || type.IsGenericType)
        {
            problem = type.IsGenericType ? "which is generic" : "which is not an [Optimizer] spec";
            return null;
        }

        foreach (IMethodSymbol step in type.GetMembers("Step").OfType<IMethodSymbol>())
        {
            if (step.IsStatic || step.DeclaredAccessibility != Accessibility.Public)
                continue;
            if (GeneratedStep.Read(step) is { } read)
                return new ComponentModel(propertyName, typeName, read.Transition, read.Mode);
        }

        problem = "an [Optimizer] spec from a referenced assembly without the public Step method OptimGen generates";
        return null;
    }
}
