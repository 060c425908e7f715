using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using OptimGen.Specs.Reading;
using Microsoft.CodeAnalysis.CSharp;
using GeneratedTrees = OptimGen.Analyzers.Narrowing.GeneratedTrees;
using SemanticModels = OptimGen.Analyzers.Narrowing.SemanticModels;
using OptimGen.Analyzers.Specs;
using OptimGen.Conventions;
using OptimGen.Generators.Emit;
using OptimGen.Specs.Model;

namespace OptimGen.Analyzers.Precision;

/// <summary>
/// The compilation as it would be in the other precision mode: the same user trees (the same objects, so every
/// location found there is a location of the analyzed compilation), the generator's alias file replaced by the
/// other mode's <c>Real</c>/<c>Integer</c>, and each spec's generated file replaced by what the generator's own
/// emitters (compiled into the analyzer) write for the other mode. Nothing is bound until asked.
/// </summary>
/// <remarks>
/// Generated files are replaced for the specs declared in the trees the rules look at, the components they chain,
/// and any spec whose name appears in those trees' transition scope (a built-in used inside a transition); the
/// other built-ins keep their first-mode files, which only the generated code itself sees.
/// </remarks>
internal static class OtherModeCompilation
{
    /// <summary>The other mode's built-ins, per reference to the active mode's (the compiler server reuses references across builds).</summary>
    private static readonly ConditionalWeakTable<PortableExecutableReference, StrongBox<MetadataReference?>> OtherBuiltIns = new();

    /// <summary>The other mode's compilation; null when the compilation has no alias file (the generator did not run).</summary>
    public static Compilation? Build(Compilation compilation, PrecisionMode other, SpecReadings specs, IReadOnlyCollection<INamedTypeSymbol> specTypes,
        Func<SyntaxTree, bool> isAnalyzed, ISet<string> namesInScope, CancellationToken cancellationToken)
    {
        SyntaxTree? aliases = null;
        var generatedByName = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            string name = GeneratedTrees.FileName(tree);
            if (name == PrecisionAliasEmitter.HintName)
                aliases = tree;
            else if (name.EndsWith(".g.cs", StringComparison.Ordinal))
                generatedByName[name] = tree;
        }

        if (aliases is null)
            return null;

        // The generator spells the aliases with keywords from C# 12 on (see OptimizerGenerator); the other mode's file matches.
        bool keywords = aliases.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp12 };
        var replacements = new List<(SyntaxTree Old, string Text)> { (aliases, PrecisionAliasEmitter.Emit(other, keywords,
            ProjectPrecisionAliases.NamesIn(compilation, cancellationToken))) };
        var models = new Dictionary<string, SpecModel>(StringComparer.Ordinal);
        var wanted = new Queue<string>();
        foreach (INamedTypeSymbol spec in specTypes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (specs.Read(spec) is not { } model)
                continue;
            models["global::" + model.FullName] = model;
            if (IsWanted(spec, isAnalyzed, namesInScope))
                wanted.Enqueue("global::" + model.FullName);
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        while (wanted.Count > 0)
        {
            string name = wanted.Dequeue();
            if (!done.Add(name) || !models.TryGetValue(name, out SpecModel? model))
                continue;
            foreach (ComponentModel component in model.Components)
                wanted.Enqueue(component.TypeName);
            if (model.RunsIn(other) && generatedByName.TryGetValue(Identifiers.HintName(model), out SyntaxTree? generated))
                replacements.Add((generated, SpecEmitter.Emit(model, other)));
        }

        Compilation result = WithOtherBuiltIns(compilation, other);
        foreach ((SyntaxTree old, string text) in replacements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SyntaxTree replacement = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)old.Options, old.FilePath, old.Encoding, cancellationToken);
            result = result.ReplaceSyntaxTree(old, replacement);
        }

        // Nullable analysis only ever warns, and only compile errors are compared (OtherModeRule): without it
        // binding the other mode costs about a fifth less.
        result = result.WithOptions(((CSharpCompilationOptions)result.Options).WithNullableContextOptions(NullableContextOptions.Disable));

        // Its scope walk, its rules and its compiler errors then share one model, and so one binding, per tree.
        SemanticModels.CacheFor(result);
        return result;
    }

    /// <summary>
    /// The package's built-in optimizers come precompiled once per mode, side by side in one folder
    /// (<c>OptimGen.Optimizers.Double.dll</c> and <c>OptimGen.Optimizers.Single.dll</c>), and the package's targets
    /// reference the active mode's: the other mode binds against the other one, where <c>new Adam { LearningRate = 3e-4 }</c>
    /// sets a <c>float</c>. Without the sibling file the compilation keeps its reference.
    /// </summary>
    private static Compilation WithOtherBuiltIns(Compilation compilation, PrecisionMode other)
    {
        string active = BuiltInsFileName(other == PrecisionMode.Single ? PrecisionMode.Double : PrecisionMode.Single);
        foreach (MetadataReference reference in compilation.References)
        {
            if (reference is not PortableExecutableReference { FilePath: { } path } builtIns
                || !path.EndsWith(active, StringComparison.OrdinalIgnoreCase)
                || (path.Length > active.Length && path[path.Length - active.Length - 1] is not ('/' or '\\')))
                continue;
            MetadataReference? sibling = OtherBuiltIns.GetValue(builtIns, _ => new StrongBox<MetadataReference?>(
                Open(path.Substring(0, path.Length - active.Length) + BuiltInsFileName(other)))).Value;
            return sibling is null ? compilation : compilation.ReplaceReference(builtIns, sibling);
        }

        return compilation;
    }

    private static string BuiltInsFileName(PrecisionMode mode) => $"OptimGen.Optimizers.{mode}.dll";

    private static MetadataReference? Open(string path)
    {
        try
        {
            return MetadataReference.CreateFromFile(path);
        }
        catch (Exception exception) when (exception is System.IO.IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return null;
        }
    }

    private static bool IsWanted(INamedTypeSymbol spec, Func<SyntaxTree, bool> isAnalyzed, ISet<string> namesInScope)
    {
        if (namesInScope.Contains(spec.Name))
            return true;
        foreach (SyntaxReference reference in spec.DeclaringSyntaxReferences)
            if (isAnalyzed(reference.SyntaxTree))
                return true;
        return false;
    }

    /// <summary>Every <c>[Optimizer]</c> type declared in the compilation's source.</summary>
    public static List<INamedTypeSymbol> SpecTypes(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<INamedTypeSymbol>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamespaceOrTypeSymbol current = pending.Pop();
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                    pending.Push(nested);
            }

            if (current is INamedTypeSymbol type && SpecConventions.HasAttribute(type, SpecConventions.OptimizerAttribute))
                found.Add(type);
        }

        return found;
    }
}
