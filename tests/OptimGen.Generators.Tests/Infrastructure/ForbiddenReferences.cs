using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// Walks an object graph through every field and reports the first object of a type a pipeline model must
/// not hold: it would root a whole compilation in the generator's cache and never compare equal across runs.
/// </summary>
internal static class ForbiddenReferences
{
    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location) };

    /// <returns>A path to a forbidden object, or null when there is none.</returns>
    public static string? Find(object? root)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Visit(root, "output", visited);
    }

    private static string? Visit(object? value, string path, HashSet<object> visited)
    {
        if (value is null)
            return null;
        Type type = value.GetType();
        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
            return $"{path} is a {type.Name}";
        if (type.IsPrimitive || type.IsEnum || value is string || value is MemberInfo || value is Assembly || value is Delegate || value is Pointer)
            return null;
        if (!type.IsValueType && !visited.Add(value))
            return null;

        if (value is IEnumerable sequence and not string)
        {
            int index = 0;
            foreach (object? item in sequence)
            {
                if (Visit(item, $"{path}[{index++}]", visited) is { } found)
                    return found;
            }
        }

        for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    continue;
                if (Visit(field.GetValue(value), $"{path}.{field.Name}", visited) is { } found)
                    return found;
            }
        }

        return null;
    }
}
