using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The <c>new</c> an object read through a local comes from, when that is the only value the local is given
/// (<c>var scratch = new Window(buffer);</c>): the constructor's parameters then stand for that creation's arguments, so a
/// view the type keeps is the one this object was given, not any other object's of the same type. Likewise the object a
/// null-conditional access reads and the one an object initializer fills.
/// </summary>
internal static class CreatedObjects
{
    public static IObjectCreationOperation? Of(IOperation? instance)
    {
        instance = instance?.WithoutImplicitConversions();
        // `scratch?.Ring` reads scratch; a member set in `new Holder(ring) { Ring = { [0] = x } }` is that new object's.
        if (instance is not null && ImplicitReceivers.StandsFor(instance) is { } receiver)
            instance = receiver.WithoutImplicitConversions();
        if (instance is not null && ImplicitReceivers.Created(instance) is { } initialized)
            return initialized;
        if (instance is not ILocalReferenceOperation local || LocalViews.OutArgumentsOf(local).Any())
            return null;
        IOperation[] values = LocalViews.ValuesOf(local).Take(2).ToArray();
        return values.Length == 1 ? values[0].WithoutImplicitConversions() as IObjectCreationOperation : null;
    }
}
