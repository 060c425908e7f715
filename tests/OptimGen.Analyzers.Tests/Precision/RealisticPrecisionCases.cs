using System.Collections.Generic;
using System.Linq;
using OptimGen.Analyzers.Tests.Cases;
using static OptimGen.Analyzers.Tests.Cases.Messages;
using static OptimGen.Analyzers.Tests.Precision.PrecisionMessages;

namespace OptimGen.Analyzers.Tests.Precision;

/// <summary>
/// OPT0004–OPT0006 cases taken from whole realistic projects built against the packed package in both modes (Adam,
/// AdamW, AMSGrad, warmup and cosine schedules, an L-BFGS-like line search, an Adafactor-like method, a chain of
/// specs, specs split over files with a class of defaults): what those builds got wrong (the alias's own constants
/// taken for collapses, the initializers a spec reads through its hyperparameters and components left unchecked for
/// the other mode), whole optimizers written as users write them that both modes must leave quiet, and two realistic
/// ports whose every line the other mode rejects. Their names start with "realistic: ".
/// </summary>
internal static class RealisticPrecisionCases
{
    private const string LiteralDouble = "Literal of type double cannot be implicitly converted to type 'float'; use an 'F' suffix to create a literal of this type";

    private const string LambdaReturn =
        "Cannot convert lambda expression to intended delegate type because some of the return types in the block are not implicitly convertible to the delegate return type";

    public static IEnumerable<AnalyzerCase> All() => CollapsingConstants().Concat(OtherModeCode()).Concat(WholeOptimizers());

    private static IEnumerable<AnalyzerCase> CollapsingConstants()
    {
        const string Rule = "OPT0004";

        // Real.MaxValue is float.MaxValue in Single mode, not double.MaxValue rounded to float: nothing collapses.
        yield return new(Rule, "realistic: the alias's own constants (Real.Epsilon, Real.MaxValue, -Real.MaxValue, Real.MaxValue / 2) are that mode's values", """
            Real floor = Real.Epsilon;
            Real best = Real.MaxValue;
            state.Value = Real.Clamp(state.Value, Lowest, Real.Min(MaxNorm, Largest)) + floor + Tiny;
            if (state.Value < best)
                state.Value = Real.Min(state.Value, Half);
            """, """
            private const Real Largest = Real.MaxValue;
            private const Real Half = Real.MaxValue / 2;
            private static readonly Real Tiny = Real.Epsilon;
            [Hyperparameter] public Real MaxNorm { get; init; } = Real.MaxValue;
            [Hyperparameter] public Real Lowest { get; init; } = -Real.MaxValue;
            """);

        // A class of defaults: the constant that collapses is reported where it is written, once, not again at each
        // hyperparameter default or local that takes it.
        yield return new(Rule, "realistic: a const Real default that collapses is reported at its declaration, not where a hyperparameter or a local takes it", """
            Real eps = DefaultEps;
            update[0] = -LearningRate * gradient[0] / (Real.Sqrt(state.Value) + Eps + eps);
            """, """
            private const Real DefaultEps = {|#0:(Real)1e-50|};
            [Hyperparameter] public Real Eps { get; init; } = DefaultEps;
            """)
        { InDouble = [Collapse("1e-50", "0")], InSingle = [Collapse("1e-50", "0")] };

        // Taken as a whole a const Real is that mode's value, but arithmetic on it is still judged: in Single mode the
        // product is folded in float, to 0. Both builds fold it from the constant's own cast, so both report it.
        yield return new(Rule, "realistic: the square of a const Real epsilon of 1e-30 underflows in Single mode", """
            Real floor = {|#0:Tiny * Tiny|};
            state.Value = Real.Max(state.Value, floor + Tiny);
            """, """
            private const Real Tiny = (Real)1e-30;
            """)
        { InDouble = [Collapse("Tiny * Tiny", "0")], InSingle = [Collapse("Tiny * Tiny", "0")] };

        // Written with generic math instead of a cast: the same conversion of the same constant.
        yield return new(Rule, "realistic: Real.CreateChecked of a B2 of 0.99999999 and CreateTruncating of 16777217 collapse in Single mode", """
            state.Value = B2 * state.Value + (1 - B2) * gradient[0] * gradient[0] + Real.CreateChecked(1e-8) + Horizon;
            """, """
            [Hyperparameter] public Real B2 { get; init; } = {|#0:Real.CreateChecked(0.99999999)|};
            [Hyperparameter] public Real Horizon { get; init; } = {|#1:Real.CreateTruncating(16777217)|};
            """)
        {
            InDouble = [Collapse("0.99999999", "exactly 1"), Collapse("16777217", "16777216", marker: 1)],
            InSingle = [Collapse("0.99999999", "exactly 1"), Collapse("16777217", "16777216", marker: 1)],
        };

        // The concrete type's constants still collapse: double.MaxValue is no float.
        yield return new(Rule, "realistic: clipping at (Real)double.MaxValue or 1e39 and a floor of (Real)double.Epsilon still collapse", """
            state.Value = Real.Clamp(state.Value, Floor, Clip) + Real.Min(state.Value, Wide);
            """, """
            [Hyperparameter] public Real Clip { get; init; } = {|#0:(Real)double.MaxValue|};
            [Hyperparameter] public Real Wide { get; init; } = {|#1:(Real)1e39|};
            private static readonly Real Floor = {|#2:(Real)double.Epsilon|};
            """)
        {
            InDouble = [Collapse("double.MaxValue", "infinity"), Collapse("1e39", "infinity", marker: 1), Collapse("double.Epsilon", "0", marker: 2)],
            InSingle = [Collapse("double.MaxValue", "infinity"), Collapse("1e39", "infinity", marker: 1), Collapse("double.Epsilon", "0", marker: 2)],
        };
    }

