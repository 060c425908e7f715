using System.Collections.Generic;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>OPT0001: a conversion narrower than the active precision, however it is written.</summary>
internal static class NarrowingConversionCases
{
    private const string Rule = "OPT0001";
    private const string Cast = "A cast";
    private const string Compound = "The compound assignment";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "a cast from Real to float", """
            update[0] = {|#0:(float)gradient[0]|} * LearningRate;
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "a cast from an Integer slot to int", """
            int steps = {|#0:(int)state.Count|};
            update[0] = steps;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "a checked cast of a long slot to int", """
            int total = checked({|#0:(int)state.Total|});
            update[0] = total;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "an unchecked cast to ushort, in both modes", """
            ushort low = unchecked({|#0:(ushort)state.Count|});
            update[0] = low;
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "UInt16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "UInt16", IntegerSingle)],
        };

        yield return new(Rule, "Half's user-defined conversion, in both modes", """
            Half half = {|#0:(Half)state.Value|};
            update[0] = (Real)(float)half;
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Half", RealDouble)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "the hidden narrowing of b += 1 on a byte, in both modes", """
            byte b = 0;
            {|#0:b += 1|};
            update[0] = b;
            """)
        {
            InDouble = [Conversion(Compound, "Int32", "Byte", IntegerDouble)],
            InSingle = [Conversion(Compound, "Int32", "Byte", IntegerSingle)],
        };

        yield return new(Rule, "a short accumulator += a short, in both modes", """
            short total = 0;
            short step = 3;
            for (int i = 0; i < gradient.Length; i++)
                {|#0:total += step|};
            update[0] = total;
            """)
        {
            InDouble = [Conversion(Compound, "Int32", "Int16", IntegerDouble)],
            InSingle = [Conversion(Compound, "Int32", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "a compound assignment in a lambda", """
            ushort ticks = 0;
            Action tick = () => {|#0:ticks += 2|};
            tick();
            update[0] = ticks;
            """)
        {
            InDouble = [Conversion(Compound, "Int32", "UInt16", IntegerDouble)],
            InSingle = [Conversion(Compound, "Int32", "UInt16", IntegerSingle)],
        };

        yield return new(Rule, "Convert.ToInt32 of a Real", """
            int k = {|#0:Convert.ToInt32(state.Value)|};
            update[0] = k;
            """)
        { InDouble = [Conversion("'Convert.ToInt32'", "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "Convert.ToSingle of a double slot", """
            float f = {|#0:Convert.ToSingle(state.Precise)|};
            update[0] = f;
            """)
        { InDouble = [Conversion("'Convert.ToSingle'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "float.CreateTruncating of a double", """
            float f = {|#0:float.CreateTruncating(state.Precise)|};
            update[0] = f;
            """)
        { InDouble = [Conversion("'Single.CreateTruncating'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "short.CreateSaturating of an Integer slot, in both modes", """
            short s = {|#0:short.CreateSaturating(state.Count)|};
            update[0] = s;
            """)
        {
            InDouble = [Conversion("'Int16.CreateSaturating'", "Int64", "Int16", IntegerDouble)],
            InSingle = [Conversion("'Int16.CreateSaturating'", "Int32", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "int.CreateChecked of an Integer slot", """
            int k = {|#0:int.CreateChecked(state.Count)|};
            update[0] = k;
            """)
        { InDouble = [Conversion("'Int32.CreateChecked'", "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "Vector.Narrow of double vectors", """
            Vector<float> narrowed = {|#0:Vector.Narrow(new Vector<double>(1.5), new Vector<double>(2.5))|};
            update[0] = narrowed[0];
            """)
        { InDouble = [Conversion("'Vector.Narrow'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "Vector128.Narrow of long vectors", """
            var wide = System.Runtime.Intrinsics.Vector128.Create(state.Total);
            var narrowed = {|#0:System.Runtime.Intrinsics.Vector128.Narrow(wide, wide)|};
            update[0] = narrowed[0];
            """)
        { InDouble = [Conversion("'Vector128.Narrow'", "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "a constant that does not survive: (float)0.1", """
            float tenth = {|#0:(float)0.1|};
            update[0] = tenth;
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "Math.Floor converted to int rather than Integer", """
            int k = {|#0:(int)Math.Floor(state.Value)|};
            update[0] = k;
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "an int counter converted to float", """
            int steps = MemorySize * 3;
            update[0] = {|#0:(float)steps|};
            """)
        { InDouble = [Conversion(Cast, "Int32", "Single", RealDouble)] };

        yield return new(Rule, "a narrowing cast in a helper the transition calls", """
            update[0] = Shrink(state.Value);
            """, """
            private static float Shrink(Real value) => {|#0:(float)value|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "a narrowing cast in a method the transition does not reach", """
            update[0] = state.Value;
            """, """
            internal static float Shrink(Real value) => (float)value;
            """);

        yield return new(Rule, "casts to Real and Integer", """
            Real r = (Real)state.Precise;
            Integer k = (Integer)state.Total;
            Integer floor = (Integer)Math.Floor(state.Value);
            update[0] = r + k + floor;
            """);

        yield return new(Rule, "widening casts", """
            long total = (long)state.Small;
            double precise = (double)Beta;
            Real fromShort = (Real)(short)3;
            update[0] = (Real)(total + precise) + fromShort;
            """);

        yield return new(Rule, "constants that survive the conversion", """
            float half = (float)0.5;
            int three = (int)3.0;
            byte b = (byte)200;
            Half quarter = (Half)0.25;
            update[0] = (Real)(half + three + b + (float)quarter);
            """);

        yield return new(Rule, "index arithmetic that provably fits: (int)(count % MemorySize), Math.Min, masks", """
            int slot = (int)(state.Count % MemorySize);
            int bounded = (int)Math.Min(state.Count, MemorySize);
            int low = (int)(state.Total & 0xFF);
            state.Weights[slot] = state.Weights[bounded] + low;
            """);

        yield return new(Rule, "a long loop index bounded by a span length", """
            for (long i = 0; i < gradient.Length; i++)
                update[(int)i] = -LearningRate * gradient[(int)i];
            """);

        yield return new(Rule, "a cast to the slot's own declared type", """
            state.Small = (int)state.Total;
            state.Scale = (float)state.Precise;
            state.Scale = (float)state.Value * 2f;
            """);

        yield return new(Rule, "compound assignments on float and int slots", """
            state.Scale += Beta;
            state.Scale *= 0.5f;
            state.Small += state.Small;
            """);

        yield return new(Rule, "masks and shifts on a byte lose nothing", """
            byte b = 0xF0;
            b &= 0x0F;
            b >>= 1;
            b |= 0x01;
            update[0] = b;
            """);

        yield return new(Rule, "Half widened to float and double", """
            Half half = Half.One;
            float f = (float)half;
            double d = (double)half;
            update[0] = (Real)(f + d);
            """);

        yield return new(Rule, "Convert and CreateTruncating to the active types", """
            Integer k = Integer.CreateTruncating(state.Precise);
            long total = Convert.ToInt64(state.Value);
            double precise = Convert.ToDouble(state.Scale);
            update[0] = (Real)(k + total + precise);
            """);
        yield return new(Rule, "enum conversions are not numeric narrowing", """
            DayOfWeek day = (DayOfWeek)(int)(state.Count % 7);
            int index = (int)day;
            update[0] = index;
            """);

        yield return new(Rule, "identity casts", """
            int memory = (int)MemorySize;
            int length = (int)gradient.Length;
            float beta = (float)Beta;
            state.Scale = beta * memory * length;
            """);

        yield return new(Rule, "Math.Clamp with int bounds", """
            int k = (int)Math.Clamp(state.Count, 0, MemorySize - 1);
            state.Weights[k] = 0;
            """);

        yield return new(Rule, "a constant expression that survives: (float)(1.0 / 4)", """
            const float Quarter = (float)(1.0 / 4);
            state.Scale = Quarter;
            """);

        yield return new(Rule, "a checked cast to Integer", """
            Integer k = checked((Integer)state.Precise);
            update[0] = k;
            """);

        yield return new(Rule, "decimal is not a precision family", """
            decimal money = (decimal)state.Value;
            update[0] = (Real)money;
            """);

        yield return new(Rule, "a byte of a masked Integer", """
            byte low = (byte)(state.Count & 0xFF);
            update[0] = low;
            """);

        yield return new(Rule, "a long loop index bounded by an int hyperparameter", """
            for (long i = 0; i < MemorySize; i++)
                state.Weights[(int)i] = 0;
            """);

        yield return new(Rule, "a narrowing cast in a field initializer is not in a transition", """
            update[0] = (Real)Third;
            """, """
            private static readonly float Third = (float)(1.0 / 3);
            """);
        yield return new(Rule, "widening arithmetic on int hyperparameters", """
            long cells = (long)MemorySize * gradient.Length;
            state.Total = cells;
            """);

        yield return new(Rule, "Math.Round and Math.Ceiling converted to Integer", """
            Integer rounded = (Integer)Math.Round(state.Value);
            Integer ceiling = (Integer)Math.Ceiling(state.Value);
            state.Count = rounded + ceiling;
            """);
    }
}
