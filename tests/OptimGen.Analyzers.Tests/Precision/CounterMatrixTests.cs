using System.Threading.Tasks;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// Every step of <see cref="CounterMatrix"/> on every kind of slot in every place, both modes: 1,152 rows, all passing
/// with <c>OPTIMGEN_MATRIX_ALL=1</c>. CI runs each step and slot once, the place and mode taking turns.
/// </summary>
public sealed class CounterMatrixTests
{
    public static TheoryData<int, int, int, Mode> Cases()
    {
        var data = new TheoryData<int, int, int, Mode>();
        int rows = 2 * CounterMatrix.Places.Length;
        for (int step = 0; step < CounterMatrix.Steps.Length; step++)
        {
            for (int slot = 0; slot < CounterMatrix.Slots.Length; slot++)
            {
                for (int row = 0; row < rows; row++)
                {
                    if (MatrixSample.Runs(step + slot, row, rows))
                        data.Add(step, slot, row / 2, (Mode)(row % 2));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Reports_a_count_by_one_on_a_floating_point_scalar_only(int step, int slot, int place, Mode mode) =>
        PrecisionRuleTests.VerifyAsync(CounterMatrix.Case(CounterMatrix.Steps[step], CounterMatrix.Slots[slot], CounterMatrix.Places[place]), mode);
}