    private static IEnumerable<AnalyzerCase> OtherModeCode()
    {
        const string Rule = "OPT0006";

        // The chain's own transition is generated; its components' initializers are what it runs with.
        yield return new(Rule, "realistic: a chain's components configured with double literals do not compile in Single mode", """
            state.Value = gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class Scale
                {
                    [Hyperparameter] public Real Factor { get; init; } = (Real)1;
                    [Hyperparameter] public Real Shift { get; init; } = (Real)0;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        for (int i = 0; i < gradient.Length; i++)
                            update[i] = Factor * gradient[i] + Shift;
                    }
                }

                [Optimizer]
                public partial class ScaledSpec
                {
                    [Component] public Scale First { get; init; } = new() { Factor = {|#0:3e-4|}, Shift = (Real)0 };
                    [Component] public Spec Then { get; init; } = new() { LearningRate = {|#1:0.5|} };
                }
                """,
            InDouble = [OtherMode("CS0664", "Single", LiteralDouble), OtherMode("CS0664", "Single", LiteralDouble, marker: 1)],
            InSingle = [CompilerError("CS0664"), CompilerError("CS0664", marker: 1)],
        };

        yield return new(Rule, "realistic: a hyperparameter default only the [Init] hook reads does not compile in Single mode", """
            state.Value += gradient[0];
            """, """
            [Hyperparameter] public Real InitialScale { get; init; } = {|#0:1e-3|};

            [Init]
            private void Start(ref State state, ReadOnlySpan<Real> parameters) => state.Value = InitialScale;
            """)
        { InDouble = [OtherMode("CS0664", "Single", LiteralDouble)], InSingle = [CompilerError("CS0664")] };

        yield return new(Rule, "realistic: a class of defaults that a hyperparameter default reads, written with a double literal", """
            state.Value = B2 * state.Value + (1 - B2) * gradient[0] * gradient[0];
            update[0] = -LearningRate * gradient[0] / (Real.Sqrt(state.Value) + Eps);
            """, """
            [Hyperparameter] public Real B2 { get; init; } = Defaults.B2;
            [Hyperparameter] public Real Eps { get; init; } = Defaults.Eps;
            """)
        {
            Outside = """
                internal static class Defaults
                {
                    public const Real B2 = {|#0:0.999|};
                    public static readonly Real Eps = Real.CreateChecked(1e-8f) + Floor;
                    private const Real Floor = {|#2:1e-12|};
                }
                """,
            InDouble = [OtherMode("CS0664", "Single", LiteralDouble), OtherMode("CS0664", "Single", LiteralDouble, marker: 2)],
            InSingle = [CompilerError("CS0664"), CompilerError("CS0664", marker: 2)],
        };

        yield return new(Rule, "realistic: expression-bodied, getter and method defaults in a settings class, read by hyperparameter defaults", """
            update[0] = -LearningRate * gradient[0] / (Real.Sqrt(state.Value) + Eps) * Scale * Decay;
            """, """
            [Hyperparameter] public Real Eps { get; init; } = Settings.Eps;
            [Hyperparameter] public Real Scale { get; init; } = Settings.Scale;
            [Hyperparameter] public Real Decay { get; init; } = Settings.DecayFor(10);
            """)
        {
            Outside = """
                internal static class Settings
                {
                    public static Real Eps => {|#0:1e-8|};

                    public static Real Scale
                    {
                        get { return {|#1:0.5|}; }
                    }

                    public static Real DecayFor(int halfLife) => {|#2:Math.Pow(0.5, 1.0 / halfLife)|};
                }
                """,
            InDouble =
            [
                OtherMode("CS0664", "Single", LiteralDouble),
                OtherMode("CS0664", "Single", LiteralDouble, marker: 1),
                OtherMode("CS0266", "Single", CannotConvert("double", "float"), marker: 2),
            ],
            InSingle = [CompilerError("CS0664"), CompilerError("CS0664", marker: 1), CompilerError("CS0266", marker: 2)],
        };

        // Hyperparameters the transition never reads are still the spec's: Init takes them, whoever reads them.
        yield return new(Rule, "realistic: array, Integer and schedule hyperparameters, read or not, with defaults Single mode rejects", """
            state.Value = Schedule(state.Value);
            """, """
            [Hyperparameter] public Real[]? Weights { get; init; } = new Real[] { {|#0:0.5|}, {|#1:0.25|} };
            [Hyperparameter] public Integer Seed { get; init; } = {|#2:DateTime.Now.Ticks|};
            [Hyperparameter] public Func<Real, Real> Schedule { get; init; } = t => {|#3:0.1 / t|};
            [Hyperparameter] public Func<Real, Real> Warmup { get; init; } = t => {|#4:t / 1000.0|};
            """)
        {
            InDouble =
            [
                OtherMode("CS0664", "Single", LiteralDouble),
                OtherMode("CS0664", "Single", LiteralDouble, marker: 1),
                OtherMode("CS0266", "Single", CannotConvert("long", "int"), marker: 2),
                OtherMode("CS0266", "Single", CannotConvert("double", "float"), marker: 3),
                OtherMode("CS1662", "Single", LambdaReturn, marker: 3),
                OtherMode("CS0266", "Single", CannotConvert("double", "float"), marker: 4),
                OtherMode("CS1662", "Single", LambdaReturn, marker: 4),
            ],
            InSingle =
            [
                CompilerError("CS0664"), CompilerError("CS0664", marker: 1), CompilerError("CS0266", marker: 2),
                CompilerError("CS0266", marker: 3), CompilerError("CS1662", marker: 3),
                CompilerError("CS0266", marker: 4), CompilerError("CS1662", marker: 4),
            ],
        };

        // Positives that already held, kept as whole ports: every line a Double-mode user writes out of habit.
        yield return new(Rule, "realistic: Adam ported from double code (literal defaults, a long step local, Math.Pow and Math.Sqrt)", """
            state.Value = gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class PortedAdam
                {
                    [Hyperparameter] public Real LearningRate { get; init; } = {|#0:1e-3|};
                    [Hyperparameter] public Real B1 { get; init; } = {|#1:0.9|};
                    [Hyperparameter] public Real B2 { get; init; } = (Real)0.999;
                    [Hyperparameter] public Real Eps { get; init; } = (Real)1e-8;

                    [State] private Integer step;
                    [State(Shape = "n")] private Real[] m;
                    [State(Shape = "n")] private Real[] v;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        long t = state.Step + 1;
                        state.Step = {|#2:t|};
                        Real bc1 = {|#3:1 - Math.Pow(B1, t)|};
                        Real bc2 = (Real)(1 - Math.Pow(B2, t));
                        for (int i = 0; i < gradient.Length; i++)
                        {
                            state.M[i] = B1 * state.M[i] + (1 - B1) * gradient[i];
                            state.V[i] = B2 * state.V[i] + (1 - B2) * gradient[i] * gradient[i];
                            update[i] = {|#4:-LearningRate * (state.M[i] / bc1) / (Math.Sqrt(state.V[i] / bc2) + Eps)|};
                        }
                    }
                }
                """,
            InDouble =
            [
                OtherMode("CS0664", "Single", LiteralDouble),
                OtherMode("CS0664", "Single", LiteralDouble, marker: 1),
                OtherMode("CS0266", "Single", CannotConvert("long", "int"), marker: 2),
                OtherMode("CS0266", "Single", CannotConvert("double", "float"), marker: 3),
                OtherMode("CS0266", "Single", CannotConvert("double", "float"), marker: 4),
            ],
            InSingle =
            [
                CompilerError("CS0664"), CompilerError("CS0664", marker: 1), CompilerError("CS0266", marker: 2),
                CompilerError("CS0266", marker: 3), CompilerError("CS0266", marker: 4),
            ],
        };

        yield return new(Rule, "realistic: an Adam written in Single mode first (an int count, MathF) is wrong in Double mode", """
            state.Value = gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class FloatFirstAdam
                {
                    [Hyperparameter] public Real LearningRate { get; init; } = 1e-3f;
                    [Hyperparameter] public Real B1 { get; init; } = 0.9f;

                    [State] private Integer count;
                    [State] private Integer nonZero;
                    [State(Shape = "n")] private Real[] m;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        state.Count += 1;
                        int nz = 0;
                        for (int i = 0; i < gradient.Length; i++)
                            if (gradient[i] != 0) nz++;
                        state.NonZero = {|#0:nz|};
                        Real bc1 = 1 - MathF.Pow({|#1:B1|}, state.Count);
                        for (int i = 0; i < gradient.Length; i++)
                        {
                            state.M[i] = B1 * state.M[i] + (1 - B1) * gradient[i];
                            update[i] = -LearningRate * state.M[i] / bc1;
                        }
                    }
                }
                """,
            InDouble = [SlotValue("NonZero", "Integer (Int64 in Double mode)", "an Int32"), CompilerError("CS1503", marker: 1)],
            InSingle =
            [
                OtherMode("OPT0002", "Double", "Slot 'NonZero' is Integer (Int64 in Double mode) but is assigned an Int32 value"),
                OtherMode("CS1503", "Double", "Argument 1: cannot convert from 'double' to 'float'", marker: 1),
            ],
        };
    }

