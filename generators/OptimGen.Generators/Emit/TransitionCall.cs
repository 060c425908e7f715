using System.Collections.Generic;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>The signature of <c>Step</c> and the call to the spec's transition, which mirror each other.</summary>
internal static class TransitionCall
{
    /// <summary><c>Update(ref state, parameters, gradient, value, update, ref objective)</c> with only the parameters the transition takes.</summary>
    public static string Invoke(TransitionModel transition, string parameters, string gradient, string value, string update)
    {
        var arguments = new List<string> { "ref state" };
        if (transition.TakesParameters)
            arguments.Add(parameters);
        arguments.Add(gradient);
        if (transition.TakesValue)
            arguments.Add(value);
        arguments.Add(update);
        if (transition.TakesObjective)
            arguments.Add("ref objective");
        return $"{transition.MethodName}({string.Join(", ", arguments)});";
    }

    /// <summary>The parameter list of the public <c>Step</c>.</summary>
    public static string StepParameters(TransitionModel transition, PrecisionTypes types)
    {
        var parameters = new List<string> { "ref State state" };
        if (transition.TakesParameters)
            parameters.Add($"global::System.ReadOnlySpan<{types.Real}> parameters");
        parameters.Add($"global::System.ReadOnlySpan<{types.Real}> gradient");
        if (transition.TakesValue)
            parameters.Add($"{types.Real} value");
        parameters.Add($"global::System.Span<{types.Real}> update");
        if (transition.TakesObjective)
            parameters.Add("ref TObjective objective");
        return string.Join(", ", parameters);
    }
}
