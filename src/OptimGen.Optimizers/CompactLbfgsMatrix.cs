using System;
using System.Numerics;
using System.Runtime.InteropServices;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// The compact representation of the L-BFGS Hessian approximation (Byrd, Nocedal and Schnabel 1994) that L-BFGS-B works
/// with: <c>B = theta I - W M W'</c>, <c>W = [Y, theta S]</c> (n x 2k for k stored pairs) and
/// <c>M = [[-D, L'], [L, theta S'S]]^-1</c>, with <c>D = diag(s_i'y_i)</c> and <c>L</c> the strictly lower triangle of
/// <c>S'Y</c> (pairs in chronological order). Its data lives in <see cref="Lbfgsb.State"/>: the rings of <c>s_i</c> and
/// <c>y_i</c> and the products <c>S'S</c>, <c>S'Y</c>, <c>Y'Y</c> indexed by ring row, so that a new pair costs one pass
/// over the stored vectors and nothing moves.
/// </summary>
internal static class CompactLbfgsMatrix
{
    /// <summary>The ring row of the <paramref name="age"/>-th oldest stored pair.</summary>
    public static int RingRow(Lbfgsb.State state, int age, int memorySize) => (state.OldestPair + age) % memorySize;

    /// <summary>Forgets every pair: <c>B = I</c> (the Fortran code's restart after a numerical breakdown or a failed search).</summary>
    public static void Reset(Lbfgsb.State state)
    {
        state.StoredPairs = 0;
        state.OldestPair = 0;
        state.HessianScale = 1;
    }

    /// <summary>
    /// Appends the pair <c>(s, y)</c> (dropping the oldest when the memory is full), sets <c>theta = y'y / s'y</c>, updates
    /// the products and refactors the middle matrix; false when that factorization breaks down.
    /// </summary>
    public static bool AddPair(Lbfgsb.State state, ReadOnlySpan<Real> s, ReadOnlySpan<Real> y, Real sy, Real yy, int memorySize)
    {
        int n = s.Length;
        int row;
        if (state.StoredPairs < memorySize)
        {
            row = (state.OldestPair + state.StoredPairs) % memorySize;
            state.StoredPairs += 1;
        }
        else
        {
            row = state.OldestPair;
            state.OldestPair = (state.OldestPair + 1) % memorySize;
        }

        s.CopyTo(state.DiffParamsMemory.AsSpan(row * n, n));
        y.CopyTo(state.DiffUpdatesMemory.AsSpan(row * n, n));
        state.HessianScale = yy / sy;
        for (int age = 0; age < state.StoredPairs; age++)
        {
            int other = RingRow(state, age, memorySize);
            var (ss, sOther, otherY, yOther) = other == row
                ? (Kernels.Dot<Real>(s, s), sy, sy, yy)
                : FourDots(s, y, state.DiffParamsMemory.AsSpan(other * n, n), state.DiffUpdatesMemory.AsSpan(other * n, n));
            state.SsProducts[row * memorySize + other] = ss;
            state.SsProducts[other * memorySize + row] = ss;
            state.SyProducts[row * memorySize + other] = sOther;
            state.SyProducts[other * memorySize + row] = otherY;
            state.YyProducts[row * memorySize + other] = yOther;
            state.YyProducts[other * memorySize + row] = yOther;
        }

        return FactorMiddle(state, memorySize);
    }

    /// <summary>
    /// Cholesky-factors <c>T = theta S'S + L D^-1 L'</c> (chronological order) into <c>MiddleFactor</c>: with it,
    /// <see cref="ApplyMiddle"/> solves with <c>M^-1</c> by block elimination, as the Fortran code's <c>formt</c>/<c>bmv</c> do.
    /// </summary>
    public static bool FactorMiddle(Lbfgsb.State state, int memorySize)
    {
        int count = state.StoredPairs;
        Span<Real> factor = state.MiddleFactor;
        for (int i = 0; i < count; i++)
        {
            int rowI = RingRow(state, i, memorySize);
            for (int j = 0; j <= i; j++)
            {
                int rowJ = RingRow(state, j, memorySize);
                Real sum = state.HessianScale * state.SsProducts[rowI * memorySize + rowJ];
                for (int k = 0; k < j; k++)
                {
                    int rowK = RingRow(state, k, memorySize);
                    sum += state.SyProducts[rowI * memorySize + rowK] * state.SyProducts[rowJ * memorySize + rowK]
                        / state.SyProducts[rowK * memorySize + rowK];
                }

                factor[i * memorySize + j] = sum;
            }
        }

        return SmallDenseAlgebra.CholeskyFactor(factor, count, memorySize);
    }

