using System.Threading.Tasks;
using OptimGen.Analyzers.Tests.Cases;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// Every source of a value with every way into a slot (<see cref="SourceSinkMatrix"/>), for both kinds of slot, typed
/// narrow and typed as the slot's alias, in both modes: 2,432 rows, all passing with <c>OPTIMGEN_MATRIX_ALL=1</c> (3 min
/// on 2 cores). CI runs one row of each source and sink pair, for one kind of slot, the kind, type and mode taking turns.
/// </summary>
public sealed class SourceSinkMatrixTests
{
    public static TheoryData<int, int, int, string, Mode> Cases()
    {
        var data = new TheoryData<int, int, int, string, Mode>();
        for (int kind = 0; kind < SourceSinkMatrix.Kinds.Length; kind++)
        {
            for (int source = 0; source < SourceSinkMatrix.Sources.Length; source++)
            {
                for (int sink = 0; sink < SourceSinkMatrix.Sinks.Length; sink++)
                {
                    string[] types = [SourceSinkMatrix.Kinds[kind].Narrow, SourceSinkMatrix.Kinds[kind].Alias];
                    for (int row = 0; row < 4; row++)
                    {
                        if (MatrixSample.Runs(source + sink, kind, SourceSinkMatrix.Kinds.Length) && MatrixSample.Runs(kind + source + sink, row, 4))
                            data.Add(kind, source, sink, types[row / 2], (Mode)(row % 2));
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Reports_the_narrow_value_in_Double_mode_only(int kind, int source, int sink, string type, Mode mode) =>
        NarrowingRuleTests.VerifyAsync(
            SourceSinkMatrix.Case(SourceSinkMatrix.Kinds[kind], SourceSinkMatrix.Sources[source], SourceSinkMatrix.Sinks[sink], type), mode);
}
