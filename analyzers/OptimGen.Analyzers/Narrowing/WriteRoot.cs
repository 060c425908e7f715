using Microsoft.CodeAnalysis;

namespace OptimGen.Analyzers.Narrowing;

/// <summary>Where a write lands: a slot, or a parameter of the method it is written in.</summary>
internal readonly struct WriteRoot
{
    public WriteRoot(StateSlot slot)
    {
        Slot = slot;
        Parameter = null;
    }

    public WriteRoot(IParameterSymbol parameter)
    {
        Slot = null;
        Parameter = parameter;
    }

    public StateSlot? Slot { get; }

    public IParameterSymbol? Parameter { get; }
}
