using System;
using OptimGen;

namespace OptimGen.Optimizers;

/// <summary>
/// L-BFGS-B's subspace minimization (Byrd, Lu, Nocedal and Zhu 1995, section 5, the direct primal method) with Morales
/// and Nocedal's 2011 correction. With the coordinates at a bound at the Cauchy point <c>z</c> held fixed, it minimizes
/// the quadratic model over the free ones, <c>du = -Bf^-1 rf</c> with <c>rf = Z'(g + B(z - x))</c> the reduced gradient
/// and <c>Bf = Z'BZ</c>, then moves <c>z</c> towards <c>z + du</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>Bf^-1</c> comes from the Sherman-Morrison-Woodbury formula on <c>Bf = theta I - Wf M Wf'</c>:
/// <c>Bf^-1 = I/theta + Wf K^-1 Wf'/theta^2</c>, <c>K = M^-1 - Wf'Wf/theta</c>, a <c>2k x 2k</c> system. The products
/// <c>Wf'Wf</c> over the free coordinates are the stored full products minus those over the active ones, or summed over
/// the free ones directly, whichever set is smaller.
/// </para>
/// <para>
/// Morales and Nocedal: the projection <c>P(z + du)</c> replaces the Fortran 2.1 code's backtracking onto the box
/// whenever it is a descent direction from <c>x</c> (it keeps the long step along the free coordinates); only otherwise
/// is <c>du</c> truncated to the largest feasible fraction, as before.
/// </para>
/// </remarks>
internal static class SubspaceMinimization
{
    /// <summary>Lists the free coordinates first and the active ones last in <c>FreeIndices</c>, and counts the free ones.</summary>
    public static void SortFreeVariables(Lbfgsb.State state)
    {
        Span<int> indices = state.FreeIndices;
        ReadOnlySpan<int> where = state.Where;
        int free = 0, active = indices.Length;
        for (int i = 0; i < where.Length; i++)
        {
            if (where[i] <= VariableStatus.Free)
                indices[free++] = i;
            else
                indices[--active] = i;
        }

        state.FreeCount = free;
    }

    /// <summary>
    /// Moves <c>CauchyPoint</c> to the subspace minimizer (as corrected by Morales and Nocedal); false when the
    /// <c>2k x 2k</c> system is singular (the caller then forgets its pairs).
    /// </summary>
    public static bool Minimize(Lbfgsb.State state, ReadOnlySpan<Real> x, ReadOnlySpan<Real> gradient, bool constrained, int memorySize)
    {
        int n = x.Length, pairs = state.StoredPairs, size = 2 * pairs, free = state.FreeCount;
        Real theta = state.HessianScale;
        Span<Real> z = state.CauchyPoint, reduced = state.Reduced;
        ReadOnlySpan<int> activeIndices = state.FreeIndices.AsSpan(free);
        Span<Real> v = state.SubspaceProduct.AsSpan(0, size), middle = state.MiddleTimesRow.AsSpan(0, size);

        // rf = -Z'(g + theta (z - x) - W M c), held in full length with zeros on the active coordinates.
        if (constrained)
        {
            for (int i = 0; i < n; i++)
                reduced[i] = -theta * (z[i] - x[i]) - gradient[i];
            CompactLbfgsMatrix.ApplyMiddle(state, state.CauchyProduct.AsSpan(0, size), middle, memorySize);
            CompactLbfgsMatrix.MultiplyAdd(state, middle, 1, theta, reduced, memorySize);
            ClearActive(reduced, activeIndices);
        }
        else
        {
            Kernels.Scale<Real>(-1, gradient, reduced);
        }

        // Solve K w = Wf' rf.
        CompactLbfgsMatrix.MultiplyTransposed(state, reduced, v, memorySize);
        Span<Real> system = state.SubspaceMatrix.AsSpan(0, size * size);
        BuildSystem(state, system, memorySize);
        if (!SmallDenseAlgebra.Solve(system, size, size, v))
            return false;

        // du = rf/theta + Wf w / theta^2 = rf/theta + Yf w1/theta^2 + Sf w2/theta (W = [Y, theta S]).
        Kernels.Scale<Real>(1 / theta, reduced);
        CompactLbfgsMatrix.MultiplyAdd(state, v, 1 / (theta * theta), 1 / theta, reduced, memorySize);
        ClearActive(reduced, activeIndices);
        MoveAlongSubspaceStep(state, x, gradient);
        return true;
    }

