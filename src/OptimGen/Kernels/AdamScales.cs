using System.Numerics;

namespace OptimGen;

internal static partial class FirstOrderKernels
{
    /// <summary>
    /// The per-step factors of Adam's bias-corrected moments at step <c>t</c>, computed in <see cref="double"/> and
    /// rounded once, for Adam and its relatives: <c>m̂ = Mu·m + Gradient·g</c>, that is <c>m/(1−β₁ᵗ)</c> or with
    /// Nesterov <c>β₁m/(1−β₁ᵗ⁺¹) + (1−β₁)g/(1−β₁ᵗ)</c> (<c>Gradient</c> is 0 without Nesterov), and <c>v̂ = Nu·v</c>.
    /// </summary>
    private static (T Mu, T Gradient, T Nu) AdamScales<T>(T b1, T b2, bool nesterov, long step)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RequireStep(step);
        double beta1 = double.CreateTruncating(b1);
        double correction1 = BiasCorrection(beta1, step);
        T mu = T.CreateTruncating(nesterov ? beta1 / BiasCorrection(beta1, step == long.MaxValue ? step : step + 1) : 1 / correction1);
        T gradient = nesterov ? T.CreateTruncating((1 - beta1) / correction1) : T.Zero;
        T nu = T.CreateTruncating(1 / BiasCorrection(double.CreateTruncating(b2), step));
        return (mu, gradient, nu);
    }
}
