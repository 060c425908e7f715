using System.Collections.Generic;
using System.Linq;
using static OptimGen.Analyzers.Tests.Cases.Messages;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// A seventh round of cases written from the docs and the contract before reading the analyzer, in the shapes of code
/// ported from PyTorch's <c>torch.optim</c> (AMSGrad, Rprop's sign-based steps, L-BFGS's history and evaluation counters,
/// SparseAdam's index buffers), Unity-style float-everywhere code, HPC code (<c>Parallel.For</c> with thread-local partials,
/// partitioned ranges, <c>unsafe</c> pointers, <c>Vector&lt;T&gt;</c>/<c>Vector128</c> conversions), functional code (LINQ
/// over slots, <c>ImmutableArray</c>, records with <c>with</c>), verbose student code, pattern matching and switch
/// expressions into slots, <c>try</c>/<c>catch</c>/<c>finally</c> and <c>using</c>, helpers in other partial parts,
/// abstract base classes (the spec's own too), static abstract strategies and nested generic helper types, and the seed bug
/// in new styles. The later sections came from probing after the first 110 cases passed blind but one: views held by
/// auto-properties, positional records (also copied <c>with</c>) and <c>Deconstruct</c>, a <c>foreach (ref ...)</c> over an
/// enumerator of one's own, conversions hidden in operators, indexers and default interface methods, guards and loops of
/// low-level code. Names start with "fresh eyes 7: ".
/// </summary>
internal static class FreshEyesCasesRound7
{
    private const string Cast = "A cast";
    private const string Implicit = "An implicit conversion";
    private const string Compound = "The compound assignment";

    public static IEnumerable<AnalyzerCase> All() =>
        TorchPorts().Concat(GameStyle()).Concat(Hpc()).Concat(Functional()).Concat(StudentStyle()).Concat(Patterns())
            .Concat(Handlers()).Concat(Structure()).Concat(Seeds()).Concat(SinglePrecisionValues()).Concat(Exemptions())
            .Concat(HeldViews()).Concat(HiddenConversionsAndGuards()).Concat(EnumeratorsAndDeconstruction()).Concat(LowLevelLoops())
            .Concat(BaseClasses());

