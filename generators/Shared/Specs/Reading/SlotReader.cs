using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Conventions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>Reads the <c>[State]</c> fields of a spec into slots.</summary>
internal static class SlotReader
{
    public static List<SlotModel> Read(
        INamedTypeSymbol spec,
        IReadOnlyDictionary<string, HyperparameterModel> hyperparameters,
        DiagnosticCollector diagnostics,
        CancellationToken cancellationToken)
    {
        var slots = new List<SlotModel>();
        var fieldByPublicName = new Dictionary<string, string>();
        foreach (IFieldSymbol field in spec.GetMembers().OfType<IFieldSymbol>())
        {
            AttributeData? attribute = AttributeReading.Find(field, SpecConventions.StateAttribute);
            if (attribute is null)
                continue;
            if (field.IsImplicitlyDeclared)
            {
                ReportBackingField(field, spec, diagnostics);
                continue;
            }

            SlotModel? slot = ReadSlot(field, attribute, spec, hyperparameters, diagnostics, cancellationToken);
            if (slot is not null && CheckName(slot, field, spec, fieldByPublicName, diagnostics))
                slots.Add(slot);
        }

        foreach (IEventSymbol @event in spec.GetMembers().OfType<IEventSymbol>())
        {
            if (MarksBackingFieldAsSlot(@event, cancellationToken))
                diagnostics.Report(SpecDiagnostics.SlotNotPrivateField, @event.Locations.FirstOrDefault(), @event.Name, spec.Name,
                    $"the backing field of event '{@event.Name}'");
        }

        return slots;
    }

