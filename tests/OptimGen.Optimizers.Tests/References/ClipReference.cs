using System;
using System.Linq;

namespace OptimGen.Optimizers.Tests.References;

/// <summary>Clipping by global norm as published (Pascanu et al. 2012, as optax): <c>g</c> if <c>‖g‖ &lt; c</c>, else <c>g / ‖g‖ · c</c>.</summary>
internal static class ClipReference
{
    public static double[] Clip(double[] gradient, double maxNorm)
    {
        double norm = Math.Sqrt(gradient.Sum(g => g * g));
        return norm < maxNorm ? (double[])gradient.Clone() : gradient.Select(g => g / norm * maxNorm).ToArray();
    }
}
