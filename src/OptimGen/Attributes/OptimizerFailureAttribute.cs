using System;

namespace OptimGen;

/// <summary>
/// Marks an optional method <c>bool Name(ref State state)</c> through which a spec reports that it can make no more
/// progress (L-BFGS: consecutive failed line searches). The generated <c>Scan</c> asks it after every completed step
/// and, when it returns true, ends with <see cref="ScanTermination.OptimizerFailed"/>; the state and the parameters
/// are those of that step. A loop of your own around <c>Step</c> can call the method's logic through the state it reads.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class OptimizerFailureAttribute : Attribute
{
}
