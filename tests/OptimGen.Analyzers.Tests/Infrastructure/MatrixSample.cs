namespace OptimGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Which rows of a matrix test run. Each cell of a matrix (a pair such as a source and a sink) has a few rows (its
/// variants: a type, a form, a mode). CI runs one row per cell, the row taking turns from cell to cell so that every
/// variant is run somewhere; <c>OPTIMGEN_MATRIX_ALL=1</c> runs every row.
/// </summary>
internal static class MatrixSample
{
    private static readonly bool All = System.Environment.GetEnvironmentVariable("OPTIMGEN_MATRIX_ALL") == "1";

    /// <summary>Whether row <paramref name="row"/> of the <paramref name="rows"/> of the cell numbered <paramref name="cell"/> runs.</summary>
    public static bool Runs(int cell, int row, int rows) => All || cell % rows == row;
}