    /// <summary>
    /// <c>[field: State]</c> on a field-like event. Roslyn lists neither the event's backing field among the type's members
    /// nor its attributes, so each attribute of the declaration's <c>field:</c> lists is bound in the spec's compilation:
    /// OptimGen's <c>StateAttribute</c> however it is spelled (qualified, through an alias), and no other attribute that
    /// happens to be named <c>State</c>.
    /// </summary>
    private static bool MarksBackingFieldAsSlot(IEventSymbol @event, CancellationToken cancellationToken)
    {
        // A spec is read from source, so its assembly is the compilation's own.
        if (@event.ContainingAssembly is not ISourceAssemblySymbol { Compilation: { } compilation })
            return false;
        foreach (SyntaxReference reference in @event.DeclaringSyntaxReferences)
        {
            if (OptimGenOutput.IsOptimGenOutput(reference.SyntaxTree)
                || reference.GetSyntax(cancellationToken).Parent?.Parent is not EventFieldDeclarationSyntax declaration)
                continue;
            SemanticModel? model = null;
            foreach (AttributeListSyntax list in declaration.AttributeLists)
            {
                if (list.Target?.Identifier.IsKind(SyntaxKind.FieldKeyword) != true)
                    continue;
                model ??= compilation.GetSemanticModel(reference.SyntaxTree);
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    if (model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType?.ToDisplayString() == SpecConventions.StateAttribute)
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <c>[field: State]</c> on an auto-property marks the compiler's backing field: it declares
    /// no slot (<c>state.Name</c> would not exist), so it is reported instead of silently ignored.
    /// </summary>
    private static void ReportBackingField(IFieldSymbol field, INamedTypeSymbol spec, DiagnosticCollector diagnostics)
    {
        // (A field-like event's backing field is not among the type's members: see MarksBackingFieldAsSlot.)
        if (field.AssociatedSymbol is not { } owner)
            return;
        diagnostics.Report(SpecDiagnostics.SlotNotPrivateField, owner.Locations.FirstOrDefault(), owner.Name, spec.Name,
            $"the backing field of property '{owner.Name}'");
    }

    private static SlotModel? ReadSlot(
        IFieldSymbol field,
        AttributeData attribute,
        INamedTypeSymbol spec,
        IReadOnlyDictionary<string, HyperparameterModel> hyperparameters,
        DiagnosticCollector diagnostics,
        CancellationToken cancellationToken)
    {
        Location? location = field.Locations.FirstOrDefault();
        var declarator = field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
        TypeSyntax? typeSyntax = (declarator?.Parent as VariableDeclarationSyntax)?.Type;

        string? kind = field.IsConst ? "a constant"
            : field.IsStatic ? "a static field"
            : field.DeclaredAccessibility != Accessibility.Private ? WithArticle(AccessibilityText(field.DeclaredAccessibility)) + " field"
            : null;
        if (kind is not null)
        {
            diagnostics.Report(SpecDiagnostics.SlotNotPrivateField, location, field.Name, spec.Name, kind);
            return null;
        }

        if (declarator?.Initializer is { } initializer)
            diagnostics.Report(SpecDiagnostics.SlotInitializer, initializer.GetLocation(), field.Name, spec.Name);

        bool isArray = field.Type is IArrayTypeSymbol;
        ElementKind? element = field.Type is IArrayTypeSymbol array
            ? ClassifyArrayElement(typeSyntax, array)
            : TypeClassifier.Classify(typeSyntax, field.Type);
        if (element is null)
        {
            diagnostics.Report(SpecDiagnostics.UnsupportedSlotType, typeSyntax?.GetLocation() ?? location,
                field.Name, spec.Name, typeSyntax?.ToString() ?? field.Type.ToDisplayString());
            return null;
        }

        string? shape = AttributeReading.NamedArgument<string>(attribute, "Shape");
        bool hasShape = AttributeReading.HasNamedArgument(attribute, "Shape");
        Location? shapeLocation = hasShape ? AttributeReading.NamedArgumentLocation(attribute, "Shape", cancellationToken) : null;
        if (isArray && !hasShape)
        {
            diagnostics.Report(SpecDiagnostics.ShapeMismatch, location, field.Name, spec.Name,
                "is an array and needs a Shape, for example [State(Shape = \"n\")]");
            return null;
        }

        if (!isArray && hasShape)
        {
            diagnostics.Report(SpecDiagnostics.ShapeMismatch, shapeLocation ?? location, field.Name, spec.Name,
                "is a scalar and cannot have a Shape; declare it as an array to give it one");
            return null;
        }

        EquatableArray<ShapeDimension> dimensions = EquatableArray<ShapeDimension>.Empty;
        if (isArray && AttributeReading.NamedArgumentIsError(attribute, "Shape"))
        {
            // Not a constant (CS0182) or not a string: there is no shape to read, and "it is empty" would be wrong.
            diagnostics.Report(SpecDiagnostics.MalformedShape, shapeLocation ?? location, field.Name, spec.Name,
                AttributeReading.NamedArgumentText(attribute, "Shape", cancellationToken) ?? string.Empty, "it is not a constant string");
            return null;
        }

        if (isArray)
        {
            EquatableArray<ShapeDimension>? parsed = ShapeParser.Parse(shape ?? string.Empty, field.Name, spec.Name, hyperparameters, shapeLocation ?? location, diagnostics);
            if (parsed is null)
                return null;
            dimensions = parsed.Value;
        }

        string publicName = SpecConventions.SlotName(field.Name) ?? string.Empty;
        return new SlotModel(field.Name, publicName, element.Value, dimensions);
    }

    /// <summary>
    /// The element kind of a one-dimensional array slot. Written as an array (<c>Real[]</c>), its element syntax tells
    /// the <c>Real</c>/<c>Integer</c> aliases apart; written through a using alias (<c>using Vector = double[];</c>), only
    /// the symbol knows the element, and it cannot be <c>Real</c> or <c>Integer</c> (an alias cannot name another).
    /// Anything else (<c>Real[][]</c>, <c>Real[,]</c>, <c>Real[]?</c>) is not a slot type.
    /// </summary>
    private static ElementKind? ClassifyArrayElement(TypeSyntax? syntax, IArrayTypeSymbol array) =>
        array.Rank != 1 ? null
        : syntax is ArrayTypeSyntax { RankSpecifiers.Count: 1 } arraySyntax ? TypeClassifier.Classify(arraySyntax.ElementType, array.ElementType)
        : syntax is NameSyntax ? TypeClassifier.Classify(null, array.ElementType)
        : null;

    private static bool CheckName(
        SlotModel slot,
        IFieldSymbol field,
        INamedTypeSymbol spec,
        Dictionary<string, string> fieldByPublicName,
        DiagnosticCollector diagnostics)
    {
        string? problem = slot.Name.Length == 0 ? "leaves no name once its leading underscores are removed"
            : !Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(slot.Name) ? "is not a C# identifier (a name cannot start with a digit)"
            : KnownNames.GeneratedStateMembers.Contains(slot.Name) ? "is a member OptimGen generates on State"
            : fieldByPublicName.TryGetValue(slot.Name, out string? other) ? $"is also the name of slot '{other}'"
            : null;
        if (problem is not null)
        {
            diagnostics.Report(SpecDiagnostics.DuplicateSlotName, field.Locations.FirstOrDefault(), field.Name, spec.Name, slot.Name, problem);
            return false;
        }

        fieldByPublicName.Add(slot.Name, field.Name);
        return true;
    }

    private static string WithArticle(string word) => ("aeiou".IndexOf(word[0]) >= 0 ? "an " : "a ") + word;

    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => accessibility.ToString().ToLowerInvariant(),
    };
}
