using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Specs.Model;

namespace OptimGen.Generators.Emit;

/// <summary>
/// The last check before a model is emitted: every name the generated code declares or refers to is a
/// C# identifier. A declaration with a missing name (<c>partial class </c>, <c>namespace A.</c>) already has a
/// C# error; emitting <c>partial class </c> on top of it would only add errors in generated code.
/// </summary>
internal static class EmittableNames
{
    public static bool AreValid(SpecModel spec) =>
        AreValid(spec.Shell)
        && spec.Hyperparameters.All(hyperparameter => IsIdentifier(hyperparameter.Name))
        && spec.Slots.All(slot => IsIdentifier(slot.Name))
        && spec.Components.All(component => IsIdentifier(component.PropertyName) && component.TypeName.Length > 0)
        && IsIdentifier(spec.Transition.MethodName)
        && (spec.InitHook is null || IsIdentifier(spec.InitHook.MethodName))
        && (spec.CachedEvaluation is null || IsIdentifier(spec.CachedEvaluation.MethodName))
        && (spec.ConvergenceMeasure is null || IsIdentifier(spec.ConvergenceMeasure.MethodName))
        && (spec.FailureCheck is null || IsIdentifier(spec.FailureCheck.MethodName));

    /// <summary>The names a malformed spec's empty <c>State</c> is declared in.</summary>
    public static bool AreValid(SpecShell shell) =>
        IsIdentifier(shell.Name)
        && (shell.Namespace is null || shell.Namespace.Split('.').All(segment => IsIdentifier(segment.TrimStart('@'))))
        && shell.ContainingTypes.All(containing => IsIdentifier(containing.Name));

    private static bool IsIdentifier(string name) => name.Length > 0 && SyntaxFacts.IsValidIdentifier(name);
}