    private static IEnumerable<AnalyzerCase> TorchPorts()
    {
        const string Rule = IdiomaticCases.Rule;

        yield return new(Rule, "fresh eyes 7: torch AMSGrad with a float max_exp_avg_sq slot kept by MathF.Max stays quiet", """
            state.Count += 1;
            Real b1 = (Real)0.9, b2 = (Real)0.999;
            Real bias1 = 1 - Real.Pow(b1, state.Count);
            Real bias2 = 1 - Real.Pow(b2, state.Count);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                state.Second[i] = b2 * state.Second[i] + (1 - b2) * gradient[i] * gradient[i];
                state.Mu[i] = MathF.Max(state.Mu[i], (float)state.Second[i]);
                Real denom = Real.Sqrt(state.Mu[i] / bias2) + (Real)1e-8;
                update[i] = -LearningRate / bias1 * state.Velocity[i] / denom;
            }
            """);

        yield return new("OPT0001", "fresh eyes 7: torch AMSGrad's denominator through MathF.Sqrt of a cast", """
            state.Count += 1;
            Real bias2 = 1 - Real.Pow((Real)0.999, state.Count);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Second[i] = Real.Max(state.Second[i], gradient[i] * gradient[i]);
                Real denom = MathF.Sqrt({|#0:(float)(state.Second[i] / bias2)|}) + (Real)1e-8;
                update[i] = -LearningRate * gradient[i] / denom;
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 7: torch Rprop with Math.Sign factors and clamped step sizes stays quiet", """
            state.Count += 1;
            for (int i = 0; i < gradient.Length; i++)
            {
                int sign = Math.Sign(gradient[i] * state.Velocity[i]);
                Real factor = sign > 0 ? (Real)1.2 : sign < 0 ? (Real)0.5 : 1;
                state.Second[i] = Real.Clamp(state.Second[i] * factor, (Real)1e-6, 50);
                Real g = sign < 0 ? 0 : gradient[i];
                state.Velocity[i] = g;
                update[i] = -Real.Sign(g) * state.Second[i];
            }
            """);

        yield return new("OPT0002", "fresh eyes 7: torch Rprop keeping the previous signs in the Integer ring", """
            int kept = Math.Min(gradient.Length, state.Ring.Length);
            for (int i = 0; i < kept; i++)
            {
                state.Ring[i] = {|#0:Math.Sign(gradient[i] * state.Velocity[i])|};
                update[i] = -LearningRate * Real.Sign(gradient[i]);
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new("OPT0003", "fresh eyes 7: torch Rprop's etaplus written as 1.2f", """
            for (int i = 0; i < gradient.Length; i++)
            {
                Real product = gradient[i] * state.Velocity[i];
                Real factor = product > 0 ? {|#0:1.2f|} : product < 0 ? (Real)0.5 : 1;
                state.Second[i] *= factor;
                update[i] = -Real.Sign(gradient[i]) * state.Second[i];
            }
            """)
        { InDouble = [MixedPrecision("1.2f")] };

        yield return new(Rule, "fresh eyes 7: torch L-BFGS two-loop over num_old pairs with a descending int loop stays quiet", """
            int numOld = (int)Math.Min(state.Count, MemorySize);
            Span<Real> q = stackalloc Real[gradient.Length];
            gradient.CopyTo(q);
            Span<Real> al = stackalloc Real[MemorySize];
            for (int i = numOld - 1; i >= 0; i--)
            {
                int row = (int)((state.Count - numOld + i) % MemorySize);
                ReadOnlySpan<Real> s = state.History.AsSpan(row * gradient.Length, gradient.Length);
                Real dot = 0;
                for (int j = 0; j < q.Length; j++)
                    dot += s[j] * q[j];
                al[i] = state.Weights[row] * dot;
                for (int j = 0; j < q.Length; j++)
                    q[j] -= al[i] * s[j];
            }

            for (int j = 0; j < q.Length; j++)
                update[j] = -LearningRate * q[j];
            state.Count += 1;
            """);

        yield return new("OPT0001", "fresh eyes 7: torch L-BFGS's max_eval = max_iter * 5 // 4 cast to int", """
            int maxEval = {|#0:(int)(MaxSteps * 5 / 4)|};
            int evaluations = 0;
            Real step = LearningRate;
            while (evaluations < maxEval && step * Real.Abs(gradient[0]) > 1)
            {
                step /= 2;
                evaluations++;
            }

            state.NumLinesearchSteps += evaluations;
            update[0] = -step * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(Rule, "fresh eyes 7: torch L-BFGS's func_evals and n_iter kept by compound assignments stay quiet", """
            int currentEvals = 1;
            int lsFuncEvals = 0;
            Real t = state.Count == 0 ? Real.Min(1, 1 / Real.Abs(gradient[0] + (Real)1e-12)) * LearningRate : LearningRate;
            while (lsFuncEvals < 5 && t * Real.Abs(gradient[0]) > 10)
            {
                t /= 2;
                lsFuncEvals++;
            }

            currentEvals += lsFuncEvals;
            state.NumLinesearchSteps += currentEvals;
            state.Count += 1;
            update[0] = -t * gradient[0];
            """);

        yield return new("OPT0002", "fresh eyes 7: SparseAdam's int index buffer copied into the Integer ring", """
            int[] indices = new int[gradient.Length];
            int nnz = 0;
            for (int i = 0; i < gradient.Length; i++)
                if (gradient[i] != 0)
                    indices[nnz++] = i;
            Array.Copy({|#0:indices|}, state.Ring, Math.Min(nnz, state.Ring.Length));
            for (int k = 0; k < nnz; k++)
            {
                int i = indices[k];
                update[i] = -LearningRate * gradient[i];
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: SparseAdam's nonzero indices cast to Integer into the ring stay quiet", """
            Span<int> nonzero = stackalloc int[gradient.Length];
            int nnz = 0;
            for (int i = 0; i < gradient.Length; i++)
                if (gradient[i] != 0)
                    nonzero[nnz++] = i;
            int kept = Math.Min(nnz, state.Ring.Length);
            for (int k = 0; k < kept; k++)
                state.Ring[k] = (Integer)nonzero[k];
            for (int k = 0; k < nnz; k++)
            {
                int i = nonzero[k];
                state.Velocity[i] = (Real)0.9 * state.Velocity[i] + (Real)0.1 * gradient[i];
                update[i] = -LearningRate * state.Velocity[i];
            }
            """);

        yield return new("OPT0003", "fresh eyes 7: torch's float step tensor with a float beta in the bias correction", """
            state.Value += 1;
            Real bias1 = 1 - Real.Pow({|#0:Beta|}, state.Value);
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] / bias1;
            """)
        { InDouble = [MixedPrecision("Beta")] };

        yield return new(Rule, "fresh eyes 7: torch Adagrad with lr_decay over the Integer step stays quiet", """
            state.Count += 1;
            Real clr = LearningRate / (1 + (state.Count - 1) * (Real)0.01);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Second[i] += gradient[i] * gradient[i];
                update[i] = -clr * gradient[i] / (Real.Sqrt(state.Second[i]) + (Real)1e-10);
            }
            """);

        yield return new(Rule, "fresh eyes 7: torch NAdam's mu_product kept in the float slot by a cast compound assignment stays quiet", """
            Real mu = (Real)0.9 * (1 - (Real)0.5 * Real.Pow((Real)0.96, state.Count * (Real)0.004));
            state.Count += 1;
            state.Scale *= (float)mu;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = (Real)0.9 * state.Velocity[i] + (Real)0.1 * gradient[i];
                update[i] = -LearningRate * state.Velocity[i] / (1 - state.Scale);
            }
            """);

        yield return new("OPT0001", "fresh eyes 7: a float bias correction through MathF.Pow of the Integer step", """
            state.Count += 1;
            float correction = 1 - MathF.Pow(Beta, {|#0:state.Count|});
            update[0] = -LearningRate * gradient[0] / correction;
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new("OPT0001", "fresh eyes 7: a Half momentum buffer as in mixed-precision training, in both modes", """
            Half[] buffer = new Half[gradient.Length];
            for (int i = 0; i < gradient.Length; i++)
                buffer[i] = {|#0:(Half)state.Velocity[i]|};
            update[0] = -gradient[0] * (Real)buffer[0];
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Half", RealDouble)],
            InSingle = [Conversion(Cast, "Single", "Half", RealSingle)],
        };
    }

    private static IEnumerable<AnalyzerCase> GameStyle()
    {
        const string Rule = "OPT0001";

        yield return new(Rule, "fresh eyes 7: Unity-style Mathf.Lerp of float casts of the gradient into the float slot", """
            float lr = {|#0:(float)LearningRate|};
            for (int i = 0; i < gradient.Length; i++)
            {
                float g = {|#1:(float)gradient[i]|};
                state.Mu[i] = Mathf.Lerp(state.Mu[i], g, 0.1f);
                update[i] = -lr * state.Mu[i];
            }
            """, """
            private static class Mathf
            {
                public static float Clamp01(float v) => v < 0f ? 0f : v > 1f ? 1f : v;

                public static float Lerp(float a, float b, float t) => a + (b - a) * Clamp01(t);
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble), Conversion(Cast, "Double", "Single", RealDouble, marker: 1)] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: Unity's SmoothDamp on the float slots stays quiet", """
            float velocity = state.Scale;
            float next = SmoothDamp(state.Mu[0], 0f, ref velocity, 0.3f, 0.02f);
            state.Scale = velocity;
            state.Mu[0] = next;
            update[0] = -LearningRate * state.Mu[0];
            """, """
            private static float SmoothDamp(float current, float target, ref float currentVelocity, float smoothTime, float deltaTime)
            {
                smoothTime = MathF.Max(0.0001f, smoothTime);
                float omega = 2f / smoothTime;
                float x = omega * deltaTime;
                float exp = 1f / (1f + x + 0.48f * x * x + 0.235f * x * x * x);
                float change = current - target;
                float temp = (currentVelocity + omega * change) * deltaTime;
                currentVelocity = (currentVelocity - omega * temp) * exp;
                return target + (change + temp) * exp;
            }
            """);

        yield return new("OPT0003", "fresh eyes 7: a Unity-style static Time.deltaTime property in the update", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] * {|#0:FrameTime.Delta|};
            """, """
            private static class FrameTime
            {
                public static float Delta => 0.02f;
            }
            """)
        { InDouble = [MixedPrecision("FrameTime.Delta")] };

        yield return new("OPT0002", "fresh eyes 7: Unity-style RoundToInt of the float slot stored in the ring", """
            state.Ring[0] = {|#1:Mathf.RoundToInt(state.Scale)|};
            update[0] = -gradient[0];
            """, """
            private static class Mathf
            {
                public static int RoundToInt(float f) => {|#0:(int)MathF.Round(f)|};
            }
            """)
        {
            InDouble = [Conversion(Cast, "Single", "Int32", IntegerDouble), SlotValue("Ring", IntegerDouble, "an Int32", marker: 1)],
        };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: float-everywhere momentum on the float[] slot with the float hyperparameter stays quiet", """
            for (int i = 0; i < state.Mu.Length; i++)
            {
                state.Mu[i] = Beta * state.Mu[i] + (1 - Beta) * state.Mu[i] * state.Mu[i];
                update[i] = -LearningRate * state.Mu[i];
            }
            """);

        yield return new("OPT0003", "fresh eyes 7: a Unity-style Vector2 magnitude property in Real arithmetic", """
            var v = new Vec2 { X = state.Mu[0], Y = state.Mu[1] };
            update[0] = -LearningRate * {|#0:v.Magnitude|};
            """, """
            private struct Vec2
            {
                public float X;
                public float Y;

                public readonly float Magnitude => MathF.Sqrt(X * X + Y * Y);
            }
            """)
        { InDouble = [MixedPrecision("v.Magnitude")] };

    }

    private static IEnumerable<AnalyzerCase> Hpc()
    {
        const string Rule = ConversionFormCases.Rule;

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: Parallel.ForEach over Partitioner ranges of a captured velocity view stays quiet", """
            var velocity = state.Velocity;
            var g = gradient.ToArray();
            var u = new Real[g.Length];
            Real lr = LearningRate;
            System.Threading.Tasks.Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, g.Length), range =>
            {
                for (int i = range.Item1; i < range.Item2; i++)
                {
                    velocity[i] = (Real)0.9 * velocity[i] + g[i];
                    u[i] = -lr * velocity[i];
                }
            });
            u.CopyTo(update);
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 7: a long Partitioner range's index cast to int is not bounded", """
            var velocity = state.Velocity;
            var g = gradient.ToArray();
            System.Threading.Tasks.Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0L, (long)g.Length), range =>
            {
                for (long i = range.Item1; i < range.Item2; i++)
                {
                    int at = {|#0:(int)i|};
                    velocity[at] = (Real)0.9 * velocity[at] + g[at];
                }
            });
            update[0] = -LearningRate * state.Velocity[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: Parallel.For with thread-local Real partials under a lock stays quiet", """
            object gate = new object();
            Real total = 0;
            var g = gradient.ToArray();
            System.Threading.Tasks.Parallel.For(0, g.Length, () => (Real)0, (i, _, partial) => partial + g[i] * g[i], partial =>
            {
                lock (gate)
                    total += partial;
            });
            state.Value = Real.Sqrt(total);
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] / (state.Value + 1);
            """);

        yield return new("OPT0001", "fresh eyes 7: Parallel.For with thread-local float partials", """
            object gate = new object();
            Real total = 0;
            var g = gradient.ToArray();
            System.Threading.Tasks.Parallel.For(0, g.Length, () => 0f, (i, _, partial) => partial + {|#0:(float)(g[i] * g[i])|}, partial =>
            {
                lock (gate)
                    total += partial;
            });
            state.Value = Real.Sqrt(total);
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: an unsafe fixed-pointer heavy-ball loop stays quiet", """
            unsafe
            {
                fixed (Real* v = state.Velocity)
                fixed (Real* g = gradient)
                fixed (Real* u = update)
                {
                    for (int i = 0; i < gradient.Length; i++)
                    {
                        v[i] = (Real)0.9 * v[i] + g[i];
                        u[i] = -LearningRate * v[i];
                    }
                }
            }
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: a Vector<Real> momentum loop with a scalar tail stays quiet", """
            var v = state.Velocity.AsSpan();
            int width = Vector<Real>.Count;
            int i = 0;
            var beta = new Vector<Real>((Real)0.9);
            var lr = new Vector<Real>(-LearningRate);
            for (; i + width <= gradient.Length; i += width)
            {
                var vi = beta * new Vector<Real>(v.Slice(i)) + new Vector<Real>(gradient.Slice(i));
                vi.CopyTo(v.Slice(i));
                (lr * vi).CopyTo(update.Slice(i));
            }

            for (; i < gradient.Length; i++)
            {
                v[i] = (Real)0.9 * v[i] + gradient[i];
                update[i] = -LearningRate * v[i];
            }
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: Vector128 floor and ConvertToInt64 of double lanes stay quiet", """
            var lanes = Vector128.Create((double)state.Value, (double)LearningRate);
            Vector128<long> buckets = Vector128.ConvertToInt64(Vector128.Floor(lanes * 10));
            update[0] = -gradient[0] * buckets.GetElement(0);
            """);

        yield return new(Rule, "fresh eyes 7: Vector128.Narrow of double lanes then ConvertToInt32", """
            var lanes = Vector128.Create((double)state.Value, (double)LearningRate);
            Vector128<float> narrow = {|#0:Vector128.Narrow(lanes, lanes)|};
            Vector128<int> buckets = {|#1:Vector128.ConvertToInt32(narrow)|};
            update[0] = -gradient[0] * buckets.GetElement(0);
            """)
        {
            InDouble =
            [
                Conversion("'Vector128.Narrow'", "Double", "Single", RealDouble),
                Conversion("'Vector128.ConvertToInt32'", "Single", "Int32", IntegerDouble, marker: 1),
            ],
        };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: Vector128.Widen of float slot lanes stays quiet", """
            Vector128<float> packed = Vector128.Create(state.Mu[0], state.Mu[1], 0f, 0f);
            (Vector128<double> low, _) = Vector128.Widen(packed);
            update[0] = -gradient[0] * (Real)low.GetElement(0);
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: Vector.ConvertToDouble of long lanes from the count stays quiet", """
            var steps = new Vector<long>(state.Total);
            Vector<double> asDoubles = Vector.ConvertToDouble(steps);
            state.Precise = asDoubles[0] + 1;
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 7: a ring row from a captured long count inside Parallel.For fits", """
            long count = state.Count;
            int m = MemorySize;
            var weights = state.Weights;
            System.Threading.Tasks.Parallel.For(0, m, k =>
            {
                int row = (int)((count + k) % m);
                weights[row] *= (Real)0.5;
            });
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 7: a long SIMD index stepping by the lane count below length minus lanes fits", """
            int lanes = Vector<Real>.Count;
            long i = 0;
            for (; i < gradient.Length - lanes; i += lanes)
                new Vector<Real>(gradient.Slice((int)i)).CopyTo(update.Slice((int)i));
            for (; i < gradient.Length; i++)
                update[(int)i] = -gradient[(int)i];
            """);
    }

    private static IEnumerable<AnalyzerCase> Functional()
    {
        yield return new(IdiomaticCases.Rule, "fresh eyes 7: a LINQ Select with the index into the velocity slot stays quiet", """
            Real[] g = gradient.ToArray();
            state.Velocity = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(state.Velocity, (v, i) => (Real)0.9 * v + g[i]));
            for (int i = 0; i < g.Length; i++)
                update[i] = -LearningRate * state.Velocity[i];
            """);

        yield return new("OPT0002", "fresh eyes 7: LINQ Average of the float slot's squares into the Real slot", """
            state.Value = {|#0:System.Linq.Enumerable.Average(state.Mu, m => m * m)|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Value", RealDouble, "a Single")] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: LINQ Zip of the second moment and the gradient into the slot stays quiet", """
            Real[] g = gradient.ToArray();
            state.Second = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Zip(state.Second, g, (s, x) => (Real)0.99 * s + (Real)0.01 * x * x));
            state.Count = System.Linq.Enumerable.LongCount(g, x => x != 0) > 0 ? state.Count + 1 : state.Count;
            for (int i = 0; i < g.Length; i++)
                update[i] = -LearningRate * g[i] / (Real.Sqrt(state.Second[i]) + (Real)1e-8);
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: an ImmutableArray of Real moments set item by item and copied back stays quiet", """
            var moments = System.Collections.Immutable.ImmutableArray.CreateRange(state.Velocity);
            for (int i = 0; i < gradient.Length; i++)
                moments = moments.SetItem(i, (Real)0.9 * moments[i] + gradient[i]);
            moments.CopyTo(state.Velocity);
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * moments[i];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: a record struct of moments advanced with 'with' stays quiet", """
            var previous = new AdamMoments(state.Value, state.Velocity[0], state.Count);
            var next = previous with
            {
                Step = previous.Step + 1,
                M = (Real)0.9 * previous.M + (Real)0.1 * gradient[0],
            };
            (state.Value, state.Count) = (next.M, next.Step);
            update[0] = -LearningRate * next.M;
            """, """
            private readonly record struct AdamMoments(Real M, Real V, Integer Step);
            """);

        yield return new("OPT0003", "fresh eyes 7: a record's float Eps replaced with 'with' enters the denominator", """
            var config = new Config(1e-8f) with { Eps = 1e-6f };
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] / (Real.Sqrt(state.Second[i]) + {|#0:config.Eps|});
            """, """
            private sealed record Config(float Eps);
            """)
        { InDouble = [MixedPrecision("config.Eps")] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: LINQ Range selections cast to Integer replace the ring stays quiet", """
            state.Ring = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(System.Linq.Enumerable.Range(0, MemorySize), k => (Integer)k));
            state.Count = System.Linq.Enumerable.Max(state.Ring);
            update[0] = -LearningRate * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> StudentStyle()
    {
        const string Rule = "OPT0001";

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: verbose student Adam with many locals and a helper class stays quiet", """
            var calculator = new MomentCalculator { FirstMomentDecay = (Real)0.9, SecondMomentDecay = (Real)0.999 };
            Integer currentIterationNumber = state.Count + 1;
            state.Count = currentIterationNumber;
            int numberOfStoredPairs = state.Count < MemorySize ? (int)state.Count : MemorySize;
            Real firstMomentBiasCorrection = 1 - Real.Pow(calculator.FirstMomentDecay, currentIterationNumber);
            Real secondMomentBiasCorrection = 1 - Real.Pow(calculator.SecondMomentDecay, currentIterationNumber);
            for (int parameterIndex = 0; parameterIndex < gradient.Length; parameterIndex++)
            {
                Real currentGradientValue = gradient[parameterIndex];
                Real newFirstMoment = calculator.UpdateFirst(state.Velocity[parameterIndex], currentGradientValue);
                Real newSecondMoment = calculator.UpdateSecond(state.Second[parameterIndex], currentGradientValue);
                state.Velocity[parameterIndex] = newFirstMoment;
                state.Second[parameterIndex] = newSecondMoment;
                Real correctedFirst = newFirstMoment / firstMomentBiasCorrection;
                Real correctedSecond = newSecondMoment / secondMomentBiasCorrection;
                update[parameterIndex] = -LearningRate * correctedFirst / (Real.Sqrt(correctedSecond) + (Real)1e-8);
            }

            state.Weights[numberOfStoredPairs % MemorySize] = state.Velocity[0];
            """, """
            private sealed class MomentCalculator
            {
                public Real FirstMomentDecay { get; set; }
                public Real SecondMomentDecay { get; set; }

                public Real UpdateFirst(Real previous, Real gradientValue) => FirstMomentDecay * previous + (1 - FirstMomentDecay) * gradientValue;

                public Real UpdateSecond(Real previous, Real gradientValue) => SecondMomentDecay * previous + (1 - SecondMomentDecay) * gradientValue * gradientValue;
            }
            """);

        yield return new(Rule, "fresh eyes 7: a student's statistics class with a float mean over the gradient", """
            var stats = new GradientStatistics();
            stats.Compute(gradient);
            update[0] = -LearningRate * gradient[0] / {|#2:stats.Mean|};
            """, """
            private sealed class GradientStatistics
            {
                public float Mean { get; private set; }

                public void Compute(ReadOnlySpan<Real> g)
                {
                    float sum = 0;
                    for (int i = 0; i < g.Length; i++)
                        sum += {|#0:(float)g[i]|};
                    Mean = sum / {|#1:g.Length|};
                }
            }
            """)
        {
            InDouble =
            [
                Conversion(Cast, "Double", "Single", RealDouble),
                Conversion(Implicit, "Int32", "Single", RealDouble, marker: 1),
                MixedPrecision("stats.Mean", marker: 2),
            ],
        };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: the same statistics class declared with Real stays quiet", """
            var stats = new GradientStatistics();
            stats.Compute(gradient);
            state.Value = stats.Mean;
            update[0] = -LearningRate * gradient[0] / (1 + Real.Abs(stats.Mean));
            """, """
            private sealed class GradientStatistics
            {
                public Real Mean { get; private set; }

                public void Compute(ReadOnlySpan<Real> g)
                {
                    Real sum = 0;
                    for (int i = 0; i < g.Length; i++)
                        sum += g[i];
                    Mean = sum / g.Length;
                }
            }
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: a student's step counter class with Integer properties stays quiet", """
            var counter = new StepCounter { StepsSoFar = state.Count };
            counter.IncrementBy(1);
            counter.IncrementBy(gradient.Length);
            state.Count = counter.StepsSoFar;
            state.Total += counter.StepsSoFar;
            update[0] = -LearningRate * gradient[0];
            """, """
            private sealed class StepCounter
            {
                public Integer StepsSoFar { get; set; }

                public void IncrementBy(int amount) => StepsSoFar = StepsSoFar + amount;
            }
            """);

        yield return new(Rule, "fresh eyes 7: a student's byte progress percentage from the count", """
            byte percentDone = {|#0:(byte)(state.Count * 100 / MaxSteps)|};
            update[0] = -LearningRate * gradient[0] * (1 + percentDone);
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Byte", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Byte", IntegerSingle)],
        };
    }

    private static IEnumerable<AnalyzerCase> Patterns()
    {
        yield return new(IdiomaticCases.Rule, "fresh eyes 7: a switch expression with a tuple pattern bounding the count stays quiet", """
            int row = (state.Count, gradient.Length) switch
            {
                (< 0, _) => 0,
                (var c, var n) when c < n => (int)c,
                _ => 0,
            };
            update[row] = -LearningRate * gradient[row];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: switch expressions and patterns returning Integer and Real into slots stay quiet", """
            state.Count = state.Count switch
            {
                < 0 => 0,
                var c when c >= MaxSteps => MaxSteps,
                var c => c + 1,
            };
            state.Value = gradient[0] switch
            {
                > 0 => Real.Min(gradient[0], LearningRate),
                < 0 => Real.Max(gradient[0], -LearningRate),
                _ => state.Value,
            };
            if (state.Ring is [var first, ..] && first > 0)
                state.NumLinesearchSteps = first;
            update[0] = -state.Value;
            """);

    }

    private static IEnumerable<AnalyzerCase> Handlers()
    {
        const string Rule = SlotFlowCases.Rule;

        yield return new(Rule, "fresh eyes 7: a using block's Dispose flushes a pending float into the velocity view it keeps", """
            using (var flush = new PendingWrite(state.Velocity))
            {
                flush.Pending = state.Mu[0];
            }

            update[0] = -LearningRate * state.Velocity[0];
            """, """
            private sealed class PendingWrite : IDisposable
            {
                private readonly Real[] target;

                public PendingWrite(Real[] target) => this.target = target;

                public float Pending { get; set; }

                public void Dispose() => target[0] = {|#0:Pending|};
            }
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: the same using block flushing a Real stays quiet", """
            using (var flush = new PendingWrite(state.Velocity))
            {
                flush.Pending = state.Mu[0];
            }

            update[0] = -LearningRate * state.Velocity[0];
            """, """
            private sealed class PendingWrite : IDisposable
            {
                private readonly Real[] target;

                public PendingWrite(Real[] target) => this.target = target;

                public Real Pending { get; set; }

                public void Dispose() => target[0] = Pending;
            }
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: a checked int slot increment with an overflow catch stays quiet", """
            try
            {
                checked
                {
                    state.Small = state.Small + 1;
                    state.Count = state.Count + 1;
                }
            }
            catch (OverflowException)
            {
                state.Small = 0;
                state.Count = 0;
            }

            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(IdiomaticCases.Rule, "fresh eyes 7: try/catch/finally in a line search counting in Integer stays quiet", """
            Integer evaluations = 0;
            Real step = LearningRate;
            try
            {
                while (evaluations < MaxSteps && step * Real.Abs(gradient[0]) > 1)
                {
                    step /= 2;
                    evaluations++;
                }
            }
            catch (ArithmeticException)
            {
                step = 0;
            }
            finally
            {
                state.NumLinesearchSteps = evaluations;
            }

            update[0] = -step * gradient[0];
            """);

        yield return new("OPT0001", "fresh eyes 7: a cast in an exception filter", """
            try
            {
                update[0] = -LearningRate * gradient[0] / state.Value;
            }
            catch (DivideByZeroException) when ({|#0:(int)state.Count|} > 0)
            {
                update[0] = 0;
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };
    }

    private static IEnumerable<AnalyzerCase> Structure()
    {
        const string Rule = ScopeCases.Rule;

        yield return new(Rule, "fresh eyes 7: a damping helper in another partial part of the spec", """
            float damped = Damp(state.Value);
            state.Mu[0] = damped;
            update[0] = -LearningRate * gradient[0];
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
            Outside = """
                public partial class Spec
                {
                    private static float Damp(Real x) => {|#0:(float)x|} * 0.5f;
                }
                """,
        };

        yield return new(Rule, "fresh eyes 7: a helper in another partial part with Real arithmetic stays quiet", """
            state.Value = Damp(state.Value);
            update[0] = -LearningRate * gradient[0];
            """)
        {
            Outside = """
                public partial class Spec
                {
                    private static Real Damp(Real x) => x * (Real)0.5;
                }
                """,
        };

        yield return new(Rule, "fresh eyes 7: a narrowing helper in the transition's file of a split spec", """
            int trials = Budget(state.Count);
            state.NumLinesearchSteps += trials;
            update[0] = -LearningRate * gradient[0];
            """, """
            private static int Budget(Integer count) => {|#0:(int)(count / 2)|};
            """)
        {
            SplitFiles = true,
            InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)],
        };

        yield return new(Rule, "fresh eyes 7: a static abstract step rule whose implementation divides a float by the count", """
            Real scale = Apply<HalfStep>(state.Count);
            update[0] = -scale * gradient[0];
            """, """
            private interface IStepRule
            {
                static abstract Real Scale(Integer step);
            }

            private readonly struct HalfStep : IStepRule
            {
                public static Real Scale(Integer step) => (Real)(1f / {|#0:step|});
            }

            private static Real Apply<TRule>(Integer step) where TRule : IStepRule => TRule.Scale(step);
            """)
        { InDouble = [Conversion(Implicit, "Int64", "Single", RealDouble)] };

        yield return new(Rule, "fresh eyes 7: a static abstract step rule in Real stays quiet", """
            Real scale = Apply<InverseSqrt>(state.Count);
            update[0] = -scale * gradient[0];
            """, """
            private interface IStepRule
            {
                static abstract Real Scale(Integer step);
            }

            private readonly struct InverseSqrt : IStepRule
            {
                public static Real Scale(Integer step) => 1 / Real.Sqrt(step + 1);
            }

            private static Real Apply<TRule>(Integer step) where TRule : IStepRule => TRule.Scale(step);
            """);

        yield return new(Rule, "fresh eyes 7: a nested generic helper type instantiated at Half, in both modes", """
            Half level = new Smoother<Half>.Step().Apply((Half)1, LearningRate);
            update[0] = -gradient[0] * (Real)level;
            """, """
            private sealed class Smoother<T> where T : IFloatingPointIeee754<T>
            {
                public sealed class Step
                {
                    public T Apply(T a, Real t) => a * {|#0:T.CreateSaturating(t)|};
                }
            }
            """)
        {
            InDouble = [Conversion("'T.CreateSaturating'", "Double", "Half", RealDouble)],
            InSingle = [Conversion("'T.CreateSaturating'", "Single", "Half", RealSingle)],
        };

        yield return new(Rule, "fresh eyes 7: the nested generic helper type instantiated at Real stays quiet", """
            state.Value = new Smoother<Real>.Step().Apply(state.Value, LearningRate);
            update[0] = -gradient[0] * state.Value;
            """, """
            private sealed class Smoother<T> where T : IFloatingPointIeee754<T>
            {
                public sealed class Step
                {
                    public T Apply(T a, Real t) => a * T.CreateSaturating(t);
                }
            }
            """);

        yield return new(Rule, "fresh eyes 7: a generic base class's hook overridden in Integer stays quiet", """
            Schedule<Real> schedule = new Stepped();
            update[0] = -schedule.At(state.Count) * gradient[0];
            """, """
            private class Schedule<T> where T : INumber<T>
            {
                public virtual T At(Integer step) => T.One;
            }

            private sealed class Stepped : Schedule<Real>
            {
                public override Real At(Integer step) => (Real)1 / (1 + step / 100);
            }
            """);
    }

    private static IEnumerable<AnalyzerCase> Seeds()
    {
        const string Rule = SeedStyleCases.Rule;

        yield return new(Rule, "fresh eyes 7: seed as an int counted by Interlocked.Increment across a parallel line search", """
            int evaluations = 0;
            Real[] g = gradient.ToArray();
            Real[] trialSteps = { LearningRate, LearningRate / 2, LearningRate / 4 };
            Real[] losses = new Real[trialSteps.Length];
            System.Threading.Tasks.Parallel.For(0, trialSteps.Length, k =>
            {
                losses[k] = trialSteps[k] * g[0] * g[0];
                System.Threading.Interlocked.Increment(ref evaluations);
            });
            state.NumLinesearchSteps = {|#0:evaluations|};
            update[0] = -trialSteps[Array.IndexOf(losses, System.Linq.Enumerable.Min(losses))] * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as a LINQ Aggregate of per-bracket evaluation counts", """
            int[] perBracket = { 3, gradient.Length, 2 };
            state.NumLinesearchSteps = {|#0:System.Linq.Enumerable.Aggregate(perBracket, 0, (acc, e) => acc + e)|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as the last of an ImmutableArray<int> of evaluations in a trial log", """
            var log = new TrialLog(System.Collections.Immutable.ImmutableArray.Create(1, 2, gradient.Length));
            state.NumLinesearchSteps = {|#0:log.Evaluations[^1]|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private sealed record TrialLog(System.Collections.Immutable.ImmutableArray<int> Evaluations);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as the evaluation count carried by a caught line-search exception", """
            Real step = LearningRate;
            try
            {
                step = Search(gradient, step);
            }
            catch (LineSearchFailedException failure)
            {
                state.NumLinesearchSteps = {|#0:failure.Evaluations|};
                step = 0;
            }

            update[0] = -step * gradient[0];
            """, """
            private sealed class LineSearchFailedException(int evaluations) : Exception("line search failed")
            {
                public int Evaluations { get; } = evaluations;
            }

            private static Real Search(ReadOnlySpan<Real> g, Real step)
            {
                int evaluations = 0;
                while (step * Real.Abs(g[0]) > 1)
                {
                    step /= 2;
                    if (++evaluations > 20)
                        throw new LineSearchFailedException(evaluations);
                }

                return step;
            }
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as torch's state dict entry func_evals unboxed as int", """
            var stateDict = new System.Collections.Generic.Dictionary<string, object> { ["func_evals"] = gradient.Length, ["n_iter"] = 1 };
            state.NumLinesearchSteps = {|#0:(int)stateDict["func_evals"]|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as a property pattern's var binding in a switch expression arm", """
            var result = Search(gradient);
            state.NumLinesearchSteps = result switch
            {
                { Converged: true, Evaluations: var e } => {|#0:e|},
                { Evaluations: > 10 } => MaxSteps,
                _ => 0,
            };
            update[0] = -LearningRate * gradient[0];
            """, """
            private readonly record struct SearchResult(bool Converged, int Evaluations);

            private static SearchResult Search(ReadOnlySpan<Real> g) => new(g.Length > 0, g.Length);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as a positional record subtype matched with an is pattern", """
            Outcome outcome = Search(gradient);
            if (outcome is Accepted { Steps: var steps, Step: var step })
            {
                state.NumLinesearchSteps = {|#0:steps|};
                update[0] = -step * gradient[0];
            }
            """, """
            private abstract record Outcome;
            private sealed record Accepted(int Steps, Real Step) : Outcome;
            private sealed record Rejected : Outcome;

            private static Outcome Search(ReadOnlySpan<Real> g) => g[0] == 0 ? new Rejected() : new Accepted(g.Length, (Real)0.5);
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as a static abstract MaxTrials read through a constrained type parameter", """
            state.NumLinesearchSteps = {|#0:Budget<Zoom>()|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private interface ILineSearchPolicy
            {
                static abstract int MaxTrials { get; }
            }

            private readonly struct Zoom : ILineSearchPolicy
            {
                public static int MaxTrials => 30;
            }

            private static int Budget<TPolicy>() where TPolicy : ILineSearchPolicy => TPolicy.MaxTrials;
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as a partial method implemented in another part", """
            state.NumLinesearchSteps = {|#0:Trials(gradient)|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private partial int Trials(ReadOnlySpan<Real> g);
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
            Outside = """
                public partial class Spec
                {
                    private partial int Trials(ReadOnlySpan<Real> g)
                    {
                        int trials = 0;
                        for (Real step = LearningRate; step * Real.Abs(g[0]) > 1; step /= 2)
                            trials++;
                        return trials;
                    }
                }
                """,
        };

        yield return new(Rule, "fresh eyes 7: seed as an int counter behind a stackalloc pointer", """
            unsafe
            {
                int* counters = stackalloc int[2];
                for (Real step = LearningRate; step * Real.Abs(gradient[0]) > 1; step /= 2)
                    counters[0]++;
                state.NumLinesearchSteps = {|#0:*counters|};
            }

            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as PopCount of the Armijo lanes' sign mask", """
            var steps = Vector128.Create((double)LearningRate, (double)LearningRate / 2);
            var accepted = Vector128.LessThan(steps * Math.Abs((double)gradient[0]), Vector128.Create(1.0));
            state.NumLinesearchSteps = {|#0:BitOperations.PopCount(accepted.ExtractMostSignificantBits())|};
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: seed as a Unity-style CeilToInt of the trial budget", """
            state.NumLinesearchSteps = {|#1:Mathf.CeilToInt(state.Value * 3)|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private static class Mathf
            {
                public static int CeilToInt(Real x) => {|#0:(int)Math.Ceiling((double)x)|};
            }
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Int32", IntegerDouble), SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32", marker: 1)],
        };

        yield return new(Rule, "fresh eyes 7: seed fixed in every style above: Integer counts throughout", """
            Integer evaluations = 0;
            Real[] g = gradient.ToArray();
            System.Threading.Tasks.Parallel.For(0, 3, k => System.Threading.Interlocked.Increment(ref evaluations));
            Integer[] perBracket = { 3, gradient.Length, 2 };
            Integer total = System.Linq.Enumerable.Aggregate(perBracket, (Integer)0, (acc, e) => acc + e);
            var stateDict = new System.Collections.Generic.Dictionary<string, object> { ["func_evals"] = (Integer)gradient.Length };
            var result = Search(gradient);
            state.NumLinesearchSteps = result switch
            {
                { Converged: true, Evaluations: var e } => (Integer)e,
                _ => evaluations + total + (Integer)stateDict["func_evals"],
            };
            state.Count = (Integer)BitOperations.PopCount((uint)g.Length);
            update[0] = -LearningRate * g[0];
            """, """
            private readonly record struct SearchResult(bool Converged, int Evaluations);

            private static SearchResult Search(ReadOnlySpan<Real> g) => new(g.Length > 0, g.Length);
            """);

        yield return new(Rule, "fresh eyes 7: seed fixed: abstract, static abstract and partial counters declared Integer", """
            LineSearchBase search = new Backtracking();
            Real step = search.Search(gradient, LearningRate);
            state.NumLinesearchSteps = search.Evaluations;
            state.Count = Budget<Zoom>() + Trials(gradient);
            update[0] = -step * gradient[0];
            """, """
            private abstract class LineSearchBase
            {
                public Integer Evaluations { get; protected set; }

                public abstract Real Search(ReadOnlySpan<Real> g, Real step);
            }

            private sealed class Backtracking : LineSearchBase
            {
                public override Real Search(ReadOnlySpan<Real> g, Real step)
                {
                    Evaluations = 0;
                    while (step * Real.Abs(g[0]) > 1)
                    {
                        step /= 2;
                        Evaluations++;
                    }

                    return step;
                }
            }

            private interface ILineSearchPolicy
            {
                static abstract Integer MaxTrials { get; }
            }

            private readonly struct Zoom : ILineSearchPolicy
            {
                public static Integer MaxTrials => 30;
            }

            private static Integer Budget<TPolicy>() where TPolicy : ILineSearchPolicy => TPolicy.MaxTrials;

            private partial Integer Trials(ReadOnlySpan<Real> g);
            """)
        {
            Outside = """
                public partial class Spec
                {
                    private partial Integer Trials(ReadOnlySpan<Real> g)
                    {
                        Integer trials = 0;
                        for (Real step = LearningRate; step * Real.Abs(g[0]) > 1; step /= 2)
                            trials++;
                        return trials;
                    }
                }
                """,
        };
    }

    private static IEnumerable<AnalyzerCase> SinglePrecisionValues()
    {
        const string Rule = "OPT0003";

        yield return new(Rule, "fresh eyes 7: a const float Eps field in the Adam denominator", """
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * gradient[i] / (Real.Sqrt(state.Second[i]) + {|#0:Eps|});
            """, """
            private const float Eps = 1e-8f;
            """)
        { InDouble = [MixedPrecision("Eps")] };

        yield return new(Rule, "fresh eyes 7: exact float literals, float locals and cast float fields stay quiet", """
            float decay = 0.99f;
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = decay * state.Velocity[i] + 0.25f * gradient[i];
                update[i] = -LearningRate * state.Velocity[i] * (Real)Damping * (Real)Beta;
            }
            """, """
            private static readonly float Damping = 0.98f;
            """);

        yield return new(Rule, "fresh eyes 7: a float field of a helper struct in the update", """
            var clip = new ClipSettings { Threshold = 0.1f };
            for (int i = 0; i < gradient.Length; i++)
                update[i] = -LearningRate * Real.Clamp(gradient[i], {|#0:-clip.Threshold|}, {|#1:clip.Threshold|});
            """, """
            private struct ClipSettings
            {
                public float Threshold;
            }
            """)
        { InDouble = [MixedPrecision("-clip.Threshold"), MixedPrecision("clip.Threshold", marker: 1)] };
    }

    private static IEnumerable<AnalyzerCase> Exemptions()
    {
        const string Rule = ExemptionCases.Rule;

        yield return new(Rule, "fresh eyes 7: a ushort of the count masked with 0xFFFF fits in both modes", """
            ushort low = (ushort)(state.Count & 0xFFFF);
            update[0] = -LearningRate * gradient[0] * low;
            """);

        yield return new(Rule, "fresh eyes 7: a short of the count masked with 0xFFFF does not fit, in both modes", """
            short low = {|#0:(short)(state.Count & 0xFFFF)|};
            update[0] = -LearningRate * gradient[0] * low;
            """)
        {
            InDouble = [Conversion(Cast, "Int64", "Int16", IntegerDouble)],
            InSingle = [Conversion(Cast, "Int32", "Int16", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 7: a byte of the count clamped to 0..255 fits in both modes", """
            byte level = (byte)Math.Clamp(state.Count, 0, 255);
            update[0] = -LearningRate * gradient[0] * level;
            """);

        yield return new(Rule, "fresh eyes 7: a descending long loop from the count over the last MemorySize rows fits", """
            for (long k = state.Count; k > state.Count - MemorySize && k > 0; k--)
            {
                int row = (int)(k % MemorySize);
                state.Weights[row] *= (Real)0.5;
            }

            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(Rule, "fresh eyes 7: a sbyte of Math.Sign fits in both modes", """
            for (int i = 0; i < gradient.Length; i++)
            {
                sbyte sign = (sbyte)Math.Sign(gradient[i] * state.Velocity[i]);
                state.Velocity[i] = gradient[i];
                update[i] = -LearningRate * sign;
            }
            """);

        yield return new(Rule, "fresh eyes 7: a ushort compound increment of a sample counter, in both modes", """
            ushort samples = 0;
            for (int i = 0; i < gradient.Length; i++)
                {|#0:samples += 1|};
            update[0] = -LearningRate * gradient[0] / (1 + samples);
            """)
        {
            InDouble = [Conversion(Compound, "Int32", "UInt16", IntegerDouble)],
            InSingle = [Conversion(Compound, "Int32", "UInt16", IntegerSingle)],
        };

        yield return new(Rule, "fresh eyes 7: the ring position from a remainder moved into range by an if fits in a local function", """
            int ringLength = state.Ring.Length;
            int Position(Integer count)
            {
                Integer row = count % ringLength;
                if (row < 0)
                    row += ringLength;
                return (int)row;
            }

            state.Ring[Position(state.Count)] = state.Count;
            update[0] = -LearningRate * gradient[0];
            """);
    }

    private static IEnumerable<AnalyzerCase> HeldViews()
    {
        const string Rule = SlotFlowCases.Rule;

        yield return new(Rule, "fresh eyes 7: a positional record holding the velocity view written with a float", """
            var buffers = new Buffers(state.Velocity);
            buffers.Velocity[0] = {|#0:state.Scale|};
            update[0] = -LearningRate * state.Velocity[0];
            """, """
            private sealed record Buffers(Real[] Velocity);
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(Rule, "fresh eyes 7: a helper class's get-only auto-property set to the ring in its constructor, written with an int", """
            var memory = new PairMemory(state.Ring);
            memory.Ring[0] = {|#0:gradient.Length|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private sealed class PairMemory
            {
                public PairMemory(Integer[] ring) => Ring = ring;

                public Integer[] Ring { get; }
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: records, auto-properties, a ref enumerator and Deconstruct over the slots with their own types stay quiet", """
            var buffers = new Buffers(state.Velocity);
            buffers.Velocity[0] = state.Value;
            var other = buffers with { Velocity = state.Second };
            other.Velocity[0] *= (Real)0.5;
            var memory = new PairMemory(state.Ring);
            memory.Ring[0] = state.Count;
            foreach (ref Integer entry in new RingWindow(state.Ring))
                entry = state.Count;
            var (m, v) = new Moments(state.Velocity, state.Second);
            m[0] = v[0];
            var scratch = new Scratch(new float[2]);
            scratch.Values[0] = state.Scale;
            update[0] = -LearningRate * gradient[0];
            """, """
            private sealed record Buffers(Real[] Velocity);

            private sealed record Moments(Real[] M, Real[] V);

            private sealed record Scratch(float[] Values);

            private sealed class PairMemory
            {
                public PairMemory(Integer[] ring) => Ring = ring;

                public Integer[] Ring { get; }
            }

            private ref struct RingWindow
            {
                private readonly Integer[] ring;
                private int index;

                public RingWindow(Integer[] ring)
                {
                    this.ring = ring;
                    index = -1;
                }

                public readonly RingWindow GetEnumerator() => this;

                public bool MoveNext() => ++index < ring.Length;

                public readonly ref Integer Current => ref ring[index];
            }
            """);

        yield return new(Rule, "fresh eyes 7: a record's view replaced with 'with' then written with a float", """
            var buffers = new Buffers(state.Velocity);
            var other = buffers with { Velocity = state.Second };
            other.Velocity[0] = {|#0:state.Scale|};
            update[0] = -LearningRate * state.Second[0];
            """, """
            private sealed record Buffers(Real[] Velocity);
            """)
        { InDouble = [SlotValue("Second", RealDouble, "a Single")] };

        yield return new(Rule, "fresh eyes 7: a helper in another partial part filling the ring through the state by ref", """
            Stamp(ref state);
            update[0] = -LearningRate * gradient[0];
            """)
        {
            InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")],
            Outside = """
                public partial class Spec
                {
                    private static void Stamp(ref State s)
                    {
                        for (int i = 0; i < s.Ring.Length; i++)
                            s.Ring[i] = {|#0:i|};
                    }
                }
                """,
        };

        yield return new("OPT0002", "fresh eyes 7: a type pattern on a boxed torch state value in a switch expression arm", """
            object boxed = gradient.Length > 2 ? (object)gradient.Length : (object)state.Count;
            state.Count = boxed switch
            {
                int i => {|#0:i|},
                _ => state.Count,
            };
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Count", IntegerDouble, "an Int32")] };

        yield return new(SeedStyleCases.Rule, "fresh eyes 7: seed as a pattern variable of an exception filter", """
            Real step = LearningRate;
            try
            {
                if (step * Real.Abs(gradient[0]) > 1e6)
                    throw new InvalidOperationException("diverged") { Data = { ["evaluations"] = 7 } };
            }
            catch (InvalidOperationException e) when (e.Data["evaluations"] is int evaluations)
            {
                state.NumLinesearchSteps = {|#0:evaluations|};
                step = 0;
            }

            update[0] = -step * gradient[0];
            """)
        { InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: a walking pointer over the ring written with an int", """
            unsafe
            {
                fixed (Integer* ring = state.Ring)
                {
                    Integer* end = ring + state.Ring.Length;
                    int k = 0;
                    for (Integer* p = ring; p < end; p++)
                        *p = {|#0:k++|};
                }
            }

            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(Rule, "fresh eyes 7: a MemoryMarshal.Cast int view of the ring filled by CopyTo", """
            Span<int> recent = stackalloc int[2];
            recent[0] = gradient.Length;
            {|#0:recent|}.CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<Integer, int>(state.Ring.AsSpan()));
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

    }

    private static IEnumerable<AnalyzerCase> HiddenConversionsAndGuards()
    {
        yield return new(ScopeCases.Rule, "fresh eyes 7: an interface's default method narrows, reached through a struct that keeps it", """
            ISchedule schedule = new Constant();
            update[0] = -schedule.At(state.Count) * gradient[0];
            """, """
            private interface ISchedule
            {
                Real At(Integer step) => (Real)1 / (1 + {|#0:(float)step|});
            }

            private readonly struct Constant : ISchedule
            {
            }
            """)
        { InDouble = [Conversion(Cast, "Int64", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 7: a local function handed to Parallel.For as a method group", """
            var velocity = state.Velocity;
            Real rate = LearningRate;
            System.Threading.Tasks.Parallel.For(0, velocity.Length, Body);
            update[0] = -LearningRate * state.Velocity[0];

            void Body(int i) => velocity[i] = {|#0:(float)(velocity[i] * rate)|};
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 7: a helper indexer's setter narrows into its float buffer", """
            var buffer = new Float32Buffer(gradient.Length);
            for (int i = 0; i < gradient.Length; i++)
                buffer[i] = gradient[i];
            update[0] = -LearningRate * buffer[0];
            """, """
            private sealed class Float32Buffer(int length)
            {
                private readonly float[] data = new float[length];

                public Real this[int i]
                {
                    get => data[i];
                    set => data[i] = {|#0:(float)value|};
                }
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble)] };

        yield return new(ScopeCases.Rule, "fresh eyes 7: a user-defined implicit conversion from Real packs a float", """
            Packed p = state.Value;
            update[0] = -LearningRate * gradient[0] * {|#1:p.Value|};
            """, """
            private readonly struct Packed(float value)
            {
                public float Value { get; } = value;

                public static implicit operator Packed(Real x) => new({|#0:(float)x|});
            }
            """)
        { InDouble = [Conversion(Cast, "Double", "Single", RealDouble), MixedPrecision("p.Value", marker: 1)] };

        yield return new(ExemptionCases.Rule, "fresh eyes 7: a uint hash of the count narrows while the remainder fits", """
            int bucket = (int)({|#0:(uint)state.Count|} % (uint)MemorySize);
            update[0] = -LearningRate * gradient[0] * bucket;
            """)
        { InDouble = [Conversion(Cast, "Int64", "UInt32", IntegerDouble)] };

        yield return new("OPT0001", "fresh eyes 7: a Unity-style Vec3 operator * given an int length", """
            var v = new Vec3(state.Mu[0], 0f, 0f);
            Vec3 scaled = v * {|#0:gradient.Length|};
            state.Mu[0] = scaled.X;
            update[0] = -LearningRate * gradient[0];
            """, """
            private readonly record struct Vec3(float X, float Y, float Z)
            {
                public static Vec3 operator *(Vec3 v, float s) => new(v.X * s, v.Y * s, v.Z * s);
            }
            """)
        { InDouble = [Conversion(Implicit, "Int32", "Single", RealDouble)] };

        yield return new("OPT0003", "fresh eyes 7: MathF.PI in a Double-mode cosine schedule", """
            Real t = (Real)state.Count / MaxSteps;
            Real factor = (1 + Real.Cos({|#0:MathF.PI|} * t)) / 2;
            update[0] = -LearningRate * factor * gradient[0];
            """)
        { InDouble = [MixedPrecision("MathF.PI")] };

        yield return new(ExemptionCases.Rule, "fresh eyes 7: a negated guard clause bounds the count", """
            if (!(state.Count < MemorySize) || state.Count < 0)
                return;
            int k = (int)state.Count;
            state.Weights[k] = gradient[0];
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 7: an if-return on an or-pattern bounds a byte of the count", """
            if (state.Count is < 0 or >= 256)
                return;
            byte level = (byte)state.Count;
            update[0] = -LearningRate * gradient[0] * level;
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 7: a while (true) loop with a break guard and a trailing increment", """
            long k = 0;
            while (true)
            {
                if (k >= gradient.Length)
                    break;
                update[(int)k] = -LearningRate * gradient[(int)k];
                k++;
            }
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 7: a hash masked with int.MaxValue then reduced fits", """
            long hash = state.Count * 2654435761L;
            int bucket = (int)(hash & int.MaxValue) % gradient.Length;
            update[bucket] = -LearningRate * gradient[bucket];
            """);

        yield return new(ScopeCases.Rule, "fresh eyes 7: a generic method group stored in a Func narrows at float", """
            Func<Real, float> lower = Narrow<float>;
            state.Mu[0] = lower(state.Value);
            update[0] = -LearningRate * gradient[0];
            """, """
            private static T Narrow<T>(Real x) where T : INumberBase<T> => {|#0:T.CreateTruncating(x)|};
            """)
        { InDouble = [Conversion("'T.CreateTruncating'", "Double", "Single", RealDouble)] };
    }

    private static IEnumerable<AnalyzerCase> EnumeratorsAndDeconstruction()
    {
        yield return new(SlotFlowCases.Rule, "fresh eyes 7: a custom ref enumerator over the ring written with an int", """
            int k = 0;
            foreach (ref Integer entry in new RingWindow(state.Ring))
                entry = {|#0:k++|};
            update[0] = -LearningRate * gradient[0];
            """, """
            private ref struct RingWindow
            {
                private readonly Integer[] ring;
                private int index;

                public RingWindow(Integer[] ring)
                {
                    this.ring = ring;
                    index = -1;
                }

                public readonly RingWindow GetEnumerator() => this;

                public bool MoveNext() => ++index < ring.Length;

                public readonly ref Integer Current => ref ring[index];
            }
            """)
        { InDouble = [SlotValue("Ring", IntegerDouble, "an Int32")] };

        yield return new(ExemptionCases.Rule, "fresh eyes 7: descending and ascending long loops stepping by two fit", """
            for (long i = gradient.Length - 1; i >= 0; i -= 2)
                update[(int)i] = -gradient[(int)i];
            for (long i = 0; i < gradient.Length; i += 2)
                update[(int)i] *= LearningRate;
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 7: a Python-style modulo whose sum with the divisor may not fit an int", """
            int row = {|#0:(int)(state.Count % MemorySize + MemorySize)|} % MemorySize;
            int fixedRow = (int)((state.Count % MemorySize + MemorySize) % MemorySize);
            state.Weights[row] = gradient[0];
            state.Weights[fixedRow] += gradient[0];
            update[0] = -LearningRate * gradient[0];
            """)
        { InDouble = [Conversion(Cast, "Int64", "Int32", IntegerDouble)] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 7: Interlocked.Add of an int to the count is the slot's own arithmetic", """
            int trials = gradient.Length;
            System.Threading.Interlocked.Add(ref state.Count, trials);
            update[0] = -LearningRate * gradient[0];
            """);

        yield return new(SlotFlowCases.Rule, "fresh eyes 7: a positional record of two views deconstructed, the first written with a float", """
            var (m, v) = new Moments(state.Velocity, state.Second);
            m[0] = {|#0:state.Scale|};
            v[0] = state.Value;
            update[0] = -LearningRate * gradient[0];
            """, """
            private sealed record Moments(Real[] M, Real[] V);
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };

        yield return new(SlotFlowCases.Rule, "fresh eyes 7: a list copy of the velocity written with a float stays quiet", """
            var copy = System.Linq.Enumerable.ToList(state.Velocity);
            copy[0] = state.Scale;
            Real[] scratch = new Real[gradient.Length];
            state.Velocity.CopyTo(scratch, 0);
            scratch[0] = state.Scale;
            update[0] = -LearningRate * copy[0] * scratch[0];
            """);

    }

    private static IEnumerable<AnalyzerCase> LowLevelLoops()
    {
        yield return new(ExemptionCases.Rule, "fresh eyes 7: an nint loop over the velocity's data reference with Unsafe.Add stays quiet", """
            ref Real v = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(state.Velocity);
            for (nint i = 0; i < gradient.Length; i++)
            {
                System.Runtime.CompilerServices.Unsafe.Add(ref v, i) = (Real)0.9 * System.Runtime.CompilerServices.Unsafe.Add(ref v, i) + gradient[(int)i];
                update[(int)i] = -LearningRate * System.Runtime.CompilerServices.Unsafe.Add(ref v, i);
            }
            """);

        yield return new(ExemptionCases.Rule, "fresh eyes 7: an nuint loop bounded by the span length stays quiet", """
            for (nuint i = 0; i < (nuint)gradient.Length; i++)
                update[(int)i] = -LearningRate * gradient[(int)i];
            """);

        yield return new(SlotFlowCases.Rule, "fresh eyes 7: a fixed float pointer into the float slot stores a cast to float", """
            unsafe
            {
                fixed (float* m = state.Mu)
                    for (int i = 0; i < gradient.Length; i++)
                        m[i] = (float)(0.9 * m[i] + 0.1 * gradient[i]);
            }

            update[0] = -LearningRate * state.Mu[0];
            """);

        yield return new(SlotFlowCases.Rule, "fresh eyes 7: a Span<float> view of the float slot stores a cast to float", """
            Span<float> mu = state.Mu;
            for (int i = 0; i < gradient.Length; i++)
                mu[i] = (float)(0.9 * mu[i] + 0.1 * gradient[i]);
            update[0] = -LearningRate * state.Mu[0];
            """);

    }

    private static IEnumerable<AnalyzerCase> BaseClasses()
    {
        yield return new(ScopeCases.Rule, "fresh eyes 7: a spec helper in its abstract base class narrows", """
            update[0] = -LearningRate * Damp(gradient[0]);
            """)
        {
            InDouble = [Conversion(Cast, "Double", "Single", RealDouble)],
            Outside = """
                public partial class Spec : OptimizerBase
                {
                }

                public abstract class OptimizerBase
                {
                    protected static Real Damp(Real x) => {|#0:(float)x|} * 0.5f;
                }
                """,
        };

        yield return new(SeedStyleCases.Rule, "fresh eyes 7: seed as a virtual budget of the spec's base class overridden in another part", """
            state.NumLinesearchSteps = {|#0:Budget()|};
            update[0] = -LearningRate * gradient[0];
            """)
        {
            InDouble = [SlotValue("NumLinesearchSteps", IntegerDouble, "an Int32")],
            Outside = """
                public partial class Spec : OptimizerBase
                {
                    protected override int Budget() => MemorySize * 2;
                }

                public abstract class OptimizerBase
                {
                    protected virtual int Budget() => 10;
                }
                """,
        };

        yield return new("OPT0003", "fresh eyes 7: a float momentum property of the spec's base class", """
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = {|#0:Momentum|} * state.Velocity[i] + gradient[i];
                update[i] = -LearningRate * state.Velocity[i];
            }
            """)
        {
            InDouble = [MixedPrecision("Momentum")],
            Outside = """
                public partial class Spec : OptimizerBase
                {
                }

                public abstract class OptimizerBase
                {
                    protected float Momentum { get; } = 0.9f;
                }
                """,
        };

        yield return new(ScopeCases.Rule, "fresh eyes 7: base-class helpers of the spec in Real and Integer stay quiet", """
            state.NumLinesearchSteps = Budget();
            update[0] = -LearningRate * Damp(gradient[0]);
            """)
        {
            Outside = """
                public partial class Spec : OptimizerBase
                {
                    protected override Integer Budget() => MemorySize * 2;
                }

                public abstract class OptimizerBase
                {
                    protected static Real Damp(Real x) => x * (Real)0.5;

                    protected virtual Integer Budget() => 10;
                }
                """,
        };

        yield return new(SlotFlowCases.Rule, "fresh eyes 7: a source Deconstruct of a moments class hands out the velocity, written with a float", """
            var (m, v) = new MomentBuffers(state.Velocity, state.Second);
            m[0] = {|#0:state.Scale|};
            v[0] = state.Value;
            update[0] = -LearningRate * gradient[0];
            """, """
            private sealed class MomentBuffers
            {
                public MomentBuffers(Real[] m, Real[] v)
                {
                    M = m;
                    V = v;
                }

                public Real[] M { get; }
                public Real[] V { get; }

                public void Deconstruct(out Real[] m, out Real[] v)
                {
                    m = M;
                    v = V;
                }
            }
            """)
        { InDouble = [SlotValue("Velocity", RealDouble, "a Single")] };
    }
}
