using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// A ninth round of cases written from the docs and the contract before reading the analyzer, in C# 12: ports of optax
/// transforms as OptimGen specs (Lion, LAMB, LARS, Adafactor's factored moments, SM3, Yogi, NovoGrad, Sophia, schedule-free
/// AdamW, lookahead, MultiSteps, an EMA of the parameters), line-search counters kept in structs, records and classes held
/// in locals, fields and arrays, generic math in helpers, LINQ over slots, reinterpreting and bit-level APIs, vector
/// conversions, and the language's smaller shapes (tuple swaps, <c>stackalloc</c>, static local functions and lambdas,
/// relational patterns, <c>ref</c> fields), each with the near miss that must stay quiet. Names start with "fresh eyes 9: ".
/// </summary>
internal static class FreshEyesCasesRound9
{
    private const string Cast = "A cast";
    private const string Implicit = "An implicit conversion";

    public static IEnumerable<AnalyzerCase> All() =>
        OptaxPorts().Concat(HeldCounters()).Concat(GenericMath()).Concat(Linq()).Concat(BitLevel()).Concat(Vectors())
            .Concat(LanguageShapes()).Concat(IndexArithmetic()).Concat(SingleLiterals())
            .Concat(ObjectsReachingTheRead());

    /// <summary>An <c>int</c> count stored in the <c>Integer</c> slot <paramref name="slot"/>: OPT0002 in Double mode only.</summary>
    private static AnalyzerCase Seed(string name, string body, string members = "", string outside = "", string slot = "NumLinesearchSteps") =>
        new(SeedStyleCases.Rule, name, body, members) { Outside = outside, InDouble = [SlotValue(slot, IntegerDouble, "an Int32")] };

    /// <summary>A positive case's code without its markup: the near miss that differs only in its correction.</summary>
    private static string Unmarked(string marked) => marked.Replace("{|#0:", "").Replace("|}", "");

    private static IEnumerable<AnalyzerCase> OptaxPorts()
    {
        const string Rule = IdiomaticCases.Rule;

        yield return new(Rule, "fresh eyes 9: optax lion with Real.Sign of the interpolated momentum stays quiet", """
            Real b1 = (Real)0.9, b2 = (Real)0.99;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real interpolated = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                update[i] = -LearningRate * Real.Sign(interpolated);
                state.Velocity[i] = b2 * state.Velocity[i] + (1 - b2) * gradient[i];
            }

            state.Count += 1;
            """);

        yield return new("OPT0001", "fresh eyes 9: optax lion taking MathF.Sign of a cast", """
            Real b1 = (Real)0.9, b2 = (Real)0.99;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real interpolated = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                update[i] = -LearningRate * MathF.Sign({|#0:(float)interpolated|});
                state.Velocity[i] = b2 * state.Velocity[i] + (1 - b2) * gradient[i];
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 9: optax lamb with a stackalloc direction and a Real trust ratio stays quiet", """
            state.Count += 1;
            Real b1 = (Real)0.9, b2 = (Real)0.999, eps = (Real)1e-6;
            Real bias1 = 1 - Real.Pow(b1, state.Count), bias2 = 1 - Real.Pow(b2, state.Count);
            Span<Real> direction = stackalloc Real[gradient.Length];
            Real weightNorm = 0, directionNorm = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                state.Second[i] = b2 * state.Second[i] + (1 - b2) * gradient[i] * gradient[i];
                direction[i] = state.Velocity[i] / bias1 / (Real.Sqrt(state.Second[i] / bias2) + eps);
                directionNorm += direction[i] * direction[i];
                weightNorm += state.Velocity[i] * state.Velocity[i];
            }

            Real trust = weightNorm > 0 && directionNorm > 0 ? Real.Sqrt(weightNorm) / Real.Sqrt(directionNorm) : 1;
            for (int i = 0; i < direction.Length; i++)
                update[i] = -LearningRate * trust * direction[i];
            """);

        yield return new("OPT0001", "fresh eyes 9: optax lamb's trust ratio kept in a float", """
            Real weightNorm = 0, gradientNorm = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                weightNorm += state.Velocity[i] * state.Velocity[i];
                gradientNorm += gradient[i] * gradient[i];
            }

            float trust = {|#0:(float)(Real.Sqrt(weightNorm) / Real.Sqrt(gradientNorm))|};
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * trust * gradient[i];
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 9: optax lars with a clamped Real trust ratio stays quiet", """
            Real paramNorm = 0, gradNorm = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                paramNorm += state.Velocity[i] * state.Velocity[i];
                gradNorm += gradient[i] * gradient[i];
            }

