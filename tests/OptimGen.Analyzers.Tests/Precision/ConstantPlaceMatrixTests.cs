using System.Threading.Tasks;
using OptimGen.Analyzers.Tests.Infrastructure;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// Every constant of <see cref="ConstantPlaceMatrix"/> in every form and place, both modes (where C# accepts the form): 1,080 rows, all passing with
/// <c>OPTIMGEN_MATRIX_ALL=1</c>. CI runs each constant and place once, the form and mode taking turns.
/// </summary>
public sealed class ConstantPlaceMatrixTests
{
    public static TheoryData<int, int, int, Mode> Cases()
    {
        var data = new TheoryData<int, int, int, Mode>();
        int rows = 2 * ConstantPlaceMatrix.Forms.Length;
        for (int constant = 0; constant < ConstantPlaceMatrix.Constants.Length; constant++)
        {
            for (int place = 0; place < ConstantPlaceMatrix.Places.Length; place++)
            {
                for (int row = 0; row < rows; row++)
                {
                    int form = row / 2;
                    if (MatrixSample.Runs(constant + place, row, rows) && ConstantPlaceMatrix.Fits(ConstantPlaceMatrix.Forms[form], ConstantPlaceMatrix.Places[place]))
                        data.Add(constant, form, place, (Mode)(row % 2));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Reports_a_collapse_naming_Single_mode_in_both_builds(int constant, int form, int place, Mode mode) =>
        PrecisionRuleTests.VerifyAsync(ConstantPlaceMatrix.Case(
            ConstantPlaceMatrix.Constants[constant], ConstantPlaceMatrix.Forms[form], ConstantPlaceMatrix.Places[place]), mode);
}
