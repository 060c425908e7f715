using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using OptimGen.Analyzers.Narrowing;
using OptimGen.Analyzers.Specs;
using OptimGen.Conventions;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// What the transition scope of one compilation holds for OPT0004 (constants in <c>Real</c> arithmetic),
/// OPT0005 and OPT0006, grouped by tree for the per-tree reporting. The walk of the scope and the other mode's
/// compilation and scope are computed once; the other mode's errors and rule findings are then computed tree by
/// tree, when the driver asks for a tree, so that its threads share that work. Only the trees the rules look at
/// (not generated code, unless OptimGen's own tests ask) are walked; only they receive diagnostics.
/// </summary>
internal sealed class PrecisionFindings
{
    /// <summary>The <c>.editorconfig</c> (global) switch that turns the other-mode compilation off: <c>optimgen_check_other_mode = false</c>.</summary>
    public const string OtherModeOptionKey = "optimgen_check_other_mode";

    public static readonly PrecisionFindings None = new(new Dictionary<SyntaxTree, List<Diagnostic>>(), 0, null, null, null, null);

    private readonly Dictionary<SyntaxTree, List<Diagnostic>> byTree;
    private readonly OtherModeRule? otherMode;
    private readonly Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>>? otherModeDeclarations;

    /// <summary>Initializers of fields and properties the scope reads but does not run (see <see cref="ReadInitializers"/>), by tree.</summary>
    private readonly Dictionary<SyntaxTree, List<SyntaxNode>>? otherModeReadInitializers;
    private readonly ConcurrentDictionary<SyntaxTree, IReadOnlyList<Diagnostic>> otherModeFindings = new();
    private Exception? failure;

    private PrecisionFindings(Dictionary<SyntaxTree, List<Diagnostic>> byTree, int scopeMethods, OtherModeRule? otherMode,
        Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>>? otherModeDeclarations,
        Dictionary<SyntaxTree, List<SyntaxNode>>? otherModeReadInitializers, Exception? failure)
    {
        this.byTree = byTree;
        this.otherMode = otherMode;
        this.otherModeDeclarations = otherModeDeclarations;
        this.otherModeReadInitializers = otherModeReadInitializers;
        this.failure = failure;
        ScopeMethods = scopeMethods;
        if (otherModeDeclarations is not null)
        {
            foreach (List<(ISymbol, SyntaxNode)> declarations in otherModeDeclarations.Values)
                OtherModeMethods += declarations.Count;
        }
    }

    /// <summary>How many pieces of the transition scope (<see cref="ScopePieces"/>) were walked (for tests and benchmarks).</summary>
    public int ScopeMethods { get; }

    /// <summary>How many the other mode's check covers; 0 when that check does not run.</summary>
    public int OtherModeMethods { get; }

    /// <summary>What went wrong, when an unexpected exception was swallowed (for tests: the analyzer itself never throws).</summary>
    public Exception? Failure => Volatile.Read(ref failure);

