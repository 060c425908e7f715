using System.Collections.Generic;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// OPT0006: transition code that is fine in one mode and wrong in the other, reported in the build where it is
/// fine; the other build shows the compiler error or the narrowing rule itself.
/// </summary>
internal static class OtherModeCases
{
    private const string Rule = "OPT0006";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "a long into an Integer slot does not compile in Single mode", """
            long big = state.Total;
            state.Count = {|#0:big|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", CannotConvert("long", "int"))], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "a double literal into a Real slot does not compile in Single mode", """
            state.Value = {|#0:0.5|};
            """)
        {
            InDouble = [OtherMode("CS0664", "Single", "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type")],
            InSingle = [CompilerError("CS0664")],
        };

        yield return new(Rule, "a Real into a float local does not compile in Double mode", """
            float single = {|#0:state.Value|};
            state.Scale = single;
            """)
        {
            // The narrowing rule also sees the conversion the compiler rejects.
            InDouble = [CompilerError("CS0266"), Conversion("A cast", "Double", "Single", RealDouble)],
            InSingle = [OtherMode("CS0266", "Double", CannotConvert("double", "float"))],
        };

        yield return new(Rule, "an Integer passed as int does not compile in Double mode", "Use({|#0:state.Count|});", """
            private static void Use(int steps) => _ = steps;
            """)
        {
            InDouble = [CompilerError("CS1503")],
            InSingle = [OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'long' to 'int'")],
        };

        yield return new(Rule, "the seed bug of Single mode: an Integer into a long slot", """
            state.Total = {|#0:state.Count|};
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Total' is Int64 (declared long, Single mode) but is assigned an Int32 value")],
            InSingle = [SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32")],
        };

        yield return new(Rule, "a Real into a double slot is the seed bug of Single mode", """
            state.Precise = {|#0:state.Value * state.Value|};
            """)
        {
            InDouble = [OtherMode("OPT0002", "Single", "Slot 'Precise' is Double (declared double, Single mode) but is assigned a Single value")],
            InSingle = [SlotValue("Precise", "Double (declared double, Single mode)", "a Single")],
        };

        yield return new(Rule, "an Integer cast to int narrows in Double mode", """
            int steps = {|#0:(int)state.Count|};
            state.Small = steps;
            """)
        {
            InDouble = [Conversion("A cast", "Int64", "Int32", IntegerDouble)],
            InSingle = [OtherMode("OPT0001", "Double", "A cast converts Int64 to Int32, which is narrower than Integer (Int64 in Double mode)")],
        };

        yield return new(Rule, "the other mode's finding in a helper the transition calls", "Store(state, state.Total);", """
            private static void Store(State state, long big) => state.Count = {|#0:big|};
            """)
        { InDouble = [OtherMode("CS0266", "Single", CannotConvert("long", "int"))], InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "an expression-bodied property the transition reads", "state.Value = Rate;", """
            private Real Rate => {|#0:0.5|};
            """)
        {
            InDouble = [OtherMode("CS0664", "Single", "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type")],
            InSingle = [CompilerError("CS0664")],
        };

        // Negatives: fine in both modes, wrong in both (the active mode's own rule reports it), or outside any transition.
        yield return new(Rule, "written with the aliases, fine in both modes", """
            Integer steps = state.Count + 1;
            state.Count = steps;
            state.Value = state.Value * LearningRate + (Real)0.5;
            state.Total = (long)state.Count;
            Real ratio = (Real)state.Count;
            update[0] = -ratio * gradient[0];
            """);

        yield return new(Rule, "a cast to short narrows in both modes: only the active mode's OPT0001", """
            short small = {|#0:(short)state.Count|};
            state.Small = {|#1:small|};
            """)
        {
            InDouble = [Conversion("A cast", "Int64", "Int16", IntegerDouble), SlotValue("Small", "Int32 (declared int, Double mode)", "an Int16", 1)],
            InSingle = [Conversion("A cast", "Int32", "Int16", IntegerSingle), SlotValue("Small", "Int32 (declared int, Single mode)", "an Int16", 1)],
        };

        yield return new(Rule, "nullable annotations in a nullable project, their warnings raised to errors", """
            state.Count = Pick(null, state.Count);
            """, """
            private static Integer Pick(string? label, Integer value) => label is null ? value : value + 1;
            """)
        { NullableProject = true, EditorConfig = "root = true\n[*.cs]\ndotnet_diagnostic.CS8632.severity = error\ndotnet_diagnostic.CS8625.severity = error\n" };

        yield return new(Rule, "a nullable project: the other mode's compiler error is still found", """
            string? label = null;
            if (label is null)
                state.Value = {|#0:0.5|};
            """)
        {
            NullableProject = true,
            InDouble = [OtherMode("CS0664", "Single", "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type")],
            InSingle = [CompilerError("CS0664")],
        };

        yield return new(Rule, "a lambda in a delegate field the transition invokes does not compile in Single mode", "state.Value = Damp(state.Value);", """
            private static readonly Func<Real, Real> Damp = x => {|#0:Math.Sqrt(x)|};
            """)
        {
            // Both errors the Single-mode compiler gives there, as it gives them.
            InDouble =
            [
                OtherMode("CS0266", "Single", CannotConvert("double", "float")),
                OtherMode("CS1662", "Single", "Cannot convert lambda expression to intended delegate type because some of the return types in the block are not implicitly convertible to the delegate return type"),
            ],
            InSingle = [CompilerError("CS0266"), CompilerError("CS1662")],
        };

        yield return new(Rule, "the field initializer of a type the transition constructs does not compile in Single mode", "state.Value *= new Settings().Rate;")
        {
            Outside = """
                sealed class Settings
                {
                    public Real Rate = {|#0:Math.Sqrt(2.0)|};
                }
                """,
            InDouble = [OtherMode("CS0266", "Single", CannotConvert("double", "float"))],
            InSingle = [CompilerError("CS0266")],
        };

        yield return new(Rule, "code outside any transition is not checked for the other mode", "state.Count++;", """
            internal static void NotATransition(State state, long big) => state.Count = {|#0:big|};
            """)
        { InSingle = [CompilerError("CS0266")] };

        yield return new(Rule, "the optimizer's own generated members are not the user's code", """
            State copy = state.Clone();
            state.Value = copy.Value;
            """);
    }
}
