using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>
/// What a receiver the code does not write out stands for: the operand of a null-conditional access for the
/// <c>?[0]</c> or <c>?.</c> after it (<c>state.Ring?[0] = steps</c>, C# 14's null-conditional assignment), and the member a
/// nested object or collection initializer fills (<c>new Holder(ring) { Ring = { [^1] = steps } }</c> writes into <c>Ring</c>).
/// </summary>
internal static class ImplicitReceivers
{
    /// <summary>The operation <paramref name="operation"/> stands for, or null when it is not such a receiver.</summary>
    public static IOperation? StandsFor(IOperation operation)
    {
        switch (operation)
        {
            case IConditionalAccessInstanceOperation:
                for (IOperation child = operation; child.Parent is { } parent; child = parent)
                {
                    if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                        return access.Operation;
                }

                return null;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                // Inside a nested initializer: the member it fills. Directly in a creation's initializer it is the object
                // being created, whose members are followed by what is stored in them (see Created).
                return Initialized(operation) as IMemberInitializerOperation is { } member ? member.InitializedMember : null;
            default:
                return null;
        }
    }

    /// <summary>The <c>new</c> whose object initializer an implicit receiver is directly in: <c>new Holder(ring) { Ring = ... }</c>.</summary>
    public static IObjectCreationOperation? Created(IOperation operation) =>
        operation is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? Initialized(operation) as IObjectCreationOperation
            : null;

    /// <summary>The nearest member initializer or creation whose initializer holds <paramref name="receiver"/>.</summary>
    private static IOperation? Initialized(IOperation receiver)
    {
        for (IOperation child = receiver; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case IMemberInitializerOperation member when member.Initializer == child:
                    return member;
                case IObjectCreationOperation or IAnonymousObjectCreationOperation or ITypeParameterObjectCreationOperation or IWithOperation:
                    return parent;
            }
        }

        return null;
    }
}
