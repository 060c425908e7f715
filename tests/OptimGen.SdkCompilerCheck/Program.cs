using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OptimGen.Testing;

namespace OptimGen.SdkCompilerCheck;

/// <summary>
/// <c>OptimGen.SdkCompilerCheck cases.jsonl build-output-dir reference-pack-dir [--implicit-usings]</c>: compiles every
/// exported case as a user's project would be compiled (this SDK's compiler and C# version, the reference pack of
/// net10.0, the generator, every OptimGen analyzer) and prints each case whose compiler errors or analyzer diagnostics
/// differ from the exported ones, then a last line <c>C# version, N cases with N analyzer diagnostics, N differ</c>. Exit code 0 when none differ.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: OptimGen.SdkCompilerCheck cases.jsonl build-output-dir reference-pack-dir [--implicit-usings]");
            return 2;
        }

        string buildOutput = args[1];
        bool implicitUsings = args.Contains("--implicit-usings");
        ImmutableArray<MetadataReference> references = Directory.GetFiles(args[2], "*.dll")
            .Append(Path.Combine(buildOutput, "OptimGen.dll"))
            .Append(Path.Combine(buildOutput, "System.Numerics.Tensors.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        ImmutableArray<DiagnosticAnalyzer> analyzers = Instances<DiagnosticAnalyzer>(Path.Combine(buildOutput, "OptimGen.Analyzers.dll"));
        ImmutableArray<ISourceGenerator> generators = Instances<IIncrementalGenerator>(Path.Combine(buildOutput, "OptimGen.Generators.dll"))
            .Select(GeneratorExtensions.AsSourceGenerator)
            .ToImmutableArray();

        int total = 0, differ = 0, diagnostics = 0;
        foreach (string line in File.ReadLines(args[0]))
        {
            ExportedCase exported = JsonSerializer.Deserialize<ExportedCase>(line)!;
            total++;
            diagnostics += exported.Analyzers.Length;
            var compiled = new SdkCompilation(exported, references, generators, analyzers, implicitUsings);
            List<string> differences = Differences("compiler", exported.Source, exported.Compiler, compiled.CompilerErrors)
                .Concat(Differences("analyzers", exported.Source, exported.Analyzers, compiled.AnalyzerDiagnostics))
                .ToList();
            if (differences.Count == 0)
                continue;
            differ++;
            Console.WriteLine($"{exported.Name} [{exported.Mode}]");
            foreach (string difference in differences)
                Console.WriteLine("  " + difference);
        }

        Console.WriteLine($"C# {SdkCompilation.LanguageVersion.ToDisplayString()}, {total} cases with {diagnostics} analyzer diagnostics, {differ} differ");
        return differ == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Differences(string kind, string source, ExportedDiagnostic[] expected, IReadOnlyList<ExportedDiagnostic> actual)
    {
        string Key(ExportedDiagnostic diagnostic) => KeyOf(diagnostic, source);
        var expectedKeys = expected.Select(Key).ToList();
        var actualKeys = actual.Select(Key).ToList();
        foreach (ExportedDiagnostic missing in expected.Where(d => !actualKeys.Contains(Key(d))))
            yield return $"{kind}, only with Roslyn 4.8: {missing}";
        foreach (ExportedDiagnostic extra in actual.Where(d => !expectedKeys.Contains(Key(d))))
            yield return $"{kind}, only with the SDK's compiler: {extra}";
    }

    // Generated files are named differently by a workspace and by a generator driver; the source file is the same. A
    // compiler error is the compiler's own: each version words a failed overload resolution after its own best candidate,
    // and may place it on another argument of the same call. So it counts by id and line, and so does OPT0006's
    // quotation of one; everything else by id, exact span and message.
    private static string KeyOf(ExportedDiagnostic diagnostic, string source)
    {
        string file = Path.GetFileName(diagnostic.Path);
        if (diagnostic.Id.StartsWith("CS", StringComparison.Ordinal))
            return $"{diagnostic.Id}|{file}|line {LineOf(diagnostic, source)}";
        Match quoted = QuotedCompilerError.Match(diagnostic.Message);
        return quoted.Success
            ? $"{diagnostic.Id}|{file}|line {LineOf(diagnostic, source)}|{quoted.Value}"
            : $"{diagnostic.Id}|{file}|{diagnostic.Start}|{diagnostic.Length}|{diagnostic.Message}";
    }

    private static int LineOf(ExportedDiagnostic diagnostic, string source) =>
        diagnostic.Path.EndsWith(SdkCompilation.SourceFileName, StringComparison.Ordinal) && diagnostic.Start <= source.Length
            ? source.Take(diagnostic.Start).Count(c => c == '\n')
            : -diagnostic.Start;

    private static readonly Regex QuotedCompilerError = new(@"^CS\d+ in (Double|Single) mode:", RegexOptions.CultureInvariant);

    private static ImmutableArray<T> Instances<T>(string assemblyPath) => Assembly.LoadFrom(assemblyPath)
        .GetTypes()
        .Where(type => !type.IsAbstract && typeof(T).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
        .Select(type => (T)Activator.CreateInstance(type)!)
        .ToImmutableArray();
}
