using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Specs.Diagnostics;
using OptimGen.Specs.Model;

namespace OptimGen.Specs.Reading;

/// <summary>
/// Reads a slot's <c>Shape</c>: a comma-separated list of <c>n</c>, integer hyperparameter names and
/// non-negative integer literals (written as in C#).
/// </summary>
internal static class ShapeParser
{
    /// <returns>The dimensions, or null after reporting why the shape cannot be used.</returns>
    public static EquatableArray<ShapeDimension>? Parse(
        string shape,
        string slotName,
        string specName,
        IReadOnlyDictionary<string, HyperparameterModel> hyperparameters,
        Location? location,
        DiagnosticCollector diagnostics)
    {
        if (string.IsNullOrWhiteSpace(shape))
        {
            diagnostics.Report(SpecDiagnostics.MalformedShape, location, slotName, specName, shape, "it is empty; omit Shape for a scalar slot");
            return null;
        }

        var dimensions = new List<ShapeDimension>();
        bool valid = true;
        foreach (string entry in Entries(shape))
        {
            ShapeDimension? dimension = ParseEntry(entry, shape, slotName, specName, hyperparameters, location, diagnostics);
            if (dimension is null)
                valid = false;
            else
                dimensions.Add(dimension);
        }

        return valid ? dimensions.ToEquatableArray() : null;
    }

    /// <summary>A shape's entries as written, trimmed: <c>"MemorySize, n"</c> gives <c>MemorySize</c> and <c>n</c>.</summary>
    public static IEnumerable<string> Entries(string shape)
    {
        foreach (string entry in shape.Split(','))
            yield return entry.Trim();
    }

    /// <summary>The names a shape's entries stand for (see <see cref="IdentifierName"/>), as the hyperparameters they size are named.</summary>
    public static IEnumerable<string> EntryNames(string shape)
    {
        foreach (string entry in Entries(shape))
            yield return entry.Length == 0 ? entry : IdentifierName(entry) ?? entry;
    }

    private static ShapeDimension? ParseEntry(
        string entry,
        string shape,
        string slotName,
        string specName,
        IReadOnlyDictionary<string, HyperparameterModel> hyperparameters,
        Location? location,
        DiagnosticCollector diagnostics)
    {
        if (entry.Length == 0)
        {
            diagnostics.Report(SpecDiagnostics.MalformedShape, location, slotName, specName, shape, "it has an empty entry");
            return null;
        }

        if (entry == KnownNames.ParameterCountDimension)
            return new ShapeDimension(ShapeDimensionKind.ParameterCount, entry, 0);

        if (char.IsDigit(entry[0]) || entry[0] is '-' or '+')
        {
            if (TryParseIntegerLiteral(entry, out int literal))
                return new ShapeDimension(ShapeDimensionKind.Literal, literal.ToString(CultureInfo.InvariantCulture), literal);
            diagnostics.Report(SpecDiagnostics.MalformedShape, location, slotName, specName, shape,
                $"'{entry}' is not a non-negative integer literal that fits an int");
            return null;
        }

        if (IdentifierName(entry) is not { } name)
        {
            diagnostics.Report(SpecDiagnostics.MalformedShape, location, slotName, specName, shape,
                $"'{entry}' is neither 'n', an integer literal nor a hyperparameter name");
            return null;
        }

        if (!hyperparameters.TryGetValue(name, out HyperparameterModel? hyperparameter))
        {
            diagnostics.Report(SpecDiagnostics.UnknownShapeName, location, slotName, specName, entry);
            return null;
        }

        if (!hyperparameter.IsDimension)
        {
            diagnostics.Report(SpecDiagnostics.NonIntegerShapeHyperparameter, location, slotName, specName, entry, hyperparameter.TypeName);
            return null;
        }

        return new ShapeDimension(ShapeDimensionKind.Hyperparameter, name, 0);
    }

    /// <summary>
    /// A C# integer literal as a C# programmer writes one (<c>16</c>, <c>0x10</c>, <c>0b1_0000</c>, <c>1_000</c>) whose
    /// value is a non-negative int; not a real literal (<c>3.5</c>, <c>1e3</c>) or one C# itself refuses (too large).
    /// </summary>
    private static bool TryParseIntegerLiteral(string text, out int value)
    {
        value = 0;
        SyntaxToken token = SyntaxFactory.ParseToken(text);
        if (!token.IsKind(SyntaxKind.NumericLiteralToken) || token.FullSpan.Length != text.Length || token.ContainsDiagnostics)
            return false;
        ulong? integral = token.Value switch
        {
            int i when i >= 0 => (ulong)i,
            uint u => u,
            long l when l >= 0 => (ulong)l,
            ulong ul => ul,
            _ => null,
        };
        if (integral is not { } fits || fits > int.MaxValue)
            return false;
        value = (int)fits;
        return true;
    }

    /// <summary>
    /// The name an entry stands for, read as C# reads an identifier (letters of any script, combining marks,
    /// connectors, <c>\u</c> escapes, a verbatim <c>@</c>; formatting characters ignored, as in the hyperparameter's
    /// own name), or a keyword's text; null when the entry is not one token of these kinds.
    /// </summary>
    private static string? IdentifierName(string text)
    {
        SyntaxToken token = SyntaxFactory.ParseToken(text);
        if (token.FullSpan.Length != text.Length || token.ContainsDiagnostics)
            return null;
        if (token.IsKind(SyntaxKind.IdentifierToken))
            return token.ValueText;
        return SyntaxFacts.IsKeywordKind(token.Kind()) ? token.Text : null;
    }
}