    /// <summary>Whole optimizers as users write them, correct in both modes: every rule stays quiet in both builds.</summary>
    private static IEnumerable<AnalyzerCase> WholeOptimizers()
    {
        const string Rule = "OPT0006";

        yield return new(Rule, "realistic: a correct Adam (const and static readonly defaults, Integer count, Real.Pow bias correction)", """
            state.Value = gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class MyAdam
                {
                    private const Real DefaultLearningRate = (Real)1e-3;
                    private static readonly Real DefaultEps = (Real)1e-8;

                    [Hyperparameter] public Real LearningRate { get; init; } = DefaultLearningRate;
                    [Hyperparameter] public Real B1 { get; init; } = (Real)0.9;
                    [Hyperparameter] public Real B2 { get; init; } = Real.CreateChecked(0.999);
                    [Hyperparameter] public Real Eps { get; init; } = DefaultEps;
                    [Hyperparameter] public Real? WeightDecay { get; init; }

                    [State] private Integer count;
                    [State(Shape = "n")] private Real[] m;
                    [State(Shape = "n")] private Real[] v;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        if (state.Count < Integer.MaxValue)
                            state.Count++;
                        Real t = state.Count;
                        Real bc1 = 1 - Real.Pow(B1, t);
                        Real bc2 = 1 - Real.Pow(B2, t);
                        Real decay = WeightDecay ?? 0;
                        for (int i = 0; i < gradient.Length; i++)
                        {
                            Real g = gradient[i];
                            state.M[i] = B1 * state.M[i] + (1 - B1) * g;
                            state.V[i] = B2 * state.V[i] + (1 - B2) * g * g;
                            update[i] = -LearningRate * (state.M[i] / bc1 / (Real.Sqrt(state.V[i] / bc2) + Eps) + decay * parameters[i]);
                        }
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: a correct warmup and cosine schedule over 1e8 steps (Integer count, Real.Pi, 100_000_000 exact in float)", """
            state.Value = gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class WarmupCosine
                {
                    [Hyperparameter] public Real PeakLearningRate { get; init; } = (Real)3e-4;
                    [Hyperparameter] public Real WarmupSteps { get; init; } = 10_000;
                    [Hyperparameter] public Real TotalSteps { get; init; } = (Real)1e8;
                    [Hyperparameter] public Integer DecaySteps { get; init; } = 100_000_000;
                    [Hyperparameter] public Real FinalFraction { get; init; } = (Real)0.1;
                    [Hyperparameter] public Real Zero { get; init; } = (Real)(-0.0);
                    [Hyperparameter] public Real Smallest { get; init; } = float.Epsilon;

                    [State] private Integer step;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        state.Step += 1;
                        Real t = state.Step;
                        Real lr;
                        if (t < WarmupSteps)
                            lr = PeakLearningRate * t / WarmupSteps;
                        else
                        {
                            Real progress = Real.Min(1, (t - WarmupSteps) / (Real.Min(TotalSteps, DecaySteps) - WarmupSteps));
                            Real cosine = (Real)0.5 * (1 + Real.Cos(Real.Pi * progress));
                            lr = PeakLearningRate * (FinalFraction + (1 - FinalFraction) * cosine) + Zero;
                        }

                        for (int i = 0; i < gradient.Length; i++)
                            update[i] = -Real.Max(lr, Smallest) * gradient[i];
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: a correct L-BFGS-like backtracking search counting its steps in an Integer", """
            state.Value = gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class Backtracking
                {
                    [Hyperparameter] public int MaxLinesearchSteps { get; init; } = 20;
                    [Hyperparameter] public Real C1 { get; init; } = (Real)1e-4;
                    [Hyperparameter] public Real Shrink { get; init; } = (Real)0.5;

                    [State] private Integer numLinesearchSteps;
                    [State] private Integer evaluations;
                    [State] private long totalEvaluations;
                    [State(Shape = "n")] private Real[] trial;

                    [Transition]
                    private void Update<TObjective>(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Real value,
                        Span<Real> update, ref TObjective objective)
                        where TObjective : IObjective<Real>
                    {
                        Real slope = 0;
                        for (int i = 0; i < gradient.Length; i++)
                            slope -= gradient[i] * gradient[i];
                        Real alpha = 1;
                        Integer steps = 0;
                        Span<Real> g = stackalloc Real[gradient.Length];
                        while (steps < MaxLinesearchSteps)
                        {
                            for (int i = 0; i < parameters.Length; i++)
                                state.Trial[i] = parameters[i] - alpha * gradient[i];
                            Real f = objective.Evaluate(state.Trial, g);
                            steps++;
                            if (f <= value + C1 * alpha * slope)
                                break;
                            alpha *= Shrink;
                        }

                        state.NumLinesearchSteps = steps;
                        state.Evaluations += steps;
                        state.TotalEvaluations += state.Evaluations;
                        for (int i = 0; i < update.Length; i++)
                            update[i] = -alpha * gradient[i];
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: a correct Adafactor-like method (eps 1e-30 and a cap of 1e38 survive float)", """
            state.Value = gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class MiniAdafactor
                {
                    [Hyperparameter] public Real Eps1 { get; init; } = (Real)1e-30;
                    [Hyperparameter] public Real Eps2 { get; init; } = (Real)1e-3;
                    [Hyperparameter] public Real ClippingThreshold { get; init; } = (Real)1.0;
                    [Hyperparameter] public Real DecayRate { get; init; } = (Real)0.8;
                    [Hyperparameter] public Real MaxScale { get; init; } = (Real)1e38;
                    [Hyperparameter] public Real? LearningRate { get; init; }

                    [State] private Integer count;
                    [State(Shape = "n")] private Real[] v;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        Integer t = state.Count + 1;
                        state.Count = t;
                        Real decay = 1 - Real.Pow(t, -DecayRate);
                        Real rms = 0;
                        for (int i = 0; i < parameters.Length; i++)
                            rms += parameters[i] * parameters[i];
                        rms = Real.Sqrt(rms / parameters.Length);
                        Real lr = LearningRate ?? Real.Min((Real)1e-2, 1 / Real.Sqrt(t)) * Real.Max(Eps2, rms);
                        Real norm = 0;
                        for (int i = 0; i < gradient.Length; i++)
                        {
                            state.V[i] = decay * state.V[i] + (1 - decay) * (gradient[i] * gradient[i] + Eps1);
                            update[i] = gradient[i] / Real.Sqrt(state.V[i]);
                            norm += update[i] * update[i];
                        }

                        Real scale = Real.Min(MaxScale, Real.Max(1, Real.Sqrt(norm / gradient.Length) / ClippingThreshold));
                        for (int i = 0; i < update.Length; i++)
                            update[i] = -lr * update[i] / scale;
                    }
                }
                """,
        };

        yield return new(Rule, "realistic: a correct RMSProp split into helpers, a lambda and a local function, with Real.Epsilon as its floor", """
            state.Value = gradient[0];
            """)
        {
            Outside = """
                [Optimizer]
                public partial class HelperRmsProp
                {
                    private const Real DefaultDecay = (Real)0.9;
                    private static readonly Real MinDenominator = Real.Epsilon;

                    [Hyperparameter] public Real LearningRate { get; init; } = (Real)1e-2;
                    [Hyperparameter] public Real Decay { get; init; } = DefaultDecay;
                    [Hyperparameter] public Real Eps { get; init; } = (Real)1e-8;
                    [Hyperparameter] public Real? Momentum { get; init; }
                    [Hyperparameter] public int MemorySize { get; init; } = 4;

                    [State] private Integer count;
                    [State] private int slot;
                    [State(Shape = "n")] private Real[] nu;
                    [State(Shape = "n")] private Real[] trace;
                    [State(Shape = "MemorySize")] private Real[] history;

                    [Transition]
                    private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                    {
                        state.Count = Increment(state.Count);
                        state.Slot = (int)(state.Count % MemorySize);
                        Func<Real, Real, Real> ema = (average, x) => Decay * average + (1 - Decay) * x;
                        Real total = 0;
                        for (int i = 0; i < gradient.Length; i++)
                        {
                            state.Nu[i] = ema(state.Nu[i], gradient[i] * gradient[i]);
                            Real step = Scaled(gradient[i], state.Nu[i]);
                            if (Momentum is Real momentum)
                            {
                                state.Trace[i] = momentum * state.Trace[i] + step;
                                step = state.Trace[i];
                            }

                            update[i] = -step;
                            total += Real.Abs(step);
                        }

                        state.History[state.Slot] = total;

                        Real Scaled(Real g, Real nu) => LearningRate * g / Real.Max(Real.Sqrt(nu) + Eps, MinDenominator);
                    }

                    private static Integer Increment(Integer value) => checked(value + 1);
                }
                """,
        };
    }
}
