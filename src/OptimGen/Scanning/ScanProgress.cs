namespace OptimGen;

/// <summary>Reported by <c>Scan</c> through <see cref="ScanOptions.Progress"/>.</summary>
/// <param name="CompletedSteps">Steps finished so far in this scan.</param>
/// <param name="Length">The scan's fixed length.</param>
/// <param name="Value">The objective value at the start of the last completed step.</param>
/// <param name="GradientNorm">The 2-norm of the gradient at the start of the last completed step.</param>
public readonly record struct ScanProgress(int CompletedSteps, int Length, double Value, double GradientNorm);