            paramNorm = Real.Sqrt(paramNorm);
            gradNorm = Real.Sqrt(gradNorm);
            Real trust = Real.Clamp((Real)0.001 * paramNorm / (gradNorm + (Real)1e-4 * paramNorm + (Real)1e-9), 0, 10);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Second[i] = (Real)0.9 * state.Second[i] + trust * gradient[i];
                update[i] = -LearningRate * state.Second[i];
            }
            """);

        yield return new(Rule, "fresh eyes 9: optax adafactor's factored row and column moments stay quiet", """
            int rows = Math.Max(1, Math.Min(MemorySize, gradient.Length));
            int cols = gradient.Length / rows;
            Real decay = 1 - Real.Pow(state.Count + 1, (Real)(-0.8));
            for (int r = 0; r < rows; r++)
            {
                Real sum = 0;
                for (int c = 0; c < cols; c++)
                    sum += gradient[r * cols + c] * gradient[r * cols + c];
                state.Weights[r] = decay * state.Weights[r] + (1 - decay) * sum / cols;
            }

            for (int c = 0; c < cols; c++)
            {
                Real sum = 0;
                for (int r = 0; r < rows; r++)
                    sum += gradient[r * cols + c] * gradient[r * cols + c];
                state.Second[c] = decay * state.Second[c] + (1 - decay) * sum / rows;
            }

            Real rowMean = 0;
            for (int r = 0; r < rows; r++)
                rowMean += state.Weights[r];
            rowMean /= rows;
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    Real v = state.Weights[r] * state.Second[c] / (rowMean + (Real)1e-30);
                    update[r * cols + c] = -LearningRate * gradient[r * cols + c] / Real.Sqrt(v + (Real)1e-30);
                }
            }

            state.Count += 1;
            """);

        yield return new("OPT0001", "fresh eyes 9: optax adafactor's decay rate raised with MathF.Pow of the count", """
            Real decay = 1 - MathF.Pow({|#0:state.Count + 1|}, -0.5f);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Second[i] = decay * state.Second[i] + (1 - decay) * gradient[i] * gradient[i];
                update[i] = -LearningRate * gradient[i] / (Real.Sqrt(state.Second[i]) + (Real)1e-30);
            }

            state.Count += 1;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 9: optax sm3 with row covers kept by Real.Max stays quiet", """
            int rows = Math.Max(1, Math.Min(MemorySize, gradient.Length));
            int cols = gradient.Length / rows;
            for (int r = 0; r < rows; r++)
            {
                Real rowMax = 0;
                for (int c = 0; c < cols; c++)
                {
                    int i = r * cols + c;
                    Real nu = Real.Min(state.Weights[r], state.Second[c]) + gradient[i] * gradient[i];
                    rowMax = Real.Max(rowMax, nu);
                    state.Second[c] = Real.Max(state.Second[c], nu);
                    update[i] = -LearningRate * gradient[i] / (Real.Sqrt(nu) + (Real)1e-8);
                }

                state.Weights[r] = rowMax;
            }
            """);

        yield return new(Rule, "fresh eyes 9: optax yogi's sign-controlled second moment stays quiet", """
            Real b1 = (Real)0.9, b2 = (Real)0.999;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g2 = gradient[i] * gradient[i];
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                state.Second[i] -= (1 - b2) * Real.Sign(state.Second[i] - g2) * g2;
                update[i] = -LearningRate * state.Velocity[i] / (Real.Sqrt(state.Second[i]) + (Real)1e-3);
            }
            """);

        yield return new("OPT0003", "fresh eyes 9: optax yogi's epsilon as a float constant of the spec", """
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g2 = gradient[i] * gradient[i];
                state.Second[i] -= (Real)0.001 * Real.Sign(state.Second[i] - g2) * g2;
                update[i] = -LearningRate * gradient[i] / (Real.Sqrt(state.Second[i]) + {|#0:Epsilon|});
            }
            """, """
            private const float Epsilon = 1e-3f;
            """)
        { InDouble = [MixedPrecision("Epsilon")] };

        yield return new(Rule, "fresh eyes 9: optax novograd's layer-wise second moment in the Real scalar slot stays quiet", """
            Real normSq = 0;
            foreach (Real g in gradient)
                normSq += g * g;
            state.Value = state.Count == 0 ? normSq : (Real)0.98 * state.Value + (Real)0.02 * normSq;
            Real denom = Real.Sqrt(state.Value) + (Real)1e-8;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = (Real)0.95 * state.Velocity[i] + gradient[i] / denom;
                update[i] = -LearningRate * state.Velocity[i];
            }

            state.Count++;
            """);

        yield return new("OPT0002", "fresh eyes 9: optax novograd seeding the Real moment with a float norm on the first step", """
            float layerNorm = state.Scale * 0.5f + 1;
            state.Value = state.Count == 0 ? {|#0:layerNorm|} : (Real)0.98 * state.Value + (Real)0.02 * layerNorm;
            update[0] = -LearningRate * gradient[0] / (Real.Sqrt(state.Value) + (Real)1e-8);
            state.Count++;
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new(Rule, "fresh eyes 9: optax sophia with a clipped ratio and an Integer hessian interval stays quiet", """
            state.Count += 1;
            bool refresh = state.Count % HessianInterval == 1;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = (Real)0.96 * state.Velocity[i] + (Real)0.04 * gradient[i];
                if (refresh)
                    state.Second[i] = (Real)0.99 * state.Second[i] + (Real)0.01 * gradient[i] * gradient[i];
                Real ratio = Real.Clamp(state.Velocity[i] / Real.Max((Real)0.01 * state.Second[i], (Real)1e-12), -1, 1);
                update[i] = -LearningRate * ratio;
            }
            """, """
            private const int HessianInterval = 10;
            """);

        yield return new("OPT0001", "fresh eyes 9: optax sophia's hessian interval tested on the count cast to int", """
            state.Count += 1;
            bool refresh = {|#0:(int)state.Count|} % HessianInterval == 1;
            for (int i = 0; i < gradient.Length; i++)
            {
                if (refresh)
                    state.Second[i] = (Real)0.99 * state.Second[i] + (Real)0.01 * gradient[i] * gradient[i];
                update[i] = -LearningRate * gradient[i] / Real.Max(state.Second[i], (Real)1e-12);
            }
            """, """
            private const int HessianInterval = 10;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 9: schedule-free adamw averaging with 1 / count in Real stays quiet", """
            state.Count += 1;
            Real ckp1 = (Real)1 / state.Count;
            Real b2 = (Real)0.999;
            Span<Real> x = state.History.AsSpan(0, gradient.Length);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Second[i] = b2 * state.Second[i] + (1 - b2) * gradient[i] * gradient[i];
                Real denom = Real.Sqrt(state.Second[i] / (1 - Real.Pow(b2, state.Count))) + (Real)1e-8;
                Real z = state.Velocity[i] - LearningRate * gradient[i] / denom;
                x[i] = (1 - ckp1) * x[i] + ckp1 * z;
                update[i] = z - state.Velocity[i];
                state.Velocity[i] = z;
            }
            """);

        yield return new("OPT0001", "fresh eyes 9: schedule-free adamw's averaging weight as 1f over the count", """
            state.Count += 1;
            Real ckp1 = 1f / {|#0:state.Count|};
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = (1 - ckp1) * state.Velocity[i] + ckp1 * gradient[i];
                update[i] = -LearningRate * state.Velocity[i];
            }
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 9: lookahead syncing slow weights every k steps stays quiet", """
            state.Count += 1;
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] -= LearningRate * gradient[i];
            if (state.Count % SyncPeriod == 0)
            {
                for (int i = 0; i < gradient.Length; i++)
                {
                    state.Second[i] += (Real)0.5 * (state.Velocity[i] - state.Second[i]);
                    state.Velocity[i] = state.Second[i];
                }
            }

            update.Clear();
            """, """
            private const int SyncPeriod = 5;
            """);

        yield return new(Rule, "fresh eyes 9: optax MultiSteps accumulating a running mean stays quiet", """
            state.Count += 1;
            for (int i = 0; i < gradient.Length; i++)
                state.Second[i] += (gradient[i] - state.Second[i]) / state.Count;
            if (state.Count >= EveryK)
            {
                for (int i = 0; i < gradient.Length; i++)
                {
                    update[i] = -LearningRate * state.Second[i];
                    state.Second[i] = 0;
                }

                state.Count = 0;
                state.NumLinesearchSteps += 1;
            }
            else
            {
                update.Clear();
            }
            """, """
            private const int EveryK = 4;
            """);

        yield return Seed("fresh eyes 9: optax MultiSteps's mini step fits an int but is stored in an Integer slot", """
            int miniStep = (int)(state.Count % EveryK);
            state.NumLinesearchSteps = {|#0:miniStep|};
            state.Count += 1;
            update[0] = -LearningRate * gradient[0];
            """, """
            private const int EveryK = 4;
            """);

        yield return new(Rule, "fresh eyes 9: an EMA of the parameters with a count-warmed decay in Real stays quiet", """
            Real decay = Real.Min((Real)0.999, (Real)(1 + state.Count) / (10 + state.Count));
            for (int i = 0; i < gradient.Length; i++)
            {
                update[i] = -LearningRate * gradient[i];
                state.Velocity[i] = decay * state.Velocity[i] + (1 - decay) * update[i];
            }

            state.Count += 1;
            """);

        yield return new("OPT0001", "fresh eyes 9: an EMA of the parameters warming its decay in float arithmetic", """
            Real decay = Real.Min((Real)0.999, (1f + {|#0:state.Count|}) / (10f + {|#1:state.Count|}));
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] = decay * state.Velocity[i] + (1 - decay) * gradient[i];
            update[0] = -LearningRate * gradient[0];
            state.Count += 1;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble), Conversion(Implicit, "Int64", "Single", RealDouble, marker: 1)] };
    }

    private static IEnumerable<AnalyzerCase> HeldCounters()
    {
        const string Bracket = """
            private struct Bracket
            {
                public Real Low;
                public Real High;
                public int Evaluations;
            }
            """;

        const string Halving = """
            var brackets = new Bracket[2];
            brackets[0].High = LearningRate;
            brackets[1].High = LearningRate * 2;
            for (int b = 0; b < brackets.Length; b++)
            {
                while (brackets[b].High - brackets[b].Low > (Real)1e-3 && brackets[b].Evaluations < 10)
                {
                    brackets[b].High = (brackets[b].Low + brackets[b].High) / 2;
                    brackets[b].Evaluations++;
                }
            }

            state.NumLinesearchSteps = {|#0:brackets[0].Evaluations + brackets[1].Evaluations|};
            update[0] = -brackets[0].High * gradient[0];
            """;

        yield return Seed("fresh eyes 9: seed as the evaluations of two brackets kept in an array of structs", Halving, Bracket);

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: the brackets counting in Integer stay quiet", Unmarked(Halving),
            Bracket.Replace("public int Evaluations", "public Integer Evaluations"));

        const string Traces = """
            private readonly record struct SearchTrace(Real Step, int Evaluations);

            private readonly SearchTrace[] traces = new SearchTrace[4];
            """;

        const string Traced = """
            Real step = LearningRate;
            for (int k = 0; k < traces.Length; k++)
            {
                int evaluations = 0;
                while (step * Real.Abs(gradient[0]) > 1 && evaluations < 8) { step /= 2; evaluations++; }
                traces[k] = new SearchTrace(step, evaluations);
            }

            state.NumLinesearchSteps = {|#0:System.Linq.Enumerable.Sum(traces, t => t.Evaluations)|};
            update[0] = -step * gradient[0];
            """;

        yield return Seed("fresh eyes 9: seed as the LINQ sum of record traces kept in a field array", Traced, Traces);

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: the LINQ sum of record traces selected as Integer stays quiet",
            Unmarked(Traced).Replace("t => t.Evaluations", "t => (Integer)t.Evaluations"), Traces);

        yield return Seed("fresh eyes 9: seed as a counter object behind an interface-typed field", """
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && counter.Count < 20)
            {
                step /= 2;
                counter.Tick();
            }

            state.NumLinesearchSteps = {|#0:counter.Count|};
            update[0] = -step * gradient[0];
            """, """
            private interface IEvaluationCounter
            {
                int Count { get; }
                void Tick();
            }

            private sealed class EvaluationCounter : IEvaluationCounter
            {
                public int Count { get; private set; }
                public void Tick() => Count++;
            }

            private readonly IEvaluationCounter counter = new EvaluationCounter();
            """);

        const string Recorder = """
            private ref struct StepRecorder
            {
                private ref Integer slot;

                public StepRecorder(ref Integer slot) => this.slot = ref slot;

                public void Record(int trials) => slot = trials;
            }
            """;

        const string Recording = """
            var recorder = new StepRecorder(ref state.NumLinesearchSteps);
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < 10) { step /= 2; trials++; }
            recorder.Record(trials);
            update[0] = -step * gradient[0];
            """;

        yield return Seed("fresh eyes 9: seed through a ref struct's ref field to the slot", Recording, Recorder.Replace("slot = trials;", "slot = {|#0:trials|};"));

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: the ref struct recorder taking an Integer stays quiet", Recording,
            Recorder.Replace("int trials", "Integer trials"));

        yield return Seed("fresh eyes 9: seed as an entry of a dictionary of evaluation counts", """
            var evaluations = new System.Collections.Generic.Dictionary<string, int> { ["zoom"] = 0, ["bracket"] = 0 };
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && evaluations["zoom"] < 10) { step /= 2; evaluations["zoom"]++; }
            state.NumLinesearchSteps = {|#0:evaluations["zoom"]|};
            update[0] = -step * gradient[0];
            """);

        yield return Seed("fresh eyes 9: seed in a tuple swap that keeps the previous count", """
            int trials = gradient.Length > 3 ? 3 : gradient.Length;
            Integer previous;
            (state.NumLinesearchSteps, previous) = ({|#0:trials|}, state.NumLinesearchSteps);
            update[0] = -LearningRate * gradient[0] * previous;
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: a tuple swap of two Integer slots and of two velocity elements stays quiet", """
            (state.Count, state.NumLinesearchSteps) = (state.NumLinesearchSteps, state.Count);
            if (gradient.Length > 1)
                (state.Velocity[0], state.Velocity[1]) = (state.Velocity[1], state.Velocity[0]);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Seed("fresh eyes 9: seed in a static local function given the state by reference", """
            int trials = 0;
            Real step = LearningRate;
            while (step * Real.Abs(gradient[0]) > 1 && trials < 10) { step /= 2; trials++; }
            Record(ref state, trials);
            update[0] = -step * gradient[0];

            static void Record(ref State s, int n) => s.NumLinesearchSteps = {|#0:n|};
            """);

        yield return Seed("fresh eyes 9: seed as the result of a static lambda choosing the budget", """
            Func<Real, int> budget = static step => step > 1 ? 8 : 4;
            state.NumLinesearchSteps = {|#0:budget(LearningRate)|};
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Seed("fresh eyes 9: seed as the non-constant arm of an all-int switch with relational patterns", """
            int evaluations = gradient.Length / 2;
            state.NumLinesearchSteps = Real.Abs(gradient[0]) switch
            {
                > 100 => {|#0:evaluations|},
                > 10 => 4,
                _ => 1,
            };
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: a switch with relational patterns choosing a stage of constants stays quiet", """
            int stage = state.Count switch
            {
                < 100 => 0,
                < 1000 => 1,
                _ => 2,
            };
            state.Ring[stage] += 1;
            state.NumLinesearchSteps = Real.Abs(gradient[0]) switch
            {
                > 100 => 8,
                > 10 => 4,
                _ => state.NumLinesearchSteps,
            };
            update[0] = -LearningRate * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> GenericMath()
    {
        const string Rule = ScopeCases.Rule;
        const string CountAs = """
            private static TInt CountAs<TInt>(Real x) where TInt : INumber<TInt> => TInt.CreateTruncating(x);
            """;

        yield return new(Rule, "fresh eyes 9: a generic helper truncating a Real to an int budget", """
            int budget = CountAs<int>(state.Value * 4);
            state.NumLinesearchSteps += budget;
            update[0] = -LearningRate * gradient[0];
            """, CountAs.Replace("TInt.CreateTruncating(x)", "{|#0:TInt.CreateTruncating(x)|}"))
        { InDouble = [Conversion("'TInt.CreateTruncating'", "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 9: the generic helper truncating to Integer stays quiet", """
            Integer budget = CountAs<Integer>(state.Value * 4);
            state.NumLinesearchSteps += budget;
            update[0] = -LearningRate * gradient[0];
            """, CountAs);

        const string Decay = """
            private static T Decay<T>(Real rate) where T : IFloatingPointIeee754<T> => T.One - T.CreateChecked(rate);
            """;

        yield return new(Rule, "fresh eyes 9: a generic decay helper instantiated at float for the float scale slot", """
            state.Scale = Decay<float>(LearningRate) * state.Scale;
            update[0] = -LearningRate * gradient[0] * state.Scale;
            """, Decay.Replace("T.CreateChecked(rate)", "{|#0:T.CreateChecked(rate)|}"))
        { InDouble = [Conversion("'T.CreateChecked'", "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 9: the generic decay helper instantiated at Real stays quiet", """
            state.Value = Decay<Real>(LearningRate) * state.Value + gradient[0];
            update[0] = -LearningRate * state.Value;
            """, Decay);

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: a generic Adam step over IFloatingPointIeee754 called at Real stays quiet", """
            state.Count += 1;
            AdamStep<Real>(state.Velocity, state.Second, gradient, update, LearningRate, state.Count);
            """, """
            private static void AdamStep<T>(Span<T> m, Span<T> v, ReadOnlySpan<T> g, Span<T> u, T lr, Integer count)
                where T : IFloatingPointIeee754<T>
            {
                T b1 = T.CreateChecked(0.9), b2 = T.CreateChecked(0.999), eps = T.CreateChecked(1e-8);
                T bias1 = T.One - T.Pow(b1, T.CreateChecked(count));
                T bias2 = T.One - T.Pow(b2, T.CreateChecked(count));
                for (int i = 0; i < g.Length; i++)
                {
                    m[i] = b1 * m[i] + (T.One - b1) * g[i];
                    v[i] = b2 * v[i] + (T.One - b2) * g[i] * g[i];
                    u[i] = -lr * (m[i] / bias1) / (T.Sqrt(v[i] / bias2) + eps);
                }
            }
            """);

        yield return new("OPT0001", "fresh eyes 9: int.CreateSaturating of the count as a ring capacity", """
            int filled = {|#0:int.CreateSaturating(state.Count)|};
            Real sum = 0;
            for (int k = 0; k < filled && k < state.Weights.Length; k++)
                sum += state.Weights[k];
            update[0] = -LearningRate * gradient[0] * sum;
            """)
        { InDouble = [Conversion("'Int32.CreateSaturating'", "Int64", "Int32", IntegerDouble)] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: Integer.CreateChecked and Real.CreateTruncating of int counts stay quiet", """
            int trials = gradient.Length / 2;
            state.NumLinesearchSteps = Integer.CreateChecked(trials);
            state.Value = Real.CreateTruncating(trials) * LearningRate;
            update[0] = -state.Value * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> Linq()
    {
        yield return Seed("fresh eyes 9: seed as Enumerable.Count of the nonzero velocity elements", """
            state.NumLinesearchSteps = {|#0:System.Linq.Enumerable.Count(state.Velocity, v => v != 0)|};
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: Enumerable.Count cast to Integer and the max of the float slot read into Real stay quiet", """
            state.NumLinesearchSteps = (Integer)System.Linq.Enumerable.Count(state.Velocity, v => v != 0);
            Real peak = System.Linq.Enumerable.Max(state.Mu);
            Real total = System.Linq.Enumerable.Sum(state.Velocity);
            update[0] = -LearningRate * gradient[0] * peak / (1 + Real.Abs(total));
            """);

        yield return new("OPT0002", "fresh eyes 9: Enumerable.Max of the float slot stored in the Real scalar slot", """
            state.Value = {|#0:System.Linq.Enumerable.Max(state.Mu)|};
            update[0] = -LearningRate * gradient[0] * state.Value;
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new("OPT0001", "fresh eyes 9: Enumerable.Aggregate over the ring with an int seed", """
            int evaluations = System.Linq.Enumerable.Aggregate(state.Ring, 0, (acc, k) => acc + {|#0:(int)k|});
            update[0] = -LearningRate * gradient[0] * evaluations;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: Enumerable.Aggregate over the ring with an Integer seed stays quiet", """
            Integer evaluations = System.Linq.Enumerable.Aggregate(state.Ring, (Integer)0, (acc, k) => acc + k);
            state.NumLinesearchSteps = evaluations;
            update[0] = -LearningRate * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> BitLevel()
    {
        yield return Seed("fresh eyes 9: seed through a span local reinterpreting the ring as ints", """
            int trials = gradient.Length / 2;
            Span<int> halves = System.Runtime.InteropServices.MemoryMarshal.Cast<Integer, int>(state.Ring);
            halves[1] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """, slot: "Ring");

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: hashing the velocity's bytes through MemoryMarshal.AsBytes stays quiet", """
            int hash = 17;
            foreach (byte b in System.Runtime.InteropServices.MemoryMarshal.AsBytes(state.Velocity.AsSpan()))
                hash = unchecked(hash * 31 + b);
            state.Small = hash;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Seed("fresh eyes 9: seed through a ref local given by Unsafe.As on the ring's first element", """
            int trials = gradient.Length / 2;
            ref int low = ref System.Runtime.CompilerServices.Unsafe.As<Integer, int>(ref state.Ring[0]);
            low = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """, slot: "Ring");

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: the bits of the float and double slots kept in the int and long slots stay quiet", """
            state.Small = BitConverter.SingleToInt32Bits(state.Scale);
            state.Total = BitConverter.DoubleToInt64Bits(state.Precise);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Seed("fresh eyes 9: seed as the bits of the float slot stored in an Integer slot", """
            state.Count = {|#0:BitConverter.SingleToInt32Bits(state.Scale)|};
            update[0] = -LearningRate * gradient[0];
            """, slot: "Count");

        yield return new(ExemptionCases.Rule, "fresh eyes 9: Math.Round and Math.Floor results cast to Integer stay quiet", """
            state.NumLinesearchSteps = (Integer)Math.Round(state.Value * 10);
            state.Count = (Integer)Math.Floor(Real.Abs(gradient[0]));
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new("OPT0001", "fresh eyes 9: Math.Floor of the Real slot cast to int for a bracket", """
            int bracket = {|#0:(int)Math.Floor(state.Value * 4)|};
            update[0] = -LearningRate * gradient[0] * bracket;
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(ExemptionCases.Rule, "fresh eyes 9: a checked cast of the count into the int slot stays quiet", """
            state.Small = checked((int)state.Count);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new("OPT0001", "fresh eyes 9: a checked cast of the count into an int local", """
            int window = checked({|#0:(int)state.Count|});
            update[0] = -LearningRate * gradient[0] * window;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new("OPT0001", "fresh eyes 9: an unchecked ushort tag of the count, in both modes", """
            ushort tag = unchecked({|#0:(ushort)state.Count|});
            update[0] = -LearningRate * gradient[0] * tag;
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "UInt16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "UInt16", IntegerSingle)],
        };

        yield return new(ExemptionCases.Rule, "fresh eyes 9: Math.Clamp of the count between int bounds, then cast, stays quiet", """
            int window = (int)Math.Clamp(state.Count, 0, MemorySize);
            Real sum = 0;
            for (int k = 0; k < window && k < state.Weights.Length; k++)
                sum += state.Weights[k];
            update[0] = -LearningRate * gradient[0] * sum;
            """);

        yield return new("OPT0001", "fresh eyes 9: the count cast before Math.Clamp", """
            int window = Math.Clamp({|#0:(int)state.Count|}, 0, MemorySize);
            update[0] = -LearningRate * gradient[0] * window;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(ExemptionCases.Rule, "fresh eyes 9: BitOperations.Log2 of the count as a ring index and long.Log2 cast to int stay quiet", """
            int level = BitOperations.Log2((ulong)state.Count + 1);
            state.Ring[level % state.Ring.Length] += 1;
            int doublings = (int)long.Log2(state.Count + 1);
            update[0] = -LearningRate * gradient[0] / (1 + doublings);
            """);

        yield return Seed("fresh eyes 9: seed as a BitOperations.Log2 level stored in the Integer slot", """
            state.NumLinesearchSteps = {|#0:BitOperations.Log2((ulong)state.Count + 1)|};
            update[0] = -LearningRate * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> Vectors()
    {
        yield return new("OPT0001", "fresh eyes 9: Vector256.ConvertToInt32 of the float scale's lanes", """
            Vector256<int> buckets = {|#0:Vector256.ConvertToInt32(Vector256.Create(state.Scale))|};
            update[0] = -LearningRate * gradient[0] * buckets.ToScalar();
            """)
        { InDouble = [Conversion("'Vector256.ConvertToInt32'", "Single", "Int32", IntegerDouble)] };

        yield return new("OPT0001", "fresh eyes 9: Vector128.ConvertToSingle of int lanes", """
            Vector128<int> counts = Vector128.Create(gradient.Length);
            Vector128<float> weights = {|#0:Vector128.ConvertToSingle(counts)|};
            update[0] = -LearningRate * gradient[0] * weights.ToScalar();
            """)
        { InDouble = [Conversion("'Vector128.ConvertToSingle'", "Int32", "Single", RealDouble)] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: a Vector<Real> momentum loop with a scalar tail stays quiet", """
            int i = 0;
            for (; i + Vector<Real>.Count <= gradient.Length; i += Vector<Real>.Count)
            {
                var g = new Vector<Real>(gradient.Slice(i));
                var m = new Vector<Real>(state.Velocity, i);
                m = m * (Real)0.9 + g * (Real)0.1;
                m.CopyTo(state.Velocity, i);
                (m * -LearningRate).CopyTo(update.Slice(i));
            }

            for (; i < gradient.Length; i++)
            {
                state.Velocity[i] = (Real)0.9 * state.Velocity[i] + (Real)0.1 * gradient[i];
                update[i] = -LearningRate * state.Velocity[i];
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> LanguageShapes()
    {
        yield return Seed("fresh eyes 9: seed as stackalloc'd int trials copied element by element into the ring", """
            int kept = Math.Min(MemorySize, state.Ring.Length);
            Span<int> trials = stackalloc int[kept];
            for (int k = 0; k < kept; k++)
                trials[k] = k + 1;
            for (int k = 0; k < kept; k++)
                state.Ring[k] = {|#0:trials[k]|};
            update[0] = -LearningRate * gradient[0];
            """, slot: "Ring");

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: stackalloc'd Integer trials copied into the ring stay quiet", """
            int kept = Math.Min(MemorySize, state.Ring.Length);
            Span<Integer> trials = stackalloc Integer[kept];
            for (int k = 0; k < kept; k++)
                trials[k] = k + 1;
            trials.CopyTo(state.Ring);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: a generic local function halving a Real stays quiet", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -Halve(LearningRate) * gradient[i];

            static T Halve<T>(T x) where T : INumber<T> => x / T.CreateChecked(2);
            """);
    }

    private static IEnumerable<AnalyzerCase> IndexArithmetic()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh eyes 9: a descending long history loop indexing rows by remainder stays quiet", """
            Real q = gradient[0];
            for (long k = state.Count - 1; k >= 0 && k >= state.Count - MemorySize; k--)
            {
                int row = (int)(k % MemorySize);
                q -= state.Weights[row] * state.History[row * gradient.Length];
            }

            update[0] = -LearningRate * q;
            """);

        yield return new(Rule, "fresh eyes 9: the total shifted right by 33 bits and unsigned-shifted by 40 stays quiet", """
            int high = (int)(state.Total >> 33);
            int top = (int)(state.Total >>> 40);
            update[0] = -LearningRate * gradient[0] * (high + top);
            """);

        yield return new("OPT0001", "fresh eyes 9: the count halved with >> 1 is not index arithmetic", """
            int half = {|#0:(int)(state.Count >> 1)|};
            update[0] = -LearningRate * gradient[0] * half;
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 9: a Math.Min of the count cast into the int slot and a float cast compounded into the float slot stay quiet", """
            state.Small = (int)Math.Min(state.Count, MemorySize);
            state.Scale += (float)gradient[0];
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] -= (float)(LearningRate * gradient[i]);
            update[0] = -LearningRate * gradient[0] * state.Scale;
            """);
    }

    private static IEnumerable<AnalyzerCase> SingleLiterals()
    {
        yield return new("OPT0003", "fresh eyes 9: adam's epsilon written as 1e-8f", """
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Second[i] = (Real)0.999 * state.Second[i] + (Real)0.001 * gradient[i] * gradient[i];
                update[i] = -LearningRate * gradient[i] / (Real.Sqrt(state.Second[i]) + {|#0:1e-8f|});
            }
            """)
        { InDouble = [MixedPrecision("1e-8f")] };

        // Blind, the arm was expected; the switch has the natural type float and is widened as a whole, which is reported
        // as a conditional of floats is.
        yield return new("OPT0003", "fresh eyes 9: a float arm of an all-float switch entering Real arithmetic", """
            Real factor = {|#0:state.Count switch { < 10 => 0.1f, < 100 => 0.5f, _ => 1f }|};
            update[0] = -LearningRate * factor * gradient[0];
            """)
        { InDouble = [MixedPrecision("state.Count switch { < 10 => 0.1f, < 100 => 0.5f, _ => 1f }")] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: an all-float switch of exact arms entering Real arithmetic stays quiet", """
            Real factor = state.Count switch { < 10 => 0.25f, < 100 => 0.5f, _ => 1f };
            update[0] = -LearningRate * factor * gradient[0];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 9: the float scale slot and exact float literals in Real arithmetic stay quiet", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] * state.Scale * 0.5f;
            state.Mu[0] = MathF.Max(state.Mu[0] * 0.5f, (float)Math.Abs(gradient[0]));
            """);
    }

    /// <summary>
    /// Found by reading the code after the blind round: a helper local given two objects merged the views of every object of
    /// its type. The objects that can reach the write count, and only they.
    /// </summary>
    private static IEnumerable<AnalyzerCase> ObjectsReachingTheRead()
    {
        const string Rule = SlotFlowCases.Rule;
        const string Window = """
            public sealed class Window
            {
                public Window(Integer[] ring) => Ring = ring;
                public Integer[] Ring { get; }
            }
            """;

        AnalyzerCase Reported(string name, string body, string outside = Window) =>
            new(Rule, name, body) { Outside = outside, NullableProject = true, InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };
        AnalyzerCase Quiet(string name, string body, string outside = Window) =>
            new(Rule, name, body) { Outside = outside, NullableProject = true };

        yield return Quiet("fresh eyes 9: a window local re-pointed at a scratch ring before the count is written stays quiet", """
            int trials = gradient.Length / 2;
            var window = new Window(state.Ring);
            window.Ring[0] += 1;
            window = new Window(new Integer[MemorySize]);
            window.Ring[0] = trials;
            update[0] = -LearningRate * gradient[0] * window.Ring[0];
            """);

        yield return Reported("fresh eyes 9: a window local re-pointed at the slot before the count is written", """
            int trials = gradient.Length / 2;
            var window = new Window(new Integer[MemorySize]);
            window.Ring[0] = trials;
            window = new Window(state.Ring);
            window.Ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Reported("fresh eyes 9: a window local given the slot's or a scratch window by a conditional", """
            int trials = gradient.Length / 2;
            var window = gradient[0] > 0 ? new Window(state.Ring) : new Window(new Integer[MemorySize]);
            window.Ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Quiet("fresh eyes 9: a window local given one of two scratch windows beside one of the slot stays quiet", """
            int trials = gradient.Length / 2;
            var live = new Window(state.Ring);
            var window = gradient[0] > 0 ? new Window(new Integer[MemorySize]) : new Window(new Integer[2 * MemorySize]);
            window.Ring[0] = trials;
            live.Ring[0] += window.Ring[0];
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Reported("fresh eyes 9: a window local given the slot's window by a switch arm", """
            int trials = gradient.Length / 2;
            var window = state.Count switch
            {
                0 => new Window(new Integer[MemorySize]),
                _ => new Window(state.Ring),
            };
            window.Ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Reported("fresh eyes 9: a window re-pointed at the slot after the write, in a loop, reaches it on the next turn", """
            int trials = gradient.Length / 2;
            var window = new Window(new Integer[MemorySize]);
            for (int pass = 0; pass < 2; pass++)
            {
                window.Ring[0] = {|#0:trials|};
                window = new Window(state.Ring);
            }

            update[0] = -LearningRate * gradient[0];
            """);

        yield return Quiet("fresh eyes 9: a window given a scratch ring at the top of each turn of a loop stays quiet", """
            int trials = gradient.Length / 2;
            var live = new Window(state.Ring);
            var window = live;
            for (int pass = 0; pass < 2; pass++)
            {
                window = new Window(new Integer[MemorySize]);
                window.Ring[0] = trials;
            }

            live.Ring[0] += window.Ring[0];
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Reported("fresh eyes 9: a window local that may still be null or the slot's", """
            int trials = gradient.Length / 2;
            Window? window = null;
            if (gradient[0] > 0)
                window = new Window(state.Ring);
            if (window is not null)
                window.Ring[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """);

        yield return Quiet("fresh eyes 9: a record holder re-created over a scratch ring stays quiet", """
            int trials = gradient.Length / 2;
            var buffers = new Buffers(state.Ring);
            buffers.Ring[0] += 1;
            buffers = new Buffers(new Integer[MemorySize]);
            buffers.Ring[0] = trials;
            update[0] = -LearningRate * gradient[0];
            """, "public sealed record Buffers(Integer[] Ring);");

        const string SpanWindow = """
            public ref struct SpanWindow
            {
                public Span<Integer> Values;
                public SpanWindow(Span<Integer> values) { Values = values; }
            }
            """;

        yield return Quiet("fresh eyes 9: a ref struct window re-created over a scratch span stays quiet", """
            int trials = gradient.Length / 2;
            var window = new SpanWindow(state.Ring);
            window.Values[0] += 1;
            window = new SpanWindow(new Integer[4]);
            window.Values[0] = trials;
            update[0] = -LearningRate * gradient[0];
            """, SpanWindow);

        yield return Reported("fresh eyes 9: a ref struct window re-created over the slot", """
            int trials = gradient.Length / 2;
            var window = new SpanWindow(stackalloc Integer[4]);
            window.Values[0] = trials;
            window = new SpanWindow(state.Ring);
            window.Values[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """, SpanWindow);

        const string Cursor = """
            public ref struct Cursor
            {
                public ref Integer Target;
                public Cursor(ref Integer target) { Target = ref target; }
            }
            """;

        yield return new(Rule, "fresh eyes 9: a ref field cursor over a scratch count beside one over the slot stays quiet", """
            int trials = gradient.Length / 2;
            Integer scratch = 0;
            var live = new Cursor(ref state.Count);
            var probe = new Cursor(ref scratch);
            probe.Target = trials;
            live.Target += probe.Target;
            update[0] = -LearningRate * gradient[0];
            """)
        { Outside = Cursor };

        yield return new(Rule, "fresh eyes 9: a ref field cursor over the slot beside one over a scratch count", """
            int trials = gradient.Length / 2;
            Integer scratch = 0;
            var live = new Cursor(ref state.Count);
            var probe = new Cursor(ref scratch);
            probe.Target = trials;
            live.Target = {|#0:trials|};
            update[0] = -LearningRate * gradient[0] * probe.Target;
            """)
        { Outside = Cursor, InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return Quiet("fresh eyes 9: a span local re-pointed at a scratch array before the count is written stays quiet", """
            int trials = gradient.Length / 2;
            Span<Integer> target = state.Ring;
            target[0] += 1;
            target = new Integer[MemorySize];
            target[0] = trials;
            update[0] = -LearningRate * gradient[0] * target[0];
            """, outside: "");

        yield return Reported("fresh eyes 9: a span local re-pointed at the slot before the count is written", """
            int trials = gradient.Length / 2;
            Span<Integer> target = new Integer[MemorySize];
            target[0] = trials;
            target = state.Ring;
            target[0] = {|#0:trials|};
            update[0] = -LearningRate * gradient[0];
            """, outside: "");
    }
}
