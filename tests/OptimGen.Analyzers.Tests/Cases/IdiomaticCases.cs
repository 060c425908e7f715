using System.Collections.Generic;

namespace OptimGen.Analyzers.Tests.Cases;

/// <summary>
/// Correct optimizer code written the way people write it, which must build without an OPT diagnostic in
/// either mode: AdamW, a SIMD AdaBelief over <c>Vector256</c>, the L-BFGS two-loop recursion over a ring buffer.
/// </summary>
internal static class IdiomaticCases
{
    public const string Rule = "Idiomatic";

    public static IEnumerable<AnalyzerCase> All()
    {
        yield return new(Rule, "AdamW with bias correction", """
            Real b1 = (Real)0.9, b2 = (Real)0.999, eps = (Real)1e-8, decay = (Real)1e-2;
            state.Count += 1;
            Real correction1 = 1 - Real.Pow(b1, state.Count);
            Real correction2 = 1 - Real.Pow(b2, state.Count);
            for (int i = 0; i < gradient.Length; i++)
            {
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                state.Second[i] = b2 * state.Second[i] + (1 - b2) * gradient[i] * gradient[i];
                Real first = state.Velocity[i] / correction1;
                Real second = state.Second[i] / correction2;
                update[i] = -LearningRate * (first / (Real.Sqrt(second) + eps) + decay * state.Velocity[i]);
            }
            """);

        yield return new(Rule, "AdaBelief with Vector256 and a scalar tail", """
            Real b1 = (Real)0.9, b2 = (Real)0.999, eps = (Real)1e-16;
            var beta1 = Vector256.Create(b1);
            var beta2 = Vector256.Create(b2);
            var one = Vector256<Real>.One;
            var epsilon = Vector256.Create(eps);
            var rate = Vector256.Create(LearningRate);
            int width = Vector256<Real>.Count;
            int i = 0;
            for (; i <= gradient.Length - width; i += width)
            {
                var g = Vector256.Create(gradient.Slice(i, width));
                var m = beta1 * Vector256.Create<Real>(state.Velocity.AsSpan(i, width)) + (one - beta1) * g;
                var belief = g - m;
                var s = beta2 * Vector256.Create<Real>(state.Second.AsSpan(i, width)) + (one - beta2) * belief * belief + epsilon;
                m.CopyTo(state.Velocity.AsSpan(i, width));
                s.CopyTo(state.Second.AsSpan(i, width));
                (-rate * m / (Vector256.Sqrt(s) + epsilon)).CopyTo(update.Slice(i, width));
            }

            for (; i < gradient.Length; i++)
            {
                state.Velocity[i] = b1 * state.Velocity[i] + (1 - b1) * gradient[i];
                Real belief = gradient[i] - state.Velocity[i];
                state.Second[i] = b2 * state.Second[i] + (1 - b2) * belief * belief + eps;
                update[i] = -LearningRate * state.Velocity[i] / (Real.Sqrt(state.Second[i]) + eps);
            }
            """);

        yield return new(Rule, "L-BFGS two-loop recursion over a ring buffer", """
            int n = gradient.Length;
            int stored = (int)Math.Min(state.Count, MemorySize);
            Span<Real> alpha = stackalloc Real[MemorySize];
            gradient.CopyTo(update);
            for (int k = 0; k < stored; k++)
            {
                int slot = (int)((state.Count - 1 - k) % MemorySize);
                ReadOnlySpan<Real> s = state.History.AsSpan(slot * n, n);
                Real dot = 0;
                for (int j = 0; j < n; j++)
                    dot += s[j] * update[j];
                alpha[k] = state.Weights[slot] * dot;
                for (int j = 0; j < n; j++)
                    update[j] -= alpha[k] * s[j];
            }

            for (long k = stored - 1; k >= 0; k--)
            {
                int slot = (int)((state.Count - 1 - k) % MemorySize);
                ReadOnlySpan<Real> s = state.History.AsSpan(slot * n, n);
                for (int j = 0; j < n; j++)
                    update[j] = -(update[j] + s[j] * (alpha[(int)k] - state.Weights[slot]));
            }

            int head = (int)(state.Count % MemorySize);
            gradient.CopyTo(state.History.AsSpan(head * n, n));
            Real curvature = 0;
            for (int j = 0; j < n; j++)
                curvature += gradient[j] * gradient[j];
            state.Weights[head] = 1 / (curvature + (Real)1e-10);
            state.Ring[head] = state.Count;
            state.Count += 1;
            state.NumLinesearchSteps = Math.Min(state.NumLinesearchSteps + 1, MaxSteps);
            """);
    }
}
