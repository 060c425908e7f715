using System.Collections.Generic;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// Conversions OPT0001 reports however they are written beyond casts and the classic APIs: implicit integer to
/// float conversions, foreach variables, ConvertToInteger(Native), x86 and Arm intrinsics.
/// </summary>
internal static class ConversionFormCases
{
    public const string Rule = "Conversions";
    private const string Implicit = "An implicit conversion";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "an implicit int to float conversion", """
            int steps = MemorySize * 3;
            float scaled = {|#0:steps|};
            update[0] = scaled;
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "an implicit long to float conversion of an Integer slot", """
            float steps = {|#0:state.Count|};
            update[0] = steps;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "an int argument of MathF.Sqrt", """
            int steps = MemorySize * 3;
            update[0] = MathF.Sqrt({|#0:steps|});
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "foreach (float g in a Real[] slot)", """
            Real sum = 0;
            foreach ({|#0:float|} g in state.Velocity)
                sum += g;
            update[0] = sum;
            """)
        { InDouble = [Conversion("The foreach loop", "Double", "Single", RealDouble)] };

        yield return new(Rule, "foreach (int k in an Integer[] slot)", """
            Real sum = 0;
            foreach ({|#0:int|} k in state.Ring)
                sum += k;
            update[0] = sum;
            """)
        { InDouble = [Conversion("The foreach loop", "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "double.ConvertToInteger<int>", """
            int k = {|#0:double.ConvertToInteger<int>(state.Precise)|};
            update[0] = k;
            """)
        { InDouble = [Conversion("'Double.ConvertToInteger'", "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "ConvertToIntegerNative<short>, in both modes", """
            short k = {|#0:Real.ConvertToIntegerNative<short>(state.Value)|};
            update[0] = k;
            """)
        {
            InDouble = [Conversion("'Double.ConvertToIntegerNative'", "Double", "Int16", IntegerDouble)],
            InSingle = [Conversion("'Single.ConvertToIntegerNative'", "Single", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "an AVX conversion of double elements to float", """
            var wide = Vector256.Create(state.Precise);
            var narrow = {|#0:System.Runtime.Intrinsics.X86.Avx.ConvertToVector128Single(wide)|};
            update[0] = narrow.ToScalar();
            """)
        { InDouble = [Conversion("'Avx.ConvertToVector128Single'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "an Arm narrowing of long elements to int", """
            var wide = Vector128.Create(state.Total);
            var narrow = {|#0:System.Runtime.Intrinsics.Arm.AdvSimd.ExtractNarrowingLower(wide)|};
            update[0] = narrow.ToScalar();
            """)
        { InDouble = [Conversion("'AdvSimd.ExtractNarrowingLower'", "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "an SSE2 pack of int elements to short, in both modes", """
            var wide = Vector128.Create(state.Small);
            var packed = {|#0:System.Runtime.Intrinsics.X86.Sse2.PackSignedSaturate(wide, wide)|};
            update[0] = packed.ToScalar();
            """)
        {
            InDouble = [Conversion("'Sse2.PackSignedSaturate'", "Int32", "Int16", IntegerDouble)],
            InSingle = [Conversion("'Sse2.PackSignedSaturate'", "Int32", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "implicit conversions that lose nothing or reach the active precision", """
            int steps = MemorySize * 3;
            Real asReal = steps;
            double asDouble = steps;
            long asLong = steps;
            float small = 3;
            foreach (Real g in state.Velocity)
                asReal += g;
            foreach (double g in state.Mu)
                asDouble += g;
            update[0] = asReal + (Real)asDouble + asLong + small;
            """);

        yield return new(Rule, "widening intrinsics and ConvertToInteger to Integer", """
            var narrow = Vector128.Create(state.Scale);
            var wide = System.Runtime.Intrinsics.X86.Sse2.ConvertToVector128Double(narrow);
            Integer k = Real.ConvertToInteger<Integer>(state.Value);
            update[0] = wide.ToScalar() > 0 ? (Real)k : 0;
            """);

        yield return new(Rule, "a mean over a span length and a float slot kept in float", """
            Real sum = 0;
            foreach (Real g in gradient)
                sum += g;
            Real mean = sum / gradient.Length;
            state.Scale = (float)(state.Value * 0.5);
            update[0] = mean;
            """);

        yield return new(Rule, "Vector<Real> arithmetic and Vector.Widen", """
            var g = new Vector<Real>(gradient);
            var scaled = g * LearningRate;
            Vector.Widen(new Vector<float>(state.Scale), out Vector<double> low, out Vector<double> high);
            update[0] = scaled[0] + (Real)(low[0] + high[0]);
            """);
    }
}
