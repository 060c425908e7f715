using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// The <c>new</c> an object read through a local comes from, when that is the only value the local is given
/// (<c>var scratch = new Window(buffer);</c>): the constructor's parameters then stand for that creation's arguments, so a
/// view the type keeps is the one this object was given, not any other object's of the same type.
/// </summary>
internal static class CreatedObjects
{
    public static IObjectCreationOperation? Of(IOperation? instance)
    {
        if (instance?.WithoutImplicitConversions() is not ILocalReferenceOperation local || LocalViews.OutArgumentsOf(local).Any())
            return null;
        IOperation[] values = LocalViews.ValuesOf(local).Take(2).ToArray();
        return values.Length == 1 ? values[0].WithoutImplicitConversions() as IObjectCreationOperation : null;
    }
}