    /// <summary>The findings located in <paramref name="tree"/>. Never throws but for cancellation.</summary>
    public IReadOnlyList<Diagnostic> In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        IReadOnlyList<Diagnostic> found = byTree.TryGetValue(tree, out List<Diagnostic>? list) ? list : Array.Empty<Diagnostic>();
        if (otherMode is null || otherModeDeclarations is null
            || !(otherModeDeclarations.ContainsKey(tree) || otherModeReadInitializers?.ContainsKey(tree) == true))
            return found;
        IReadOnlyList<Diagnostic> inOtherMode = otherModeFindings.TryGetValue(tree, out IReadOnlyList<Diagnostic>? known)
            ? known
            : otherModeFindings.GetOrAdd(tree, OtherModeFindingsIn(tree, cancellationToken));
        if (inOtherMode.Count == 0)
            return found;
        var all = new List<Diagnostic>(found);
        all.AddRange(inOtherMode);
        return all;
    }

    /// <summary>Every finding of every tree (for tests: OPT0006 is otherwise computed as the driver asks for trees).</summary>
    public IReadOnlyList<Diagnostic> All(CancellationToken cancellationToken)
    {
        var trees = new HashSet<SyntaxTree>(byTree.Keys);
        if (otherModeDeclarations is not null)
            trees.UnionWith(otherModeDeclarations.Keys);
        if (otherModeReadInitializers is not null)
            trees.UnionWith(otherModeReadInitializers.Keys);
        var all = new List<Diagnostic>();
        foreach (SyntaxTree tree in trees)
            all.AddRange(In(tree, cancellationToken));
        return all;
    }

    private IReadOnlyList<Diagnostic> OtherModeFindingsIn(SyntaxTree tree, CancellationToken cancellationToken)
    {
        try
        {
            var found = new List<Diagnostic>();
            if (otherModeDeclarations!.TryGetValue(tree, out List<(ISymbol Owner, SyntaxNode Node)>? declarations))
            {
                TextSpan scopeInTree = declarations[0].Node.Span;
                foreach ((ISymbol _, SyntaxNode declaration) in declarations)
                    scopeInTree = TextSpan.FromBounds(Math.Min(scopeInTree.Start, declaration.SpanStart), Math.Max(scopeInTree.End, declaration.Span.End));
                foreach ((ISymbol method, SyntaxNode declaration) in declarations)
                {
                    foreach (Diagnostic diagnostic in otherMode!.Check(method, declaration, scopeInTree, cancellationToken))
                    {
                        // Only locations in this tree, one of the analyzed compilation's own, are reported here.
                        if (diagnostic.Location.SourceTree == tree)
                            found.Add(diagnostic);
                    }
                }
            }

            if (otherModeReadInitializers is not null && otherModeReadInitializers.TryGetValue(tree, out List<SyntaxNode>? initializers))
            {
                foreach (SyntaxNode initializer in initializers)
                    found.AddRange(otherMode!.CheckReadInitializer(initializer, cancellationToken));
            }

            return found;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Interlocked.CompareExchange(ref failure, exception, null);
            return Array.Empty<Diagnostic>();
        }
    }

    /// <summary>Never throws but for cancellation: an unexpected failure yields no findings rather than a crashed build.</summary>
    public static PrecisionFindings Compute(Compilation compilation, AnalyzerOptions options, PrecisionMode mode, bool analyzeGeneratedCode,
        CancellationToken cancellationToken)
    {
        try
        {
            return ComputeNow(compilation, options, mode, analyzeGeneratedCode, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new PrecisionFindings(new Dictionary<SyntaxTree, List<Diagnostic>>(), 0, null, null, null, exception);
        }
    }

    private static PrecisionFindings ComputeNow(Compilation compilation, AnalyzerOptions options, PrecisionMode mode, bool analyzeGeneratedCode,
        CancellationToken cancellationToken)
    {
        var analyzed = new AnalyzedTrees(compilation, analyzeGeneratedCode);
        (StateSlots slots, TransitionScope scope) = SharedTransitionScope.Of(compilation, cancellationToken);
        // Without a transition only a chain's component and hyperparameter initializers are left for the other mode.
        List<INamedTypeSymbol>? specTypes = ChecksOtherMode(compilation, options) ? OtherModeCompilation.SpecTypes(compilation, cancellationToken) : null;
        if (scope.Count == 0 && (specTypes is null || specTypes.Count == 0))
            return None;

        SpecReadings specs = slots.Specs;
        var counters = new CounterSlots(specs, cancellationToken);
        var constants = new CollapsingConstantRule(specs);
        var namesInScope = new HashSet<string>(StringComparer.Ordinal);
        var readMembers = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        ITypeSymbol activeReal = CollapsingConstantRule.RealOf(compilation, mode);
        int scopeMethods = 0;
        Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>> scopePieces = ScopePieces.Of(compilation, scope, analyzed.Contains, cancellationToken);
        foreach ((ISymbol _, SyntaxNode declaration) in scopePieces.Values.SelectMany(static pieces => pieces))
        {
            scopeMethods++;
            SemanticModel model = SemanticModels.For(compilation, declaration.SyntaxTree);
            if (model.GetOperation(declaration, cancellationToken) is not { } body)
                continue;
            foreach (IOperation operation in body.DescendantsAndSelf())
            {
                counters.Visit(operation);
                constants.Visit(operation, activeReal);
                if (operation is IFieldReferenceOperation or IPropertyReferenceOperation)
                    readMembers.Add(((IMemberReferenceOperation)operation).Member.OriginalDefinition);
                else if (operation is IObjectCreationOperation { Type: INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } created })
                    readMembers.Add(created.OriginalDefinition);
            }

            foreach (SyntaxToken token in declaration.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                    namesInScope.Add(token.ValueText);
            }
        }

        if (specTypes is not null)
        {
            foreach (SyntaxNode initializer in ComponentInitializers(specTypes, analyzed.Contains, scopePieces, cancellationToken))
            {
                if (SemanticModels.For(compilation, initializer.SyntaxTree).GetOperation(initializer, cancellationToken) is { } configured)
                {
                    foreach (IOperation operation in configured.DescendantsAndSelf())
                        constants.Visit(operation, activeReal);
                }
            }
        }

        var found = new List<Diagnostic>(counters.Findings());
        PrecisionMode otherMode = PrecisionModeTypes.Other(mode);
        Compilation? other = specTypes is not null
            ? OtherModeCompilation.Build(compilation, otherMode, specs, specTypes, analyzed.Contains, namesInScope, cancellationToken)
            : null;
        // The other mode's scope: OPT0006 walks it; OPT0004 asks it only for a generic T.CreateChecked(constant) that collapses.
        var otherSlots = new StateSlots();
        TransitionScope? otherScopeComputed = null;
        TransitionScope OtherScope() => otherScopeComputed ??= TransitionScope.Compute(other!, otherSlots, cancellationToken);
        found.AddRange(constants.Findings(compilation, mode, other, scope.Instantiations,
            () => other is null ? null : OtherScope().Instantiations, cancellationToken));
        OtherModeRule? otherModeRule = null;
        Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>>? otherModeDeclarations = null;
        Dictionary<SyntaxTree, List<SyntaxNode>>? otherModeReadInitializers = null;
        if (other is not null && IsEnabled(compilation, PrecisionDiagnostics.OtherModeId, cancellationToken))
        {
            TransitionScope otherScope = OtherScope();
            otherModeRule = new OtherModeRule(compilation, scope, slots, other, otherScope, otherSlots, options, mode, specs);
            otherModeDeclarations = ScopePieces.Of(other, otherScope, analyzed.Contains, cancellationToken);
            AddSpecInputs(specTypes!, analyzed.Contains, readMembers);
            otherModeReadInitializers = ReadInitializers(compilation, readMembers, otherModeDeclarations,
                tree => analyzed.Contains(tree) && other.ContainsSyntaxTree(tree), cancellationToken);
        }

        var byTree = new Dictionary<SyntaxTree, List<Diagnostic>>();
        foreach (Diagnostic diagnostic in found)
        {
            // Only locations in the analyzed compilation's own trees are ever reported.
            if (diagnostic.Location.SourceTree is not { } tree || !analyzed.Contains(tree))
                continue;
            if (!byTree.TryGetValue(tree, out List<Diagnostic>? list))
                byTree[tree] = list = new List<Diagnostic>();
            list.Add(diagnostic);
        }

        return new PrecisionFindings(byTree, scopeMethods, otherModeRule, otherModeDeclarations, otherModeReadInitializers, failure: null);
    }

    /// <summary>
    /// The initializers of a chain's <c>[Component]</c> properties in analyzed trees (<c>new() { LearningRate = 16777217 }</c>):
    /// they set the components' hyperparameters, so OPT0004 judges the constants they convert to <c>Real</c> as in a
    /// transition. Those already in the scope's pieces are walked with them.
    /// </summary>
    private static IEnumerable<SyntaxNode> ComponentInitializers(List<INamedTypeSymbol> specTypes, Func<SyntaxTree, bool> isAnalyzed,
        Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>> scopePieces, CancellationToken cancellationToken)
    {
        foreach (INamedTypeSymbol spec in specTypes)
        {
            foreach (ISymbol member in spec.GetMembers())
            {
                if (member is not IPropertySymbol || !SpecConventions.HasAttribute(member, SpecConventions.ComponentAttribute))
                    continue;
                foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
                {
                    if (!isAnalyzed(reference.SyntaxTree) || ScopePieces.InitializerOf(reference, cancellationToken) is not { } initializer)
                        continue;
                    if (scopePieces.TryGetValue(initializer.SyntaxTree, out List<(ISymbol Owner, SyntaxNode Node)>? inTree)
                        && inTree.Exists(piece => piece.Node.Span.OverlapsWith(initializer.Span)))
                        continue;
                    yield return initializer;
                }
            }
        }
    }

    /// <summary>
    /// What the generated code of the specs declared in analyzed trees reads besides their transitions: every
    /// hyperparameter (its default is the transition's value, and <c>Init</c> checks it, also when only the
    /// <c>[Init]</c> hook or nothing reads it) and every <c>[Component]</c> of a chain (the chain's transition is
    /// generated: its components' initializers are the code the user wrote for it).
    /// </summary>
    private static void AddSpecInputs(List<INamedTypeSymbol> specTypes, Func<SyntaxTree, bool> isAnalyzed, HashSet<ISymbol> readMembers)
    {
        foreach (INamedTypeSymbol spec in specTypes)
        {
            foreach (ISymbol member in spec.GetMembers())
            {
                if (member is IPropertySymbol && member.DeclaringSyntaxReferences.Any(reference => isAnalyzed(reference.SyntaxTree))
                    && (SpecConventions.HasAttribute(member, SpecConventions.HyperparameterAttribute) || SpecConventions.HasAttribute(member, SpecConventions.ComponentAttribute)))
                    readMembers.Add(member);
            }
        }
    }

    /// <summary>
    /// The initializers of the fields and properties the scope reads, in analyzed trees, that neither are nor hold pieces
    /// of the scope (a delegate field's lambda is one, checked with the scope): a hyperparameter's default (<c>Real Eps { get; init; } = 1e-8;</c>), a <c>const</c> or
    /// <c>static readonly</c> field; and, through those initializers, the fields and properties they read in turn
    /// (<c>Eps { get; init; } = Defaults.Eps</c> reads the constant a class of defaults declares). The transition's values
    /// come from them, so code there that does not compile in the other mode breaks the transition too.
    /// <paramref name="isChecked"/> keeps the analyzed trees the other mode shares (not a generated file it replaces).
    /// </summary>
    private static Dictionary<SyntaxTree, List<SyntaxNode>> ReadInitializers(Compilation compilation, HashSet<ISymbol> readMembers,
        Dictionary<SyntaxTree, List<(ISymbol Owner, SyntaxNode Node)>> pieces, Func<SyntaxTree, bool> isChecked, CancellationToken cancellationToken)
    {
        var byTree = new Dictionary<SyntaxTree, List<SyntaxNode>>();
        var pending = new Stack<ISymbol>(readMembers);
        while (pending.Count > 0)
        {
            ISymbol member = pending.Pop();
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                if (!isChecked(reference.SyntaxTree) || CodeRead(reference, cancellationToken) is not { } initializer)
                    continue;
                if (pieces.TryGetValue(initializer.SyntaxTree, out List<(ISymbol Owner, SyntaxNode Node)>? inTree)
                    && inTree.Exists(piece => piece.Node.Span.OverlapsWith(initializer.Span)))
                    continue;
                AddMembersRead(compilation, initializer, readMembers, pending, cancellationToken);
                if (!byTree.TryGetValue(initializer.SyntaxTree, out List<SyntaxNode>? list))
                    byTree[initializer.SyntaxTree] = list = new List<SyntaxNode>();
                list.Add(initializer);
            }

            // A static field or property is set by its type's static constructor too, which runs before the first read.
            if (member is IFieldSymbol { IsStatic: true, IsConst: false } or IPropertySymbol { IsStatic: true })
            {
                foreach (IMethodSymbol constructor in member.ContainingType.StaticConstructors)
                {
                    if (readMembers.Add(constructor))
                        pending.Push(constructor);
                }
            }
        }

        return byTree;
    }

    /// <summary>
    /// The code that reading a field or property, or calling a method, runs outside the scope: a field's or property's
    /// initializer, the getter of a property without one (<c>static Real Eps => 1e-8;</c> read by a hyperparameter's
    /// default), a method's body (<c>Eps { get; init; } = Defaults.Epsilon();</c>), the static constructor of a type whose static
    /// field or property is read (it fills a table the transition reads), the base list of a type the scope creates.
    /// </summary>
    private static SyntaxNode? CodeRead(SyntaxReference member, CancellationToken cancellationToken)
    {
        if (ScopePieces.InitializerOf(member, cancellationToken) is { } initializer)
            return initializer;
        switch (member.GetSyntax(cancellationToken))
        {
            // A type the scope creates: the interfaces it implements with the aliases (IComparer<Real> whose Compare takes
            // double does not implement it in Single mode), whose methods the library calls on the transition's behalf.
            case TypeDeclarationSyntax { BaseList: { } bases }
                when bases.DescendantNodes().OfType<IdentifierNameSyntax>().Any(static name => name.Identifier.ValueText is "Real" or "Integer"):
                return bases;
            case PropertyDeclarationSyntax { ExpressionBody: { } body }:
                return body;
            case PropertyDeclarationSyntax property:
                return property.AccessorList?.Accessors.FirstOrDefault(static accessor => accessor.IsKind(SyntaxKind.GetAccessorDeclaration)) is { } getter
                    ? (SyntaxNode?)getter.ExpressionBody ?? getter.Body
                    : null;
            case MethodDeclarationSyntax method:
                return (SyntaxNode?)method.ExpressionBody ?? method.Body;
            case ConstructorDeclarationSyntax constructor when constructor.Modifiers.Any(SyntaxKind.StaticKeyword):
                return (SyntaxNode?)constructor.ExpressionBody ?? constructor.Body;
            default:
                return null;
        }
    }

    /// <summary>
    /// The fields and properties an initializer reads, and the methods it calls, that are not yet known, onto <paramref name="pending"/>. Bound only
    /// when it names something other than the aliases (<c>(Real)0.9</c>, the usual default, names nothing).
    /// </summary>
    private static void AddMembersRead(Compilation compilation, SyntaxNode initializer, HashSet<ISymbol> known, Stack<ISymbol> pending,
        CancellationToken cancellationToken)
    {
        if (!initializer.DescendantNodes().OfType<IdentifierNameSyntax>().Any(static name => name.Identifier.ValueText is not ("Real" or "Integer"))
            || SemanticModels.For(compilation, initializer.SyntaxTree).GetOperation(initializer, cancellationToken) is not { } value)
            return;
        foreach (IOperation operation in value.DescendantsAndSelf())
        {
            ISymbol? member = operation switch
            {
                IFieldReferenceOperation or IPropertyReferenceOperation => ((IMemberReferenceOperation)operation).Member.OriginalDefinition,
                IInvocationOperation invocation => invocation.TargetMethod.OriginalDefinition,
                _ => null,
            };
            if (member is not null && known.Add(member))
                pending.Push(member);
        }
    }

    /// <summary>The other-mode compilation is on unless the global option says <c>false</c>.</summary>
    private static bool ChecksOtherMode(Compilation compilation, AnalyzerOptions options) =>
        !(options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OtherModeOptionKey, out string? value)
          && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase))
        && (IsEnabled(compilation, PrecisionDiagnostics.OtherModeId, CancellationToken.None)
            || IsEnabled(compilation, PrecisionDiagnostics.CollapsingConstantId, CancellationToken.None));

    /// <summary>Whether the rule is switched off for the whole compilation (<c>/nowarn</c>, a global config's severity <c>none</c>).</summary>
    private static bool IsEnabled(Compilation compilation, string id, CancellationToken cancellationToken)
    {
        if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out ReportDiagnostic option) && option == ReportDiagnostic.Suppress)
            return false;
        return !(compilation.Options.SyntaxTreeOptionsProvider is { } provider
                 && provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out ReportDiagnostic global)
                 && global == ReportDiagnostic.Suppress);
    }

}
