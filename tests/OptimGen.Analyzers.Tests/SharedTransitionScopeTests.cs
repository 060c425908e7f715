using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Tests.Infrastructure;
using OptimGen.Generators;
using OptimGen.Testing;

namespace OptimGen.Analyzers.Tests;

/// <summary>
/// The transition scope both analyzers use is computed once per compilation, and a computation one caller
/// cancelled is not handed to the next caller (in the IDE several drivers analyze the same compilation).
/// </summary>
public sealed class SharedTransitionScopeTests
{
    private const string Spec = """
        using System;
        using OptimGen;

        [Optimizer]
        public partial class Momentum
        {
            [Hyperparameter] public Real LearningRate { get; init; } = (Real)0.1;
            [State(Shape = "n")] private Real[] velocity;

            [Transition]
            private void Update(ref State state, ReadOnlySpan<Real> gradient, Span<Real> update)
            {
                for (int i = 0; i < gradient.Length; i++)
                    update[i] = -LearningRate * Scaled(state.Velocity[i] = gradient[i]);
            }

            private static Real Scaled(Real value) => value;
        }
        """;

    [Fact]
    public void Is_computed_once_per_compilation()
    {
        Compilation compilation = Generate();
        (StateSlots slots, TransitionScope scope) = SharedTransitionScope.Of(compilation, CancellationToken.None);
        Assert.Equal(TransitionScope.Compute(compilation, new StateSlots(), CancellationToken.None).Count, scope.Count);
        Assert.Contains(scope.Methods, method => method.Name == "Scaled");
        Assert.Same(scope, SharedTransitionScope.Of(compilation, CancellationToken.None).Scope);
        Assert.Same(slots, SharedTransitionScope.Of(compilation, CancellationToken.None).Slots);
        Assert.NotSame(scope, SharedTransitionScope.Of(Generate(), CancellationToken.None).Scope);
    }

    [Fact]
    public void A_cancelled_computation_is_not_handed_to_the_next_caller()
    {
        Compilation compilation = Generate();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SharedTransitionScope.Of(compilation, cancelled.Token));
        Assert.Contains(SharedTransitionScope.Of(compilation, CancellationToken.None).Scope.Methods, method => method.Name == "Scaled");
    }

    [Fact]
    public void A_computation_started_in_the_background_is_the_one_callers_get()
    {
        Compilation compilation = Generate();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        BackgroundStart.Run(() => SharedTransitionScope.Of(compilation, cancelled.Token), cancelled.Token);
        BackgroundStart.Run(() => SharedTransitionScope.Of(compilation, CancellationToken.None), CancellationToken.None);
        TransitionScope scope = SharedTransitionScope.Of(compilation, CancellationToken.None).Scope;
        Assert.Contains(scope.Methods, method => method.Name == "Scaled");
        Assert.Same(scope, SharedTransitionScope.Of(compilation, CancellationToken.None).Scope);
    }

    private static Compilation Generate()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create("Scope", new[] { CSharpSyntaxTree.ParseText(Spec, parseOptions) }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create(new[] { new OptimizerGenerator().AsSourceGenerator() }, parseOptions: parseOptions,
                optionsProvider: BuildPropertyOptions.ForPrecision("Double"))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
        return generated;
    }
}
