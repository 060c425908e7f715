using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// A fourth round of cases written against the contract and the issue text before reading the analyzer: whole optimizers
/// (centered RMSProp, Adagrad, Yogi, LAMB, Lion, Novograd, Adadelta, Nesterov SGD, Polyak, Armijo, a bracketing helper, a
/// two-loop over span slices, SIMD and TensorPrimitives) each quiet and each with the seed bug injected in another place
/// and style; generic math at the types scope instantiates it with; low-level flows (<c>Array.ConstrainedCopy</c>,
/// <c>Buffer.BlockCopy</c>, <c>Unsafe.Add</c>, ref conditionals, <c>KeyValuePair</c> deconstruction, comparands that are
/// not stores); scope through partial methods, explicit and default interface members, <c>base.</c> calls, strategies
/// chosen by <c>switch</c>, <c>Lazy&lt;T&gt;</c>, <c>checked</c> operators and iterators; and range proofs with steps
/// other than one. Names start with "fresh eyes 4: ".
/// </summary>
internal static class FreshEyesCasesRound4
{
    private const string Cast = "A cast";
    private const string Implicit = "An implicit conversion";

    public static IEnumerable<AnalyzerCase> All() =>
        Realistic().Concat(GenericMath()).Concat(Flow()).Concat(Scope()).Concat(Exemptions()).Concat(Mixed()).Concat(Harder()).Concat(Deeper()).Concat(Correct()).Concat(Last()).Concat(Holders()).Concat(MoreCorrect()).Concat(SpanApis()).Concat(Patterns());

    private const string Trivial = "update[0] = -gradient[0];";

    /// <summary>optax's centered RMSProp with momentum (scale_by_rms centered, then trace) as its own spec.</summary>
    private const string CenteredRmsProp = """

        namespace FreshEyes4.Rms
        {
            using System;
            using OptimGen;

            [Optimizer]
            public partial class CenteredRmsProp
            {
                [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.01;
                [Hyperparameter] public Real Decay { get; init; } = (Real)0.9;
                [Hyperparameter] public Real Eps { get; init; } = (Real)1e-8;
                [Hyperparameter] public Real Momentum { get; init; } = (Real)0.9;

                [State] private Integer count;
                [State(Shape = "n")] private Real[] nu;
                [State(Shape = "n")] private Real[] mu;
                [State(Shape = "n")] private Real[] trace;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    Real oneMinus = 1 - Decay;
                    for (int i = 0; i < gradient.Length; i++)
                    {
                        Real g = gradient[i];
                        ref Real nu = ref state.Nu[i];
                        ref Real mu = ref state.Mu[i];
                        nu = Real.FusedMultiplyAdd(oneMinus, g * g, Decay * nu);
                        mu = Real.FusedMultiplyAdd(oneMinus, g, Decay * mu);
                        Real centered = Real.Max(nu - mu * mu, 0);
                        Real scaled = g / (ROOT + Eps);
                        state.Trace[i] = Momentum * state.Trace[i] + scaled;
                        update[i] = -LearningRate * state.Trace[i];
                    }

                    state.Count = checked(state.Count + 1);
                }
            }
        }
        """;

    /// <summary>LAMB: Adam moments, then the layer's trust ratio kept in a float slot as optax keeps it in float32.</summary>
    private const string Lamb = """

        namespace FreshEyes4.Lamb
        {
            using System;
            using OptimGen;

            [Optimizer]
            public partial class TrustLamb
            {
                [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.001;
                [Hyperparameter] public Real B1 { get; init; } = (Real)0.9;
                [Hyperparameter] public Real B2 { get; init; } = (Real)0.999;
                [Hyperparameter] public Real Eps { get; init; } = (Real)1e-6;
                [Hyperparameter] public Real WeightDecay { get; init; } = (Real)0.01;

                [State] private Integer count;
                [State] private float trustRatio;
                [State] private Real lastTrust;
                [State(Shape = "n")] private Real[] mu;
                [State(Shape = "n")] private Real[] nu;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> parameters, ReadOnlySpan<Real> gradient, Span<Real> update)
                {
                    state.Count++;
                    Real c1 = 1 - Real.Pow(B1, state.Count);
                    Real c2 = 1 - Real.Pow(B2, state.Count);
                    Real weightNorm = 0, updateNorm = 0;
                    for (int i = 0; i < gradient.Length; i++)
                    {
                        state.Mu[i] = B1 * state.Mu[i] + (1 - B1) * gradient[i];
                        state.Nu[i] = B2 * state.Nu[i] + (1 - B2) * gradient[i] * gradient[i];
                        Real adam = (state.Mu[i] / c1) / (Real.Sqrt(state.Nu[i] / c2) + Eps) + WeightDecay * parameters[i];
                        update[i] = adam;
                        weightNorm += parameters[i] * parameters[i];
                        updateNorm += adam * adam;
                    }

                    state.TrustRatio = weightNorm > 0 && updateNorm > 0 ? (float)(Real.Sqrt(weightNorm) / Real.Sqrt(updateNorm)) : 1f;
                    for (int i = 0; i < update.Length; i++)
                        update[i] *= -LearningRate * state.TrustRatio;
                    LAST
                }
            }
        }
        """;

    /// <summary>The Polyak step size, min(max_lr, (f - f*) / |g|^2), from the transition's value parameter.</summary>
    private const string Polyak = """

        namespace FreshEyes4.Polyak
        {
            using System;
            using OptimGen;

            [Optimizer]
            public partial class PolyakStep
            {
                [Hyperparameter] public Real MaxLearningRate { get; init; } = (Real)1;
                [Hyperparameter] public Real FStar { get; init; } = (Real)0;
                [Hyperparameter] public Real Eps { get; init; } = (Real)1e-12;
                [Hyperparameter] public int Warmup { get; init; } = 10;

                [State] private Integer count;
                [State] private Real lastStep;

                [Transition]
                private void Update(ref State state, ReadOnlySpan<Real> gradient, Real value, Span<Real> update)
                {
                    Real squared = 0;
                    foreach (Real g in gradient)
                        squared += g * g;
                    Real step = Real.Min(MaxLearningRate, (value - FStar) / (squared + Eps));
                    WARM
                    for (int i = 0; i < gradient.Length; i++)
                        update[i] = -step * gradient[i];
                    state.LastStep = step;
                    state.Count += 1;
                }
            }
        }
        """;

    private static IEnumerable<AnalyzerCase> Realistic()
    {
        const string Quiet = IdiomaticCases.Rule;
        const string Seed = SeedStyleCases.Rule;

        yield return new(Quiet, "fresh eyes 4: centered RMSProp with a momentum trace and ref locals stays quiet", Trivial)
        { Outside = CenteredRmsProp.Replace("ROOT", "Real.Sqrt(centered)") };

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: centered RMSProp narrowing the variance to float for MathF.Sqrt", Trivial)
        {
            Outside = CenteredRmsProp.Replace("ROOT", "MathF.Sqrt({|#0:(float)centered|})"),
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
        };

        yield return new(Quiet, "fresh eyes 4: Adagrad with a ref local accumulator over a span of the slot", """
            Real eps = (Real)1e-7;
            Span<Real> accumulators = state.Velocity;
            for (int i = 0; i < gradient.Length; i++)
            {
                ref Real sum = ref accumulators[i];
                sum += gradient[i] * gradient[i];
                update[i] = -LearningRate * gradient[i] / (Real.Sqrt(sum) + eps);
            }

            state.Count++;
            """);

        yield return new(Seed, "fresh eyes 4: Adagrad's count of silent coordinates carried in a record struct updated with 'with'", """
            var stats = new AccumulatorStats(0, 0);
            int silent = 0;
            Real peak = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                if (gradient[i] == 0)
                {
                    silent++;
                    continue;
                }

                state.Velocity[i] += gradient[i] * gradient[i];
                peak = Real.Max(peak, state.Velocity[i]);
                update[i] = -LearningRate * gradient[i] / (Real.Sqrt(state.Velocity[i]) + (Real)1e-7);
            }

            stats = stats with { Silent = silent, Peak = peak };
            state.Count = {|#0:stats.Silent|};
            state.Value = stats.Peak;
            """, """
            private record struct AccumulatorStats(int Silent, Real Peak);
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Quiet, "fresh eyes 4: Yogi's additive second moment with Math.Sign and a tuple swap of two Integer slots", """
            Real b1 = (Real)0.9, b2 = (Real)0.999, eps = (Real)1e-3;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                Real g2 = g * g;
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * g;
                ref Real v = ref state.Second[i];
                v -= (1 - b2) * Math.Sign(v - g2) * g2;
                update[i] = -LearningRate * state.Velocity[i] / (Real.Sqrt(v) + eps);
            }

            (state.Count, state.NumLinesearchSteps) = (state.NumLinesearchSteps, state.Count + 1);
            """);

        yield return new(Seed, "fresh eyes 4: Yogi counting sign flips in an int, stored by a tuple swap", """
            Real b2 = (Real)0.999;
            int flips = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g2 = gradient[i] * gradient[i];
                ref Real v = ref state.Second[i];
                int sign = Math.Sign(v - g2);
                if (sign < 0)
                    flips++;
                v -= (1 - b2) * sign * g2;
                update[i] = -LearningRate * gradient[i] / (Real.Sqrt(v) + (Real)1e-3);
            }