    /// <summary>
    /// <c>K = M^-1 - Wf'Wf/theta</c> in chronological order, from <c>M^-1 = [[-D, L'], [L, theta S'S]]</c>:
    /// <c>[[-D - Yf'Yf/theta, L' - Yf'Sf], [L - Sf'Yf, theta (S'S - Sf'Sf)]]</c>.
    /// </summary>
    private static void BuildSystem(Lbfgsb.State state, Span<Real> system, int memorySize)
    {
        int pairs = state.StoredPairs, size = 2 * pairs;
        Real theta = state.HessianScale;
        FreeProducts(state, memorySize);
        ReadOnlySpan<Real> freeYy = state.FreeProducts.AsSpan(0, pairs * pairs);
        ReadOnlySpan<Real> freeSy = state.FreeProducts.AsSpan(pairs * pairs, pairs * pairs);
        ReadOnlySpan<Real> freeSs = state.FreeProducts.AsSpan(2 * pairs * pairs, pairs * pairs);
        for (int i = 0; i < pairs; i++)
        {
            int rowI = CompactLbfgsMatrix.RingRow(state, i, memorySize);
            for (int j = 0; j < pairs; j++)
            {
                int rowJ = CompactLbfgsMatrix.RingRow(state, j, memorySize);
                Real sIyJ = state.SyProducts[rowI * memorySize + rowJ];
                Real sJyI = state.SyProducts[rowJ * memorySize + rowI];
                system[i * size + j] = -freeYy[i * pairs + j] / theta - (i == j ? sIyJ : 0);
                // (L')_ij = s_j'y_i for j > i; (Yf'Sf)_ij = y_i'Z Z's_j.
                system[i * size + pairs + j] = (j > i ? sJyI : 0) - freeSy[j * pairs + i];
                system[(pairs + i) * size + j] = (i > j ? sIyJ : 0) - freeSy[i * pairs + j];
                system[(pairs + i) * size + pairs + j] = theta * (state.SsProducts[rowI * memorySize + rowJ] - freeSs[i * pairs + j]);
            }
        }
    }

    /// <summary>
    /// Coordinates per block when summing products over a subset: the stored vectors' slices of one block (2k of them,
    /// 40 kB for k = 10 in double) stay in cache while all the block's products are summed, so the stored pairs are read
    /// once, in order. The length of the <c>ProductBlock</c> slot's last dimension.
    /// </summary>
    internal const int BlockLength = 256;

    /// <summary>
    /// <c>Yf'Yf</c>, <c>Sf'Yf</c> (entry <c>(i, j)</c> is <c>s_i'Z Z'y_j</c>) and <c>Sf'Sf</c> over the free coordinates, chronological,
    /// into <c>FreeProducts</c>: summed over the free coordinates, or as the full products minus the sums over the active ones,
    /// whichever set is smaller; blocks without a coordinate of that set are skipped.
    /// </summary>
    private static void FreeProducts(Lbfgsb.State state, int memorySize)
    {
        int pairs = state.StoredPairs, n = state.ParameterCount, free = state.FreeCount, blockSize = pairs * pairs;
        Span<Real> yy = state.FreeProducts.AsSpan(0, blockSize), sy = state.FreeProducts.AsSpan(blockSize, blockSize);
        Span<Real> ss = state.FreeProducts.AsSpan(2 * blockSize, blockSize);
        bool subtractActive = n - free < free;
        for (int i = 0; i < pairs; i++)
        {
            int rowI = CompactLbfgsMatrix.RingRow(state, i, memorySize);
            for (int j = 0; j < pairs; j++)
            {
                int rowJ = CompactLbfgsMatrix.RingRow(state, j, memorySize);
                yy[i * pairs + j] = subtractActive ? state.YyProducts[rowI * memorySize + rowJ] : 0;
                sy[i * pairs + j] = subtractActive ? state.SyProducts[rowI * memorySize + rowJ] : 0;
                ss[i * pairs + j] = subtractActive ? state.SsProducts[rowI * memorySize + rowJ] : 0;
            }
        }

        if (subtractActive ? free == n : free == 0)
            return;
        Real sign = subtractActive ? -1 : 1;
        ReadOnlySpan<int> where = state.Where;
        Span<Real> block = state.ProductBlock;
        for (int start = 0; start < n; start += BlockLength)
        {
            int length = Math.Min(BlockLength, n - start);
            int members = 0;
            for (int k = 0; k < length; k++)
                members += (where[start + k] <= VariableStatus.Free) != subtractActive ? 1 : 0;
            if (members == 0)
                continue;

            // The block's slices of every y_i and s_i, zero outside the set.
            for (int age = 0; age < 2 * pairs; age++)
            {
                int ring = CompactLbfgsMatrix.RingRow(state, age % pairs, memorySize);
                Real[] memory = age < pairs ? state.DiffUpdatesMemory : state.DiffParamsMemory;
                Span<Real> slice = block.Slice(age * BlockLength, length);
                memory.AsSpan(ring * n + start, length).CopyTo(slice);
                if (members < length)
                {
                    for (int k = 0; k < length; k++)
                    {
                        if ((where[start + k] <= VariableStatus.Free) == subtractActive)
                            slice[k] = 0;
                    }
                }
            }

            for (int i = 0; i < pairs; i++)
            {
                ReadOnlySpan<Real> yI = block.Slice(i * BlockLength, length), sI = block.Slice((pairs + i) * BlockLength, length);
                for (int j = 0; j < pairs; j++)
                {
                    ReadOnlySpan<Real> yJ = block.Slice(j * BlockLength, length), sJ = block.Slice((pairs + j) * BlockLength, length);
                    sy[i * pairs + j] += sign * Kernels.Dot<Real>(sI, yJ);
                    if (j < i)
                        continue;
                    yy[i * pairs + j] += sign * Kernels.Dot<Real>(yI, yJ);
                    ss[i * pairs + j] += sign * Kernels.Dot<Real>(sI, sJ);
                }
            }
        }

        // The symmetric blocks were summed on and above the diagonal.
        for (int i = 0; i < pairs; i++)
        {
            for (int j = 0; j < i; j++)
            {
                yy[i * pairs + j] = yy[j * pairs + i];
                ss[i * pairs + j] = ss[j * pairs + i];
            }
        }
    }

