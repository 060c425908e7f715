using System.Linq;

namespace OptimGen.Generators.Tests.Infrastructure;

/// <summary>
/// The verdicts a spec can get, checked in both precision modes with the generator and every analyzer running
/// (<see cref="GenerationCheck"/>): never an exception, and never generated code that fails to compile.
/// </summary>
internal static class SpecOutcome
{
    public static readonly string[] Precisions = { "Double", "Single" };

    /// <summary>
    /// No generator or analyzer exception, no OPT1xxx, no error anywhere, in both modes; and the generator did not
    /// skip a spec silently, which would leave a spec whose code uses no slot compiling.
    /// </summary>
    public static void AssertValid(params string[] sources) => AssertValid(SpecProject.Library, sources);

    /// <inheritdoc cref="AssertValid(string[])"/>
    public static void AssertValid(SpecProject project, params string[] sources)
    {
        foreach (string precision in Precisions)
        {
            GenerationCheck.Outcome outcome = project.Run(sources, precision);
            Assert.True(outcome.Exceptions.Count == 0 && outcome.SpecErrors.Count == 0 && outcome.OwnErrors.Count == 0 && outcome.GenerationErrors.Count == 0
                    && !outcome.SkippedWithoutDiagnostic,
                precision + ":\n" + outcome.Describe());
        }
    }

    /// <summary>Either valid (as <see cref="AssertValid"/>) or refused with an OPT1xxx whose placeholder compiles; never an exception.</summary>
    public static void AssertValidOrRefused(params string[] sources) => AssertValidOrRefused(SpecProject.Library, sources);

    /// <inheritdoc cref="AssertValidOrRefused(string[])"/>
    public static void AssertValidOrRefused(SpecProject project, params string[] sources)
    {
        foreach (string precision in Precisions)
        {
            GenerationCheck.Outcome outcome = project.Run(sources, precision);
            Assert.True(outcome.Exceptions.Count == 0, precision + ":\n" + outcome.Describe());
            if (outcome.SpecErrors.Count == 0)
                Assert.True(outcome.OwnErrors.Count == 0 && outcome.GenerationErrors.Count == 0 && !outcome.SkippedWithoutDiagnostic, precision + " (accepted):\n" + outcome.Describe());
            else
                Assert.False(outcome.PlaceholderBroken || outcome.GenerationErrors.Count > 0, precision + " (refused):\n" + outcome.Describe());
        }
    }

    /// <summary>Refused with <paramref name="id"/> in both modes, no exception, nothing broken generated.</summary>
    public static void AssertRefused(string id, params string[] sources) => AssertRefused(SpecProject.Library, id, sources);

    /// <inheritdoc cref="AssertRefused(string, string[])"/>
    public static void AssertRefused(SpecProject project, string id, params string[] sources)
    {
        foreach (string precision in Precisions)
        {
            GenerationCheck.Outcome outcome = project.Run(sources, precision);
            Assert.True(outcome.Exceptions.Count == 0, precision + ":\n" + outcome.Describe());
            Assert.True(outcome.SpecErrors.Any(d => d.Id == id), precision + ": no " + id + "\n" + outcome.Describe());
            Assert.True(outcome.GenerationErrors.Count == 0, precision + ":\n" + outcome.Describe());
        }
    }

    /// <summary>
    /// The user's code has the compiler error <paramref name="compilerId"/> in <paramref name="precision"/> (or in both
    /// modes when null); OptimGen reports <paramref name="specId"/> or, when null, no OPT1xxx (the compiler's error is
    /// the whole story); in every mode nothing throws and the generated files have no error of their own.
    /// </summary>
    public static void AssertCompilerError(string compilerId, string? specId, string? precision, params string[] sources) =>
        AssertCompilerError(SpecProject.Library, compilerId, specId, precision, sources);

    /// <inheritdoc cref="AssertCompilerError(string, string?, string?, string[])"/>
    public static void AssertCompilerError(SpecProject project, string compilerId, string? specId, string? precision, params string[] sources)
    {
        foreach (string mode in Precisions)
        {
            GenerationCheck.Outcome outcome = project.Run(sources, mode);
            Assert.True(outcome.Exceptions.Count == 0, mode + ":\n" + outcome.Describe());
            if (precision is null || precision == mode)
                Assert.True(outcome.OwnErrors.Any(d => d.Id == compilerId), mode + ": no " + compilerId + "\n" + outcome.Describe());
            Assert.True(specId is null ? outcome.SpecErrors.Count == 0 : outcome.SpecErrors.Any(d => d.Id == specId), mode + ": spec errors\n" + outcome.Describe());
            Assert.True(outcome.GenerationErrors.Count == 0, mode + ":\n" + outcome.Describe());
        }
    }
}
