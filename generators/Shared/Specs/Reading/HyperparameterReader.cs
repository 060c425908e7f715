using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using OptimGen.Conventions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>Reads the <c>[Hyperparameter]</c> properties of a spec.</summary>
internal static class HyperparameterReader
{
    public static List<HyperparameterModel> Read(INamedTypeSymbol spec, DiagnosticCollector diagnostics, CancellationToken cancellationToken)
    {
        var hyperparameters = new List<HyperparameterModel>();
        foreach (IPropertySymbol property in spec.GetMembers().OfType<IPropertySymbol>())
        {
            AttributeData? attribute = AttributeReading.Find(property, SpecConventions.HyperparameterAttribute);
            if (attribute is null)
                continue;

            if (!PropertyForm.IsPublicInitOnly(property))
                diagnostics.Report(SpecDiagnostics.InvalidHyperparameter, property.Locations.FirstOrDefault(), property.Name, spec.Name);

            TypeSyntax? syntax = DeclaredType(property, cancellationToken);
            bool isNullable = syntax is NullableTypeSyntax || property.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
            // Real? or Nullable<Real>: the alias is the type argument as written.
            TypeSyntax? innerSyntax = syntax is NullableTypeSyntax nullable ? nullable.ElementType
                : isNullable ? TypeClassifier.SingleTypeArgument(syntax)
                : syntax;
            ITypeSymbol innerType = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped
                ? wrapped.TypeArguments[0]
                : property.Type;
            ElementKind? element = TypeClassifier.Classify(innerSyntax, innerType);
            string typeName = syntax?.ToString() ?? property.Type.ToDisplayString();

            HyperparameterBounds? bounds = ReadBounds(attribute);
            if (bounds is not null && element is null or ElementKind.Boolean)
            {
                diagnostics.Report(SpecDiagnostics.NonNumericBounds, property.Locations.FirstOrDefault(), property.Name, spec.Name, typeName);
                bounds = null;
            }

            hyperparameters.Add(new HyperparameterModel(property.Name, typeName, element, isNullable, bounds));
        }

        return hyperparameters;
    }

    /// <summary>
    /// The type as written, which alone tells the <c>Real</c>/<c>Integer</c> aliases apart while the generator reads
    /// (they do not exist yet): on the property, or on the positional record parameter the property comes from.
    /// Without it the generator would take a <c>Real</c> for an unknown type while the analyzer, which sees the
    /// aliases, takes it for <c>double</c>: the spec would be skipped with no diagnostic.
    /// </summary>
    private static TypeSyntax? DeclaredType(IPropertySymbol property, CancellationToken cancellationToken) =>
        property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) switch
        {
            PropertyDeclarationSyntax declaration => declaration.Type,
            ParameterSyntax parameter => parameter.Type,
            _ => null,
        };

    /// <summary>The <c>Minimum</c>/<c>Maximum</c> of a <c>[Hyperparameter]</c> attribute; null when it sets neither.</summary>
    public static HyperparameterBounds? ReadBounds(AttributeData attribute)
    {
        bool hasMinimum = AttributeReading.HasNamedArgument(attribute, "Minimum");
        bool hasMaximum = AttributeReading.HasNamedArgument(attribute, "Maximum");
        if (!hasMinimum && !hasMaximum)
            return null;
        double minimum = hasMinimum ? AttributeReading.NamedArgument<double>(attribute, "Minimum") : double.NaN;
        double maximum = hasMaximum ? AttributeReading.NamedArgument<double>(attribute, "Maximum") : double.NaN;
        return new HyperparameterBounds(
            minimum,
            AttributeReading.NamedArgument<bool>(attribute, "ExclusiveMinimum"),
            maximum,
            AttributeReading.NamedArgument<bool>(attribute, "ExclusiveMaximum"));
    }
}
