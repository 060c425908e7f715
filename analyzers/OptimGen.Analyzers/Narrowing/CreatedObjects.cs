using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The <c>new</c>s an object read through a local can come from: those of the values that can reach the read
/// (<see cref="ReachingValues"/>), through the arms of a conditional or switch and through other such locals
/// (<c>var scratch = new Window(buffer);</c>, <c>w = flag ? new Window(state.Ring) : new Window(buffer);</c>). A
/// constructor's parameters then stand for each creation's arguments, so a view the type keeps is one these objects were
/// given, not any other object's of the same type. Likewise the object a null-conditional access reads and the one an
/// object initializer fills. Null when the local may hold an object from anywhere else (a call's result, a parameter).
/// </summary>
internal static class CreatedObjects
{
    private const int MaxDepth = 8;

    public static IReadOnlyList<IObjectCreationOperation>? Of(IOperation? instance) => Of(instance, depth: 0);

    private static IReadOnlyList<IObjectCreationOperation>? Of(IOperation? instance, int depth)
    {
        instance = instance?.WithoutImplicitConversions();
        // `scratch?.Ring` reads scratch; a member set in `new Holder(ring) { Ring = { [0] = x } }` is that new object's.
        if (instance is not null && ImplicitReceivers.StandsFor(instance) is { } receiver)
            instance = receiver.WithoutImplicitConversions();
        if (instance is not null && ImplicitReceivers.Created(instance) is { } initialized)
            return new[] { initialized };
        if (depth > MaxDepth || instance is not ILocalReferenceOperation local || LocalViews.OutArgumentsOf(local).Any()
            || ReachingValues.At(local) is not { } values)
            return null;

        var created = new List<IObjectCreationOperation>();
        foreach (IOperation arm in values.SelectMany(value => ValueShapes.Arms(value, ValueShapes.WithoutImplicitConversions)))
        {
            switch (arm)
            {
                case IObjectCreationOperation creation:
                    created.Add(creation);
                    break;
                case { ConstantValue: { HasValue: true, Value: null } }:
                    // `null` holds no view.
                    break;
                case ILocalReferenceOperation other when Of(other, depth + 1) is { } theirs:
                    created.AddRange(theirs);
                    break;
                default:
                    return null;
            }
        }

        return created;
    }
}