    /// <summary>
    /// Morales and Nocedal's step from the Cauchy point <c>z</c> along <c>du</c> (in <c>Reduced</c>): the projection of
    /// <c>z + du</c> when it stays inside or is a descent direction from <c>x</c>, else the largest feasible fraction of <c>du</c>.
    /// </summary>
    private static void MoveAlongSubspaceStep(Lbfgsb.State state, ReadOnlySpan<Real> x, ReadOnlySpan<Real> gradient)
    {
        Span<Real> z = state.CauchyPoint;
        ReadOnlySpan<Real> step = state.Reduced, lower = state.Lower, upper = state.Upper;
        ReadOnlySpan<int> freeIndices = state.FreeIndices.AsSpan(0, state.FreeCount);
        bool reachesBound = false;
        Real slope = 0;
        for (int i = 0; i < x.Length; i++)
            slope += (z[i] - x[i]) * gradient[i];
        foreach (int i in freeIndices)
        {
            Real projected = Real.Min(Real.Max(z[i] + step[i], lower[i]), upper[i]);
            reachesBound |= projected == lower[i] || projected == upper[i];
            slope += (projected - z[i]) * gradient[i];
        }

        if (!reachesBound || slope <= 0)
        {
            foreach (int i in freeIndices)
                z[i] = Real.Min(Real.Max(z[i] + step[i], lower[i]), upper[i]);
            return;
        }

        // Backtrack: the largest fraction of du that keeps z inside; the coordinate that limits it lands on its bound.
        Real fraction = 1;
        int limiting = -1;
        foreach (int i in freeIndices)
        {
            Real d = step[i];
            Real candidate = fraction;
            if (d < 0 && Real.IsFinite(lower[i]))
            {
                Real room = lower[i] - z[i];
                candidate = room >= 0 ? 0 : d * fraction < room ? room / d : fraction;
            }
            else if (d > 0 && Real.IsFinite(upper[i]))
            {
                Real room = upper[i] - z[i];
                candidate = room <= 0 ? 0 : d * fraction > room ? room / d : fraction;
            }

            if (candidate < fraction)
            {
                fraction = candidate;
                limiting = i;
            }
        }

        foreach (int i in freeIndices)
            z[i] += i == limiting ? 0 : fraction * step[i];
        if (limiting >= 0 && fraction < 1)
            z[limiting] = step[limiting] > 0 ? upper[limiting] : lower[limiting];
    }

    private static void ClearActive(Span<Real> vector, ReadOnlySpan<int> activeIndices)
    {
        foreach (int i in activeIndices)
            vector[i] = 0;
    }
}
