using System;
using System.Globalization;

namespace Seed;

/// <summary>The demo's command line: <c>--precision double|single --size N --steps N --plot PATH --help</c>.</summary>
internal sealed record SeedOptions(string Precision, int Size, int Steps, string PlotPath, bool Help)
{
    public const string Usage = """
        Seed: optax#1210's scenario done right. L-BFGS with its zoom line search, carried through a
        fixed-length Scan over the extended Rosenbrock function; the state keeps its declared types.

        Usage: dotnet run --project samples/Seed -c Release -- [options]

          --precision double|single   the compiled precision mode to run (default: double)
          --size N                    number of parameters, even, at least 2, within this machine's memory (default: 10000)
          --steps N                   scan length, at least 1 (default: 100)
          --plot PATH                 where to write the convergence plot (default: seed-convergence.png)
          --help                      show this text
        """;

    /// <summary>Reads the arguments; throws <see cref="FormatException"/> with a one-line reason when they are wrong.</summary>
    public static SeedOptions Parse(string[] args)
    {
        var options = new SeedOptions("double", 10_000, 100, "seed-convergence.png", false);
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h")
            {
                options = options with { Help = true };
                continue;
            }

            if (name is not ("--precision" or "--size" or "--steps" or "--plot"))
                throw new FormatException(name.StartsWith("-", StringComparison.Ordinal) ? $"unknown option '{name}'" : $"unknown argument '{name}'");
            if (i + 1 >= args.Length)
                throw new FormatException($"{name} needs a value");
            string value = args[++i];
            options = name switch
            {
                "--precision" => options with { Precision = ParsePrecision(value) },
                "--size" => options with { Size = ParseInt(name, value, minimum: 2, even: true) },
                "--steps" => options with { Steps = ParseInt(name, value, minimum: 1, even: false) },
                "--plot" => options with { PlotPath = value.Length > 0 ? value : throw new FormatException("--plot needs a path") },
                _ => throw new FormatException($"unknown option '{name}'"), // unreachable: names are checked above
            };
        }

        return options;
    }

    private static string ParsePrecision(string value) => value.ToLowerInvariant() switch
    {
        "double" => "double",
        "single" => "single",
        _ => throw new FormatException($"--precision must be 'double' or 'single', not '{value}'"),
    };

    private static int ParseInt(string name, string value, int minimum, bool even)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < minimum)
            throw new FormatException($"{name} must be a whole number of at least {minimum}, not '{value}'");
        if (even && number % 2 != 0)
            throw new FormatException($"{name} must be even (Rosenbrock pairs the parameters), not {number}");
        return number;
    }
}
