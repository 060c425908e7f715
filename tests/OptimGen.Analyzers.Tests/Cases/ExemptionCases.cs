using System.Collections.Generic;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// What "index arithmetic that provably fits" allows, as a value-range proof, and what it does not: a wide
/// value that a shift or division does not bring into range, a floating result, a 32-bit count in an Integer slot.
/// </summary>
internal static class ExemptionCases
{
    public const string Rule = "Exemptions";
    private const string Cast = "A cast";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "index arithmetic with >> and / that fits", """
            long n = gradient.Length;
            int half = (int)(n / 2);
            int quarter = (int)(n >> 2);
            int high = (int)(state.Total >> 33);
            for (long i = 0; i < n; i++)
                update[(int)((i + half) >> 1)] = gradient[(int)(i / 2)] + quarter + high;
            """);

        yield return new(Rule, "a descending long loop index", """
            for (long k = Math.Min(state.Count, MemorySize) - 1; k >= 0; k--)
                state.Weights[(int)k] = 0;
            for (long i = gradient.Length - 1; i >= 0; --i)
                update[(int)i] = gradient[(int)i];
            """);

        yield return new(Rule, "a cast to the slot's declared float in a compound assignment", """
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] += (float)gradient[i];
            state.Scale -= (float)state.Value;
            """);

        yield return new(Rule, "Math.Max and Clamp of bounded operands", """
            int last = (int)Math.Max(Math.Min(state.Count, MemorySize) - 1, 0);
            int clamped = (int)Math.Clamp(state.Total, 0, gradient.Length - 1);
            update[clamped] = state.Weights[last];
            """);

        yield return new(Rule, "a shift or division that leaves a long too wide for int", """
            int half = {|#0:(int)(state.Count / 2)|};
            int shifted = {|#1:(int)(state.Total >> 1)|};
            update[0] = half + shifted;
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble), Conversion(Cast, "Int64", "Int32", IntegerDouble, marker: 1)],
            InSingle = [],
        };

        yield return new(Rule, "a float result is never index arithmetic", """
            int k = {|#0:(int)Math.Min(state.Value, 10.0)|};
            update[0] = k;
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "an ascending loop whose body moves the index is not a proof", """
            for (long i = 0; i < gradient.Length; i++)
            {
                i += state.Count;
                update[0] = {|#0:(int)i|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "a span length, a loop index and a clamped int count are 32-bit values in an Integer slot", """
            state.Count = {|#0:gradient.Length|};
            for (int i = 0; i < gradient.Length; i++)
                state.Ring[0] = {|#1:i|};
            state.NumLinesearchSteps = {|#2:Math.Min(gradient.Length, MemorySize)|};
            """)
        {
            InDouble =
            [
                SlotValue("Count", IntegerDouble, "an Int32"),
                SlotValue("Ring", IntegerDouble, "an Int32", marker: 1),
                SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32", marker: 2),
            ],
        };

        yield return new(Rule, "a cast to another type than the slot's in a compound assignment", """
            state.Count += {|#0:(int)state.Precise|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "bit tricks that fit: an unsigned shift and a mask", """
            int bucket = (int)((ulong)state.Total >> 58);
            byte low = (byte)(state.Count & 0x7F);
            int page = (int)((ulong)state.Total >>> 44);
            update[0] = bucket + low + page;
            """);

        yield return new(Rule, "a local set once from a length, divided and shifted", """
            long cells = gradient.Length;
            long middle = cells / 2;
            for (long i = middle; i < cells; i++)
                update[(int)i] = gradient[(int)(i - middle)];
            """);

        yield return new(Rule, "a long count kept in Integer arithmetic", """
            state.Count = Math.Min(state.Count + 1, MaxSteps);
            state.NumLinesearchSteps = Math.Max(state.NumLinesearchSteps - 1, 0);
            state.Total = (state.Total + MemorySize) % (MemorySize * 2L);
            """);
        yield return new(Rule, "a != loop up to a hyperparameter a Shape names, which the generated code keeps non-negative", """
            Real sum = 0;
            for (long k = 0; k != MemorySize; k++)
                sum += state.Weights[(int)k];
            update[0] = sum * gradient[0];
            """);

        yield return new(Rule, "a != loop up to an int hyperparameter no Shape names and no Minimum bounds", """
            Real sum = 0;
            for (long k = 0; k != Window; k++)
                sum += gradient[{|#0:(int)k|}];
            update[0] = sum;
            """, """
            [Hyperparameter] public int Window { get; init; } = 4;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "a binary search over the ring with long bounds: the midpoint lies between 0 and the last index", """
            long lo = 0, hi = state.Ring.Length - 1;
            while (lo <= hi)
            {
                long mid = lo + (hi - lo) / 2;
                if (state.Ring[(int)mid] < state.Count)
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }

            update[0] = -gradient[0];
            """);

        yield return new(Rule, "a lower-bound search with (lo + hi) >> 1 and its insertion point read after the loop", """
            long lo = 0;
            long hi = gradient.Length;
            for (; lo < hi && hi > 0;)
            {
                long mid = (lo + hi) >> 1;
                if (gradient[(int)mid] < state.Value)
                    lo = mid + 1;
                else
                    hi = mid;
            }

            update[(int)Math.Min(lo, gradient.Length - 1)] = -gradient[(int)(hi / 2)];
            int at = (int)lo;
            update[0] += at;
            """);

        yield return new(Rule, "a midpoint without the loop's test, bounds past int, a bound moved before it is taken, or an unsigned bound that wraps", """
            long lo = 0, hi = gradient.Length - 1;
            while (true)
            {
                long mid = lo + (hi - lo) / 2;
                update[0] = -gradient[{|#0:(int)mid|}];
                if (lo >= hi)
                    break;
                lo = mid + 1;
            }

            long first = 0, last = 3_000_000_000L;
            while (first <= last)
            {
                long middle = first + (last - first) / 2;
                update[0] += {|#1:(int)middle|};
                last = middle - 1;
            }

            long left = 0, right = gradient.Length - 1;
            while (left <= right)
            {
                left = right - 1;
                long centre = (left + right) / 2;
                update[0] += {|#2:(int)centre|};
                right = centre - 1;
            }

            uint from = 0, to = (uint)gradient.Length - 1;
            while (from <= to)
            {
                uint half = from + (to - from) / 2;
                update[0] += {|#3:(int)half|};
                if (gradient[0] > 0)
                    from = half + 1;
                else
                    to = half - 1;
            }
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble), Conversion(Cast, "Int64", "Int32", IntegerDouble, marker: 1),
                        Conversion(Cast, "Int64", "Int32", IntegerDouble, marker: 2), Conversion(Cast, "UInt32", "Int32", IntegerDouble, marker: 3)],
        };
    }
}
