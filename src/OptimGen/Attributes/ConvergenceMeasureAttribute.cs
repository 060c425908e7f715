using System;

namespace OptimGen;

/// <summary>
/// Marks an optional method <c>Real Name(ref State state, ReadOnlySpan&lt;Real&gt; parameters, ReadOnlySpan&lt;Real&gt; gradient)</c>
/// that states the spec's own convergence measure: the generated <c>Scan</c> compares its result, instead of the
/// gradient's largest magnitude, with <see cref="ScanOptions.GradientTolerance"/> at the start of every step
/// (only when a tolerance is set). A bound-constrained method returns the projected gradient's largest magnitude,
/// which is 0 at a minimizer on a bound where the gradient itself is not. NaN never meets the tolerance.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ConvergenceMeasureAttribute : Attribute
{
}
