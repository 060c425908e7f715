using System.IO;

namespace OptimGen.Generators.Benchmarks;

/// <summary>The contract's example spec, embedded from tests/Shared/ContractHeavyBall.cs (the one copy).</summary>
internal static class ContractSource
{
    public static readonly string Text =
        new StreamReader(typeof(ContractSource).Assembly.GetManifestResourceStream("ContractHeavyBall.cs")!).ReadToEnd();
}