            (state.NumLinesearchSteps, state.Count) = (state.Count, {|#0:flips|});
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(Quiet, "fresh eyes 4: LAMB with the trust ratio cast to its float slot", Trivial)
        { Outside = Lamb.Replace("LAST", "state.LastTrust = (Real)state.TrustRatio;") };

        yield return new(Seed, "fresh eyes 4: LAMB logging the float trust ratio into a Real slot", Trivial)
        {
            Outside = Lamb.Replace("LAST", "state.LastTrust = {|#0:state.TrustRatio|};"),
            InDouble = [SlotValue("LastTrust", RealDouble, "a Single")],
        };

        yield return new(Quiet, "fresh eyes 4: Lion with Real.Sign and an interpolated momentum", """
            Real b1 = (Real)0.9, b2 = (Real)0.99;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real interpolated = Real.Lerp(gradient[i], state.Velocity[i], b1);
                update[i] = -LearningRate * Real.Sign(interpolated);
                state.Velocity[i] = b2 * state.Velocity[i] + (1 - b2) * gradient[i];
            }

            state.Ring[(int)(state.Count % MemorySize)] = state.Count;
            state.Count++;
            """);

        yield return new(Seed, "fresh eyes 4: Lion keeping its count of positive signs in the ring", """
            Real b1 = (Real)0.9;
            int positives = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                int sign = Real.Sign(b1 * state.Velocity[i] + (1 - b1) * gradient[i]);
                positives += sign > 0 ? 1 : 0;
                update[i] = -LearningRate * sign;
            }

            state.Ring[(int)(state.Count % MemorySize)] = {|#0:positives|};
            state.Count++;
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Quiet, "fresh eyes 4: Novograd's layer-wise second moment from TensorPrimitives.SumOfSquares", """
            Real b1 = (Real)0.9, b2 = (Real)0.25, eps = (Real)1e-8;
            Real squared = System.Numerics.Tensors.TensorPrimitives.SumOfSquares<Real>(gradient);
            state.Value = state.Count == 0 ? squared : b2 * state.Value + (1 - b2) * squared;
            Real denominator = Real.Sqrt(state.Value) + eps;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = b1 * state.Velocity[i] + gradient[i] / denominator;
                update[i] = -LearningRate * state.Velocity[i];
            }

            state.Count++;
            """);

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: Novograd's gradient norm taken with float.CreateSaturating", """
            Real squared = System.Numerics.Tensors.TensorPrimitives.SumOfSquares<Real>(gradient);
            float norm = {|#0:float.CreateSaturating(Real.Sqrt(squared))|};
            state.Value = (Real)0.25 * state.Value + (Real)0.75 * norm * norm;
            update[0] = -LearningRate * gradient[0] / (Real.Sqrt(state.Value) + (Real)1e-8);
            """)
        { InDouble = [Conversion("'Single.CreateSaturating'", "Double", "Single", RealDouble)] };

        yield return new(Quiet, "fresh eyes 4: Adadelta with two ref locals per coordinate", """
            Real rho = (Real)0.9, eps = (Real)1e-6;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                ref Real squaredGradients = ref state.Velocity[i];
                ref Real squaredUpdates = ref state.Second[i];
                squaredGradients = rho * squaredGradients + (1 - rho) * g * g;
                Real delta = -Real.Sqrt(squaredUpdates + eps) / Real.Sqrt(squaredGradients + eps) * g;
                squaredUpdates = rho * squaredUpdates + (1 - rho) * delta * delta;
                update[i] = LearningRate * delta;
            }
            """);

        yield return new(Seed, "fresh eyes 4: Adadelta's count of skipped non-finite coordinates published with Volatile.Write", """
            Real rho = (Real)0.9, eps = (Real)1e-6;
            int skipped = 0;
            for (int i = 0; i < gradient.Length; i++)
            {
                Real g = gradient[i];
                if (!Real.IsFinite(g))
                {
                    skipped++;
                    update[i] = 0;
                    continue;
                }

                ref Real squaredGradients = ref state.Velocity[i];
                squaredGradients = rho * squaredGradients + (1 - rho) * g * g;
                update[i] = -LearningRate * g / Real.Sqrt(squaredGradients + eps);
            }

            System.Threading.Volatile.Write(ref state.NumLinesearchSteps, {|#0:skipped|});
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Quiet, "fresh eyes 4: Nesterov SGD written with TensorPrimitives at Real", """
            Span<Real> velocity = state.Velocity;
            Real momentum = (Real)0.9;
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd<Real>(velocity, momentum, gradient, velocity);
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd<Real>(velocity, momentum, gradient, update);
            System.Numerics.Tensors.TensorPrimitives.Multiply<Real>(update, -LearningRate, update);
            """);

        yield return new(Seed, "fresh eyes 4: Nesterov SGD restoring its velocity from the float copy with Array.Copy", """
            if (state.Count == 0)
                Array.Copy({|#0:state.Mu|}, state.Velocity, state.Velocity.Length);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = (Real)0.9 * state.Velocity[i] + gradient[i];
                update[i] = -LearningRate * ((Real)0.9 * state.Velocity[i] + gradient[i]);
            }

            state.Count++;
            """)
        {
            InDouble = [SlotValue("Velocity", RealDouble, "a Single")],
        };

        yield return new(Quiet, "fresh eyes 4: the Polyak step size from the transition's value", Trivial)
        { Outside = Polyak.Replace("WARM", "if (state.Count < Warmup) step *= (Real)(state.Count + 1) / Warmup;") };

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: the Polyak warm-up reading the count through int.CreateTruncating", Trivial)
        {
            Outside = Polyak.Replace("WARM", "int done = {|#0:int.CreateTruncating(state.Count)|};\n                if (done < Warmup) step *= (Real)(done + 1) / Warmup;"),
            InDouble = [Conversion("'Int32.CreateTruncating'", "Int64", "Int32", IntegerDouble)],
        };

        yield return new(Seed, "fresh eyes 4: an Armijo backtracking extension returning its evaluations through out var", """
            Real step = gradient.Armijo(LearningRate, state.Value, out var evaluations);
            state.NumLinesearchSteps = {|#0:evaluations|};
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -step * gradient[i];
            """)
        {
            Outside = """

                internal static class ArmijoSearch
                {
                    public static Real Armijo(this ReadOnlySpan<Real> gradient, Real initial, Real value, out int evaluations)
                    {
                        Real slope = 0;
                        foreach (Real g in gradient)
                            slope += g * g;
                        Real t = initial;
                        evaluations = 0;
                        while (evaluations < 30 && value - t * slope * (Real)0.5 > value - (Real)1e-4 * t * slope)
                        {
                            t *= (Real)0.5;
                            evaluations++;
                        }

                        return t;
                    }
                }
                """,
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
        };

        yield return new(Quiet, "fresh eyes 4: an Armijo search returning a record class with an Integer count", """
            var result = Backtrack(gradient, LearningRate);
            (state.Value, state.NumLinesearchSteps) = (result.Step, result.Evaluations);
            state.Count += result.Evaluations;
            """, """
            private sealed record SearchResult(Real Step, Integer Evaluations);

            private static SearchResult Backtrack(ReadOnlySpan<Real> gradient, Real t)
            {
                Integer evaluations = 0;
                Real slope = System.Numerics.Tensors.TensorPrimitives.Dot<Real>(gradient, gradient);
                while (evaluations < 30 && t * slope > 1)
                {
                    t /= 2;
                    evaluations++;
                }

                return new SearchResult(t, evaluations);
            }
            """);

        const string Bracket = """
            private sealed class Bracket
            {
                private Real low;
                private Real high;

                public Bracket(Real low, Real high)
                {
                    this.low = low;
                    this.high = high;
                }

                public COUNTER Iterations { get; private set; }

                public Real Middle => (low + high) / 2;

                public bool Narrow(Real slope)
                {
                    Iterations++;
                    if (slope > 0)
                        high = Middle;
                    else
                        low = Middle;
                    return high - low > (Real)1e-6;
                }
            }
            """;

        const string BracketBody = """
            var bracket = new Bracket(0, LearningRate);
            while (bracket.Iterations < MemorySize && bracket.Narrow(gradient[0] * bracket.Middle - 1))
            {
            }

            state.NumLinesearchSteps = STORED;
            state.Value = bracket.Middle;
            update[0] = -state.Value * gradient[0];
            """;

        yield return new(Quiet, "fresh eyes 4: a More-Thuente-like bracketing class counting in Integer",
            BracketBody.Replace("STORED", "bracket.Iterations"), Bracket.Replace("COUNTER", "Integer"));

        yield return new(Seed, "fresh eyes 4: a More-Thuente-like bracketing class whose iteration property is an int",
            BracketBody.Replace("STORED", "{|#0:bracket.Iterations|}"), Bracket.Replace("COUNTER", "int"))
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        const string TwoLoop = """
            int m = MemorySize, n = gradient.Length;
            int filled = (int)Math.Min(state.Count, (Integer)m);
            Span<Real> alpha = stackalloc Real[filled];
            gradient.CopyTo(update);
            long newest = state.Count - 1;
            for (long k = 0; k < filled; k++)
            {
                int row = (int)((newest - k) % m);
                ReadOnlySpan<Real> s = state.History.AsSpan(row * n, n);
                alpha[(int)k] = state.Weights[row] * System.Numerics.Tensors.TensorPrimitives.Dot<Real>(s, update);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd<Real>(s, -alpha[(int)k], update, update);
            }

            for (long k = filled - 1; k >= 0; k--)
            {
                int row = (int)((newest - k) % m);
                Span<Real> s = state.History.AsSpan(row * n, n);
                Real beta = state.Weights[row] * System.Numerics.Tensors.TensorPrimitives.Dot<Real>(s, update);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd<Real>(s, alpha[(int)k] - beta, update, update);
            }

            System.Numerics.Tensors.TensorPrimitives.Multiply<Real>(update, -LearningRate, update);
            STORE
            """;

        yield return new(Quiet, "fresh eyes 4: an L-BFGS two-loop over row slices of the history with long indices",
            TwoLoop.Replace("STORE", "state.NumLinesearchSteps = (Integer)filled;"));

        yield return new(Seed, "fresh eyes 4: the two-loop's filled memory, clamped to MemorySize, stored as the count",
            TwoLoop.Replace("STORE", "state.NumLinesearchSteps = {|#0:filled|};"))
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        const string Simd = """
            ref Real g0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(gradient);
            ref Real v0 = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(state.Velocity);
            ref Real u0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(update);
            Vector128<Real> beta = Vector128.Create((Real)0.9);
            Vector128<Real> rate = Vector128.Create(-LearningRate);
            COUNTER positives = 0;
            int i = 0;
            for (; i <= gradient.Length - Vector128<Real>.Count; i += Vector128<Real>.Count)
            {
                Vector128<Real> v = beta * Vector128.LoadUnsafe(ref v0, (nuint)i) + Vector128.LoadUnsafe(ref g0, (nuint)i);
                v.StoreUnsafe(ref v0, (nuint)i);
                (rate * v).StoreUnsafe(ref u0, (nuint)i);
                uint bits = Vector128.ExtractMostSignificantBits(Vector128.GreaterThan(v, Vector128<Real>.Zero));
                positives += BitOperations.PopCount(bits);
            }

            for (; i < gradient.Length; i++)
            {
                state.Velocity[i] = (Real)0.9 * state.Velocity[i] + gradient[i];
                update[i] = -LearningRate * state.Velocity[i];
                if (state.Velocity[i] > 0)
                    positives++;
            }

            state.NumLinesearchSteps = STORED;
            """;

        yield return new(Quiet, "fresh eyes 4: momentum over Vector128 with LoadUnsafe and PopCount counting in Integer",
            Simd.Replace("COUNTER", "Integer").Replace("STORED", "positives"));

        yield return new(Seed, "fresh eyes 4: momentum over Vector128 counting positive lanes in an int",
            Simd.Replace("COUNTER", "int").Replace("STORED", "{|#0:positives|}"))
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Seed, "fresh eyes 4: TensorPrimitives.IndexOfMaxMagnitude's int stored as the newest coordinate", """
            System.Numerics.Tensors.TensorPrimitives.Multiply<Real>(gradient, -LearningRate, update);
            state.NumLinesearchSteps = {|#0:System.Numerics.Tensors.TensorPrimitives.IndexOfMaxMagnitude<Real>(gradient)|};
            state.Value = System.Numerics.Tensors.TensorPrimitives.MaxMagnitude<Real>(gradient);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Quiet, "fresh eyes 4: TensorPrimitives index and magnitude results converted to the slots' types", """
            System.Numerics.Tensors.TensorPrimitives.Multiply<Real>(gradient, -LearningRate, update);
            state.NumLinesearchSteps = (Integer)System.Numerics.Tensors.TensorPrimitives.IndexOfMaxMagnitude<Real>(gradient);
            state.Scale = (float)System.Numerics.Tensors.TensorPrimitives.MaxMagnitude<Real>(gradient);
            System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<Real, float>(state.Velocity, state.Mu);
            """);
    }

    private static IEnumerable<AnalyzerCase> GenericMath()
    {
        const string Rule = ScopeCases.Rule;

        yield return new(Rule, "fresh eyes 4: an IFloatingPoint<T> moving average instantiated at Real and at the float slot's float", """
            state.Value = Ema(state.Value, gradient[0], (Real)0.9);
            state.Scale = Ema(state.Scale, state.Scale * 2, 0.5f);
            update[0] = -LearningRate * state.Value;
            """, """
            private static T Ema<T>(T average, T sample, T decay) where T : IFloatingPoint<T> =>
                decay * average + (T.One - decay) * sample;
            """);

        yield return new(Rule, "fresh eyes 4: a two-type-parameter TTo.CreateSaturating at <Integer, int>", """
            int lastRow = Narrow<Integer, int>(state.Count - 1);
            update[0] = state.Weights[Math.Clamp(lastRow, 0, MemorySize - 1)];
            state.Value = Narrow<Real, Real>(gradient[0]);
            """, """
            private static TTo Narrow<TFrom, TTo>(TFrom value)
                where TFrom : INumberBase<TFrom>
                where TTo : INumberBase<TTo>
                => {|#0:TTo.CreateSaturating(value)|};
            """)
        { InDouble = [Conversion("'TTo.CreateSaturating'", "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: a generic quantizer struct's T.CreateChecked at Half, in both modes", """
            var quantizer = new Quantizer<Half>();
            Half stored = quantizer.Apply(state.Value);
            update[0] = (Real)(float)stored * gradient[0];
            """, """
            private readonly struct Quantizer<T> where T : IFloatingPoint<T>
            {
                public T Apply(Real value) => {|#0:T.CreateChecked(value)|};
            }
            """)
        {
            InDouble = [Conversion("'T.CreateChecked'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'T.CreateChecked'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh eyes 4: an INumber<T> counter instantiated at int and stored in the slot", """
            state.NumLinesearchSteps = {|#0:CountNonZero<int>(gradient)|};
            update[0] = -gradient[0];
            """, """
            private static T CountNonZero<T>(ReadOnlySpan<Real> values) where T : INumber<T>
            {
                T count = T.Zero;
                foreach (Real v in values)
                {
                    if (v != 0)
                        count++;
                }

                return count;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: the same INumber<T> counter instantiated at Integer", """
            state.NumLinesearchSteps = CountNonZero<Integer>(gradient);
            state.Count += CountNonZero<int>(gradient);
            update[0] = -gradient[0];
            """, """
            private static T CountNonZero<T>(ReadOnlySpan<Real> values) where T : INumber<T>
            {
                T count = T.Zero;
                foreach (Real v in values)
                {
                    if (v != 0)
                        count++;
                }

                return count;
            }
            """);

        yield return new(Rule, "fresh eyes 4: Real.CreateSaturating, Integer.CreateTruncating and CreateChecked reach the active types", """
            double accurate = Math.ScaleB(state.Precise, 2);
            state.Value = Real.CreateSaturating(accurate);
            state.Count = Integer.CreateTruncating(Math.Floor(state.Value));
            state.NumLinesearchSteps = Integer.CreateChecked(gradient.Length);
            update[0] = Real.CreateTruncating(state.Precise) * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 4: int.CreateSaturating of a ring position that provably fits", """
            int row = int.CreateSaturating(state.Count % MemorySize);
            int head = int.CreateTruncating(Math.Min(state.Count, (Integer)MemorySize));
            update[0] = state.Weights[Math.Abs(row)] + head;
            """);

        yield return new(Rule, "fresh eyes 4: a static abstract schedule implemented by a struct, casting the step to float", """
            Advance<Cosine>(ref state);
            update[0] = -state.Value * gradient[0];
            """, """
            private interface ISchedule
            {
                static abstract Real At(Integer step);
            }

            private readonly struct Cosine : ISchedule
            {
                public static Real At(Integer step) => (Real)0.5 * (1 + (Real)MathF.Cos({|#0:(float)step|} / 100));
            }

            private void Advance<TSchedule>(ref State state) where TSchedule : ISchedule
            {
                state.Value = LearningRate * TSchedule.At(state.Count);
                state.Count++;
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 4: a static abstract warm-up length of a struct strategy stored in the slot", """
            Advance<Linear>(ref state);
            update[0] = -state.Value * gradient[0];
            """, """
            private interface IWarmup
            {
                static abstract int Length { get; }

                static abstract Real Factor(Integer step);
            }

            private readonly struct Linear : IWarmup
            {
                public static int Length => 100;

                public static Real Factor(Integer step) => Real.Min(1, (Real)(step + 1) / Length);
            }

            private void Advance<TWarmup>(ref State state) where TWarmup : IWarmup
            {
                state.Value = LearningRate * TWarmup.Factor(state.Count);
                if (state.Count < TWarmup.Length)
                    state.NumLinesearchSteps = {|#0:TWarmup.Length|};
                state.Count++;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a static abstract line search with an out count implemented by a struct", """
            Real step = Search<Halving>(gradient, out state.NumLinesearchSteps);
            update[0] = -step * gradient[0];
            """, """
            private interface ILineSearch
            {
                static abstract Real Run(ReadOnlySpan<Real> gradient, out Integer evaluations);
            }

            private readonly struct Halving : ILineSearch
            {
                public static Real Run(ReadOnlySpan<Real> gradient, out Integer evaluations)
                {
                    int tries = 0;
                    Real t = 1;
                    while (tries < 20 && t * Math.Abs(gradient[0]) > 1)
                    {
                        t /= 2;
                        tries++;
                    }

                    evaluations = {|#0:tries|};
                    return t;
                }
            }

            private static Real Search<TSearch>(ReadOnlySpan<Real> gradient, out Integer evaluations) where TSearch : ILineSearch =>
                TSearch.Run(gradient, out evaluations);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a generic extension on Span<T> filling at T, given the ring and an int count", """
            int evaluations = MemorySize / 2;
            state.Ring.AsSpan().FillFrom(1, {|#0:evaluations|});
            update[0] = -gradient[0];
            """)
        {
            Outside = """

                internal static class SpanFills
                {
                    public static void FillFrom<T>(this Span<T> span, int start, T value)
                    {
                        for (int i = start; i < span.Length; i++)
                            span[i] = value;
                    }
                }
                """,
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
        };
    }

    private static IEnumerable<AnalyzerCase> Flow()
    {
        const string Rule = SlotFlowCases.Rule;

        yield return new(Rule, "fresh eyes 4: Array.ConstrainedCopy of an int buffer into the ring", """
            int[] recent = new int[MemorySize];
            for (int k = 0; k < recent.Length; k++)
                recent[k] = k;
            Array.ConstrainedCopy({|#0:recent|}, 0, state.Ring, 0, recent.Length);
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: Buffer.BlockCopy of an int buffer's bytes into the ring", """
            int[] recent = new int[MemorySize];
            recent[0] = MemorySize;
            Buffer.BlockCopy({|#0:recent|}, 0, state.Ring, 0, recent.Length * sizeof(int));
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: copies at the slots' own types: BlockCopy, ConstrainedCopy, a ring shift and Clear", """
            Real[] scratch = new Real[gradient.Length];
            gradient.CopyTo(scratch);
            Buffer.BlockCopy(scratch, 0, state.Velocity, 0, scratch.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<Real>());
            Integer[] counts = new Integer[MemorySize];
            Array.ConstrainedCopy(counts, 0, state.Ring, 0, counts.Length);
            Array.Copy(state.Ring, 1, state.Ring, 0, MemorySize - 1);
            Array.Copy(state.Weights, 1L, state.Weights, 0L, (long)MemorySize - 1);
            state.Second.AsSpan().Clear();
            Array.Clear(state.History);
            update[0] = -gradient[0];
            """);

        yield return new(Rule, "fresh eyes 4: Unsafe.Add over GetArrayDataReference of the ring written in one statement", """
            int steps = MemorySize - 1;
            int k = (int)(state.Count % MemorySize);
            System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(state.Ring), k) = {|#0:steps|};
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: MemoryMarshal.GetReference of a span of the slot assigned a float hyperparameter", """
            System.Runtime.InteropServices.MemoryMarshal.GetReference(state.Velocity.AsSpan()) = {|#0:Beta|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "fresh eyes 4: CollectionsMarshal.AsSpan of a List<Integer> copied into the ring", """
            var pending = new System.Collections.Generic.List<Integer>(MemorySize);
            for (int k = 0; k < MemorySize; k++)
                pending.Add(state.Count + k);
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pending).CopyTo(state.Ring);
            update[0] = -gradient[0];
            """);

        yield return new(Rule, "fresh eyes 4: a ref conditional between the slot and a local, written with an int", """
            int evaluations = MemorySize;
            Integer scratch = 0;
            bool track = gradient[0] > 0;
            ref Integer target = ref (track ? ref state.NumLinesearchSteps : ref scratch);
            target = {|#0:evaluations|};
            update[0] = scratch;
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a ref conditional assigned directly, without a ref local", """
            int evaluations = MemorySize;
            (gradient[0] > 0 ? ref state.Count : ref state.NumLinesearchSteps) = {|#0:evaluations|};
            update[0] = -gradient[0];
            """)
        {
            InDouble =
            [
                SlotValue("Count", IntegerDouble, "an Int32"),
                SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32"),
            ],
        };

        yield return new(Rule, "fresh eyes 4: in and ref readonly views of the slots read into int locals stay quiet", """
            ref readonly Integer newest = ref state.Ring[0];
            int evaluations = MemorySize;
            Integer sum = Sum(in state.Count, evaluations) + newest;
            update[0] = sum * gradient[0];
            """, """
            private static Integer Sum(in Integer count, int extra)
            {
                Integer local = count;
                local = extra;
                return local + count;
            }
            """);

        yield return new(Rule, "fresh eyes 4: a nested deconstruction with a discard, the count inside the inner tuple", """
            Real step = LearningRate;
            int evaluations = 0;
            bool converged = false;
            while (!converged && evaluations < MemorySize)
            {
                step /= 2;
                evaluations++;
                converged = step * Math.Abs(gradient[0]) < 1;
            }

            (state.Value, (state.NumLinesearchSteps, _)) = (step, ({|#0:evaluations|}, converged));
            update[0] = -step * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a KeyValuePair of an int and a Real deconstructed into the slots", """
            var best = new System.Collections.Generic.KeyValuePair<int, Real>(MemorySize, LearningRate);
            (state.NumLinesearchSteps, state.Value) = {|#0:best|};
            update[0] = -state.Value * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: foreach deconstructing KeyValuePairs of a Dictionary<int, Real>", """
            var trials = new System.Collections.Generic.Dictionary<int, Real> { [1] = LearningRate, [2] = LearningRate / 2 };
            foreach (var (tries, step) in trials)
            {
                if (step * Math.Abs(gradient[0]) < 1)
                {
                    state.NumLinesearchSteps = {|#0:tries|};
                    state.Value = step;
                    break;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: Math.DivRem's tuple of ints deconstructed into two Integer slots", """
            int evaluations = MemorySize * 3;
            (state.Count, state.NumLinesearchSteps) = {|#0:Math.DivRem(evaluations, MemorySize)|};
            update[0] = -gradient[0];
            """)
        {
            InDouble =
            [
                SlotValue("Count", IntegerDouble, "an Int32"),
                SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32"),
            ],
        };

        yield return new(Rule, "fresh eyes 4: Interlocked.CompareExchange with an int comparand stores only its value", """
            int seen = MemorySize;
            System.Threading.Interlocked.CompareExchange(ref state.Count, state.Count + 1, seen);
            System.Threading.Interlocked.CompareExchange(ref state.Value, state.Value * 2, state.Scale);
            update[0] = -gradient[0];
            """);

        yield return new(Rule, "fresh eyes 4: Volatile.Write into a ring element, with a float into a Real[] element", """
            int k = (int)(state.Count % MemorySize);
            int evaluations = MemorySize;
            System.Threading.Volatile.Write(ref state.Ring[k], {|#0:evaluations|});
            System.Threading.Volatile.Write(ref state.Weights[k], {|#1:state.Scale|});
            update[0] = -gradient[0];
            """)
        {
            InDouble =
            [
                SlotValue("Ring", IntegerDouble, "an Int32"),
                SlotValue("Weights", RealDouble, "a Single", marker: 1),
            ],
        };

        yield return new(Rule, "fresh eyes 4: Interlocked.Exchange on a ring element through a ref local", """
            ref Integer newest = ref state.Ring[(int)(state.Count % MemorySize)];
            int evaluations = MemorySize;
            System.Threading.Interlocked.Exchange(ref newest, {|#0:evaluations|});
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a ref-returning local function picks the newest ring element", """
            ref Integer Newest(ref State s, int m) => ref s.Ring[(int)(s.Count % m)];

            int evaluations = MemorySize;
            Newest(ref state, MemorySize) = {|#0:evaluations|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a static local function bound to the slot by ref, recursing", """
            static void Halve(ref Integer count, Real t, int depth)
            {
                if (t < 1 || depth > 30)
                {
                    count = {|#0:depth|};
                    return;
                }

                Halve(ref count, t / 2, depth + 1);
            }

            Halve(ref state.NumLinesearchSteps, Math.Abs(gradient[0]) * 1000, 0);
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a ref struct view with a ref field and a method storing an int", """
            var counter = new SlotCounter(ref state.NumLinesearchSteps);
            counter.Store(MemorySize);
            update[0] = -gradient[0];
            """, """
            private ref struct SlotCounter
            {
                private ref Integer target;

                public SlotCounter(ref Integer target) => this.target = ref target;

                public void Store(int evaluations) => target = {|#0:evaluations|};
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a ref struct view whose ref field is only read and compounded stays quiet", """
            var counter = new SlotCounter(ref state.NumLinesearchSteps);
            counter.Add(MemorySize);
            update[0] = counter.Current * gradient[0];
            """, """
            private ref struct SlotCounter
            {
                private ref Integer target;

                public SlotCounter(ref Integer target) => this.target = ref target;

                public readonly Integer Current => target;

                public void Add(int evaluations) => target += evaluations;
            }
            """);

        yield return new(Rule, "fresh eyes 4: an Integer[] local replaced by the slot after a helper allocated it", """
            Integer[] ring = new Integer[MemorySize];
            if (state.Ring.Length == MemorySize)
                ring = state.Ring;
            int evaluations = MemorySize;
            ring[0] = {|#0:evaluations|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a Span<Integer> parameter of a local function given a slice of the ring", """
            void Stamp(Span<Integer> target, int value)
            {
                for (int k = 0; k < target.Length; k++)
                    target[k] = {|#0:value|};
            }

            Stamp(state.Ring.AsSpan(1), MemorySize);
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a TryGetValue out var of an int budget stored in the slot", """
            var budgets = new System.Collections.Generic.Dictionary<string, int> { ["zoom"] = 20 };
            if (budgets.TryGetValue("zoom", out var budget))
                state.NumLinesearchSteps = {|#0:budget|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a record struct's int replaced by 'with' before its deconstruction into the slots", """
            var result = new Outcome(state.Value, 0);
            for (int k = 0; k < 3; k++)
                result = result with { Evaluations = result.Evaluations + 1, Step = result.Step / 2 };
            (state.Value, state.NumLinesearchSteps) = {|#0:result|};
            update[0] = -state.Value * gradient[0];
            """, """
            private readonly record struct Outcome(Real Step, int Evaluations);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };
    }

    private static IEnumerable<AnalyzerCase> Scope()
    {
        const string Rule = ScopeCases.Rule;

        yield return new(Rule, "fresh eyes 4: a partial method implemented in the same part writes an int", """
            int evaluations = MemorySize;
            OnSearched(ref state, evaluations);
            update[0] = -gradient[0];
            """, """
            partial void OnSearched(ref State state, int evaluations);

            partial void OnSearched(ref State state, int evaluations)
            {
                state.NumLinesearchSteps = {|#0:evaluations|};
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a partial method with an accessibility, implemented in another partial part", """
            update[0] = -Searched(ref state, gradient) * gradient[0];
            """, """
            private partial Real Searched(ref State state, ReadOnlySpan<Real> gradient);
            """)
        {
            Outside = """

                public partial class Spec
                {
                    private partial Real Searched(ref State state, ReadOnlySpan<Real> gradient)
                    {
                        int tries = 0;
                        Real t = 1;
                        while (tries < 20 && t * Math.Abs(gradient[0]) > 1)
                        {
                            t /= 2;
                            tries++;
                        }

                        state.NumLinesearchSteps = {|#0:tries|};
                        return t;
                    }
                }
                """,
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
        };

        yield return new(Rule, "fresh eyes 4: a default interface method reached through an interface-typed local of a class", """
            IStepRecorder recorder = new Recorder();
            recorder.Record(ref state, MemorySize);
            update[0] = -gradient[0];
            """, """
            private interface IStepRecorder
            {
                void Record(ref State state, int evaluations)
                {
                    state.NumLinesearchSteps = {|#0:evaluations|};
                }
            }

            private sealed class Recorder : IStepRecorder
            {
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: an explicit interface implementation of a line search", """
            ILineSearch search = new Backtracking();
            update[0] = -search.Run(ref state, gradient) * gradient[0];
            """, """
            private interface ILineSearch
            {
                Real Run(ref State state, ReadOnlySpan<Real> gradient);
            }

            private sealed class Backtracking : ILineSearch
            {
                Real ILineSearch.Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    int tries = 0;
                    Real t = 1;
                    while (tries < 20 && t * Math.Abs(gradient[0]) > 1)
                    {
                        t /= 2;
                        tries++;
                    }

                    state.NumLinesearchSteps = {|#0:tries|};
                    return t;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: an override calling base. whose body stores an int", """
            var search = new DampedSearch();
            update[0] = -search.Run(ref state, gradient) * gradient[0];
            """, """
            private class SearchBase
            {
                public virtual Real Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    int tries = gradient.Length > 1 ? 2 : 1;
                    state.NumLinesearchSteps = {|#0:tries|};
                    return 1;
                }
            }

            private sealed class DampedSearch : SearchBase
            {
                public override Real Run(ref State state, ReadOnlySpan<Real> gradient) =>
                    base.Run(ref state, gradient) * (Real)0.5;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: an abstract line search chosen by a switch expression on a hyperparameter", """
            LineSearch search = MemorySize switch
            {
                < 5 => new Fixed(),
                _ => new Halving(),
            };
            update[0] = -search.Run(ref state, gradient) * gradient[0];
            """, """
            private abstract class LineSearch
            {
                public abstract Real Run(ref State state, ReadOnlySpan<Real> gradient);
            }

            private sealed class Fixed : LineSearch
            {
                public override Real Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    state.NumLinesearchSteps = 1;
                    return (Real)0.1;
                }
            }

            private sealed class Halving : LineSearch
            {
                public override Real Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    int tries = 0;
                    Real t = 1;
                    for (; tries < 20 && t * Math.Abs(gradient[0]) > 1; tries++)
                        t /= 2;
                    state.NumLinesearchSteps = {|#0:tries|};
                    return t;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a line search behind a static readonly Lazy<T> field", """
            update[0] = -Search.Value.Run(ref state, gradient) * gradient[0];
            """, """
            private static readonly Lazy<ILineSearch> Search = new(() => new Backtracking());

            private interface ILineSearch
            {
                Real Run(ref State state, ReadOnlySpan<Real> gradient);
            }

            private sealed class Backtracking : ILineSearch
            {
                public Real Run(ref State state, ReadOnlySpan<Real> gradient)
                {
                    state.NumLinesearchSteps = {|#0:gradient.Length|};
                    return 1;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a primary-constructor budget exposing its int as an int property", """
            var budget = new Budget(MemorySize);
            state.NumLinesearchSteps = {|#0:budget.Limit|};
            update[0] = -gradient[0];
            """, """
            private sealed class Budget(int limit)
            {
                public int Limit => limit;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a primary-constructor budget exposing its int as an Integer property stays quiet", """
            var budget = new Budget(MemorySize);
            state.NumLinesearchSteps = budget.Limit;
            update[0] = -gradient[0];
            """, """
            private sealed class Budget(int limit)
            {
                public Integer Limit => limit;
            }
            """);

        yield return new(Rule, "fresh eyes 4: a required init member whose accessor narrows, set by an object initializer", """
            var options = new SearchOptions { Tolerance = LearningRate / 10, MaxSteps = MemorySize };
            state.Value = options.Tolerance;
            update[0] = -gradient[0];
            """, """
            private sealed class SearchOptions
            {
                private Real tolerance;

                public required Real Tolerance
                {
                    get => tolerance;
                    init => tolerance = {|#0:(float)value|};
                }

                public required Integer MaxSteps { get; init; }
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 4: a required int member set by an object initializer, stored in the slot", """
            var options = new SearchOptions { MaxSteps = MemorySize };
            state.NumLinesearchSteps = {|#0:options.MaxSteps|};
            update[0] = -gradient[0];
            """, """
            private sealed class SearchOptions
            {
                public required int MaxSteps { get; init; }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a get-only indexer of a history class returning int counts", """
            var history = new EvaluationHistory(MemorySize);
            for (int k = 0; k < MemorySize; k++)
                state.Ring[k] = {|#0:history[k]|};
            update[0] = -gradient[0];
            """, """
            private sealed class EvaluationHistory
            {
                private readonly int[] counts;

                public EvaluationHistory(int size) => counts = new int[size];

                public int this[int index] => counts[index];
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: only the checked explicit operator runs in a checked cast", """
            var budget = new Budget(state.Count);
            int limit = checked((int)budget);
            update[0] = limit * gradient[0];
            """, """
            private readonly record struct Budget(Integer Steps)
            {
                public static explicit operator int(Budget b) => (int)b.Steps;

                public static explicit operator checked int(Budget b) => checked({|#0:(int)b.Steps|});
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: a user-defined + of a step counter returning an int-backed struct", """
            var total = new Evaluations(MemorySize) + new Evaluations(2);
            state.NumLinesearchSteps = {|#0:total.Count|};
            update[0] = -gradient[0];
            """, """
            private readonly record struct Evaluations(int Count)
            {
                public static Evaluations operator +(Evaluations a, Evaluations b) => new(a.Count + b.Count);
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: an implicit operator to Integer whose body returns an int stays quiet", """
            Evaluations done = new(MemorySize);
            state.NumLinesearchSteps = done;
            update[0] = -gradient[0];
            """, """
            private readonly record struct Evaluations(int Count)
            {
                public static implicit operator Integer(Evaluations e) => e.Count;
            }
            """);

        yield return new(Rule, "fresh eyes 4: a target-typed new runs a constructor that narrows the count", """
            Window window = new(state.Count, MemorySize);
            update[0] = state.Weights[window.Filled > 0 ? window.Filled - 1 : 0] * gradient[0];
            """, """
            private readonly struct Window
            {
                public Window(Integer count, int capacity) => Filled = Math.Min({|#0:(int)count|}, capacity);

                public int Filled { get; }
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: a constructor initializer's base call given a narrowed count", """
            var search = new Zoom(state.Count);
            update[0] = search.Budget * gradient[0];
            """, """
            private class Search
            {
                public Search(int budget) => Budget = budget;

                public int Budget { get; }
            }

            private sealed class Zoom : Search
            {
                public Zoom(Integer count) : base({|#0:(int)count|} + 1)
                {
                }
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: a method only named by nameof is not run", """
            string label = nameof(Narrow);
            update[0] = label.Length * gradient[0];
            """, """
            private static float Narrow(Real x) => (float)x;
            """);

        yield return new(Rule, "fresh eyes 4: an iterator of ring positions enumerated in scope, each position stored as a count", """
            foreach (int position in Positions(state.Count, MemorySize))
                state.Ring[position] = {|#0:position|};
            update[0] = -gradient[0];
            """, """
            private static System.Collections.Generic.IEnumerable<int> Positions(Integer count, int memory)
            {
                for (int k = 0; k < memory; k++)
                    yield return (int)((count + k) % memory);
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: the same iterator of ring positions storing the count stays quiet", """
            foreach (int position in Positions(state.Count, MemorySize))
                state.Ring[position] = state.Count;
            update[0] = -gradient[0];
            """, """
            private static System.Collections.Generic.IEnumerable<int> Positions(Integer count, int memory)
            {
                for (int k = 0; k < memory; k++)
                    yield return (int)((count + k) % memory);
            }
            """);

        yield return new(Rule, "fresh eyes 4: a LINQ Select lambda casting to float before the copy into the float slot", """
            float[] lowered = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(state.Velocity, v => {|#0:(float)v|}));
            lowered.CopyTo(state.Mu, 0);
            update[0] = -gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 4: a local function capturing a float local narrows the count implicitly", """
            float warm = 0;
            void Accumulate(Integer steps) => warm += {|#0:steps|};
            Accumulate(state.Count);
            update[0] = warm * gradient[0];
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 4: a static readonly strategy field of a class type whose virtual method is overridden", """
            update[0] = -Strategy.Step(ref state, gradient) * gradient[0];
            """, """
            private static readonly Schedule Strategy = new Warmup();

            private class Schedule
            {
                public virtual Real Step(ref State state, ReadOnlySpan<Real> gradient) => 1;
            }

            private sealed class Warmup : Schedule
            {
                public override Real Step(ref State state, ReadOnlySpan<Real> gradient)
                {
                    state.Count++;
                    float ratio = {|#0:(float)state.Count|} / 100;
                    return Real.Min(1, ratio);
                }
            }
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Single", RealDouble)],
        };
    }

    private static IEnumerable<AnalyzerCase> Exemptions()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh eyes 4: halves, remainders and clamps of long indices and a long count local that fit", """
            long count = state.Count;
            int filled = (int)Math.Min(count, MemorySize);
            int slot = (int)(count % MemorySize);
            int n = gradient.Length;
            for (long i = 0; i < n; i++)
            {
                int pair = (int)(i >> 1);
                int next = (int)(i + 1);
                update[(int)i] = gradient[pair] + (next < n ? gradient[next] : 0);
            }

            for (long i = n - 1; i >= 0; i--)
                update[(int)i] += state.Weights[(int)(i % MemorySize)];
            int clamped = (int)Math.Clamp(count - 1, 0L, (long)MemorySize - 1);
            update[0] += state.Weights[clamped] + state.Weights[slot] + filled;
            """);

        yield return new(Rule, "fresh eyes 4: loops stepping by two, ascending and descending, index the spans", """
            int n = gradient.Length;
            for (long i = 0; i < n; i += 2)
                update[(int)i] = -gradient[(int)i];
            for (long i = n - 1; i >= 0; i -= 2)
                update[(int)i] = -gradient[(int)i];
            """);

        yield return new(Rule, "fresh eyes 4: (int)(2 * i + 1) of a long index below a length can pass int.MaxValue", """
            for (long i = 0; i < gradient.Length; i++)
            {
                int child = {|#0:(int)(2 * i + 1)|};
                if (child < update.Length)
                    update[child] = gradient[(int)i];
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: MathF.Floor of the float slot scaled by a constant, cast to int", """
            int bucket = {|#0:(int)MathF.Floor(state.Scale * 8)|};
            update[0] = state.Weights[Math.Clamp(bucket, 0, MemorySize - 1)] * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Single", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: Math.Clamp of a Real position is a floating result, not index arithmetic", """
            int bucket = {|#0:(int)Math.Clamp(state.Value * MemorySize, 0, MemorySize - 1)|};
            update[0] = state.Weights[bucket] * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: a checked cast of the long slot clamped to MemorySize is still an int in the Integer slot", """
            state.NumLinesearchSteps = checked({|#0:(int)Math.Min(state.Total, MemorySize)|});
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: Math.Max(0, evaluations - 1) into the Integer slot", """
            int evaluations = gradient.Length;
            state.NumLinesearchSteps = {|#0:Math.Max(0, evaluations - 1)|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: a byte mask fits a byte but not an sbyte, in both modes", """
            byte low = (byte)(state.Count & 0xFF);
            sbyte signed = {|#0:(sbyte)(state.Count & 0xFF)|};
            update[0] = (low + signed) * gradient[0];
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "SByte", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "SByte", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 4: an unsigned shift of the long slot by 40 fits an int but not a short, in both modes", """
            int high = (int)(state.Total >>> 40);
            short top = {|#0:(short)(state.Total >>> 40)|};
            update[0] = (high + top) * gradient[0];
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Int16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int64", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 4: the count clamped to the unbounded Integer hyperparameter does not fit", """
            int limit = {|#0:(int)Math.Min(state.Count, MaxSteps)|};
            update[0] = limit * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: half the unbounded count by a shift of one does not fit", """
            int half = {|#0:(int)(state.Count >> 1)|};
            update[0] = half * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: a ushort of a remainder by 65536 of an ascending long index, in both modes quiet", """
            for (long k = 0; k < gradient.Length; k++)
            {
                ushort lane = (ushort)(k % 65536);
                update[(int)k] = lane * gradient[(int)k];
            }
            """);

        yield return new(Rule, "fresh eyes 4: a remainder by the memory stored in the ring as the position and the count", """
            int row = (int)(state.Count % MemorySize);
            state.Ring[row] = state.Count;
            state.Weights[row] = state.Value;
            state.NumLinesearchSteps = {|#0:row|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 4: (int)Math.Sqrt of a length is a floating result", """
            int block = {|#0:(int)Math.Sqrt(gradient.Length)|};
            update[0] = block * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: (int)(length * 0.5) is a floating result", """
            int half = {|#0:(int)(gradient.Length * 0.5)|};
            update[0] = gradient[half];
            """)
        { InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 4: a guarded count read after a Math.Min guard clause in a local function", """
            int Filled(Integer count)
            {
                if (count > MemorySize)
                    return MemorySize;
                if (count < 0)
                    return 0;
                return (int)count;
            }

            update[0] = state.Weights[Math.Max(Filled(state.Count) - 1, 0)] * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> Mixed()
    {
        const string Rule = "OPT0003";

        yield return new(Rule, "fresh eyes 4: Real.Lerp given a float literal weight", """
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] = Real.Lerp(state.Velocity[i], gradient[i], {|#0:0.1f|});
            update[0] = -state.Velocity[0];
            """)
        { InDouble = [MixedPrecision("0.1f")] };

        yield return new(Rule, "fresh eyes 4: Real.FusedMultiplyAdd given the float hyperparameter", """
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] = Real.FusedMultiplyAdd(state.Velocity[i], {|#0:Beta|}, gradient[i]);
            update[0] = -state.Velocity[0];
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, "fresh eyes 4: TensorPrimitives.Multiply at Real given a float literal scalar", """
            System.Numerics.Tensors.TensorPrimitives.Multiply<Real>(gradient, {|#0:0.01f|}, update);
            """)
        { InDouble = [MixedPrecision("0.01f")] };

        yield return new(Rule, "fresh eyes 4: a float literal in a generic helper's argument at Real", """
            update[0] = Scale<Real>(gradient[0], {|#0:0.9f|});
            """, """
            private static T Scale<T>(T value, T factor) where T : IFloatingPoint<T> => value * factor;
            """)
        { InDouble = [MixedPrecision("0.9f")] };

        yield return new(Rule, "fresh eyes 4: float values given to conversion APIs, a generic helper at float and exact literals stay quiet", """
            Real beta = Real.CreateTruncating(Beta);
            float damped = Scale<float>(state.Scale, 0.9f);
            update[0] = beta * gradient[0] + damped + Real.Clamp(gradient[0], -1f, 1f) * 0.5f;
            """, """
            private static T Scale<T>(T value, T factor) where T : IFloatingPoint<T> => value * factor;
            """);

        yield return new(Rule, "fresh eyes 4: a float hyperparameter in a lambda handed to TensorPrimitives-like helper", """
            Apply(gradient, update, g => -g * {|#0:Beta|});
            """, """
            private static void Apply(ReadOnlySpan<Real> source, Span<Real> destination, Func<Real, Real> map)
            {
                for (int i = 0; i < source.Length; i++)
                    destination[i] = map(source[i]);
            }
            """)
        { InDouble = [MixedPrecision("Beta")] };
    }

    /// <summary>Shapes added after the first run passed almost everything: aliases, chains and generic substitutions two levels deep.</summary>
    private static IEnumerable<AnalyzerCase> Harder()
    {
        yield return new(SlotFlowCases.Rule, "fresh eyes 4: a ref local re-pointed at the slot by ref reassignment", """
            Integer scratch = 0;
            ref Integer target = ref scratch;
            if (gradient[0] > 0)
                target = ref state.NumLinesearchSteps;
            int evaluations = MemorySize;
            target = {|#0:evaluations|};
            update[0] = scratch;
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: Unsafe.AsRef of a ref readonly alias of the slot, written", """
            ref readonly Integer current = ref state.Count;
            int evaluations = MemorySize;
            System.Runtime.CompilerServices.Unsafe.AsRef(in current) = {|#0:evaluations|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: Interlocked.Exchange on Unsafe.Add over the ring's data reference", """
            int evaluations = MemorySize;
            int k = (int)(state.Count % MemorySize);
            System.Threading.Interlocked.Exchange(
                ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(state.Ring), k),
                {|#0:evaluations|});
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: an out argument bound to an element of a span over the ring", """
            Span<Integer> ring = state.Ring;
            Real step = Search(gradient, out ring[(int)(state.Count % MemorySize)]);
            update[0] = -step * gradient[0];
            """, """
            private static Real Search(ReadOnlySpan<Real> gradient, out Integer evaluations)
            {
                int tries = 0;
                Real t = 1;
                while (tries < 20 && t * Math.Abs(gradient[0]) > 1)
                {
                    t /= 2;
                    tries++;
                }

                evaluations = {|#0:tries|};
                return t;
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new("OPT0002", "fresh eyes 4: chained assignments through a local and through another slot", """
            int evaluations;
            int next = MemorySize;
            state.NumLinesearchSteps = {|#0:evaluations = next|};
            state.Count = state.NumLinesearchSteps = {|#1:evaluations|};
            update[0] = -gradient[0];
            """)
        {
            InDouble =
            [
                SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32"),
                SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32", marker: 1),
            ],
        };

        yield return new("OPT0002", "fresh eyes 4: prefix and postfix increments of an int counter stored in the slot", """
            int evaluations = MemorySize;
            state.NumLinesearchSteps = {|#0:++evaluations|};
            state.Count = {|#1:evaluations++|};
            update[0] = -gradient[0];
            """)
        {
            InDouble =
            [
                SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32"),
                SlotValue("Count", IntegerDouble, "an Int32", marker: 1),
            ],
        };

        yield return new("OPT0002", "fresh eyes 4: the Real slot's value into the double slot is a Single only in Single mode", """
            state.Precise = {|#0:state.Value|};
            System.Threading.Interlocked.Exchange(ref state.Precise, {|#1:Real.Max(state.Value, 0)|});
            state.Precise = 0.9 * state.Precise + 0.1 * state.Value;
            update[0] = -gradient[0];
            """)
        {
            InSingle =
            [
                SlotValue("Precise", "Double (declared double, Single mode)", "a Single"),
                SlotValue("Precise", "Double (declared double, Single mode)", "a Single", marker: 1),
            ],
        };

        yield return new("OPT0002", "fresh eyes 4: checked and unchecked casts to the int slot's own type", """
            state.Small = checked((int)Math.Min(state.Total, 1000));
            state.Small = unchecked((int)(state.Count % 7));
            state.Small += checked((int)state.Total);
            update[0] = -gradient[0];
            """);

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: a deconstruction declaration converting the count to a float element", """
            (float warm, Real rate) = ({|#0:state.Count|}, LearningRate);
            update[0] = -rate * warm * gradient[0];
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: a warm-up ratio of the count over a float-cast memory size", """
            Real ratio = {|#1:state.Count|} / {|#0:(float)MemorySize|};
            update[0] = -ratio * gradient[0];
            """)
        {
            InDouble =
            [
                Conversion(Cast, "Int32", "Single", RealDouble),
                Conversion(Implicit, "Int64", "Single", RealDouble, marker: 1),
            ],
        };

        yield return new(ScopeCases.Rule, "fresh eyes 4: a generic accumulator class constructed inside a generic method at float", """
            float total = SumAll<float>(gradient);
            update[0] = -total * gradient[0];
            """, """
            private static T SumAll<T>(ReadOnlySpan<Real> values) where T : IFloatingPoint<T>
            {
                var accumulator = new Accumulator<T>();
                foreach (Real v in values)
                    accumulator.Add(v);
                return accumulator.Total;
            }

            private sealed class Accumulator<T> where T : IFloatingPoint<T>
            {
                public T Total { get; private set; } = T.Zero;

                public void Add(Real value) => Total += {|#0:T.CreateTruncating(value)|};
            }
            """)
        { InDouble = [Conversion("'T.CreateTruncating'", "Double", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 4: a generic method forwarding its type parameter to another at int", """
            int row = Outer<int>(state.Count);
            update[0] = state.Weights[Math.Clamp(row, 0, MemorySize - 1)] * gradient[0];
            """, """
            private static T Outer<T>(Integer count) where T : INumberBase<T> => Inner<T>(count - 1);

            private static T Inner<T>(Integer value) where T : INumberBase<T> => {|#0:T.CreateSaturating(value)|};
            """)
        { InDouble = [Conversion("'T.CreateSaturating'", "Int64", "Int32", IntegerDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 4: a generic driver class over a constrained line-search struct", """
            var driver = new Driver<Halving>();
            update[0] = -driver.Step(ref state, gradient) * gradient[0];
            """, """
            private interface ILineSearch
            {
                Real Run(ReadOnlySpan<Real> gradient, out int evaluations);
            }

            private struct Halving : ILineSearch
            {
                public Real Run(ReadOnlySpan<Real> gradient, out int evaluations)
                {
                    evaluations = 0;
                    Real t = 1;
                    while (evaluations < 20 && t * Math.Abs(gradient[0]) > 1)
                    {
                        t /= 2;
                        evaluations++;
                    }

                    return t;
                }
            }

            private sealed class Driver<TSearch> where TSearch : struct, ILineSearch
            {
                private TSearch search;

                public Real Step(ref State state, ReadOnlySpan<Real> gradient)
                {
                    Real t = search.Run(gradient, out int evaluations);
                    state.NumLinesearchSteps = {|#0:evaluations|};
                    return t;
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(ExemptionCases.Rule, "fresh eyes 4: two long indices walking toward each other reverse the update in place", """
            gradient.CopyTo(update);
            for (long lo = 0, hi = update.Length - 1; lo < hi; lo++, hi--)
                (update[(int)lo], update[(int)hi]) = (update[(int)hi], update[(int)lo]);
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 4: Math.Min of the count and the ring's LongLength, and a remainder by its length", """
            int filled = (int)Math.Min(state.Count, state.Ring.LongLength);
            int newest = (int)((state.Count + state.Ring.Length - 1) % state.Ring.Length);
            update[0] = state.Weights[Math.Max(filled - 1, 0)] + state.Ring[Math.Abs(newest)];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 4: Math.Min with MemorySize - 1 and a Min of two bounded longs", """
            long n = gradient.Length;
            long last = Math.Min(state.Count, (long)MemorySize - 1);
            int row = (int)Math.Max(last, 0);
            int lane = (int)Math.Min(n - 1, state.Count);
            update[0] = state.Weights[row] + gradient[Math.Max(lane, 0)];
            """);

        yield return new("OPT0003", "fresh eyes 4: a float constant of a static defaults class as epsilon", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -gradient[i] / (Real.Sqrt(state.Velocity[i]) + {|#0:Defaults.Eps|});
            """)
        {
            Outside = """

                internal static class Defaults
                {
                    public const float Eps = 1e-8f;
                }
                """,
            InDouble = [MixedPrecision("Defaults.Eps")],
        };

        yield return new("OPT0003", "fresh eyes 4: the float hyperparameter compounded into a Real slot element", """
            for (int i = 0; i < gradient.Length; i++)
                state.Velocity[i] *= {|#0:Beta|};
            update[0] = -state.Velocity[0];
            """)
        { InDouble = [MixedPrecision("Beta")] };
    }

    /// <summary>A third batch: generic instantiations by inference and through method groups, user-defined conversions run
    /// implicitly, <c>Deconstruct</c> bodies, array initializers, Single-only slot values and more aliases.</summary>
    private static IEnumerable<AnalyzerCase> Deeper()
    {
        yield return new(ScopeCases.Rule, "fresh eyes 4: a generic conversion whose type argument is inferred from a default(Half) argument", """
            Half stored = Quantize(state.Value, default(Half));
            update[0] = (Real)(float)stored * gradient[0];
            """, """
            private static T Quantize<T>(Real value, T like) where T : INumberBase<T> => {|#0:T.CreateTruncating(value)|};
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'T.CreateTruncating'", "Single", "Half", RealSingle)],
        };

        yield return new(ScopeCases.Rule, "fresh eyes 4: a generic method group converted to Func<Real, Half> and invoked", """
            Func<Real, Half> quantize = Quantize<Half>;
            update[0] = (Real)(float)quantize(state.Value) * gradient[0];
            """, """
            private static T Quantize<T>(Real value) where T : INumberBase<T> => {|#0:T.CreateTruncating(value)|};
            """)
        {
            InDouble = [Conversion("'T.CreateTruncating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'T.CreateTruncating'", "Single", "Half", RealSingle)],
        };

        yield return new(ScopeCases.Rule, "fresh eyes 4: a generic static local function instantiated at short", """
            static T Quantize<T>(Real value) where T : INumberBase<T> => {|#0:T.CreateSaturating(value * 100)|};

            short level = Quantize<short>(state.Value);
            update[0] = level * gradient[0];
            """)
        {
            InDouble = [Conversion("'T.CreateSaturating'", "Double", "Int16", IntegerDouble)],
            InSingle = [Conversion("'T.CreateSaturating'", "Single", "Int16", IntegerSingle)],
        };

        yield return new(ScopeCases.Rule, "fresh eyes 4: an implicit user-defined conversion to int run by passing the struct to an int parameter", """
            var budget = new Budget(state.Count);
            update[0] = Spend(budget) * gradient[0];
            """, """
            private static Real Spend(int evaluations) => evaluations;

            private readonly record struct Budget(Integer Steps)
            {
                public static implicit operator int(Budget b) => {|#0:(int)b.Steps|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 4: foreach over records with an explicit int conversion as its iteration type", """
            Real sum = 0;
            foreach (int evaluations in new[] { new Budget(state.Count), new Budget(state.NumLinesearchSteps) })
                sum += evaluations;
            update[0] = sum * gradient[0];
            """, """
            private readonly record struct Budget(Integer Steps)
            {
                public static explicit operator int(Budget b) => {|#0:(int)b.Steps|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 4: a Deconstruct method casting its count, run by a deconstruction declaration", """
            var (evaluations, step) = new Outcome(state.Count, LearningRate);
            update[0] = -step * evaluations * gradient[0];
            """, """
            private sealed class Outcome
            {
                private readonly Integer evaluations;
                private readonly Real step;

                public Outcome(Integer evaluations, Real step)
                {
                    this.evaluations = evaluations;
                    this.step = step;
                }

                public void Deconstruct(out int evaluations, out Real step)
                {
                    evaluations = {|#0:(int)this.evaluations|};
                    step = this.step;
                }
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 4: a static local function given to Array.Sort as a comparison", """
            static int ByAge(Integer a, Integer b) => {|#0:(int)(a - b)|};

            Integer[] ages = (Integer[])state.Ring.Clone();
            Array.Sort(ages, ByAge);
            update[0] = ages[0] * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: a lambda writing a captured array alias of the ring", """
            Integer[] ring = state.Ring;
            Action<int> record = k => ring[k] = {|#0:k|};
            for (int k = 0; k < MemorySize; k++)
                record(k);
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: a ref local to an element of a span local over the ring", """
            Span<Integer> ring = state.Ring;
            ref Integer head = ref ring[0];
            int evaluations = MemorySize;
            head = {|#0:evaluations|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: foreach by ref over MemoryMarshal.CreateSpan of the count", """
            int evaluations = MemorySize;
            foreach (ref Integer c in System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref state.Count, 1))
                c = {|#0:evaluations|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: an int buffer copied into a reinterpreting view of the ring", """
            int[] counts = new int[MemorySize];
            counts[0] = MemorySize;
            {|#0:counts.AsSpan()|}.CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<Integer, int>(state.Ring.AsSpan()));
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: LINQ Range into an array copied into the ring", """
            {|#0:System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Range(0, MemorySize))|}.CopyTo(state.Ring, 0);
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new("OPT0002", "fresh eyes 4: the Integer count into the long slot is an Int32 only in Single mode", """
            state.Total = {|#0:state.Count|};
            System.Threading.Interlocked.Exchange(ref state.Total, {|#1:state.NumLinesearchSteps|});
            state.Total += state.Count;
            update[0] = -gradient[0];
            """)
        {
            InSingle =
            [
                SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32"),
                SlotValue("Total", "Int64 (declared long, Single mode)", "an Int32", marker: 1),
            ],
        };

        yield return new("OPT0003", "fresh eyes 4: float literals in an array initializer of Real decays", """
            Real[] decays = { {|#0:0.9f|}, {|#1:0.99f|}, 0.5f };
            update[0] = decays[0] * gradient[0];
            """)
        { InDouble = [MixedPrecision("0.9f"), MixedPrecision("0.99f", marker: 1)] };

        yield return new("OPT0003", "fresh eyes 4: a const Real local initialized with a float literal", """
            const Real eps = {|#0:1e-8f|};
            update[0] = gradient[0] / (Real.Sqrt(state.Velocity[0]) + eps);
            """)
        { InDouble = [MixedPrecision("1e-8f")] };

        yield return new(ExemptionCases.Rule, "fresh eyes 4: a remainder shifted back into range and a long copy of an int loop index", """
            int slot = (int)((state.Count % MemorySize + MemorySize) % MemorySize);
            for (int i = 0; i < gradient.Length; i++)
            {
                long j = i;
                update[(int)j] = gradient[i] + state.Weights[slot];
            }
            """);
    }

    /// <summary>Correct code in the shapes of the positives above, each of which must stay quiet in both modes.</summary>
    private static IEnumerable<AnalyzerCase> Correct()
    {
        const string Quiet = IdiomaticCases.Rule;

        yield return new(Quiet, "fresh eyes 4: AdamW over Vector256 when accelerated, with a scalar tail and bias correction", """
            Real b1 = (Real)0.9, b2 = (Real)0.999, eps = (Real)1e-8, decay = (Real)0.01;
            state.Count++;
            Real c1 = 1 - Real.Pow(b1, state.Count), c2 = 1 - Real.Pow(b2, state.Count);
            int i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                for (; i <= gradient.Length - Vector256<Real>.Count; i += Vector256<Real>.Count)
                {
                    Vector256<Real> g = Vector256.Create(gradient.Slice(i, Vector256<Real>.Count));
                    Vector256<Real> m = Vector256.Create(b1) * Vector256.Create(state.Velocity, i) + Vector256.Create(1 - b1) * g;
                    Vector256<Real> v = Vector256.Create(b2) * Vector256.Create(state.Second, i) + Vector256.Create(1 - b2) * g * g;
                    m.CopyTo(state.Velocity, i);
                    v.CopyTo(state.Second, i);
                    Vector256<Real> step = (m / Vector256.Create(c1)) / (Vector256.Sqrt(v / Vector256.Create(c2)) + Vector256.Create(eps));
                    (Vector256.Create(-LearningRate) * step).CopyTo(update.Slice(i));
                }
            }

            for (; i < gradient.Length; i++)
            {
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                state.Second[i] = b2 * state.Second[i] + (1 - b2) * gradient[i] * gradient[i];
                update[i] = -LearningRate * ((state.Velocity[i] / c1) / (Real.Sqrt(state.Second[i] / c2) + eps) + decay * state.Velocity[i]);
            }
            """);

        yield return new(Quiet, "fresh eyes 4: the ring's row from Math.DivRem's out Integer, cast to int for the history slice", """
            Math.DivRem(state.Count, (Integer)MemorySize, out Integer row);
            int n = gradient.Length;
            Span<Real> newest = state.History.AsSpan((int)row * n, n);
            for (int i = 0; i < n; i++)
                newest[i] = gradient[i] - state.Velocity[i];
            state.Ring[(int)row] = state.Count;
            state.Weights[(int)row] = LearningRate;
            state.Count++;
            update[0] = -gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a local line search returning a named tuple of Real and Integer, stored with a discard", """
            (Real Step, Integer Evaluations, bool Converged) Search(ReadOnlySpan<Real> g, Real t)
            {
                Integer evaluations = 0;
                while (evaluations < 20 && t * Math.Abs(g[0]) > 1)
                {
                    t /= 2;
                    evaluations++;
                }

                return (t, evaluations, evaluations < 20);
            }

            (state.Value, state.NumLinesearchSteps, _) = Search(gradient, LearningRate);
            update[0] = -state.Value * gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a generic INumber<T> clamp at Integer given int bounds, stored in the slot", """
            state.NumLinesearchSteps = Clamp<Integer>(state.NumLinesearchSteps + 1, 0, MemorySize);
            update[0] = -gradient[0];
            """, """
            private static T Clamp<T>(T value, T low, T high) where T : INumber<T> => T.Max(low, T.Min(value, high));
            """);

        yield return new(Quiet, "fresh eyes 4: Interlocked increments and adds of Integer values, and a Volatile.Read", """
            int evaluations = MemorySize;
            System.Threading.Interlocked.Increment(ref state.Count);
            System.Threading.Interlocked.Add(ref state.NumLinesearchSteps, (Integer)evaluations);
            Integer seen = System.Threading.Volatile.Read(ref state.Count);
            System.Threading.Interlocked.CompareExchange(ref state.Ring[0], seen, state.Ring[0]);
            update[0] = -gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a ref local to a ring element raised to the count", """
            ref Integer newest = ref state.Ring[(int)(state.Count % MemorySize)];
            newest = Math.Max(newest, state.Count);
            (state.Ring[0], state.Ring[MemorySize - 1]) = (state.Ring[MemorySize - 1], state.Ring[0]);
            update[0] = -gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a float slot kept in float with MathF and float literals", """
            state.Scale = MathF.Max(state.Scale * 0.5f, 1e-3f);
            for (int i = 0; i < gradient.Length; i++)
                state.Mu[i] = (float)((Real)0.9 * state.Mu[i] + (Real)0.1 * gradient[i]);
            update[0] = -gradient[0] * state.Scale;
            """);

        yield return new(Quiet, "fresh eyes 4: a List<Integer> history and a Dictionary of Real steps read back into the slots", """
            var history = new System.Collections.Generic.List<Integer> { state.Count };
            history.Add(state.NumLinesearchSteps);
            state.Ring[0] = history[^1];
            var steps = new System.Collections.Generic.Dictionary<int, Real> { [0] = LearningRate };
            if (steps.TryGetValue(0, out Real step))
                state.Value = step;
            update[0] = -step * gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a stackalloc Real scratch filled and copied, a ring reversed and sorted", """
            Span<Real> scratch = stackalloc Real[4];
            scratch.Fill((Real)0.25);
            scratch.CopyTo(state.Weights);
            state.Ring.AsSpan().Reverse();
            Array.Sort(state.Ring);
            update[0] = -gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: Integer sums of int evaluations and LINQ Sum of the ring", """
            int[] perStep = { 3, 4, MemorySize };
            Integer total = 0;
            foreach (int e in perStep)
                total += e;
            state.Count = total;
            state.NumLinesearchSteps = System.Linq.Enumerable.Sum(state.Ring);
            update[0] = -gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: an int count cast to Integer in a conditional, a clamp and a sum", """
            int evaluations = MemorySize, retries = 2;
            state.NumLinesearchSteps = evaluations > 0 ? (Integer)evaluations : state.NumLinesearchSteps;
            state.Count = Math.Clamp((Integer)evaluations, 0, MaxSteps);
            state.NumLinesearchSteps = (Integer)(evaluations + retries);
            update[0] = -gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a scoped ref local function writing Integer values three calls deep", """
            static void Store(scoped ref Integer target, Integer value) => target = value;
            static void Count(ref Integer target, ReadOnlySpan<Real> g)
            {
                Integer evaluations = 0;
                foreach (Real x in g)
                {
                    if (x != 0)
                        evaluations++;
                }

                Store(ref target, evaluations);
            }

            Count(ref state.NumLinesearchSteps, gradient);
            update[0] = -gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a record struct of results threaded with 'with' at Integer", """
            var result = new Outcome(LearningRate, 0);
            for (int k = 0; k < 3 && result.Step * Math.Abs(gradient[0]) > 1; k++)
                result = result with { Step = result.Step / 2, Evaluations = result.Evaluations + 1 };
            (state.Value, state.NumLinesearchSteps) = result;
            update[0] = -state.Value * gradient[0];
            """, """
            private readonly record struct Outcome(Real Step, Integer Evaluations);
            """);

        yield return new(Quiet, "fresh eyes 4: a static abstract strategy returning Integer counts and Real steps", """
            update[0] = -Run<Halving>(ref state, gradient) * gradient[0];
            """, """
            private interface ISearch
            {
                static abstract (Real Step, Integer Evaluations) Search(ReadOnlySpan<Real> gradient);
            }

            private readonly struct Halving : ISearch
            {
                public static (Real Step, Integer Evaluations) Search(ReadOnlySpan<Real> gradient)
                {
                    Real t = 1;
                    Integer n = 0;
                    for (; n < 20 && t * Math.Abs(gradient[0]) > 1; n++)
                        t /= 2;
                    return (t, n);
                }
            }

            private static Real Run<TSearch>(ref State state, ReadOnlySpan<Real> gradient) where TSearch : ISearch
            {
                (Real step, state.NumLinesearchSteps) = TSearch.Search(gradient);
                return step;
            }
            """);

        yield return new(Quiet, "fresh eyes 4: a generic norm at Real through IRootFunctions", """
            Real norm = Norm<Real>(gradient);
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] / Real.Max(norm, 1);
            """, """
            private static T Norm<T>(ReadOnlySpan<T> values) where T : IRootFunctions<T>, IFloatingPoint<T>
            {
                T sum = T.Zero;
                foreach (T v in values)
                    sum += v * v;
                return T.Sqrt(sum);
            }
            """);

        yield return new(Quiet, "fresh eyes 4: Half constants that survive, Half widened, Math results converted to Integer", """
            Half half = (Half)0.5;
            float widened = (float)half;
            Real exact = (Real)widened;
            state.Count = (Integer)Math.Round(state.Value * MemorySize);
            state.NumLinesearchSteps = (Integer)Math.Floor(exact * 10);
            update[0] = exact * gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a switch expression choosing Real schedules and Integer budgets", """
            (Real rate, Integer budget) = state.Count switch
            {
                < 10 => (LearningRate * (state.Count + 1) / 10, (Integer)5),
                < 1000 => (LearningRate, MaxSteps),
                _ => (LearningRate / 10, MaxSteps * 2),
            };
            state.NumLinesearchSteps = budget;
            update[0] = -rate * gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: an object initializer of a ref struct view over the velocity written with Real values", """
            var view = new Window { Values = state.Velocity, Decay = (Real)0.9 };
            view.Apply(gradient);
            update[0] = -state.Velocity[0];
            """, """
            private ref struct Window
            {
                public Span<Real> Values;
                public Real Decay;

                public readonly void Apply(ReadOnlySpan<Real> gradient)
                {
                    for (int i = 0; i < Values.Length && i < gradient.Length; i++)
                        Values[i] = Decay * Values[i] + gradient[i];
                }
            }
            """);

        const string Exemption = ExemptionCases.Rule;

        yield return new(Exemption, "fresh eyes 4: small masks and remainders of long indices into byte, short and ushort, in both modes", """
            for (long i = 0; i < gradient.Length; i++)
            {
                byte low = (byte)(i & 0xFF);
                short hundred = (short)(i % 100);
                ushort capped = (ushort)Math.Min(i, 1000);
                int lane = (int)(i & 7);
                update[(int)i] = (low + hundred + capped + lane) * gradient[(int)i];
            }
            """);

        yield return new(Exemption, "fresh eyes 4: the masked count as an int hash, and a count guarded by a relational pattern", """
            int hash = unchecked((int)(state.Count & 0x7FFFFFFF));
            int filled = state.Count is >= 0 and < 64 ? (int)state.Count : 64;
            update[0] = (hash % 7 + filled) * gradient[0];
            """);

        yield return new(Exemption, "fresh eyes 4: ascending long loops tested with an offset and stepping by the vector width", """
            int width = Vector<Real>.Count;
            for (long i = 0; i + width <= gradient.Length; i += 4)
                update[(int)i] = -gradient[(int)i];
            for (long i = 0; i <= gradient.Length - Vector<Real>.Count; i += Vector<Real>.Count)
                update[(int)i] += gradient[(int)i];
            """);

        const string Flow = SlotFlowCases.Rule;

        yield return new(Flow, "fresh eyes 4: Volatile.Write and Interlocked.Exchange of values of the slots' own types", """
            int k = (int)(state.Count % MemorySize);
            System.Threading.Volatile.Write(ref state.Ring[k], state.Count);
            System.Threading.Interlocked.Exchange(ref state.Weights[k], state.Value);
            System.Threading.Volatile.Write(ref state.Scale, (float)state.Value);
            update[0] = -gradient[0];
            """);

        yield return new(Flow, "fresh eyes 4: a ref conditional and a re-pointed ref local written with Integer values", """
            Integer scratch = 0;
            ref Integer target = ref (gradient[0] > 0 ? ref state.NumLinesearchSteps : ref scratch);
            target = state.Count;
            ref Integer other = ref scratch;
            if (gradient.Length > 1)
                other = ref state.Count;
            other = state.Count + 1;
            update[0] = scratch;
            """);

        yield return new(Flow, "fresh eyes 4: BlockCopy and ConstrainedCopy of Integer buffers into the ring", """
            Integer[] counts = new Integer[MemorySize];
            counts[0] = state.Count;
            Buffer.BlockCopy(counts, 0, state.Ring, 0, counts.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<Integer>());
            Array.ConstrainedCopy(counts, 0, state.Ring, 0, counts.Length);
            update[0] = -gradient[0];
            """);

        const string Scope = ScopeCases.Rule;

        yield return new(Scope, "fresh eyes 4: a partial method, an explicit implementation and a base call storing Integer values", """
            OnSearched(ref state, (Integer)MemorySize);
            ICounter counter = new Counter();
            counter.Count(ref state, gradient);
            update[0] = -gradient[0];
            """, """
            partial void OnSearched(ref State state, Integer evaluations);

            partial void OnSearched(ref State state, Integer evaluations) => state.NumLinesearchSteps = evaluations;

            private interface ICounter
            {
                void Count(ref State state, ReadOnlySpan<Real> gradient);
            }

            private class CounterBase
            {
                public virtual void Count(ref State state, ReadOnlySpan<Real> gradient) => state.Count += gradient.Length;
            }

            private sealed class Counter : CounterBase, ICounter
            {
                void ICounter.Count(ref State state, ReadOnlySpan<Real> gradient) => Count(ref state, gradient);

                public override void Count(ref State state, ReadOnlySpan<Real> gradient)
                {
                    base.Count(ref state, gradient);
                    state.NumLinesearchSteps = state.Count;
                }
            }
            """);

        yield return new(Scope, "fresh eyes 4: a foreach conversion operator and a Deconstruct of the slots' own types", """
            Real sum = 0;
            foreach (Integer steps in new[] { new Budget(state.Count) })
                sum += steps;
            var (evaluations, step) = new Budget(state.NumLinesearchSteps);
            state.NumLinesearchSteps = evaluations;
            update[0] = sum * step * gradient[0];
            """, """
            private readonly record struct Budget(Integer Steps)
            {
                public static explicit operator Integer(Budget b) => b.Steps;

                public void Deconstruct(out Integer steps, out Real step)
                {
                    steps = Steps;
                    step = (Real)0.5;
                }
            }
            """);

        yield return new(Scope, "fresh eyes 4: generic quantizers at the active types by inference and by method group", """
            Real same = Quantize(state.Value, default(Real));
            Func<Real, Integer> whole = Quantize<Integer>;
            state.Count = whole(state.Value);
            update[0] = same * gradient[0];
            """, """
            private static T Quantize<T>(Real value, T like) where T : INumberBase<T> => T.CreateTruncating(value);

            private static T Quantize<T>(Real value) where T : INumberBase<T> => T.CreateTruncating(value);
            """);

        yield return new("OPT0003", "fresh eyes 4: written casts of float values and exact float literals in initializers", """
            Real[] decays = { (Real)0.9f, 0.5f, 0.25f };
            const Real half = 0.5f;
            update[0] = decays[0] * gradient[0] * (Real)Beta * half;
            """);

        yield return new("OPT0002", "fresh eyes 4: the Integer count into the long slot through a cast to long", """
            state.Total = (long)state.Count;
            state.Total = checked(state.Total + state.Count);
            state.Precise = (double)state.Value;
            update[0] = -gradient[0];
            """);
    }

    /// <summary>A last batch: views chosen by switch and ??, out arguments through ref locals, constructors run by
    /// <c>new T()</c>, comparisons run by <c>Array.Sort</c> of comparable records, and widening intrinsics.</summary>
    private static IEnumerable<AnalyzerCase> Last()
    {
        yield return new(SlotFlowCases.Rule, "fresh eyes 4: a span local chosen by a switch expression over two views of the ring", """
            Span<Integer> target = MemorySize switch
            {
                > 8 => state.Ring.AsSpan(0, 8),
                _ => state.Ring,
            };
            int evaluations = MemorySize;
            target[0] = {|#0:evaluations|};
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: an array local taken from ?? with the ring as the fallback", """
            Integer[]? cached = gradient.Length > 1 ? null : new Integer[MemorySize];
            Integer[] target = cached ?? state.Ring;
            int evaluations = MemorySize;
            target[0] = {|#0:evaluations|};
            update[0] = -gradient[0];
            """)
        {
            NullableProject = true,
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
        };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: an out argument given a ref local that aliases the slot", """
            ref Integer target = ref state.NumLinesearchSteps;
            Real step = Search(gradient, out target);
            update[0] = -step * gradient[0];
            """, """
            private static Real Search(ReadOnlySpan<Real> gradient, out Integer evaluations)
            {
                int tries = 0;
                Real t = 1;
                for (; tries < 20 && t * Math.Abs(gradient[0]) > 1; tries++)
                    t /= 2;
                evaluations = {|#0:tries|};
                return t;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(ScopeCases.Rule, "fresh eyes 4: a parameterless constructor run by new T() in a generic factory", """
            var scratch = Create<Scratch>();
            update[0] = {|#1:scratch.Scale|} * gradient[0];
            """, """
            private static T Create<T>() where T : new() => new T();

            private sealed class Scratch
            {
                public Scratch() => Scale = {|#0:(float)Math.PI|};

                public float Scale { get; }
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble), MixedPrecision("scratch.Scale", marker: 1)] };

        yield return new(ScopeCases.Rule, "fresh eyes 4: Array.Sort of comparable line-search candidates runs their CompareTo", """
            var candidates = new[] { new Candidate(LearningRate, state.Count), new Candidate(LearningRate / 2, state.NumLinesearchSteps) };
            Array.Sort(candidates);
            update[0] = -candidates[0].Step * gradient[0];
            """, """
            private readonly record struct Candidate(Real Step, Integer Evaluations) : IComparable<Candidate>
            {
                public int CompareTo(Candidate other) => {|#0:(int)(Evaluations - other.Evaluations)|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 4: comparable candidates compared with CompareTo of their own types stay quiet", """
            var candidates = new System.Collections.Generic.List<Candidate> { new(LearningRate, state.Count), new(LearningRate / 2, 3) };
            candidates.Sort();
            update[0] = -candidates[0].Step * gradient[0];
            """, """
            private readonly record struct Candidate(Real Step, Integer Evaluations) : IComparable<Candidate>
            {
                public int CompareTo(Candidate other) => Evaluations.CompareTo(other.Evaluations);
            }
            """);

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: widening x86 conversions of int, short and float lanes stay quiet", """
            if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                Vector256<long> wide = System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int64(Vector128.Create(MemorySize));
                Vector128<double> precise = System.Runtime.Intrinsics.X86.Sse2.ConvertToVector128Double(Vector128.Create(state.Scale));
                Vector128<int> lanes = System.Runtime.Intrinsics.X86.Sse41.ConvertToVector128Int32(Vector128.Create((short)3));
                update[0] = (Real)(wide.GetElement(0) + precise.GetElement(0) + lanes.GetElement(0));
            }
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 4: an unsigned remainder of the count by the memory as a ring index", """
            int row = (int)((ulong)state.Count % (ulong)MemorySize);
            update[0] = state.Weights[row] * gradient[0];
            """);

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: the count given to a float member of an object initializer", """
            var options = new Options { Warmup = {|#0:state.Count|}, Rate = LearningRate };
            update[0] = -options.Rate * gradient[0] / {|#1:options.Warmup|};
            """, """
            private sealed class Options
            {
                public float Warmup { get; init; }

                public Real Rate { get; init; }
            }
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble), MixedPrecision("options.Warmup", marker: 1)] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: views chosen by switch and ?? and a ref local out argument, with Integer values", """
            Span<Integer> target = MemorySize switch { > 8 => state.Ring.AsSpan(0, 8), _ => state.Ring };
            target[0] = state.Count;
            Integer[] fallback = (gradient.Length > 1 ? null : new Integer[1]) ?? state.Ring;
            fallback[0] = state.NumLinesearchSteps;
            ref Integer alias = ref state.NumLinesearchSteps;
            Count(gradient, out alias);
            update[0] = -gradient[0];
            """, """
            private static void Count(ReadOnlySpan<Real> gradient, out Integer evaluations) => evaluations = (Integer)gradient.Length;
            """);
    }

    /// <summary>Views of a slot that reach a local or a helper's member by other roads: an <c>out</c> argument, a
    /// deconstruction, an auto-property set by an initializer or an assignment, a public field set from outside.</summary>
    private static IEnumerable<AnalyzerCase> Holders()
    {
        const string Flow = SlotFlowCases.Rule;

        yield return new(Flow, "fresh eyes 4: an array view of the ring handed out through an out var", """
            ViewOf(state, out var ring);
            int evaluations = MemorySize;
            ring[0] = {|#0:evaluations|};
            update[0] = -gradient[0];
            """, """
            private static void ViewOf(State state, out Integer[] ring) => ring = state.Ring;
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Flow, "fresh eyes 4: array aliases of two slots taken by a deconstruction", """
            var (ring, weights) = (state.Ring, state.Weights);
            int evaluations = MemorySize;
            ring[0] = {|#0:evaluations|};
            weights[0] = {|#1:Beta|};
            update[0] = -gradient[0];
            """)
        {
            InDouble =
            [
                SlotValue("Ring", IntegerDouble, "an Int32"),
                SlotValue("Weights", RealDouble, "a Single", marker: 1),
            ],
        };

        yield return new(Flow, "fresh eyes 4: a memory class's auto-property set to the ring by an object initializer", """
            var memory = new LbfgsMemory { Ring = state.Ring };
            int evaluations = MemorySize;
            memory.Ring[0] = {|#0:evaluations|};
            update[0] = -gradient[0];
            """, """
            private sealed class LbfgsMemory
            {
                public Integer[] Ring { get; init; } = Array.Empty<Integer>();
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Flow, "fresh eyes 4: a memory class's auto-property assigned the ring after construction", """
            var memory = new LbfgsMemory();
            memory.Ring = state.Ring;
            int evaluations = MemorySize;
            memory.Ring[0] = {|#0:evaluations|};
            update[0] = -gradient[0];
            """, """
            private sealed class LbfgsMemory
            {
                public Integer[] Ring { get; set; } = Array.Empty<Integer>();
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Flow, "fresh eyes 4: a memory class's public field assigned the ring from the transition", """
            var memory = new LbfgsMemory();
            memory.Ring = state.Ring;
            int evaluations = MemorySize;
            memory.Ring[0] = {|#0:evaluations|};
            update[0] = -gradient[0];
            """, """
            private sealed class LbfgsMemory
            {
                public Integer[] Ring = Array.Empty<Integer>();
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Flow, "fresh eyes 4: holders of views of the slots written with values of their types", """
            ViewOf(state, out var ring);
            ring[0] = state.Count;
            var (alias, weights) = (state.Ring, state.Weights);
            alias[1] = state.NumLinesearchSteps;
            weights[0] = state.Value;
            var memory = new LbfgsMemory { Ring = state.Ring };
            memory.Ring[0] = state.Count;
            var scratch = new LbfgsMemory();
            int evaluations = MemorySize;
            scratch.Ring[0] = evaluations;
            update[0] = -gradient[0];
            """, """
            private static void ViewOf(State state, out Integer[] ring) => ring = state.Ring;

            private sealed class LbfgsMemory
            {
                public Integer[] Ring { get; set; } = new Integer[4];
            }
            """);

        yield return new(ScopeCases.Rule, "fresh eyes 4: an abstract float property overridden with a narrowing getter", """
            Schedule schedule = new Cosine(state.Count);
            update[0] = -LearningRate * (Real)schedule.Factor * gradient[0];
            """, """
            private abstract class Schedule
            {
                public abstract float Factor { get; }
            }

            private sealed class Cosine : Schedule
            {
                private readonly Integer step;

                public Cosine(Integer step) => this.step = step;

                public override float Factor => MathF.Cos({|#0:step|} / 100f);
            }
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };
    }

    /// <summary>More correct optimizers in shapes not used above, quiet in both modes.</summary>
    private static IEnumerable<AnalyzerCase> MoreCorrect()
    {
        const string Quiet = IdiomaticCases.Rule;

        yield return new(Quiet, "fresh eyes 4: AMSGrad keeping the running maximum of the second moment through ref locals", """
            Real b1 = (Real)0.9, b2 = (Real)0.999, eps = (Real)1e-8;
            for (int i = 0; i < gradient.Length; i++)
            {
                ref Real m = ref state.Velocity[i];
                ref Real v = ref state.Second[i];
                m = b1 * m + (1 - b1) * gradient[i];
                Real fresh = b2 * v + (1 - b2) * gradient[i] * gradient[i];
                v = Real.Max(v, fresh);
                update[i] = -LearningRate * m / (Real.Sqrt(v) + eps);
            }

            state.Count++;
            """);

        yield return new(Quiet, "fresh eyes 4: Lookahead syncing slow weights every MemorySize steps with span copies", """
            Span<Real> fast = state.Velocity;
            Span<Real> slow = state.Second;
            for (int i = 0; i < gradient.Length; i++)
            {
                fast[i] -= LearningRate * gradient[i];
                update[i] = -LearningRate * gradient[i];
            }

            state.Count++;
            if (state.Count % MemorySize == 0)
            {
                Real alpha = (Real)0.5;
                for (int i = 0; i < slow.Length; i++)
                    slow[i] += alpha * (fast[i] - slow[i]);
                slow.CopyTo(fast);
            }
            """);

        yield return new(Quiet, "fresh eyes 4: a do-while walk over the ring with a long position and array indexing by long", """
            long position = state.Count % MemorySize;
            long visited = 0;
            Real sum = 0;
            do
            {
                sum += state.Weights[position] * state.Ring[position];
                position = position == 0 ? MemorySize - 1 : position - 1;
                visited++;
            }
            while (visited < Math.Min(state.Count, MemorySize));
            update[0] = -sum * gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: a binary search over the sorted ring with int indices", """
            int lo = 0, hi = state.Ring.Length - 1;
            Integer target = state.Count / 2;
            while (lo <= hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (state.Ring[mid] < target)
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }

            if (lo < state.Ring.Length)
                state.Ring[lo] = target;
            update[0] = -gradient[0];
            """);

        yield return new(Quiet, "fresh eyes 4: schedules as Func<Integer, Real> chosen by a switch on the count", """
            Func<Integer, Real> warmup = step => LearningRate * (step + 1) / 100;
            Func<Integer, Real> cosine = step => LearningRate * (1 + Real.Cos(Real.Pi * Real.Min(step, MaxSteps) / MaxSteps)) / 2;
            Real rate = state.Count switch
            {
                < 100 => warmup(state.Count),
                _ => cosine(state.Count - 100),
            };
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -rate * gradient[i];
            state.Count++;
            """);

        yield return new(Quiet, "fresh eyes 4: an iterator of (int, Real) pairs writing Real values into the velocity", """
            foreach (var (index, decayed) in Decayed(state.Velocity, (Real)0.9))
                state.Velocity[index] = decayed + gradient[index];
            update[0] = -state.Velocity[0];
            """, """
            private static System.Collections.Generic.IEnumerable<(int Index, Real Value)> Decayed(Real[] values, Real decay)
            {
                for (int i = 0; i < values.Length; i++)
                    yield return (i, decay * values[i]);
            }
            """);
    }

    /// <summary>Span and vector APIs not tried above: <c>Replace</c>, a span over one scalar slot, native and saturating vector conversions.</summary>
    private static IEnumerable<AnalyzerCase> SpanApis()
    {
        yield return new(SlotFlowCases.Rule, "fresh eyes 4: MemoryExtensions.Replace in a span of the ring given an int", """
            int evaluations = MemorySize;
            state.Ring.AsSpan().Replace(0, {|#0:evaluations|});
            update[0] = -gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: a one-element span over the scalar slot handed to a helper writing an int", """
            Count(gradient, new Span<Integer>(ref state.NumLinesearchSteps));
            update[0] = -gradient[0];
            """, """
            private static void Count(ReadOnlySpan<Real> gradient, Span<Integer> destination)
            {
                int nonZero = 0;
                foreach (Real g in gradient)
                {
                    if (g != 0)
                        nonZero++;
                }

                destination[0] = {|#0:nonZero|};
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: Vector128.ConvertToInt32Native of float lanes", """
            Vector128<int> rounded = {|#0:Vector128.ConvertToInt32Native(Vector128.Create(state.Scale))|};
            update[0] = rounded.GetElement(0) * gradient[0];
            """)
        { InDouble = [Conversion("'Vector128.ConvertToInt32Native'", "Single", "Int32", IntegerDouble)] };

        yield return new(ConversionFormCases.Rule, "fresh eyes 4: Vector128.NarrowWithSaturation of long lanes", """
            Vector128<long> counts = Vector128.Create(state.Total);
            Vector128<int> narrow = {|#0:Vector128.NarrowWithSaturation(counts, counts)|};
            update[0] = narrow.GetElement(0) * gradient[0];
            """)
        { InDouble = [Conversion("'Vector128.NarrowWithSaturation'", "Int64", "Int32", IntegerDouble)] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: Replace, a one-element span, TensorPrimitives at Integer and a widening convert into the ring", """
            state.Ring.AsSpan().Replace(0, state.Count);
            Span<Integer> single = new(ref state.NumLinesearchSteps);
            single[0] = state.Count;
            System.Numerics.Tensors.TensorPrimitives.Add<Integer>(state.Ring, 1, state.Ring);
            int[] counts = { 1, 2, 3 };
            System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<int, Integer>(counts, state.Ring.AsSpan(0, 3));
            update[0] = -gradient[0];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 4: a sign-SGD step with Vector<Real> and TensorPrimitives.Sign-like loops at Real", """
            int i = 0;
            var rate = new Vector<Real>(-LearningRate);
            for (; i <= gradient.Length - Vector<Real>.Count; i += Vector<Real>.Count)
            {
                var g = new Vector<Real>(gradient.Slice(i));
                var sign = Vector.ConditionalSelect(Vector.GreaterThan(g, Vector<Real>.Zero), Vector<Real>.One, -Vector<Real>.One);
                (rate * sign).CopyTo(update.Slice(i));
            }

            for (; i < gradient.Length; i++)
                update[i] = -LearningRate * Real.Sign(gradient[i]);
            """);
    }

    /// <summary>Code run by patterns and by static virtual defaults: positional patterns call <c>Deconstruct</c>, property
    /// patterns call getters, a constrained call to a static virtual member not overridden runs the interface's body.</summary>
    private static IEnumerable<AnalyzerCase> Patterns()
    {
        const string Scope = ScopeCases.Rule;

        yield return new(Scope, "fresh eyes 4: a positional pattern runs a Deconstruct that narrows the count", """
            if (new Outcome(state.Count, LearningRate) is (var evaluations, var step) && evaluations > 0)
                update[0] = -step * gradient[0];
            """, """
            private sealed class Outcome
            {
                private readonly Integer evaluations;
                private readonly Real step;

                public Outcome(Integer evaluations, Real step)
                {
                    this.evaluations = evaluations;
                    this.step = step;
                }

                public void Deconstruct(out int evaluations, out Real step)
                {
                    evaluations = {|#0:(int)this.evaluations|};
                    step = this.step;
                }
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Scope, "fresh eyes 4: a property pattern runs a getter that narrows the count", """
            var budget = new Budget(state.Count);
            if (budget is { Limit: > 3 })
                update[0] = -gradient[0];
            """, """
            private sealed class Budget(Integer steps)
            {
                public int Limit => {|#0:(int)steps|};
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Scope, "fresh eyes 4: a static virtual interface member's default body run through a constraint", """
            update[0] = Scaled<Plain>(gradient[0]);
            """, """
            private interface IScaling
            {
                static virtual Real Scale(Real x) => {|#0:(float)x|};
            }

            private readonly struct Plain : IScaling
            {
            }

            private static Real Scaled<TScaling>(Real x) where TScaling : IScaling => TScaling.Scale(x);
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 4: a tuple-typed field of a helper with an int count deconstructed into the slots", """
            var search = new Search();
            search.Run(gradient);
            (state.NumLinesearchSteps, state.Value) = {|#0:search.Last|};
            update[0] = -state.Value * gradient[0];
            """, """
            private sealed class Search
            {
                public (int Steps, Real Step) Last;

                public void Run(ReadOnlySpan<Real> gradient)
                {
                    Real t = 1;
                    int n = 0;
                    for (; n < 20 && t * Math.Abs(gradient[0]) > 1; n++)
                        t /= 2;
                    Last = (n, t);
                }
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Scope, "fresh eyes 4: patterns, static virtual defaults and tuple fields at the slots' own types", """
            if (new Outcome(state.Count, LearningRate) is (var evaluations, var step) && evaluations > 0)
                state.NumLinesearchSteps = evaluations;
            var budget = new Budget(state.Count);
            if (budget is { Limit: > 3 })
                state.Value = Scaled<Plain>(state.Value);
            var search = new Search();
            search.Last = (state.Count, LearningRate);
            (state.Count, state.Value) = search.Last;
            update[0] = -gradient[0];
            """, """
            private sealed class Outcome(Integer evaluations, Real step)
            {
                public void Deconstruct(out Integer evaluations, out Real step)
                {
                    evaluations = Evaluations;
                    step = Step;
                }

                private Integer Evaluations => evaluations;

                private Real Step => step;
            }

            private sealed class Budget(Integer steps)
            {
                public Integer Limit => steps;
            }

            private interface IScaling
            {
                static virtual Real Scale(Real x) => x * (Real)0.5;
            }

            private readonly struct Plain : IScaling
            {
            }

            private static Real Scaled<TScaling>(Real x) where TScaling : IScaling => TScaling.Scale(x);

            private sealed class Search
            {
                public (Integer Steps, Real Step) Last;
            }
            """);
    }
}