    /// <summary>
    /// <c>result = M v</c> for a vector of <c>2k</c> (the <c>Y</c> part first): with <c>v = [v1; v2]</c>,
    /// <c>T p2 = v2 + L D^-1 v1</c> and <c>p1 = D^-1 (L' p2 - v1)</c>. <paramref name="result"/> must not overlap <paramref name="v"/>.
    /// </summary>
    public static void ApplyMiddle(Lbfgsb.State state, ReadOnlySpan<Real> v, Span<Real> result, int memorySize)
    {
        int count = state.StoredPairs;
        Span<Real> second = result.Slice(count, count);
        for (int i = 0; i < count; i++)
        {
            int rowI = RingRow(state, i, memorySize);
            Real sum = v[count + i];
            for (int k = 0; k < i; k++)
            {
                int rowK = RingRow(state, k, memorySize);
                sum += state.SyProducts[rowI * memorySize + rowK] * v[k] / state.SyProducts[rowK * memorySize + rowK];
            }

            second[i] = sum;
        }

        SmallDenseAlgebra.CholeskySolve(state.MiddleFactor, count, memorySize, second);
        for (int k = 0; k < count; k++)
        {
            int rowK = RingRow(state, k, memorySize);
            Real sum = -v[k];
            for (int i = k + 1; i < count; i++)
                sum += state.SyProducts[RingRow(state, i, memorySize) * memorySize + rowK] * second[i];
            result[k] = sum / state.SyProducts[rowK * memorySize + rowK];
        }
    }

    /// <summary><c>v = W' x = [Y'x; theta S'x]</c>.</summary>
    public static void MultiplyTransposed(Lbfgsb.State state, ReadOnlySpan<Real> x, Span<Real> v, int memorySize)
    {
        int count = state.StoredPairs, n = x.Length;
        for (int age = 0; age < count; age++)
        {
            int row = RingRow(state, age, memorySize);
            v[age] = Kernels.Dot<Real>(state.DiffUpdatesMemory.AsSpan(row * n, n), x);
            v[count + age] = state.HessianScale * Kernels.Dot<Real>(state.DiffParamsMemory.AsSpan(row * n, n), x);
        }
    }

    /// <summary><c>x += W v</c> scaled: <c>x += Y (yScale v1) + S (sScale v2)</c>.</summary>
    public static void MultiplyAdd(Lbfgsb.State state, ReadOnlySpan<Real> v, Real yScale, Real sScale, Span<Real> x, int memorySize)
    {
        int count = state.StoredPairs, n = x.Length;
        for (int age = 0; age < count; age++)
        {
            int row = RingRow(state, age, memorySize);
            Kernels.Axpy<Real>(yScale * v[age], state.DiffUpdatesMemory.AsSpan(row * n, n), x);
            Kernels.Axpy<Real>(sScale * v[count + age], state.DiffParamsMemory.AsSpan(row * n, n), x);
        }
    }

    /// <summary>Row <paramref name="coordinate"/> of <c>W</c>: <c>[y_k(i)]</c>, then <c>[theta s_k(i)]</c>.</summary>
    public static void RowOfW(Lbfgsb.State state, int coordinate, Span<Real> row, int memorySize)
    {
        int count = state.StoredPairs, n = state.ParameterCount;
        for (int age = 0; age < count; age++)
        {
            int ring = RingRow(state, age, memorySize);
            row[age] = state.DiffUpdatesMemory[ring * n + coordinate];
            row[count + age] = state.HessianScale * state.DiffParamsMemory[ring * n + coordinate];
        }
    }

    /// <summary>One pass for <c>s·s'</c>, <c>s·y'</c>, <c>s'·y</c> and <c>y·y'</c> of a new pair <c>(s, y)</c> against a stored one <c>(s', y')</c>.</summary>
    private static (Real Ss, Real Sy, Real OtherSy, Real Yy) FourDots(ReadOnlySpan<Real> s, ReadOnlySpan<Real> y, ReadOnlySpan<Real> otherS, ReadOnlySpan<Real> otherY)
    {
        ReadOnlySpan<Vector<Real>> sv = MemoryMarshal.Cast<Real, Vector<Real>>(s), yv = MemoryMarshal.Cast<Real, Vector<Real>>(y);
        ReadOnlySpan<Vector<Real>> osv = MemoryMarshal.Cast<Real, Vector<Real>>(otherS), oyv = MemoryMarshal.Cast<Real, Vector<Real>>(otherY);
        Vector<Real> ss = Vector<Real>.Zero, sy = Vector<Real>.Zero, osy = Vector<Real>.Zero, yy = Vector<Real>.Zero;
        for (int i = 0; i < sv.Length; i++)
        {
            ss += sv[i] * osv[i];
            sy += sv[i] * oyv[i];
            osy += osv[i] * yv[i];
            yy += yv[i] * oyv[i];
        }

        Real ssSum = Vector.Sum(ss), sySum = Vector.Sum(sy), osySum = Vector.Sum(osy), yySum = Vector.Sum(yy);
        for (int i = sv.Length * Vector<Real>.Count; i < s.Length; i++)
        {
            ssSum += s[i] * otherS[i];
            sySum += s[i] * otherY[i];
            osySum += otherS[i] * y[i];
            yySum += y[i] * otherY[i];
        }

        return (ssSum, sySum, osySum, yySum);
    }
}
